/**
 * Merging one kelurahan's old TPS into as few new TPS as possible under a capacity: bin packing,
 * with the proposal order (proposal-order.ts) deciding among equally small proposals.
 *
 * Exact when the kelurahan has at most EXACT_LIMIT old TPS to merge: stage 1 (min-bins.ts) finds
 * the fewest new TPS, stage 2 (best-order.ts) the best proposal with that many. The limit is a
 * count, never a time: the same roll gives the same proposal on every machine. Beyond it, the best
 * (by the proposal order) of three: first-fit decreasing, next fit in number order, and the exact
 * proposals of consecutive chunks of at most EXACT_LIMIT old TPS put side by side, each then
 * improved by moving and swapping old TPS while that leaves fewer runs. First-fit
 * decreasing never uses more than 11/9 · OPT + 6/9 new TPS (Dósa 2007), so the heuristic proposal,
 * never worse than it in the order's first key, does not either.
 *
 * Before either: when next fit in number order already meets the Martello–Toth lower bound, it is
 * the optimum of the whole order (fewest TPS, every new TPS a block of neighbours, the smallest
 * such RGS), at any size. On real rolls that settles most kelurahan at once.
 */
import { bestWithBins } from './best-order.js';
import { lowerBoundL2 } from './bounds.js';
import { firstFitDecreasing, improveRuns, nextFitInOrder } from './heuristics.js';
import { minBins } from './min-bins.js';
import { binsOf, compareProposals, toRgs, type Rgs } from './proposal-order.js';

/**
 * The most old TPS per kelurahan for which the proposal is proven optimal by search. The search is
 * exponential in the worst case; at 20 old TPS of 100-300 voters merged under 600 (Pemilu 2024 TPS
 * for Pilkada 2024, the hardest case we know: bins nearly full) a thousand random kelurahan took at
 * most 0.7 s each and 35 ms on average on one core; at 25 the worst took 8 s, at 30 minutes.
 */
export const EXACT_LIMIT = 20;

export type Method = 'tepat' | 'heuristik';

export interface Packing {
  /** The proposal as an RGS over the sizes' order. */
  readonly rgs: Rgs;
  /** `tepat`: proven optimal in the proposal order; `heuristik`: FFD's bound only. */
  readonly method: Method;
}

/** `sizes` in rank order (old TPS numbers ascending), each at most `cap`. */
export function pack(sizes: readonly number[], cap: number): Packing {
  for (const s of sizes) if (!(Number.isSafeInteger(s) && s >= 0 && s <= cap)) throw new RangeError(`pack: size ${s} not in 0…${cap}`);
  if (sizes.length === 0) return { rgs: [], method: 'tepat' };
  // At least one new TPS, even for old TPS of 0 voters (L2 says 0 for those).
  const lower = Math.max(1, lowerBoundL2(sizes, cap));
  const inOrder = nextFitInOrder(sizes, cap);
  if (binsOf(inOrder) === lower) return { rgs: inOrder, method: 'tepat' };
  const ffd = firstFitDecreasing(sizes, cap);
  const quick = compareProposals(ffd, inOrder) < 0 ? ffd : inOrder;
  if (sizes.length > EXACT_LIMIT) {
    const candidates = [ffd, inOrder, inChunks(sizes, cap)].map((rgs) => improveRuns(sizes, cap, rgs));
    return { rgs: candidates.reduce((a, b) => (compareProposals(b, a) < 0 ? b : a)), method: 'heuristik' };
  }
  return { rgs: exact(sizes, cap, lower, binsOf(quick)), method: 'tepat' };
}

function exact(sizes: readonly number[], cap: number, lower: number, upper: number): Rgs {
  const bins = minBins(sizes, cap, lower, upper);
  const best = bestWithBins(sizes, cap, bins);
  if (best === null) throw new Error(`pack: no proposal with ${bins} bins after stage 1 found one`);
  return best;
}

/** Consecutive chunks of at most EXACT_LIMIT old TPS (as equal as can be), each packed by pack(). */
function inChunks(sizes: readonly number[], cap: number): Rgs {
  const chunks = Math.ceil(sizes.length / EXACT_LIMIT);
  const labels: number[] = [];
  let from = 0;
  let offset = 0;
  for (let c = 0; c < chunks; c++) {
    const to = from + Math.ceil((sizes.length - from) / (chunks - c));
    const part = pack(sizes.slice(from, to), cap).rgs;
    for (const g of part) labels.push(offset + g);
    offset += binsOf(part);
    from = to;
  }
  return toRgs(labels);
}
