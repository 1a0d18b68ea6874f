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
    bom: opts.bom ?? false,
  });
}
