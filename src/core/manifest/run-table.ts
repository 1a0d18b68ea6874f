/**
 * A CSV of a later command's folder (terima, kemas) read strictly against the contract's column
 * list: those columns first, in that order (more may follow, and a page uses the ones it knows),
 * every number a whole number ≥ 0 as the writer writes it, an empty cell only where the contract
 * allows one (bundles and cartons of items without that rule). Anything else is exit 3 naming the
 * file, line and column: a page must never print a number its file does not hold.
 */
import { InputError } from '../../errors.js';

/** A CSV the tool wrote, as header and rows of text cells with their start lines. */
export interface CsvCells {
  readonly berkas: string;
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<{ readonly line: number; readonly cells: readonly string[] }>;
}

export interface RunTableSpec {
  /** The contract's columns, in its order. */
  readonly kolom: readonly string[];
  /** Which of them hold whole numbers. */
  readonly angka: readonly string[];
  /** Number columns that may be empty (no bundle rule for the item, say). */
  readonly bolehKosong?: readonly string[];
}

export interface RunTableRow {
  readonly baris: number;
  /** A cell by column name; '' for a column the file does not have (one that "may follow"). */
  text(kolom: string): string;
  num(kolom: string): number;
  /** A number, or null for an empty cell where the spec allows it. */
  maybe(kolom: string): number | null;
}

function wholeNumber(cell: string, berkas: string, baris: number, kolom: string): number {
  // TODO(merge): audit's core/manifest/cells.ts wholeNumber says the same with finer messages.
  if (/^(0|[1-9][0-9]*)$/.test(cell) && Number.isSafeInteger(Number(cell))) return Number(cell);
  throw new InputError('run-table-not-number', { berkas, baris, kolom, nilai: cell.length > 40 ? `${cell.slice(0, 40)}…` : cell });
}

export function parseRunTable(file: CsvCells, spec: RunTableSpec): RunTableRow[] {
  spec.kolom.forEach((kolom, i) => {
    if (file.header[i] !== kolom) throw new InputError('run-table-column', { berkas: file.berkas, kolom, posisi: i + 1 });
  });
  const index = new Map(file.header.map((c, i) => [c, i]));
  const numeric = new Set(spec.angka);
  const empty = new Set(spec.bolehKosong ?? []);
  return file.rows.map(({ line, cells }) => {
    if (cells.length !== file.header.length) throw new InputError('run-table-ragged', { berkas: file.berkas, baris: line, sel: cells.length, kolom: file.header.length });
    const cell = (kolom: string): string => {
      const i = index.get(kolom);
      return i === undefined ? '' : (cells[i] ?? '');
    };
    for (const kolom of spec.angka) if (!(empty.has(kolom) && cell(kolom) === '')) wholeNumber(cell(kolom), file.berkas, line, kolom);
    return {
      baris: line,
      text: cell,
      num: (kolom) => (numeric.has(kolom) ? wholeNumber(cell(kolom), file.berkas, line, kolom) : Number.NaN),
      maybe: (kolom) => (cell(kolom) === '' ? null : wholeNumber(cell(kolom), file.berkas, line, kolom)),
    };
  });
}
