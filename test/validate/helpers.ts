import { F, FIELDS, type FieldName, type Issue, type Layout, type RollKind, type Row, type ValidationSettings } from '../../src/core/types.js';
import { addRow, checkRow, createRollState, finishRoll, mergeRollStates, type RollResult, type RollState } from '../../src/core/validate/index.js';
import { compareIssues } from '../../src/core/report/issue-order.js';

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

/** The rows' own issues of each state folded here (a RollState holds none: the run's sink gets them). */
const rowIssues = new WeakMap<RollState, Issue[]>();

export function fold(records: readonly Rec[], settings: ValidationSettings = PEMILU, state: RollState = createRollState()): RollState {
  const issues = rowIssues.get(state) ?? [];
  rowIssues.set(state, issues);
  for (const r of records) {
    const layout = r.layout ?? VOTER;
    const ctx = { file: r.file, line: r.line };
    const verdict = checkRow(rowOf(layout, r.cells), layout, ctx, settings);
    issues.push(...verdict.issues);
    addRow(state, verdict, ctx);
  }
  return state;
}

/** mergeRollStates, the rows' issues of both going along. */
export function merge(a: RollState, b: RollState): RollState {
  const merged = mergeRollStates(a, b);
  rowIssues.set(merged, [...(rowIssues.get(a) ?? []), ...(rowIssues.get(b) ?? [])]);
  return merged;
}

/** finishRoll with every issue of the roll collected, in validasi.csv order, as the run's sink would have them. */
export function finish(state: RollState, settings: ValidationSettings = PEMILU): RollResult & { issues: Issue[] } {
  const issues = [...(rowIssues.get(state) ?? [])];
  const result = finishRoll(state, settings, { add: (issue) => issues.push(issue) });
  return { ...result, issues: issues.sort(compareIssues) };
}
