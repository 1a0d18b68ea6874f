/**
 * Independent references for the packing tests: every partition of a few old TPS (brute force over
 * all set partitions, in no particular clever order), and the fewest bins by dynamic programming
 * over subsets. Neither shares code with src/core/petakan beyond the order's definition.
 */
import { compareProposals } from '../../src/core/petakan/proposal-order.js';

/** The best partition of `sizes` under `cap` by the proposal order, trying all of them. */
export function bruteBest(sizes: readonly number[], cap: number): number[] {
  let best: number[] | null = null;
  const rgs: number[] = [];
  const loads: number[] = [];
  const visit = (i: number): void => {
    if (i === sizes.length) {
      if (best === null || compareProposals(rgs, best) < 0) best = [...rgs];
      return;
    }
    const open = loads.length;
    for (let g = 0; g < open; g++) {
      if (loads[g]! + sizes[i]! > cap) continue;
      loads[g]! += sizes[i]!;
      rgs[i] = g;
      visit(i + 1);
      loads[g]! -= sizes[i]!;
    }
    loads.push(sizes[i]!);
    rgs[i] = open;
    visit(i + 1);
    loads.pop();
  };
  visit(0);
  if (best === null) throw new Error('no partition');
  return best;
}

/** The fewest bins of `cap` holding `sizes` (each ≤ cap): DP over subsets, (bins, last bin's load). */
export function minBinsDp(sizes: readonly number[], cap: number): number {
  const n = sizes.length;
  const full = (1 << n) - 1;
  const bins = new Int32Array(1 << n).fill(1 << 30);
  const load = new Int32Array(1 << n);
  bins[0] = 1;
  for (let mask = 0; mask <= full; mask++) {
    if (bins[mask] === 1 << 30) continue;
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) continue;
      const next = mask | (1 << i);
      const fits = load[mask]! + sizes[i]! <= cap;
      const b = fits ? bins[mask]! : bins[mask]! + 1;
      const l = fits ? load[mask]! + sizes[i]! : sizes[i]!;
      if (b < bins[next]! || (b === bins[next] && l < load[next]!)) {
        bins[next] = b;
        load[next] = l;
      }
    }
  }
  return n === 0 ? 0 : bins[full]!;
}

/** Checks a proposal: an RGS over all items, every group within cap. */
export function groupLoads(sizes: readonly number[], rgs: readonly number[]): number[] {
  const loads: number[] = [];
  rgs.forEach((g, i) => (loads[g] = (loads[g] ?? 0) + sizes[i]!));
  return loads;
}
