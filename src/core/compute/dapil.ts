/**
 * The `--dapil` mapping: which electoral district (dapil) a kecamatan or kelurahan belongs to, per
 * ballot type (`jenis`, matched against an item's `varian.jenis_dapil`). Kecamatan-level rows are
 * usually enough; kelurahan rows override them where a kecamatan is split (domain.md §1.3), so the
 * longest code wins.
 */
import type { Issue, Severity } from '../types.js';
import { kodeKecamatanOf } from './units.js';
import { DAPIL_ISSUES } from '../messages/config-messages.js';

export interface DapilMapping {
  readonly file: string;
  /** jenis → region code (`PP.KK.CC` or `PP.KK.CC.DDDD`) → dapil name. */
  readonly byJenis: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

export interface DapilRow {
  readonly kode_wilayah: string;
  readonly jenis: string;
  readonly dapil: string;
  readonly line: number;
}

/** Dotted, or the undotted 6/10 digits some exports use. */
export function normaliseKodeWilayah(raw: string): string | null {
  const s = raw.trim();
  if (/^\d{2}\.\d{2}\.\d{2}(\.\d{4})?$/.test(s)) return s;
  if (/^\d{6}$/.test(s) || /^\d{10}$/.test(s)) {
    const parts = [s.slice(0, 2), s.slice(2, 4), s.slice(4, 6), s.slice(6)].filter((p) => p !== '');
    return parts.join('.');
  }
  return null;
}

function issue(code: string, file: string, line: number | null, column: string | null, params: Record<string, string | number>): Issue {
  const severity: Severity = DAPIL_ISSUES[code]?.severity ?? 'galat';
  return { code, severity, file, line, column, params };
}

interface Seen {
  readonly dapil: string;
  readonly line: number;
}

function checkRow(row: DapilRow, file: string): { kode: string; jenis: string; dapil: string } | Issue {
  for (const column of ['kode_wilayah', 'jenis', 'dapil'] as const) {
    if (row[column].trim() === '') return issue('dapil-empty', file, row.line, column, { column });
  }
  const kode = normaliseKodeWilayah(row.kode_wilayah);
  if (kode === null) return issue('dapil-kode-format', file, row.line, 'kode_wilayah', { value: row.kode_wilayah.trim() });
  return { kode, jenis: row.jenis.trim().toLowerCase(), dapil: row.dapil.trim() };
}

export function parseDapil(rows: readonly DapilRow[], file: string): { mapping: DapilMapping; issues: Issue[] } {
  const seen = new Map<string, Map<string, Seen>>();
  const issues: Issue[] = [];
  for (const row of rows) {
    const checked = checkRow(row, file);
    if ('code' in checked) {
      issues.push(checked);
      continue;
    }
    const { kode, jenis, dapil } = checked;
    const byKode = seen.get(jenis) ?? new Map<string, Seen>();
    seen.set(jenis, byKode);
    const first = byKode.get(kode);
    if (first === undefined) byKode.set(kode, { dapil, line: row.line });
    else {
      const params = { kode_wilayah: kode, jenis, dapil, first_line: first.line, first_dapil: first.dapil };
      issues.push(issue(first.dapil === dapil ? 'dapil-duplicate' : 'dapil-conflict', file, row.line, 'dapil', params));
    }
  }
  issues.push(...redundantRows(seen, file));
  const byJenis = new Map([...seen].map(([jenis, m]) => [jenis, new Map([...m].map(([k, s]) => [k, s.dapil]))]));
  return { mapping: { file, byJenis }, issues };
}

/** A kelurahan row that repeats its kecamatan's dapil is harmless but hides real overrides. */
function redundantRows(seen: ReadonlyMap<string, ReadonlyMap<string, Seen>>, file: string): Issue[] {
  const out: Issue[] = [];
  for (const [jenis, byKode] of seen) {
    for (const [kode, s] of byKode) {
      const parent = kode.length > 8 ? byKode.get(kodeKecamatanOf(kode)) : undefined;
      if (parent !== undefined && parent.dapil === s.dapil) {
        out.push(issue('dapil-redundant', file, s.line, 'kode_wilayah', { kode_wilayah: kode, jenis, dapil: s.dapil, first_line: parent.line }));
      }
    }
  }
  return out;
}

/** The dapil of a kelurahan for one jenis (longest match), or null when unmapped. */
export function lookupDapil(mapping: DapilMapping, jenis: string, kodeKelurahan: string): string | null {
  const byKode = mapping.byJenis.get(jenis);
  if (byKode === undefined || kodeKelurahan === '') return null;
  return byKode.get(kodeKelurahan) ?? byKode.get(kodeKecamatanOf(kodeKelurahan)) ?? null;
}
