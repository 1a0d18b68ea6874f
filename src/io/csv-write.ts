import type { Table } from '../core/report/table.js';

/** The byte order mark of the spreadsheet copies (`bom: true`), as text. */
export const CSV_BOM = '\uFEFF';

export interface CsvWriteOptions {
  /** `,` for the canonical files; `;` for the spreadsheet copies. */
  readonly delimiter?: string;
  /** The canonical files have no BOM (contract); spreadsheet copies do. */
  readonly bom?: boolean;
}

/**
 * A table as CSV text: `\n` line ends, quoting only where needed, one header row.
 *
 * Formula safety: a text cell that starts with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`
 * (csv-stringify's `escape_formulas`), so a spreadsheet shows it as text instead of running it.
 * Numbers are never changed, and quantities are whole numbers formatted without locale.
 *
 * A cell holding a CR anywhere is quoted (csv-stringify quotes LF, `"` and the delimiter by
 * itself, but writes a bare CR raw, which a reader takes for a line end: issue 9.5).
 *
 * The bytes are csv-stringify's (`header`, `record_delimiter: '\n'`, `escape_formulas`,
 * `quoted_match: /\r/`, `bom`), written here a row at a time with csvRecord: csv-stringify's
 * per-cell cast and option handling cost ~0.6 s of a 10 M-voter hitung (40,000 TPS rows) and as
 * much again in garbage. test/output/csv-write.test.ts holds the two to the same bytes on random
 * tables. Like csv-stringify, a row longer than the header is cut to its width.
 */
export function tableToCsv(table: Table, opts: CsvWriteOptions = {}): string {
  const delimiter = opts.delimiter ?? ',';
  const width = table.columns.length;
  // Joined once at the end: a string grown by `+=` is a tree of pieces, each a young object that
  // survives until the file is hashed, and the collector copies every one (~0.2 s at 40,000 rows).
  const lines = [(opts.bom === true ? CSV_BOM : '') + csvRecord(table.columns, delimiter)];
  for (const row of table.rows) lines.push(csvRecord(row.length > width ? row.slice(0, width) : row, delimiter));
  return lines.join('');
}

/** What csv-stringify's `escape_formulas` puts a `'` before (text cells only). */
export const FORMULA_START: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** One cell as csvRecord writes it (csv-bytes.ts writes the cells this gives back unchanged itself). */
export function csvCell(cell: string | number, delimiter: string): string {
  if (typeof cell === 'number') {
    if (!Number.isSafeInteger(cell)) throw new Error(`not a whole number in a manifest cell: ${cell}`);
    return String(cell);
  }
  if (cell === '') return '';
  const quote = cell.includes('"');
  const value = FORMULA_START.has(cell[0]!) ? `'${cell}` : cell;
  if (!quote && !cell.includes(delimiter) && !cell.includes('\n') && !cell.includes('\r')) return value;
  return `"${quote ? value.replaceAll('"', '""') : value}"`;
}

/**
 * One record as csv-stringify writes it with tableToCsv's options (same quoting, same formula
 * rule, `\n` end), for tables and for files written a row at a time: csv-stringify costs ~5 µs a
 * row, which for the millions of rows of a large validasi.csv is minutes.
 * test/output/csv-write.test.ts holds it to csv-stringify's bytes.
 */
export function csvRecord(cells: ReadonlyArray<string | number>, delimiter = ','): string {
  // join makes one flat string of the row, where `+=` would leave a tree of a piece per cell.
  const out = new Array<string>(cells.length);
  for (let i = 0; i < cells.length; i++) out[i] = csvCell(cells[i]!, delimiter);
  return `${out.join(delimiter)}\n`;
}

