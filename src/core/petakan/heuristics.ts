/**
 * The two quick packings of a kelurahan's old TPS (sizes in rank order, each ≤ capacity), both as
 * RGS (proposal-order.ts). They give the search its first upper bound, and beyond the exact limit
 * the better of the two (by the proposal order) is the proposal.
 */
import { toRgs } from './proposal-order.js';

/**
 * Neighbours merged in number order: fill a new TPS with the next old TPS while it fits. Greedy
 * filling gives the fewest pieces any cut of the sequence into consecutive blocks can give, and of
 * those cuts the lexicographically smallest RGS (each block as long as it can be). So when its
 * count meets a lower bound it is the proposal order's optimum outright (pack.ts).
 */
export function nextFitInOrder(sizes: readonly number[], cap: number): number[] {
  const rgs: number[] = [];
  let group = -1;
  let load = cap + 1;
  for (const s of sizes) {
    if (load + s > cap) {
      group++;
      load = 0;
    }
    load += s;
    rgs.push(group);
  }
  return rgs;
}

/**
 * First-fit decreasing: old TPS from the largest (ties: the lower number first), each into the
 * first new TPS, in opening order, that still has room. Dósa (2007, "The tight bound of first fit
 * decreasing bin-packing algorithm is FFD(I) ≤ 11/9 OPT(I) + 6/9") proves it never uses more than
 * 11/9 · OPT + 6/9 new TPS, and that this bound is tight.
 */
export function firstFitDecreasing(sizes: readonly number[], cap: number): number[] {
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const loads: number[] = [];
  const label = new Array<number>(sizes.length).fill(-1);
  for (const i of order) {
    const s = sizes[i]!;
    let bin = loads.findIndex((load) => load + s <= cap);
    if (bin < 0) {
      bin = loads.length;
      loads.push(0);
    }
    loads[bin]! += s;
    label[i] = bin;
  }
  return toRgs(label);
}

/**
 * Local improvement of a heuristic proposal (beyond the exact limit): moves one old TPS to another
 * new TPS, or swaps two, whenever that leaves fewer runs (proposal-order.ts) within the capacity,
 * until no such move is left. Moves are tried in a fixed order (old TPS by number, then new TPS
 * by number), so the result depends on the input only. It never adds a new TPS (a move may empty
 * one, which only helps), so a bound on the proposal's count still holds afterwards.
 */
export function improveRuns(sizes: readonly number[], cap: number, rgs: readonly number[]): number[] {
  const label = [...rgs];
  const loads: number[] = [];
  label.forEach((g, i) => (loads[g] = (loads[g] ?? 0) + sizes[i]!));
  // Runs lost (negative: gained) around position i if label[i] became g.
  const around = (i: number, g: number): number => {
    let cuts = 0;
    if (i > 0) cuts += (label[i - 1] !== g ? 1 : 0) - (label[i - 1] !== label[i] ? 1 : 0);
    if (i + 1 < label.length) cuts += (label[i + 1] !== g ? 1 : 0) - (label[i + 1] !== label[i] ? 1 : 0);
    return cuts;
  };
  const move = (i: number, g: number): void => {
    loads[label[i]!]! -= sizes[i]!;
    loads[g]! += sizes[i]!;
    label[i] = g;
  };
  for (let improved = true; improved; ) {
    improved = false;
    for (let i = 0; i < label.length; i++) {
      for (let g = 0; g < loads.length; g++) {
        if (g === label[i] || loads[g]! + sizes[i]! > cap || around(i, g) >= 0) continue;
        move(i, g);
        improved = true;
      }
      for (let j = i + 1; j < label.length; j++) {
        const gi = label[i]!;
        const gj = label[j]!;
        if (gi === gj || loads[gi]! - sizes[i]! + sizes[j]! > cap || loads[gj]! - sizes[j]! + sizes[i]! > cap) continue;
        const before = runsAround(label, i, j);
        label[i] = gj;
        label[j] = gi;
        if (runsAround(label, i, j) < before) {
          loads[gi]! += sizes[j]! - sizes[i]!;
          loads[gj]! += sizes[i]! - sizes[j]!;
          improved = true;
        } else {
          label[i] = gi;
          label[j] = gj;
        }
      }
    }
  }
  return toRgs(label);
}

/** The cuts between neighbours that touch positions i or j. */
function runsAround(label: readonly number[], i: number, j: number): number {
  const at = new Set([i - 1, i, j - 1, j].filter((k) => k >= 0 && k + 1 < label.length));
  let cuts = 0;
  for (const k of at) if (label[k] !== label[k + 1]) cuts++;
  return cuts;
}
