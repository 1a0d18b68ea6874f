/**
 * A lower bound on the pieces (runs) the old TPS still to place need, for the exact search's
 * stage 2 (best-order.ts). The old TPS left (`has`) form stretches of consecutive numbers, cut by
 * the ones already placed; a piece is a block of one stretch that goes whole into one new TPS.
 *
 *   1. every new TPS left gets at least one piece: pieces ≥ binsLeft;
 *   2. a piece holds at most `cap`: pieces ≥ Σ over stretches of next fit (the fewest such cuts);
 *   3. the new TPS left can waste only slack = binsLeft · cap − Σ left in total, so a new TPS made
 *      of a single piece needs a piece of at least cap − slack; if at most m disjoint such pieces
 *      exist, the other binsLeft − m new TPS take two pieces or more: pieces ≥ 2·binsLeft − m.
 */

export function piecesNeeded(sizes: readonly number[], has: readonly boolean[], cap: number, binsLeft: number): number {
  let sum = 0;
  for (let i = 0; i < sizes.length; i++) if (has[i]) sum += sizes[i]!;
  const slack = binsLeft * cap - sum;
  const singles = Math.min(binsLeft, disjointSingles(sizes, has, cap - slack, cap));
  return Math.max(binsLeft, nextFitPieces(sizes, has, cap), 2 * binsLeft - singles);
}

function nextFitPieces(sizes: readonly number[], has: readonly boolean[], cap: number): number {
  let pieces = 0;
  let load = cap + 1;
  for (let i = 0; i < sizes.length; i++) {
    if (!has[i]) {
      load = cap + 1;
      continue;
    }
    if (load + sizes[i]! > cap) {
      pieces++;
      load = 0;
    }
    load += sizes[i]!;
  }
  return pieces;
}

/**
 * The most disjoint blocks (each inside one stretch) whose sum is within [lo, hi]: greedy by the
 * earliest end, which is optimal for choosing disjoint intervals.
 */
function disjointSingles(sizes: readonly number[], has: readonly boolean[], lo: number, hi: number): number {
  const n = sizes.length;
  let count = 0;
  let from = 0;
  for (;;) {
    let bestEnd = n;
    for (let s = from; s < n && s < bestEnd; s++) {
      if (!has[s]) continue;
      let sum = 0;
      for (let e = s; e < bestEnd && has[e]; e++) {
        sum += sizes[e]!;
        if (sum > hi) break;
        if (sum >= lo) {
          bestEnd = e;
          break;
        }
      }
    }
    if (bestEnd === n) return count;
    count++;
    from = bestEnd + 1;
  }
}
