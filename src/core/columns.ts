/**
 * Header normalisation and alias mapping (contract "Input rolls"): turns the header names of one
 * file into a {@link Layout}, or into header issues when the roll cannot be read safely.
 */
import { FIELDS, F, type FieldName, type Issue, type Layout, type RollKind } from './types.js';

/** Contract aliases; the canonical names themselves are added below. */
const ALIASES: Readonly<Record<string, FieldName>> = {
  kode_wilayah: 'kode_kelurahan',
  kode_desa: 'kode_kelurahan',
  kode_kel: 'kode_kelurahan',
  kode_kelurahan_desa: 'kode_kelurahan',
  desa: 'kelurahan',
  kelurahan_desa: 'kelurahan',
  desa_kelurahan: 'kelurahan',
  nama_kelurahan: 'kelurahan',
  nama_desa: 'kelurahan',
  nama_kecamatan: 'kecamatan',
  no_tps: 'tps',
  nomor_tps: 'tps',
  jk: 'jenis_kelamin',
  l_p: 'jenis_kelamin',
  kelamin: 'jenis_kelamin',
  status_perkawinan: 'status_kawin',
  sts_kawin: 'status_kawin',
  kawin: 'status_kawin',
  tgl_lahir: 'tanggal_lahir',
  jumlah_dpt: 'dpt',
  jml_dpt: 'dpt',
  total_dpt: 'dpt',
  laki_laki: 'dpt_l',
  l: 'dpt_l',
  perempuan: 'dpt_p',
  p: 'dpt_p',
};

const FIELD_OF_NAME: ReadonlyMap<string, FieldName> = new Map<string, FieldName>([
  ...FIELDS.map((f): [string, FieldName] => [f, f]),
  ...Object.entries(ALIASES),
]);

/** `" No. TPS "` → `no_tps`; `"Kode-Wilayah"` → `kode_wilayah`; a UTF-8 BOM is dropped. */
export function normaliseHeaderName(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s./\\-]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}

/** The canonical field a header name stands for, or undefined for a column the tool ignores. */
export function fieldOfHeader(name: string): FieldName | undefined {
  return FIELD_OF_NAME.get(normaliseHeaderName(name));
}

export interface MapHeaderOptions {
  /** Physical line of the header (title lines may come before it). */
  readonly line?: number;
  /**
   * A blank last name is the mark of a trailing delimiter on every line, which is harmless. The
   * reader turns this off when the data rows do not carry that extra empty cell.
   */
  readonly allowTrailingBlank?: boolean;
}

export interface HeaderMapping {
  readonly layout: Layout | null;
  readonly issues: Issue[];
}

export function mapHeader(names: readonly string[], file: string, options: MapHeaderOptions = {}): HeaderMapping {
  const line = options.line ?? 1;
  const headerNames = names.map((n) => n.replace(/^\uFEFF/, '').trim());
  const issue = (code: string, column: string | null, params: Issue['params']): Issue =>
    ({ code, severity: 'galat', file, line, column, params });
  const issues: Issue[] = [];
  const fieldOfColumn: number[] = [];
  const unknownColumns: string[] = [];
  const firstName = new Map<string, string>();
  // A "header" that holds a NIK-like run is a data row (no header, or a file read as one line):
  // what is echoed from it must not be a NIK, NKK or name.
  const shown = hideDataCells(headerNames);
  headerNames.forEach((name, c) => {
    fieldOfColumn.push(-1);
    if (name === '' || normaliseHeaderName(name) === '') {
      const trailing = c === headerNames.length - 1 && c > 0 && options.allowTrailingBlank !== false;
      if (!trailing) issues.push(issue('blank-header', null, { position: c + 1 }));
      return;
    }
    const field = fieldOfHeader(name);
    const key = field ?? normaliseHeaderName(name);
    const earlier = firstName.get(key);
    if (earlier !== undefined) {
      const hidden = shown(name) !== name;
      issues.push(issue('duplicate-header', hidden ? null : key, { name: shown(name), first: shown(earlier) }));
      return;
    }
    firstName.set(key, name);
    if (field === undefined) unknownColumns.push(name);
    else fieldOfColumn[c] = F[field];
  });
  const present = FIELDS.map((_, i) => fieldOfColumn.includes(i));
  const { kind, missing } = requiredColumns(present);
  if (missing.length > 0) {
    issues.push(issue('missing-column', missing[0] ?? null, { found: headerNames.map(shown).join(', '), expected: missing.join(', ') }));
  }
  if (issues.length > 0 || kind === null) return { layout: null, issues };
  const width = headerNames.length;
  return { layout: { kind, width, fieldOfColumn, present, headerNames, unknownColumns }, issues };
}

/** Which kind of roll the header describes, and what it lacks to be read (contract "Input rolls"). */
function requiredColumns(present: readonly boolean[]): { kind: RollKind | null; missing: string[] } {
  const has = (f: FieldName): boolean => present[F[f]] === true;
  const missing: string[] = [];
  if (!has('kode_kelurahan') && !(has('kecamatan') && has('kelurahan'))) {
    if (has('kecamatan')) missing.push('kelurahan');
    else if (has('kelurahan')) missing.push('kecamatan');
    else missing.push('kode_kelurahan');
  }
  if (!has('tps')) missing.push('tps');
  let kind: RollKind | null = null;
  if (has('nik')) kind = 'pemilih';
  else if (has('dpt') || (has('dpt_l') && has('dpt_p'))) kind = 'rekap';
  else if (has('dpt_l')) missing.push('dpt_p');
  else if (has('dpt_p')) missing.push('dpt_l');
  else missing.push('nik | dpt');
  return { kind, missing };
}

/**
 * The header as written, for header messages. A file without a header row offers a data row here:
 * when a name holds a NIK-like digit run, every name the tool does not know (which may be a NIK, an
 * NKK or a voter's name) is shown as `…`.
 */
function hideDataCells(headerNames: readonly string[]): (name: string) => string {
  const dataLike = headerNames.some((n) => /\d{12,}/.test(n));
  return (n) => (dataLike && fieldOfHeader(n) === undefined ? '…' : n);
}
