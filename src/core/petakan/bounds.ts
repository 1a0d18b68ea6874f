/**
 * Lower bounds on the number of bins (new TPS) for items of the given sizes under one capacity.
 * Every item must be at most the capacity (the caller keeps larger old TPS whole and alone).
 */

/** L1: the total over the capacity, rounded up. */
export function lowerBoundL1(sizes: readonly number[], cap: number): number {
  let sum = 0;
  for (const s of sizes) sum += s;
  return Math.ceil(sum / cap);
}

/**
 * L2 of Martello and Toth (1990, "Lower bounds and reduction procedures for the bin packing
 * problem"): for a threshold α ≤ C/2, items above C − α each need a bin of their own (J1), items in
 * (C/2, C − α] each need one too (J2; no two share a bin, nor share one with J1), and the items
 * in [α, C/2] (J3) must fit in J2's spare room or in extra bins. L2 = max over α of
 * |J1| + |J2| + max(0, ⌈(ΣJ3 − (|J2|·C − ΣJ2)) / C⌉). α = 0 gives L1 (or better), so L2 ≥ L1.
 * α only needs the item sizes ≤ C/2 (and 0); O(n²), n is one kelurahan's TPS.
 */
export function lowerBoundL2(sizes: readonly number[], cap: number): number {
  let best = lowerBoundL1(sizes, cap);
  // Without an item above C/2, J1 and J2 are empty for every α and L2 = L1 (the common case when
  // Pemilu TPS of at most 300 are merged under 600).
  if (!sizes.some((s) => 2 * s > cap)) return best;
  const alphas = new Set<number>([0]);
  for (const s of sizes) if (2 * s <= cap) alphas.add(s);
  for (const alpha of alphas) {
    let j1 = 0;
    let j2 = 0;
    let sumJ2 = 0;
    let sumJ3 = 0;
    for (const s of sizes) {
      if (s > cap - alpha) j1++;
      else if (2 * s > cap) {
        j2++;
        sumJ2 += s;
      } else if (s >= alpha) sumJ3 += s;
    }
    const spare = j2 * cap - sumJ2;
    const extra = sumJ3 > spare ? Math.ceil((sumJ3 - spare) / cap) : 0;
    if (j1 + j2 + extra > best) best = j1 + j2 + extra;
  }
  return best;
}

/**
 * How many of `big` (items above C/2, sorted descending) find no open bin: each open bin with room
 * `res[j]` takes at most one of them (two such items never share a bin). Greedy on the sorted lists
 * is a maximum matching for this "item ≤ room" relation. `rooms` must be sorted descending.
 */
export function unmatchedBig(big: readonly number[], rooms: readonly number[]): number {
  let matched = 0;
  let r = 0;
  for (const item of big) {
    // The largest item left takes the largest room left; when even that one is too small, no
    // room holds this item, and the rooms stay for the smaller items after it.
    if (r < rooms.length && rooms[r]! >= item) {
      matched++;
      r++;
    }
  }
  return big.length - matched;
}
