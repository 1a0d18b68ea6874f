import { F, FIELDS, type FieldName, type Layout, type RollKind, type Row, type ValidationSettings } from '../../src/core/types.js';
import { addRow, checkRow, createRollState, type RollState } from '../../src/core/validate/index.js';

export const PEMILU: ValidationSettings = { hariPemungutan: '2024-02-14', kapasitasTps: 300 };

export function layoutOf(kind: RollKind, fields: readonly FieldName[]): Layout {
  const present = FIELDS.map((f) => fields.includes(f));
  return {
    kind,
    width: fields.length,
    fieldOfColumn: fields.map((f) => F[f]),
    present,
    headerNames: fields.map((f) => f.toUpperCase()),
    unknownColumns: [],
  };
}

export const VOTER = layoutOf('pemilih', [
  'kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'nik', 'nkk', 'jenis_kelamin', 'tanggal_lahir', 'status_kawin', 'disabilitas',
]);
export const RECAP = layoutOf('rekap', ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'dpt']);

export type Cells = Partial<Record<FieldName, string>>;

/** A row as the reader delivers it: '' for present columns not given, undefined for absent ones. */
export function rowOf(layout: Layout, cells: Cells): Row {
  return FIELDS.map((f, i) => (layout.present[i] === true ? (cells[f] ?? '') : undefined));
}

/** A clean voter: 16.74.01.1001 TPS 001, man born 1 Jan 1990, married. */
export function voter(over: Cells = {}): Cells {
  return {
    kode_kelurahan: '16.74.01.1001', kecamatan: 'Prabumulih Barat', kelurahan: 'Prabumulih', tps: '1',
    nik: '1674010101900001', nkk: '1674010101900100', jenis_kelamin: 'L', tanggal_lahir: '01-01-1990',
    status_kawin: 'S', disabilitas: '', ...over,
  };
}

/** A distinct valid NIK for serial n (1-9999), same birth date as voter(). */
export function nikNo(n: number): string {
  return `16740101019${String(n).padStart(5, '0')}`;
}

export function check(cells: Cells, layout: Layout = VOTER, settings: ValidationSettings = PEMILU) {
  return checkRow(rowOf(layout, cells), layout, { file: 'a.csv', line: 2 }, settings);
}

export function codes(cells: Cells, layout: Layout = VOTER, settings: ValidationSettings = PEMILU): string[] {
  return check(cells, layout, settings).issues.map((i) => i.code);
}

export interface Rec {
  readonly file: string;
  readonly line: number;
  readonly cells: Cells;
  readonly layout?: Layout;
}

export function fold(records: readonly Rec[], settings: ValidationSettings = PEMILU, state: RollState = createRollState()): RollState {
  for (const r of records) {
    const layout = r.layout ?? VOTER;
    const ctx = { file: r.file, line: r.line };
    addRow(state, checkRow(rowOf(layout, r.cells), layout, ctx, settings), ctx);
  }
  return state;
}
