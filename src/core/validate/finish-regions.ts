import { echoLabel } from '../echo.js';
import type { Issue, IssueSink } from '../types.js';
import { makeIssue } from './issue.js';
import { pairKecamatan, pairKelurahan } from './name-pair.js';
import type { NameColumn } from './personal-columns.js';
import { compareCodePoint, minOrigin, type Origin } from './order.js';
import { kabKotaCode, kecamatanCode } from './region-code.js';
import type { NameTally } from './roll-state.js';
import type { TpsAgg } from './finish-tps.js';

type Tallies = Map<string, NameTally>;

function tally(into: Map<string, Tallies>, code: string, name: string, from: NameTally): void {
  if (name === '') return;
  let names = into.get(code);
  if (names === undefined) {
    names = new Map();
    into.set(code, names);
  }
  const mine = names.get(name);
  if (mine === undefined) names.set(name, { count: from.count, first: from.first });
  else {
    mine.count += from.count;
    mine.first = minOrigin(mine.first, from.first);
  }
}

/** Most frequent; ties go to the first in code-point order (contract "Names"). */
function winner(names: Tallies): string {
  let best = '';
  let bestCount = -1;
  for (const [name, t] of names) {
    if (t.count > bestCount || (t.count === bestCount && compareCodePoint(name, best) < 0)) {
      best = name;
      bestCount = t.count;
    }
  }
  return best;
}

/** Others a conflict warning names (contract "Names": at most three). */
const LISTED = 3;

/** Words of three letters or more, in upper case: what two spellings of one place share. */
function words(name: string): Set<string> {
  return new Set(name.toUpperCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3));
}

/**
 * A spelling worth quoting: it shares a word with the chosen name (`GUNUNG IBUL` beside
 * `Gunung Ibul`) or it was written in two rows or more. A value in one row that shares nothing
 * (a voter's name that slipped into the column) is counted, not shown.
 */
function quotable(name: string, tally: NameTally, chosen: Set<string>): boolean {
  if (tally.count >= 2) return true;
  for (const w of words(name)) if (chosen.has(w)) return true;
  return false;
}

function conflictIssue(code: string, names: Tallies, chosen: string, column: string): Issue {
  const others = [...names.keys()].filter((n) => n !== chosen).sort(compareCodePoint);
  let at: Origin | null = null;
  for (const name of others) {
    const first = names.get(name)?.first;
    if (first !== undefined) at = at === null ? first : minOrigin(at, first);
  }
  const chosenWords = words(chosen);
  const shown = others.filter((n) => quotable(n, names.get(n)!, chosenWords)).slice(0, LISTED);
  const rest = others.length - shown.length;
  const lainnya = [...shown.map((n) => `"${echoLabel(n)}"`), ...(rest > 0 ? [`+${rest}`] : [])].join(', ');
  const params = { kode: code, nama: echoLabel(chosen), lainnya };
  return makeIssue('region-name-conflict', at?.file ?? '', at?.line ?? null, column, params);
}

function resolve(all: Map<string, Tallies>, column: NameColumn, personal: ReadonlySet<NameColumn>, issues: IssueSink): Map<string, string> {
  const chosen = new Map<string, string>();
  // A column of personal data names nothing: its values are neither adopted nor quoted.
  if (personal.has(column)) return chosen;
  for (const [code, names] of all) {
    const name = winner(names);
    chosen.set(code, name);
    if (names.size > 1) issues.add(conflictIssue(code, names, name, column));
  }
  return chosen;
}

export interface RegionNames {
  /** By dotted village code. */
  readonly kelurahan: ReadonlyMap<string, string>;
  /** By `PP.KK.CC`. */
  readonly kecamatan: ReadonlyMap<string, string>;
}

/**
 * The name each code goes by in the manifests, with a warning for every code written two ways;
 * nothing for a column of personal data (personal-columns.ts).
 */
export function resolveRegionNames(aggs: Iterable<TpsAgg>, issues: IssueSink, personal: ReadonlySet<NameColumn> = new Set()): RegionNames {
  const kelurahan = new Map<string, Tallies>();
  const kecamatan = new Map<string, Tallies>();
  for (const agg of aggs) {
    if (agg.kodeKelurahan === '') continue;
    const kodeKecamatan = kecamatanCode(agg.kodeKelurahan);
    for (const [pair, t] of agg.names) {
      if (pair.startsWith('\u0001')) continue;
      tally(kelurahan, agg.kodeKelurahan, pairKelurahan(pair), t);
      tally(kecamatan, kodeKecamatan, pairKecamatan(pair), t);
    }
  }
  return {
    kelurahan: resolve(kelurahan, 'kelurahan', personal, issues),
    kecamatan: resolve(kecamatan, 'kecamatan', personal, issues),
  };
}

/**
 * A roll is normally one kab/kota (one KPU Kab/Kota orders its logistics); every other kab/kota is
 * reported once, at its first row, against the one with the most TPS.
 */
export function kabKotaIssues(aggs: Iterable<TpsAgg>, issues: IssueSink): void {
  const seen = new Map<string, { tps: number; first: Origin }>();
  for (const agg of aggs) {
    if (agg.kodeKelurahan === '') continue;
    const kk = kabKotaCode(agg.kodeKelurahan);
    const mine = seen.get(kk);
    if (mine === undefined) seen.set(kk, { tps: 1, first: agg.first });
    else {
      mine.tps++;
      mine.first = minOrigin(mine.first, agg.first);
    }
  }
  if (seen.size < 2) return;
  const ranked = [...seen].sort((a, b) => b[1].tps - a[1].tps || compareCodePoint(a[0], b[0]));
  const utama = ranked[0]?.[0] ?? '';
  for (const [kabkota, { first }] of ranked.slice(1)) {
    issues.add(makeIssue('kode-wilayah-inconsistent', first.file, first.line, 'kode_kelurahan', { kabkota, utama }));
  }
}
