/**
 * Cutting an ordered list of families (sizes, each ≤ capacity) into consecutive TPS: the fewest
 * TPS any cut in this order allows (greedy filling gives that count), and among cuts with that
 * count the one whose largest TPS is smallest, filled front first. So 1,250 voters at 600 become
 * 417 + 417 + 416, not 600 + 600 + 50: a tail TPS of a few dozen voters helps nobody.
 */
import { nextFitInOrder } from './heuristics.js';
import { binsOf } from './proposal-order.js';

/** The TPS (0-based, consecutive) of each family. */
export function balancedSegments(sizes: readonly number[], cap: number): number[] {
  if (sizes.length === 0) return [];
  const count = binsOf(nextFitInOrder(sizes, cap));
  // The least limit that still gives `count` TPS: binary search between the largest family and cap.
  let lo = sizes.reduce((max, s) => (s > max ? s : max), 0);
  let hi = cap;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (binsOf(nextFitInOrder(sizes, mid)) <= count) hi = mid;
    else lo = mid + 1;
  }
  return nextFitInOrder(sizes, lo);
}
