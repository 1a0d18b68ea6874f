import type { IssueSink, TpsCount, ValidationSettings } from '../types.js';
import { duplicateFirsts, duplicateIssues, maskedIssues, perFileCounts, truncatedFiles, type FileCounts } from './finish-files.js';
import { kabKotaIssues, resolveRegionNames, type RegionNames } from './finish-regions.js';
import { aggregateTps, capacityIssues, gapIssues, type TpsAgg } from './finish-tps.js';
import { footerIssues } from './footer.js';
import { makeIssue } from './issue.js';
import { personalColumns } from './personal-columns.js';
import { compareCodePoint } from './order.js';
import { kecamatanCode } from './region-code.js';
import type { RollState } from './roll-state.js';

export interface RollResult {
  /** Sorted by (kodeKelurahan, tps), then names for rolls without codes; names resolved. */
  readonly tps: TpsCount[];
  /** Every record given to addRow is in exactly one of the two counts of its file. */
  readonly perFile: Map<string, FileCounts>;
  readonly kecamatan: number;
  readonly kelurahan: number;
  /** Sum of the DPT over all TPS. */
  readonly pemilih: number;
}

function compareTps(a: TpsCount, b: TpsCount): number {
  return (
    compareCodePoint(a.kodeKelurahan, b.kodeKelurahan) ||
    compareCodePoint(a.tps, b.tps) ||
    compareCodePoint(a.kecamatan, b.kecamatan) ||
    compareCodePoint(a.kelurahan, b.kelurahan)
  );
}

function toTpsCount(agg: TpsAgg, names: RegionNames): TpsCount {
  const kode = agg.kodeKelurahan;
  if (kode === '') return { kodeKelurahan: '', kecamatan: agg.kecamatan, kelurahan: agg.kelurahan, tps: agg.tps, dpt: agg.dpt };
  const kecamatan = names.kecamatan.get(kecamatanCode(kode)) ?? '';
  return { kodeKelurahan: kode, kecamatan, kelurahan: names.kelurahan.get(kode) ?? '', tps: agg.tps, dpt: agg.dpt };
}

function regionCounts(tps: readonly TpsCount[]): { kecamatan: number; kelurahan: number; pemilih: number } {
  const kecamatan = new Set<string>();
  const kelurahan = new Set<string>();
  let pemilih = 0;
  for (const t of tps) {
    kecamatan.add(t.kodeKelurahan !== '' ? kecamatanCode(t.kodeKelurahan) : `\u0000${t.kecamatan}`);
    kelurahan.add(t.kodeKelurahan !== '' ? t.kodeKelurahan : `\u0000${t.kecamatan}\u0000${t.kelurahan}`);
    pemilih += t.dpt;
  }
  return { kecamatan: kecamatan.size, kelurahan: kelurahan.size, pemilih };
}

/**
 * The cross-row checks and the TPS list; their issues go to `issues` (in no particular order:
 * validasi.csv's order is the sink's). Reads the state without changing it; its result depends
 * only on which rows were added, not on their order or how states were merged. `niksDone` is
 * called as soon as the NIK table is no longer read (the caller may free it before the rest).
 */
export function finishRoll(state: RollState, settings: ValidationSettings, issues: IssueSink, niksDone?: () => void): RollResult {
  const truncated = truncatedFiles(state, issues);
  maskedIssues(state, issues);
  // The NIK table is done with before the TPS are aggregated: the two are never held at once.
  const firsts = duplicateFirsts(state);
  niksDone?.();
  // Files whose TPS are keyed by names of a column that holds personal data: no usable identity.
  let byKey = aggregateTps(state, truncated);
  const personal = personalColumns(byKey.values(), issues);
  const excluded = new Set(truncated);
  if (personal.size > 0) for (const [file, acc] of state.files) if (keyedByNames(acc.tps.keys())) excluded.add(file);
  if (excluded.size > truncated.size) byKey = aggregateTps(state, excluded);
  duplicateIssues(state, firsts, excluded, issues, personal);
  const aggs = [...byKey.values()];
  const names = resolveRegionNames(aggs, issues, personal);
  capacityIssues(aggs, settings.kapasitasTps, issues, personal);
  gapIssues(aggs, presentTps(state), issues, personal);
  kabKotaIssues(aggs, issues);
  const tps = aggs.map((agg) => toTpsCount(agg, names)).sort(compareTps);
  const files = [...state.files.keys()].sort(compareCodePoint);
  const perFile = perFileCounts(state, excluded, files);
  footerIssues(state, excluded, issues);
  const counts = regionCounts(tps);
  if (counts.pemilih > MAX_PEMILIH) issues.add(makeIssue('dpt-total-too-large', '', null, 'dpt', { pemilih: counts.pemilih, batas: MAX_PEMILIH }));
  return { tps, perFile, ...counts };
}

/**
 * A roll above this many voters is refused (`dpt-total-too-large`): about five times Indonesia's
 * whole DPT, and low enough that every quantity of a valid config stays exact (config/schema.ts).
 */
export const MAX_PEMILIH = 1_000_000_000;

function keyedByNames(keys: Iterable<string>): boolean {
  for (const key of keys) if (key.startsWith('\u0000')) return true;
  return false;
}

/** Every TPS the roll names with a usable identity, counted or not (tps-gap). */
function presentTps(state: RollState): Set<string> {
  const present = new Set<string>();
  for (const file of state.files.values()) {
    for (const key of file.tps.keys()) present.add(key);
    for (const key of file.rejectedTps) present.add(key);
  }
  return present;
}
