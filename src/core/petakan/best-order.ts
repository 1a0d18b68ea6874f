/**
 * Stage 2 of the exact search: with the fewest new TPS known (`bins`, from min-bins.ts), the best
 * proposal by the proposal order (proposal-order.ts): fewest runs, then new TPS by new TPS.
 *
 * New TPS are built one at a time, each around the lowest old TPS not yet placed, choosing its
 * other old TPS in number order, taking before leaving out. That visits complete proposals in the
 * order's third key, so the first proposal found with the fewest runs is the best, and a later one
 * replaces it only with strictly fewer runs. The search stops when runs = bins (nothing beats that).
 *
 * Pruning, each valid for every completion:
 *   - bins: L2 (Martello–Toth) of the old TPS left must fit in the new TPS left;
 *   - runs (runs-bound.ts): a new TPS holds one piece per block of consecutive old numbers it takes,
 *     a block never spans an old TPS placed earlier, and the new TPS left can waste only so much;
 *   - memo: for a set of old TPS left and a count of new TPS made, the runs its completions were
 *     shown to need at least (the search bound when it was left).
 */
import { lowerBoundL2 } from './bounds.js';
import { ItemSet } from './item-set.js';
import { piecesNeeded } from './runs-bound.js';

export function bestWithBins(sizes: readonly number[], cap: number, bins: number): number[] | null {
  return new OrderSearch(sizes, cap, bins).run();
}

class OrderSearch {
  private readonly left: ItemSet;
  private readonly rgs: number[];
  private best: number[] | null = null;
  private bestRuns = Infinity;
  /** `key(left) * 64 + new TPS made` → future runs shown necessary. */
  private readonly memo = new Map<number, number>();

  constructor(private readonly sizes: readonly number[], private readonly cap: number, private readonly bins: number) {
    if (bins >= 64) throw new RangeError('best-order: at most 63 new TPS per kelurahan');
    this.left = new ItemSet(sizes);
    this.rgs = sizes.map(() => -1);
  }

  run(): number[] | null {
    this.next(0, 0);
    return this.best;
  }

  private done(): boolean {
    return this.bestRuns === this.bins;
  }

  /** Starts new TPS number `made` (0-based) with `runs` pieces so far. */
  private next(made: number, runs: number): void {
    const left = this.left;
    if (left.size === 0) {
      if (runs < this.bestRuns) {
        this.best = [...this.rgs];
        this.bestRuns = runs;
      }
      return;
    }
    const memoKey = left.key * 64 + made;
    const shown = this.memo.get(memoKey) ?? 0;
    const binsLeft = this.bins - made;
    if (binsLeft <= 0 || left.sum > binsLeft * this.cap) {
      this.memo.set(memoKey, Infinity);
      return;
    }
    if (runs + Math.max(shown, piecesNeeded(this.sizes, left.has, this.cap, binsLeft)) >= this.bestRuns) return;
    if (lowerBoundL2(left.memberSizes(), this.cap) > binsLeft) {
      this.memo.set(memoKey, Infinity);
      return;
    }
    const anchor = left.has.indexOf(true);
    left.remove(anchor);
    this.rgs[anchor] = made;
    this.take(anchor + 1, this.cap - this.sizes[anchor]!, anchor, made, runs + 1);
    left.add(anchor);
    // Every completion not found better than the best needs at least this much more.
    this.memo.set(memoKey, Math.max(shown, this.bestRuns - runs));
  }

  /** Chooses the other members of new TPS `made` from old TPS j… in number order. */
  private take(j: number, room: number, lastTaken: number, made: number, runs: number): void {
    const { left, sizes } = this;
    if (runs + Math.max(this.bins - made - 1, 0) >= this.bestRuns) return;
    while (j < sizes.length && !(left.has[j] && sizes[j]! <= room)) j++;
    if (j === sizes.length) {
      this.next(made + 1, runs);
      return;
    }
    left.remove(j);
    this.rgs[j] = made;
    this.take(j + 1, room - sizes[j]!, j, made, runs + (lastTaken === j - 1 ? 0 : 1));
    left.add(j);
    if (this.done()) return;
    this.take(j + 1, room, lastTaken, made, runs);
  }
}
