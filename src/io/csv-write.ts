import { stringify } from 'csv-stringify/sync';
import type { Table } from '../core/report/table.js';

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
 */
export function tableToCsv(table: Table, opts: CsvWriteOptions = {}): string {
  for (const row of table.rows) {
    for (const cell of row) {
      if (typeof cell === 'number' && !Number.isSafeInteger(cell)) {
        throw new Error(`not a whole number in a manifest cell: ${cell}`);
      }
    }
  }
  return stringify(table.rows as unknown[][], {
    header: true,
    columns: [...table.columns],
    delimiter: opts.delimiter ?? ',',
    record_delimiter: '\n',
    escape_formulas: true,
    quoted_match: /\r/,
    bom: opts.bom ?? false,
  });
}
