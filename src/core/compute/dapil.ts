/**
 * The `--dapil` mapping: which electoral district (dapil) a kab/kota, kecamatan or kelurahan
 * belongs to, per ballot type (`jenis`, matched against an item's `varian.jenis_dapil`). A kab/kota
 * or kecamatan row maps everything under it; a kecamatan or kelurahan row overrides it where a dapil
 * line splits a region (domain.md §1.3), so the longest code wins.
 *
 * The file is read by the one table reader (io/table/) with DAPIL_TABLE; this module checks its
 * values. Every row that cannot be used is a `galat` naming its file and line: the CLI never
 * computes manifests on a mapping it read only in part, `--allow-invalid` or not.
 */
import type { Issue, Severity } from '../types.js';
import { normaliseHeaderName } from '../header-names.js';
import { DAPIL_ISSUES } from '../messages/config-messages.js';
import { cell, defineTable, type TableRow } from '../table/spec.js';
import { kodeKecamatanOf } from './units.js';

export const DAPIL_TABLE = defineTable({
  columns: ['kode_wilayah', 'jenis', 'dapil'],
  aliases: {
    kode: 'kode_wilayah',
    kode_kabkota: 'kode_wilayah',
    kode_kab_kota: 'kode_wilayah',
    kode_kecamatan: 'kode_wilayah',
    kode_kec: 'kode_wilayah',
    kode_kelurahan: 'kode_wilayah',
    kode_desa: 'kode_wilayah',
    kode_kel: 'kode_wilayah',
    kode_kelurahan_desa: 'kode_wilayah',
    jenis_dapil: 'jenis',
    jenis_pemilihan: 'jenis',
    nama_dapil: 'dapil',
    daerah_pemilihan: 'dapil',
  },
  required: ['kode_wilayah', 'jenis', 'dapil'],
});

export type DapilColumn = (typeof DAPIL_TABLE.columns)[number];
export type DapilRow = TableRow<DapilColumn>;

export interface DapilMapping {
  /** The `--dapil` argument as given: where run-level mapping issues point. */
  readonly file: string;
  /** jenis → region code (`PP.KK`, `PP.KK.CC` or `PP.KK.CC.DDDD`) → dapil name. */
  readonly byJenis: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** jenis → the first row that names it: where an issue about a whole jenis points. */
  readonly firstRow: ReadonlyMap<string, { readonly file: string; readonly line: number }>;
}

export interface DapilParse {
  readonly mapping: DapilMapping;
  readonly issues: Issue[];
  /** Rows that could not be used (each has a `galat`). */
  readonly rejected: number;
}

/** Dotted, or the undotted 4/6/10 digits some exports use: a kab/kota, kecamatan or kelurahan code. */
export function normaliseKodeWilayah(raw: string): string | null {
  const s = raw.trim();
  if (/^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/.test(s)) return s;
  if (/^(\d{4}|\d{6}|\d{10})$/.test(s)) {
    const parts = [s.slice(0, 2), s.slice(2, 4), s.slice(4, 6), s.slice(6)].filter((p) => p !== '');
    return parts.join('.');
  }
  return null;
}

/** `PP.KK` of any dotted region code. */
function kodeKabkotaOf(kode: string): string {
  return kode.slice(0, 5);
}

/** The codes above a region, nearest first: kecamatan then kab/kota for a kelurahan. */
function ancestorsOf(kode: string): string[] {
  if (kode.length > 8) return [kodeKecamatanOf(kode), kodeKabkotaOf(kode)];
  if (kode.length > 5) return [kodeKabkotaOf(kode)];
  return [];
}

function issue(code: string, row: DapilRow, column: string | null, params: Record<string, string | number>): Issue {
  const severity: Severity = DAPIL_ISSUES[code]?.severity ?? 'galat';
  return { code, severity, file: row.file, line: row.line, column, params };
}

interface Seen {
  readonly dapil: string;
  readonly row: DapilRow;
}

/** `berkas:baris`, so that a message names the other line even when it is in another file. */
function placeOf(row: DapilRow): string {
  return `${row.file}:${row.line}`;
}

function checkRow(row: DapilRow): { kode: string; jenis: string; dapil: string } | Issue {
  for (const column of DAPIL_TABLE.columns) {
    if (cell(row, column).trim() === '') return issue('dapil-empty', row, column, { column });
  }
  const kode = normaliseKodeWilayah(cell(row, 'kode_wilayah'));
  if (kode === null) return issue('dapil-kode-format', row, 'kode_wilayah', { value: cell(row, 'kode_wilayah').trim() });
  // `DPRD Prov` and `dprd-prov` are the jenis `dprd_prov`; a spreadsheet's double space is not a new dapil.
  return { kode, jenis: normaliseHeaderName(cell(row, 'jenis')), dapil: cell(row, 'dapil').trim().replace(/\s+/g, ' ') };
}

/** The mapping's rows (in berkas, line order) → the mapping, and an issue for every row it could not use. */
export function parseDapil(rows: readonly DapilRow[], file: string): DapilParse {
  const seen = new Map<string, Map<string, Seen>>();
  const issues: Issue[] = [];
  let rejected = 0;
  for (const row of rows) {
    const checked = checkRow(row);
    if ('code' in checked) {
      issues.push(checked);
      rejected++;
      continue;
    }
    const { kode, jenis, dapil } = checked;
    const byKode = seen.get(jenis) ?? new Map<string, Seen>();
    seen.set(jenis, byKode);
    const first = byKode.get(kode);
    if (first === undefined) {
      byKode.set(kode, { dapil, row });
      continue;
    }
    const params = { kode_wilayah: kode, jenis, dapil, first: placeOf(first.row), first_line: first.row.line, first_dapil: first.dapil };
    if (first.dapil === dapil) issues.push(issue('dapil-duplicate', row, 'dapil', params));
    else {
      issues.push(issue('dapil-conflict', row, 'dapil', params));
      rejected++;
    }
  }
  issues.push(...redundantRows(seen));
  const byJenis = new Map([...seen].map(([jenis, m]) => [jenis, new Map([...m].map(([k, s]) => [k, s.dapil]))]));
  // Rows are in (berkas, line) order, so the first entry of each jenis is its first row.
  const firstRow = new Map([...seen].map(([jenis, m]) => [jenis, [...m.values()][0]!.row]));
  return { mapping: { file, byJenis, firstRow }, issues, rejected };
}

/** A row that repeats the dapil of the nearest region above it is harmless but hides real overrides. */
function redundantRows(seen: ReadonlyMap<string, ReadonlyMap<string, Seen>>): Issue[] {
  const out: Issue[] = [];
  for (const [jenis, byKode] of seen) {
    for (const [kode, s] of byKode) {
      const induk = ancestorsOf(kode).find((a) => byKode.has(a));
      const parent = induk === undefined ? undefined : byKode.get(induk);
      if (induk !== undefined && parent !== undefined && parent.dapil === s.dapil) {
        const params = { kode_wilayah: kode, jenis, dapil: s.dapil, induk, first: placeOf(parent.row), first_line: parent.row.line };
        out.push(issue('dapil-redundant', s.row, 'kode_wilayah', params));
      }
    }
  }
  return out;
}

/** The dapil of a kelurahan for one jenis (longest match: kelurahan, kecamatan, kab/kota), or null. */
export function lookupDapil(mapping: DapilMapping, jenis: string, kodeKelurahan: string): string | null {
  const byKode = mapping.byJenis.get(jenis);
  if (byKode === undefined || kodeKelurahan === '') return null;
  return byKode.get(kodeKelurahan) ?? byKode.get(kodeKecamatanOf(kodeKelurahan)) ?? byKode.get(kodeKabkotaOf(kodeKelurahan)) ?? null;
}
