import type { IssueSink } from '../types.js';
import { makeIssue } from './issue.js';
import { maskNik } from '../echo.js';
import { joinNik } from './nik-table.js';
import type { RollState } from './roll-state.js';
import { describeTpsKey } from './tps-key.js';

/** Below this many NIKs, all ending in 0 is plausible by chance (1 in 10^20 at 20). */
export const TRUNCATION_MIN_NIKS = 20;

/**
 * Files whose whole NIK column ends in 0: a spreadsheet kept 15 significant digits. Their NIKs are
 * wrong in a way that merges different people, so no row of the file can be counted safely.
 */
export function truncatedFiles(state: RollState, issues: IssueSink): Set<string> {
  const truncated = new Set<string>();
  for (const [name, file] of state.files) {
    if (file.nik16 < TRUNCATION_MIN_NIKS || file.nikZero !== file.nik16) continue;
    truncated.add(name);
    issues.add(makeIssue('nik-column-truncated', name, null, 'nik', { kolom: file.nikHeader, jumlah: file.nik16 }));
  }
  return truncated;
}

/** One warning per file rather than per row: a published list masks every NIK. */
export function maskedIssues(state: RollState, issues: IssueSink): void {
  for (const [name, file] of state.files) {
    if (file.masked === 0) continue;
    issues.add(makeIssue('nik-masked', name, null, 'nik', { jumlah: file.masked, barisPertama: file.firstMaskedLine }));
  }
}

/**
 * Each later occurrence of a NIK with its first, looked up once every row is in (the index then
 * holds the earliest occurrence of the whole roll; looked up at insert time it would depend on
 * arrival order). Six u32 per duplicate, `[hi, lo, line, file, first line, first file]`, file
 * numbers into `files`: taken before the TPS are aggregated, so that the NIK table (~13 bytes per
 * voter) can be released first and the two are never held at once.
 */
export interface DuplicateFirsts {
  readonly entries: Uint32Array;
  readonly count: number;
  readonly files: readonly string[];
}

export function duplicateFirsts(state: RollState): DuplicateFirsts {
  const entries = new Uint32Array(state.nikDuplicates.size * 6);
  const files: string[] = [];
  const ids = new Map<string, number>();
  const id = (file: string): number => {
    let n = ids.get(file);
    if (n === undefined) ids.set(file, (n = files.push(file) - 1));
    return n;
  };
  let o = 0;
  state.nikDuplicates.forEach((hi, lo, file, line) => {
    const first = state.nik.getRaw(hi, lo);
    if (first === undefined) throw new Error('duplicate NIK without a first occurrence');
    entries.set([hi, lo, line, id(file), first.line, id(first.file)], o);
    o += 6;
  });
  return { entries, count: o / 6, files };
}

export function duplicateIssues(
  state: RollState, firsts: DuplicateFirsts, truncated: ReadonlySet<string>, issues: IssueSink, hidden?: ReadonlySet<string>,
): void {
  const { entries: e, files } = firsts;
  for (let o = 0; o < firsts.count * 6; o += 6) {
    const file = files[e[o + 3]!]!;
    // The file-level truncation issue already explains these rows; their NIKs collide by damage.
    if (truncated.has(file)) continue;
    const params = { nik: maskNik(joinNik(e[o]!, e[o + 1]!)), firstFile: files[e[o + 5]!]!, firstLine: e[o + 4]! };
    issues.add(makeIssue('duplicate-nik', file, e[o + 2]!, 'nik', params));
  }
  for (const dup of state.tpsDuplicates) {
    const first = state.recapFirst.get(dup.id);
    if (first === undefined) throw new Error('duplicate TPS without a first occurrence');
    const { wilayah, tps } = describeTpsKey(dup.id, hidden);
    const params = { kode: wilayah, tps, firstFile: first.file, firstLine: first.line };
    issues.add(makeIssue('duplicate-tps', dup.file, dup.line, 'tps', params));
  }
}

export interface FileCounts {
  dihitung: number;
  ditolak: number;
}

/** Per file, in code-point order of the names; a truncated file is rejected as a whole. */
export function perFileCounts(state: RollState, truncated: ReadonlySet<string>, order: readonly string[]): Map<string, FileCounts> {
  const out = new Map<string, FileCounts>();
  for (const name of order) {
    const file = state.files.get(name);
    if (file === undefined) continue;
    const ditolak = truncated.has(name) ? file.records : file.rejected;
    out.set(name, { dihitung: file.records - ditolak, ditolak });
  }
  return out;
}
