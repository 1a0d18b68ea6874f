/**
 * Stage 1 of the exact search: the fewest new TPS that can hold a kelurahan's old TPS (classic
 * bin packing), by bin completion (Korf 2002, "A new algorithm for optimal bin packing"): for each
 * target t from the lower bound up, fill one bin at a time around the largest old TPS left, trying
 * its possible companions, and ask whether the rest fits in the bins left. Stage 2
 * (best-order.ts) then looks for the best proposal with that count.
 *
 * Pruning, each valid for "does a packing into t bins exist":
 *   - L2 (Martello–Toth) of what is left must not exceed the bins left;
 *   - a bin must be maximal: a bin that could still take an old TPS left is dominated by the one
 *     that takes it;
 *   - equal sizes are interchangeable: once one of them is left out of a bin, the later ones are too;
 *   - a set of old TPS left that once failed with b bins fails with b or fewer (memo).
 */
import { lowerBoundL2 } from './bounds.js';
import { ItemSet } from './item-set.js';

export function minBins(sizes: readonly number[], cap: number, lower: number, upper: number): number {
  // Largest first (ties: lower rank), so "the largest left" is the first member.
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const items = order.map((i) => sizes[i]!);
  for (let t = lower; t < upper; t++) if (new Completion(items, cap).fits(t)) return t;
  return upper;
}

class Completion {
  private readonly left: ItemSet;
  /** Key of a set of items left → the most bins with which it was shown not to fit. */
  private readonly failed = new Map<number, number>();

  constructor(private readonly items: readonly number[], private readonly cap: number) {
    this.left = new ItemSet(items);
  }

  fits(bins: number): boolean {
    const left = this.left;
    if (left.size === 0) return true;
    if ((this.failed.get(left.key) ?? -1) >= bins) return false;
    if (bins <= 0 || lowerBoundL2(left.memberSizes(), this.cap) > bins) return this.fail(bins);
    const anchor = left.has.indexOf(true);
    left.remove(anchor);
    const ok = this.complete(anchor + 1, this.cap - this.items[anchor]!, [], bins - 1);
    left.add(anchor);
    return ok || this.fail(bins);
  }

  private fail(bins: number): false {
    const key = this.left.key;
    this.failed.set(key, Math.max(bins, this.failed.get(key) ?? -1));
    return false;
  }

  /** Chooses the current bin's other members from items j…; `skipped` were left out of it. */
  private complete(j: number, room: number, skipped: number[], binsLeft: number): boolean {
    const { items, left } = this;
    while (j < items.length && !(left.has[j] && items[j]! <= room)) j++;
    if (j === items.length) {
      // Maximal bins only: an item left out that still fits would make a bin that dominates.
      if (skipped.some((k) => items[k]! <= room)) return false;
      return this.fits(binsLeft);
    }
    left.remove(j);
    const taken = this.complete(j + 1, room - items[j]!, skipped, binsLeft);
    left.add(j);
    if (taken) return true;
    // Left out: so are the later items of the same size (the other order gives the same bins).
    let next = j + 1;
    while (next < items.length && items[next] === items[j]) next++;
    return this.complete(next, room, [...skipped, j], binsLeft);
  }
}
