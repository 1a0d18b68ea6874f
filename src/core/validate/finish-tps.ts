import type { IssueSink } from '../types.js';
import { makeIssue } from './issue.js';
import { minOrigin, type Origin } from './order.js';
import type { NameTally, PairTally, RollState } from './roll-state.js';
import { describeTpsKey } from './tps-key.js';
import { isSpecialTps } from './tps-number.js';

/** One TPS over the whole roll. */
export interface TpsAgg {
  readonly key: string;
  readonly kodeKelurahan: string;
  readonly kecamatan: string;
  readonly kelurahan: string;
  readonly tps: string;
  dpt: number;
  first: Origin;
  readonly names: Map<string, NameTally>;
}

function addNames(into: Map<string, NameTally>, from: readonly PairTally[]): void {
  for (const tally of from) {
    const mine = into.get(tally.pair);
    if (mine === undefined) into.set(tally.pair, { count: tally.count, first: tally.first });
    else {
      mine.count += tally.count;
      mine.first = minOrigin(mine.first, tally.first);
    }
  }
}

/** Sums the per-file TPS over the files that count; a TPS left with no counted row disappears. */
export function aggregateTps(state: RollState, truncated: ReadonlySet<string>): Map<string, TpsAgg> {
  const out = new Map<string, TpsAgg>();
  for (const [file, acc] of state.files) {
    if (truncated.has(file)) continue;
    for (const [key, tps] of acc.tps) {
      if (tps.rows === 0) continue;
      const first = { file, line: tps.firstLine };
      const mine = out.get(key);
      if (mine === undefined) {
        const { kodeKelurahan, kecamatan, kelurahan } = tps;
        // Copies of the tallies: finishRoll must leave the state as it found it.
        const names = new Map<string, NameTally>();
        addNames(names, tps.names);
        out.set(key, { key, kodeKelurahan, kecamatan, kelurahan, tps: tps.tps, dpt: tps.dpt, first, names });
        continue;
      }
      mine.dpt += tps.dpt;
      mine.first = minOrigin(mine.first, first);
      addNames(mine.names, tps.names);
    }
  }
  return out;
}

export function capacityIssues(aggs: Iterable<TpsAgg>, kapasitas: number, issues: IssueSink, hidden?: ReadonlySet<string>): void {
  for (const agg of aggs) {
    if (agg.dpt <= kapasitas) continue;
    const params = { kode: describeTpsKey(agg.key, hidden).wilayah, tps: agg.tps, dpt: agg.dpt, kapasitas };
    issues.add(makeIssue('tps-over-capacity', agg.first.file, agg.first.line, 'tps', params));
  }
}

const MAX_LISTED = 10;

function missingNumbers(present: readonly number[]): number[] {
  const have = new Set(present);
  const max = Math.max(0, ...present);
  const missing: number[] = [];
  for (let n = 1; n < max; n++) if (!have.has(n)) missing.push(n);
  return missing;
}

function listNumbers(missing: readonly number[]): string {
  const shown = missing.slice(0, MAX_LISTED).map((n) => String(n).padStart(3, '0'));
  const rest = missing.length - shown.length;
  return shown.join(', ') + (rest > 0 ? ` (+${rest})` : '');
}

/**
 * True when the counted TPS numbers of a village are 1 … its largest with none left out, so that
 * gapIssues has nothing to report for it; false when it cannot tell at a glance (it then looks).
 * This is the common case, and the full look costs a Set and arrays per village (10,000 villages
 * at 10 M voters).
 */
function countedWithoutHole(list: readonly TpsAgg[]): boolean {
  let max = -Infinity;
  for (const a of list) max = Math.max(max, Number(a.tps));
  if (!Number.isSafeInteger(max) || max > list.length) return false;
  if (max <= 1) return true;
  const seen = new Uint8Array(max);
  let distinct = 0;
  for (const a of list) {
    const n = Number(a.tps);
    if (n >= 1 && n < max && Number.isInteger(n) && seen[n] === 0) {
      seen[n] = 1;
      distinct++;
    }
  }
  return distinct === max - 1;
}

/**
 * TPS are numbered 1, 2, 3 … per village, so a hole usually means a file or a TPS was left out.
 * 9xx special-location TPS stand outside the sequence. A TPS whose rows were all rejected is in the
 * roll (`present` holds it): not missing. Reported at the counted TPS after the first hole.
 */
export function gapIssues(aggs: Iterable<TpsAgg>, present: ReadonlySet<string>, issues: IssueSink, hidden?: ReadonlySet<string>): void {
  const byVillage = new Map<string, TpsAgg[]>();
  for (const agg of aggs) {
    if (isSpecialTps(agg.tps)) continue;
    const village = agg.key.slice(0, agg.key.lastIndexOf('|'));
    const list = byVillage.get(village);
    if (list === undefined) byVillage.set(village, [agg]);
    else list.push(agg);
  }
  // A village whose counted TPS have no hole has none at all (TPS present but not counted only
  // fill holes): only the others are looked at further, in the same order.
  const suspects = new Map<string, TpsAgg[]>();
  for (const [village, list] of byVillage) if (!countedWithoutHole(list)) suspects.set(village, list);
  if (suspects.size === 0) return;
  const numbers = new Map<string, number[]>();
  for (const key of present) {
    const bar = key.lastIndexOf('|');
    const village = key.slice(0, bar);
    if (!suspects.has(village)) continue;
    const list = numbers.get(village);
    if (list === undefined) numbers.set(village, [Number(key.slice(bar + 1))]);
    else list.push(Number(key.slice(bar + 1)));
  }
  for (const [village, list] of suspects) {
    const counted = list.map((a) => Number(a.tps));
    const max = Math.max(...counted);
    const missing = missingNumbers([...counted, ...(numbers.get(village) ?? []).filter((n) => n < max)]);
    const firstHole = missing[0];
    if (firstHole === undefined) continue;
    const after = list.filter((a) => Number(a.tps) > firstHole).sort((a, b) => Number(a.tps) - Number(b.tps))[0];
    if (after === undefined) continue;
    const params = { kelurahan: describeTpsKey(after.key, hidden).wilayah, hilang: listNumbers(missing), jumlah: missing.length };
    issues.add(makeIssue('tps-gap', after.first.file, after.first.line, 'tps', params));
  }
}
