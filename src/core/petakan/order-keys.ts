/**
 * The order in which a voter-level proposal fills TPS: RW, then RT, then address, then old TPS
 * (contract, `logistik petakan`). Values are compared after normalisation (collect.ts: spaces
 * collapsed, upper case):
 *   - RW and RT: a number (digits only) by its value, so `2` < `10` and `002` = `2`; numbers before
 *     other text, which is in code-point order; an empty cell last (unknown goes to the end);
 *   - address: code-point order, empty last;
 *   - old TPS: its three-digit number.
 * Never `localeCompare`: the order must be the same on every machine.
 */
import { compareCodePoint } from '../validate/order.js';

/** -1 / 0 / 1 for two RW or RT values. */
export function compareRwRt(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '' || b === '') return a === '' ? 1 : -1;
  const na = /^\d+$/.test(a);
  const nb = /^\d+$/.test(b);
  if (na !== nb) return na ? -1 : 1;
  if (!na) return compareCodePoint(a, b);
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  return x.length - y.length || compareCodePoint(x, y);
}

export function compareAddress(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '' || b === '') return a === '' ? 1 : -1;
  return compareCodePoint(a, b);
}

/**
 * Ranks of every string of a table under a comparison, so that the per-voter comparisons are
 * integer comparisons. Equal values under the comparison (`2` and `002`) share a rank.
 */
export function ranksOf(values: readonly string[], compare: (a: string, b: string) => number): Int32Array {
  const order = values.map((_, i) => i).sort((a, b) => compare(values[a]!, values[b]!));
  const rank = new Int32Array(values.length);
  let r = 0;
  order.forEach((id, k) => {
    if (k > 0 && compare(values[order[k - 1]!]!, values[id]!) !== 0) r++;
    rank[id] = r;
  });
  return rank;
}
