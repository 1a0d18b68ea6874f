/**
 * `--tps <file>`: what each KPPS confirmed it received (contract, "logistik terima"). Read by the
 * one table reader with KONFIRMASI_TPS_TABLE; this module finds each row's TPS and item in the
 * manifest's `distribusi-tps.csv` and checks its numbers. A TPS is named as in rolls: the village
 * code (dotted or 10 digits) when the file has that column, else the kecamatan and kelurahan names;
 * `1`, `001`, `TPS 1` are TPS 001. A TPS or item the manifest does not have is a `galat`.
 */
import type { Issue } from '../types.js';
import { ALIASES } from '../columns.js';
import { cell, defineTable, type TableRow } from '../table/spec.js';
import { normaliseHeaderName } from '../header-names.js';
import { cleanName } from '../validate/identity.js';
import { parseKode } from '../validate/region-code.js';
import { parseTps } from '../validate/tps-number.js';
import { makeIssue } from '../validate/issue.js';
import { compareCodePoints } from '../code-point.js';
import { echoCell } from '../echo.js';
import { echoQuantity, echoText } from './echo.js';
import { terimaIssue, type TerimaIssueCode } from './issue.js';
import { PENERIMAAN_TABLE, compareRows } from './penerimaan.js';
import { parseQuantity } from './quantity.js';
import { TpsItemCells } from './tps-cells.js';

const IDENTITY = new Set(['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps']);

/** The roll's aliases for the TPS identity, and the receipts' aliases for the item and counts. */
const aliases: Record<string, 'kode_kelurahan' | 'kecamatan' | 'kelurahan' | 'tps' | 'kode_barang' | 'diterima' | 'rusak'> = {};
for (const [alias, column] of Object.entries(ALIASES)) if (IDENTITY.has(column)) aliases[alias] = column as 'tps';
for (const [alias, column] of Object.entries(PENERIMAAN_TABLE.aliases)) {
  if (column === 'kode_barang' || column === 'diterima' || column === 'rusak') aliases[alias] = column;
}

export const KONFIRMASI_TPS_TABLE = defineTable({
  columns: ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'kode_barang', 'diterima', 'rusak'],
  aliases,
  required: [[['kode_kelurahan'], ['kecamatan', 'kelurahan']], 'tps', 'kode_barang', 'diterima'],
});

export type KonfirmasiColumn = (typeof KONFIRMASI_TPS_TABLE.columns)[number];
export type KonfirmasiRow = TableRow<KonfirmasiColumn>;

/** A TPS of the manifest's `distribusi-tps.csv`: identity, DPT, and what it should get per item. */
export interface ManifestTps {
  /** '' in a manifest of a roll identified by names only. */
  readonly kodeKelurahan: string;
  readonly kecamatan: string;
  readonly kelurahan: string;
  readonly tps: string;
  readonly dpt: number;
  readonly barang: Readonly<Record<string, number>>;
}

/** A confirmation row that passed its own checks. */
export interface Konfirmasi {
  readonly file: string;
  readonly line: number;
  /** Index into the TPS list given to readConfirmations. */
  readonly tps: number;
  readonly kodeBarang: string;
  readonly diterima: number;
  readonly rusak: number;
}

export interface KonfirmasiRead {
  /** In (berkas, baris) order. */
  readonly confirmations: readonly Konfirmasi[];
  readonly issues: readonly Issue[];
  /** Rows with a `galat`, in (berkas, baris) order. */
  readonly rejected: readonly { readonly file: string; readonly line: number }[];
}

const nameKey = (kecamatan: string, kelurahan: string): string => `${cleanName(kecamatan).toUpperCase()}\u0000${cleanName(kelurahan).toUpperCase()}`;

/**
 * Where the manifest's TPS are, by code and by names. By code, a map per kelurahan (no key string
 * made per row looked up: 600,000 of them); by names, made only when a file names TPS so.
 */
class TpsIndex {
  private readonly byCode = new Map<string, Map<string, number>>();
  private byNames: Map<string, number[]> | null = null;
  /** code()'s last kelurahan, and the code it was found by. */
  private lastKode = '';
  private lastKel: Map<string, number> | undefined = undefined;

  constructor(private readonly list: readonly ManifestTps[]) {
    list.forEach((t, i) => {
      if (t.kodeKelurahan === '') return;
      const kel = this.byCode.get(t.kodeKelurahan);
      if (kel === undefined) this.byCode.set(t.kodeKelurahan, new Map([[t.tps, i]]));
      else kel.set(t.tps, i);
    });
  }

  code(kode: string, tps: string): number | undefined {
    // A KPPS file lists a TPS's items one after another: its kelurahan is mostly the row before's,
    // and a string compare costs less than finding it among 40,000 again.
    if (kode !== this.lastKode) {
      this.lastKel = this.byCode.get(kode);
      this.lastKode = kode;
    }
    return this.lastKel?.get(tps);
  }

  /** Every TPS of that number in a kelurahan of these names (two only where names repeat). */
  names(kecamatan: string, kelurahan: string, tps: string): readonly number[] {
    this.byNames ??= namesIndex(this.list);
    return this.byNames.get(`${nameKey(kecamatan, kelurahan)}|${tps}`) ?? [];
  }
}

function namesIndex(list: readonly ManifestTps[]): Map<string, number[]> {
  const byNames = new Map<string, number[]>();
  list.forEach((t, i) => {
    const key = `${nameKey(t.kecamatan, t.kelurahan)}|${t.tps}`;
    byNames.set(key, [...(byNames.get(key) ?? []), i]);
  });
  return byNames;
}

/** Checks every row on its own, then each TPS and item's damage against what it received. */
export function readConfirmations(rows: readonly KonfirmasiRow[], list: readonly ManifestTps[], items: readonly string[]): KonfirmasiRead {
  const index = new TpsIndex(list);
  const codeOf = itemCodes(items);
  const known = [...items].sort(compareCodePoints).join(', ');
  const checked: Konfirmasi[] = [];
  const issues: Issue[] = [];
  const rejected: { file: string; line: number }[] = [];
  for (const row of [...rows].sort(compareRows)) {
    const before = issues.length;
    const tps = findTps(row, index, list, issues);
    const kodeBarang = findItem(row, codeOf, known, issues);
    const diterima = quantity(row, 'diterima', true, issues);
    const rusak = quantity(row, 'rusak', false, issues);
    if (issues.length > before || tps === null || kodeBarang === null || diterima === null || rusak === null) rejected.push(row);
    else checked.push({ file: row.file, line: row.line, tps, kodeBarang, diterima, rusak });
  }
  const over = overDamaged(checked, list, items, issues);
  for (const c of over) rejected.push(c);
  return { confirmations: checked.filter((c) => !over.has(c)), issues, rejected: rejected.sort(compareRows) };
}

function findTps(row: KonfirmasiRow, index: TpsIndex, list: readonly ManifestTps[], issues: Issue[]): number | null {
  const byCode = 'kode_kelurahan' in row.cells;
  const place = byCode ? kodeOf(row, issues) : namesOf(row, issues);
  const rawTps = cell(row, 'tps');
  let tps: string | null = null;
  if (rawTps.trim() === '') issues.push(makeIssue('tps-identity', row.file, row.line, 'tps', { kolom: 'tps' }));
  else {
    tps = parseTps(rawTps);
    if (tps === null) issues.push(makeIssue('tps-format', row.file, row.line, 'tps', { nilai: echoCell('tps', rawTps) }));
  }
  if (place === null || tps === null) return null;
  if (byCode) {
    const found = index.code(place, tps);
    if (found === undefined) issues.push(tpsIssue('kpps-tps-unknown', row, { wilayah: place, tps }));
    return found ?? null;
  }
  const kecamatan = cleanName(cell(row, 'kecamatan'));
  const kelurahan = cleanName(cell(row, 'kelurahan'));
  const found = index.names(kecamatan, kelurahan, tps);
  const wilayah = `${echoText(kecamatan)} / ${echoText(kelurahan)}`;
  if (found.length === 0) issues.push(tpsIssue('kpps-tps-unknown', row, { wilayah, tps }));
  if (found.length > 1) issues.push(tpsIssue('kpps-tps-ambiguous', row, { wilayah, tps, kode: found.map((i) => list[i]!.kodeKelurahan).join(', ') }));
  return found.length === 1 ? found[0]! : null;
}

function tpsIssue(code: TerimaIssueCode, row: KonfirmasiRow, params: Issue['params']): Issue {
  return terimaIssue(code, row.file, row.line, 'tps', params);
}

function kodeOf(row: KonfirmasiRow, issues: Issue[]): string | null {
  const raw = cell(row, 'kode_kelurahan');
  if (raw.trim() === '') {
    issues.push(makeIssue('tps-identity', row.file, row.line, 'kode_kelurahan', { kolom: 'kode_kelurahan' }));
    return null;
  }
  const kode = parseKode(raw);
  if (typeof kode === 'string') return kode;
  issues.push(makeIssue('kode-wilayah-format', row.file, row.line, 'kode_kelurahan', { nilai: echoCell('kode_kelurahan', raw), bagian: kode.fault }));
  return null;
}

function namesOf(row: KonfirmasiRow, issues: Issue[]): string | null {
  for (const column of ['kecamatan', 'kelurahan'] as const) {
    if (cell(row, column).trim() === '') {
      issues.push(makeIssue('tps-identity', row.file, row.line, column, { kolom: column }));
      return null;
    }
  }
  return nameKey(cell(row, 'kecamatan'), cell(row, 'kelurahan'));
}

/** How many item cells as written are remembered (a file repeats a few: one per item, ~15). */
const ITEM_CACHE = 1024;

/**
 * The manifest's item code a cell names (any case and separators), or undefined. Each cell text is
 * normalised once: 600,000 rows repeat the same ~15 codes, and the normalising regexes took ~1 s.
 */
function itemCodes(items: readonly string[]): (raw: string) => string | undefined {
  const byCode = new Map(items.map((k) => [normaliseHeaderName(k), k]));
  const seen = new Map<string, string | undefined>();
  return (raw) => {
    if (seen.has(raw)) return seen.get(raw);
    const kode = byCode.get(normaliseHeaderName(raw));
    if (seen.size < ITEM_CACHE) seen.set(raw, kode);
    return kode;
  };
}

function findItem(row: KonfirmasiRow, codeOf: (raw: string) => string | undefined, known: string, issues: Issue[]): string | null {
  const raw = cell(row, 'kode_barang');
  if (raw.trim() === '') {
    issues.push(terimaIssue('kpps-missing-value', row.file, row.line, 'kode_barang', { kolom: 'kode_barang' }));
    return null;
  }
  const kode = codeOf(raw);
  if (kode === undefined) issues.push(terimaIssue('kpps-item-unknown', row.file, row.line, 'kode_barang', { nilai: echoText(raw), kode_dikenal: known }));
  return kode ?? null;
}

/** A count of the row; an empty `rusak` is 0, an empty `diterima` is missing. */
function quantity(row: KonfirmasiRow, column: 'diterima' | 'rusak', required: boolean, issues: Issue[]): number | null {
  const raw = cell(row, column);
  if (raw.trim() === '') {
    if (!required) return 0;
    issues.push(terimaIssue('kpps-missing-value', row.file, row.line, column, { kolom: column }));
    return null;
  }
  const n = parseQuantity(raw);
  if (n === null) issues.push(terimaIssue('kpps-quantity-format', row.file, row.line, column, { kolom: column, nilai: echoQuantity(raw) }));
  return n;
}

/**
 * Damage beyond what a TPS received of an item, summed over its rows; the last row in (berkas,
 * baris) order carries the `galat` and is left out until the rest fit (as for receipts). The sums
 * come first, in flat arrays by TPS and item: nearly every TPS and item has one row and is not
 * over, and only those that are over are grouped (a group per row took ~600,000 arrays and keys).
 */
function overDamaged(checked: readonly Konfirmasi[], list: readonly ManifestTps[], items: readonly string[], issues: Issue[]): Set<Konfirmasi> {
  const cells = new TpsItemCells(list.length, items);
  const cellOf = (c: Konfirmasi): number => {
    const at = cells.at(c.tps, c.kodeBarang);
    // A checked row's TPS and item were found in these very lists.
    if (at < 0) throw new Error(`confirmation of an unknown TPS or item: ${c.file}:${c.line}`);
    return at;
  };
  const diterima = new Float64Array(cells.size);
  const rusak = new Float64Array(cells.size);
  for (const c of checked) {
    const at = cellOf(c);
    diterima[at] = diterima[at]! + c.diterima;
    rusak[at] = rusak[at]! + c.rusak;
  }
  // The groups over, in the order of their first row, each in (berkas, baris) order.
  const groups = new Map<number, Konfirmasi[]>();
  for (const c of checked) {
    const at = cellOf(c);
    if (rusak[at]! <= diterima[at]!) continue;
    const group = groups.get(at);
    if (group === undefined) groups.set(at, [c]);
    else group.push(c);
  }
  const over = new Set<Konfirmasi>();
  for (const group of groups.values()) {
    for (;;) {
      const diterima = group.reduce((n, c) => n + c.diterima, 0);
      const rusak = group.reduce((n, c) => n + c.rusak, 0);
      const last = group[group.length - 1];
      if (last === undefined || rusak <= diterima) break;
      const t = list[last.tps]!;
      const params = { wilayah: t.kodeKelurahan || `${t.kecamatan} / ${t.kelurahan}`, tps: t.tps, kode_barang: last.kodeBarang, rusak, diterima, baris: group.length };
      issues.push(terimaIssue('kpps-damage-over-received', last.file, last.line, 'rusak', params));
      over.add(group.pop()!);
    }
  }
  return over;
}
