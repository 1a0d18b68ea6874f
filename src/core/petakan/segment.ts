/**
 * Cutting an ordered list of families (sizes, each ≤ capacity) into consecutive TPS: the fewest
 * TPS any cut in this order allows (greedy filling gives that count), and among cuts with that
 * count the one whose largest TPS is smallest, filled front first. So 1,250 voters at 600 become
 * 417 + 417 + 416, not 600 + 600 + 50: a tail TPS of a few dozen voters helps nobody.
 */

/** The number of TPS greedy filling up to `limit` makes. */
function greedyCount(sizes: readonly number[], limit: number): number {
  let count = 0;
  let load = limit + 1;
  for (const s of sizes) {
    if (load + s > limit) {
      count++;
      load = 0;
    }
    load += s;
  }
  return count;
}

/** The TPS (0-based, consecutive) of each family. */
export function balancedSegments(sizes: readonly number[], cap: number): number[] {
  if (sizes.length === 0) return [];
  const count = greedyCount(sizes, cap);
  // The least limit that still gives `count` TPS: binary search between the largest family and cap.
  let lo = Math.max(...sizes);
  let hi = cap;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (greedyCount(sizes, mid) <= count) hi = mid;
    else lo = mid + 1;
  }
  const out: number[] = [];
  let segment = -1;
  let load = lo + 1;
  for (const s of sizes) {
    if (load + s > lo) {
      segment++;
      load = 0;
    }
    load += s;
    out.push(segment);
  }
  return out;
}
