/** Shared by the --xlsx end-to-end tests: a roll that exercises the workbook, and reading it back. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';

/**
 * A recap roll whose names start with the characters spreadsheets run as formulas, a TPS written
 * `TPS 2`, and a TPS over capacity (a warning, so validasi.csv has rows and the run still writes).
 */
export const FORMULA_ROLL = [
  'kode_kelurahan,kecamatan,kelurahan,tps,dpt',
  '16.74.04.1001,Rambang Kapak Tengah,=Tanjung Rambang,1,250',
  '16.74.04.2003,Rambang Kapak Tengah,@Karya Mulya,TPS 2,198',
  '16.74.04.2003,Rambang Kapak Tengah,@Karya Mulya,3,1234',
  '16.74.05.2001,-Rambang,+Sukajadi,1,12',
  '',
].join('\n');

export async function writeFormulaRoll(dir: string): Promise<string> {
  await writeFile(join(dir, 'rekap.csv'), FORMULA_ROLL);
  return 'rekap.csv';
}

export type Cell = string | number | null;

/** Every sheet of a workbook as rows of plain values, by sheet name; with each cell's exceljs type. */
export async function readWorkbook(path: string): Promise<{ wb: ExcelJS.Workbook; sheets: Map<string, Cell[][]> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  const sheets = new Map<string, Cell[][]>();
  for (const ws of wb.worksheets) {
    const rows: Cell[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: Cell[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const v = ws.getCell(r, c).value;
        if (v !== null && typeof v !== 'string' && typeof v !== 'number') throw new Error(`${ws.name} ${r}:${c} is not a plain value: ${JSON.stringify(v)}`);
        row.push(v);
      }
      rows.push(row);
    }
    sheets.set(ws.name, rows);
  }
  return { wb, sheets };
}

/** A CSV of ours as rows of strings, header first. */
export async function readCsv(path: string): Promise<string[][]> {
  return parse(await readFile(path), { relax_column_count: false }) as string[][];
}

/**
 * The CSV writer puts a `'` before a text cell starting with `=`, `+`, `-`, `@`, tab or CR (the
 * formula guard). A workbook cell is text by type and needs no guard: it holds the value itself.
 */
export function unguard(csvCell: string): string {
  return /^'[=+\-@\t\r]/.test(csvCell) ? csvCell.slice(1) : csvCell;
}

/** The workbook cell as the CSV spells it (an empty cell is an empty field). */
export function asCsv(cell: Cell): string {
  return cell === null ? '' : String(cell);
}
