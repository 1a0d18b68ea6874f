/**
 * validasi.csv read back as a table, for the workbook's validasi sheet (`--xlsx`): the issue sink
 * writes the file on disk and holds no table of it. Only a run that writes a workbook reads it,
 * and the workbook holds every row anyway.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Table } from '../core/report/table.js';
import { VALIDASI_COLUMNS } from '../core/report/validasi.js';
import { FORMULA_START } from './csv-write.js';

const BARIS = VALIDASI_COLUMNS.indexOf('baris');

/**
 * The cells as validasiTable has them: `baris` a number (or empty), text without the `'` that
 * csv-write put before a formula start (a cell that began with `'` and such a character itself
 * loses its `'` too: the workbook stores text, so nothing is run either way).
 */
export async function readValidasiTable(path: string): Promise<Table> {
  const [, ...rows] = parse(await readFile(path, 'utf8'), { bom: true }) as string[][];
  return { columns: VALIDASI_COLUMNS, rows: rows.map(cellsOf) };
}

function cellsOf(row: readonly string[]): Array<string | number> {
  return row.map((cell, i) => {
    if (i === BARIS && cell !== '') return Number(cell);
    return cell.startsWith("'") && FORMULA_START.has(cell.charAt(1)) ? cell.slice(1) : cell;
  });
}
