/**
 * Header normalisation and alias mapping (contract "Input rolls"): turns the header names of one
 * file into a {@link Layout}, or into header issues when the roll cannot be read safely.
 */
import { FIELDS, F, type FieldName, type Issue, type Layout, type RollKind } from './types.js';
import { missingColumnIssue, nameColumns, normaliseHeaderName, type MapHeaderOptions } from './header-names.js';

export { normaliseHeaderName, type MapHeaderOptions } from './header-names.js';

/** Contract aliases; the canonical names themselves are added below. */
export const ALIASES: Readonly<Record<string, FieldName>> = {
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

/** The canonical field a header name stands for, or undefined for a column the tool ignores. */
export function fieldOfHeader(name: string): FieldName | undefined {
  return FIELD_OF_NAME.get(normaliseHeaderName(name));
}

export interface HeaderMapping {
  readonly layout: Layout | null;
  readonly issues: Issue[];
}

export function mapHeader(names: readonly string[], file: string, options: MapHeaderOptions = {}): HeaderMapping {
  const named = nameColumns(names, fieldOfHeader, file, options);
  const issues = [...named.issues];
  const fieldOfColumn = named.canonical.map((f) => (f === undefined ? -1 : F[f as FieldName]));
  const present = FIELDS.map((_, i) => fieldOfColumn.includes(i));
  const { kind, missing } = requiredColumns(present);
  if (missing.length > 0) issues.push(missingColumnIssue(named, missing, file));
  if (issues.length > 0 || kind === null) return { layout: null, issues };
  const { headerNames, unknownColumns } = named;
  return { layout: { kind, width: headerNames.length, fieldOfColumn, present, headerNames, unknownColumns }, issues };
}

/**
 * The fewest columns a roll's header maps with (requiredColumns): a place (kode_kelurahan, or
 * kecamatan and kelurahan), tps, and nik or dpt; each column stands for one field at most.
 */
export const MIN_ROLL_COLUMNS = 3;

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
