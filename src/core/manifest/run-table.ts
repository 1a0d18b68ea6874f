/**
 * A CSV of a later command's folder (terima, kemas) read strictly against the contract's column
 * list: those columns first, in that order (more may follow, and a page uses the ones it knows),
 * every number a whole number ≥ 0 as the writer writes it (cells.ts, the manifests' own rule), an
 * empty cell only where the contract allows one (bundles and cartons of items without that rule).
 * Anything else is exit 3 naming the file, line and column: a page must never print a number its
 * file does not hold. Rows as wide as the header are io/manifest/csv.ts's check.
 */
import { InputError } from '../../errors.js';
import { wholeNumber } from './cells.js';
import type { CsvCells } from './types.js';

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

export function parseRunTable(file: CsvCells, spec: RunTableSpec): RunTableRow[] {
  spec.kolom.forEach((kolom, i) => {
    if (!file.header.includes(kolom)) throw new InputError('manifest-missing-column', { berkas: file.berkas, kolom });
    if (file.header[i] !== kolom) throw new InputError('manifest-column-order', { berkas: file.berkas, kolom, posisi: i + 1 });
  });
  const index = new Map(file.header.map((c, i) => [c, i]));
  const numeric = new Set(spec.angka);
  const empty = new Set(spec.bolehKosong ?? []);
  return file.rows.map(({ line, cells }) => {
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
