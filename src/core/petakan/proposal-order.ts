/**
 * The one total order on the ways to merge a kelurahan's old TPS, so that the proposal never depends
 * on the machine, the input order or the search's luck (contract, `logistik petakan`: "among
 * proposals with the fewest TPS the one merging adjacent old numbers wins, then the
 * lexicographically smallest").
 *
 * A proposal is written as its restricted growth string (RGS): the old TPS in rank order (by number,
 * `001` first), and for each the index of its new TPS, new TPS numbered by their first old TPS. So
 * `[0, 0, 1, 1, 2]` merges old 1+2 and 3+4 and keeps 5 alone. Every partition has exactly one RGS.
 *
 * Proposals compare by, in this order:
 *   1. bins: the number of new TPS (fewer wins);
 *   2. runs: the number of pieces the old sequence is cut into, 1 + #{i : rgs[i] ≠ rgs[i-1]}
 *      (fewer wins). A new TPS made of adjacent old numbers is one piece, so runs = bins exactly
 *      when every new TPS merges a block of neighbours; each old TPS taken from elsewhere adds one.
 *      "Adjacent" means next to each other among the TPS being merged (specials, and old TPS kept
 *      whole above capacity, are not in that sequence);
 *   3. the new TPS in turn (001, then 002, …), each read as the old TPS it takes: at the first
 *      old TPS (by number) that one takes and the other does not, the one that takes it wins. So
 *      new TPS 001 takes as many of the first old numbers as it can, then 002, and so on.
 *
 * The exact search (best-order.ts) builds new TPS one at a time in exactly this order, so the first
 * proposal it finds with the fewest runs is the best one.
 */

/** A proposal's RGS; see the module comment. */
export type Rgs = readonly number[];

export function binsOf(rgs: Rgs): number {
  let max = -1;
  for (const g of rgs) if (g > max) max = g;
  return max + 1;
}

export function runsOf(rgs: Rgs): number {
  if (rgs.length === 0) return 0;
  let runs = 1;
  for (let i = 1; i < rgs.length; i++) if (rgs[i] !== rgs[i - 1]) runs++;
  return runs;
}

/** Negative when `a` is the better proposal. */
export function compareProposals(a: Rgs, b: Rgs): number {
  const bins = binsOf(a) - binsOf(b);
  if (bins !== 0) return bins;
  const runs = runsOf(a) - runsOf(b);
  if (runs !== 0) return runs;
  const ga = groupsOf(a);
  const gb = groupsOf(b);
  for (let g = 0; g < ga.length; g++) {
    const order = compareGroups(ga[g]!, gb[g]!);
    if (order !== 0) return order;
  }
  return 0;
}

/**
 * Two new TPS as the ascending old ranks they take: at the first rank one takes and the other does
 * not, the taker comes first. (Unlike plain list order, [0, 1, 3] comes before its prefix [0, 1].)
 */
function compareGroups(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    return x - y;
  }
  return 0;
}

/** The RGS of a grouping given as any group label per item (labels renumbered by first use). */
export function toRgs(labels: readonly number[]): number[] {
  const renamed = new Map<number, number>();
  return labels.map((label) => {
    let g = renamed.get(label);
    if (g === undefined) {
      g = renamed.size;
      renamed.set(label, g);
    }
    return g;
  });
}

/** The groups of an RGS: item indices per new TPS, each ascending, new TPS in RGS order. */
export function groupsOf(rgs: Rgs): number[][] {
  const groups: number[][] = Array.from({ length: binsOf(rgs) }, () => []);
  rgs.forEach((g, i) => groups[g]!.push(i));
  return groups;
}
