/**
 * Region-name columns that hold personal data (contract "Names"): a swapped or shifted export can
 * put voters' names or NKKs under `kecamatan` or `kelurahan`. Such a column is a `galat` naming
 * the column; none of its values is adopted as a region name or echoed anywhere.
 *
 * A column is caught when
 * - one region code carries MANY_NAMES or more distinct values in it (or more than a TPS keeps:
 *   the `\u0001` overflow of add-row.ts), or
 * - one of its values holds an identity number (11 or more digits, separators allowed), or
 * - in a roll without region codes, where the names are the TPS identity: MANY_NAMES or more of its
 *   values (more than half of those under one parent) stand for 2 voters or fewer each, which no
 *   real kelurahan or kecamatan does.
 */
import type { IssueSink } from '../types.js';
import { makeIssue } from './issue.js';
import { pairKecamatan, pairKelurahan } from './name-pair.js';
import { compareOrigin, type Origin } from './order.js';
import { kecamatanCode } from './region-code.js';
import type { TpsAgg } from './finish-tps.js';

export type NameColumn = 'kecamatan' | 'kelurahan';

/** Distinct values for one region code at which a name column counts as personal data. */
export const MANY_NAMES = 5;
/** A region "of" this many voters or fewer is no region. */
const TINY = 2;
const IDENTITY_RUN = /\d(?:\D{0,3}\d){10,}/u;

interface Evidence {
  /** Distinct values per parent (region code, or kecamatan name for kelurahan in a names-only roll). */
  readonly values: Map<string, Set<string>>;
  /** Names-only rolls: voters per value per parent. */
  readonly dpt: Map<string, Map<string, number>>;
  flagged: boolean;
  first: Origin | null;
}

function evidence(): Evidence {
  return { values: new Map(), dpt: new Map(), flagged: false, first: null };
}

function note(e: Evidence, parent: string, value: string, at: Origin): void {
  if (value === '') return;
  let set = e.values.get(parent);
  if (set === undefined) e.values.set(parent, (set = new Set()));
  set.add(value);
  if (IDENTITY_RUN.test(value) || set.size >= MANY_NAMES) flag(e, at);
}

function flag(e: Evidence, at: Origin): void {
  e.flagged = true;
  if (e.first === null || compareOrigin(at, e.first) < 0) e.first = at;
}

function addDpt(e: Evidence, parent: string, value: string, dpt: number): void {
  let per = e.dpt.get(parent);
  if (per === undefined) e.dpt.set(parent, (per = new Map()));
  per.set(value, (per.get(value) ?? 0) + dpt);
}

/** Names-only rolls: many tiny "regions" under one parent. */
function tinyRegions(e: Evidence, at: Origin): void {
  for (const per of e.dpt.values()) {
    let tiny = 0;
    for (const n of per.values()) if (n <= TINY) tiny++;
    if (tiny >= MANY_NAMES && tiny * 2 > per.size) flag(e, at);
  }
}

/** The name columns that hold personal data, with one issue per column. */
export function personalColumns(aggs: Iterable<TpsAgg>, issues: IssueSink): Set<NameColumn> {
  const kec = evidence();
  const kel = evidence();
  let namesOnlyFirst: Origin | null = null;
  for (const agg of aggs) {
    if (agg.kodeKelurahan !== '') {
      const kodeKecamatan = kecamatanCode(agg.kodeKelurahan);
      for (const [pair, t] of agg.names) {
        if (pair.startsWith('\u0001')) {
          if (pair.includes('kelurahan')) flag(kel, t.first);
          if (pair.includes('kecamatan')) flag(kec, t.first);
          continue;
        }
        note(kel, agg.kodeKelurahan, pairKelurahan(pair), t.first);
        note(kec, kodeKecamatan, pairKecamatan(pair), t.first);
      }
      continue;
    }
    if (namesOnlyFirst === null || compareOrigin(agg.first, namesOnlyFirst) < 0) namesOnlyFirst = agg.first;
    for (const [e, value] of [[kel, agg.kelurahan], [kec, agg.kecamatan]] as const) {
      if (IDENTITY_RUN.test(value)) flag(e, agg.first);
    }
    addDpt(kel, agg.kecamatan, agg.kelurahan, agg.dpt);
    addDpt(kec, '', agg.kecamatan, agg.dpt);
  }
  if (namesOnlyFirst !== null) {
    tinyRegions(kel, namesOnlyFirst);
    tinyRegions(kec, namesOnlyFirst);
  }
  const columns = new Set<NameColumn>();
  for (const [column, e] of [['kecamatan', kec], ['kelurahan', kel]] as const) {
    if (!e.flagged) continue;
    columns.add(column);
    issues.add(makeIssue('region-name-personal', e.first?.file ?? '', null, column, { kolom: column }));
  }
  return columns;
}
