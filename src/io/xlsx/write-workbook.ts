/**
 * The workbook model (core/render/workbook.ts) as .xlsx bytes, through exceljs. Everything the
 * sheet shows was decided in the model; this file only says it in exceljs's terms: text cells
 * with Excel's text format (`@`, so `001` stays `001` even when edited), numbers with `#,##0`
 * (Excel shows the grouping of the reader's locale: `1.234.567` in Indonesian), bold header and
 * totals rows, a frozen header repeated on every printed page, A4 landscape fitted to the width.
 * Strings are only ever written as strings: exceljs makes a formula only from a `{ formula }`
 * value, so a cell that starts with `=` stays text. The bytes are made reproducible by
 * reproducible-zip.ts.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { SheetModel, SheetRow } from '../../core/render/sheet.js';
import type { WorkbookModel } from '../../core/render/workbook.js';
import { reproducibleZip } from './reproducible-zip.js';

export { FIXED_TIME } from './reproducible-zip.js';

const FONT = { name: 'Calibri', size: 11 } as const;
const TEXT: Partial<ExcelJS.Style> = { numFmt: '@', font: FONT };
const NUMBER: Partial<ExcelJS.Style> = { numFmt: '#,##0', font: FONT };
const THIN = { style: 'thin' } as const;
const HEADER: Partial<ExcelJS.Style> = {
  numFmt: '@',
  font: { ...FONT, bold: true },
  alignment: { wrapText: true, vertical: 'top' },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
  border: { bottom: THIN },
};
const TOTAL_TEXT: Partial<ExcelJS.Style> = { numFmt: '@', font: { ...FONT, bold: true }, border: { top: THIN } };
const TOTAL_NUMBER: Partial<ExcelJS.Style> = { numFmt: '#,##0', font: { ...FONT, bold: true }, border: { top: THIN } };
/** The value of a label on the first sheet: left-aligned beside the texts above and below it. */
const PAIR_NUMBER: Partial<ExcelJS.Style> = { numFmt: '#,##0', font: FONT, alignment: { horizontal: 'left' } };
const TITLE: Partial<ExcelJS.Style> = { numFmt: '@', font: { ...FONT, size: 14, bold: true } };

/** Points per line of 11-point type: a wrapped header gets its height from the model's line count. */
const LINE_HEIGHT = 15;
/** Paper size 9 is A4 in the OOXML numbering. */
const A4 = 9;

/**
 * `time` stands in the document properties and in every zip entry: from SOURCE_DATE_EPOCH when
 * the caller has it, a fixed date otherwise (reproducible-zip.ts), never the clock.
 *
 * exceljs's streaming writer: each row is turned into XML and let go when committed, so a
 * province's distribusi-tps costs a few seconds and little memory (the in-memory workbook took
 * about five times as long and over half a gigabyte for 20,000 TPS).
 */
export async function workbookBytes(model: WorkbookModel, time: Date): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  Object.assign(wb, { creator: 'logistik', lastModifiedBy: 'logistik', title: model.title, created: time, modified: time });
  const footer = pageFooter(model.pageNumber);
  for (const sheet of model.sheets) addSheet(wb, sheet, footer);
  await wb.commit();
  return reproducibleZip(new Uint8Array(Buffer.concat(chunks)), time);
}

/**
 * A printed page says which sheet it is (left) and its number (right): loose pages of a long
 * distribusi-tps go back in order. Excel's codes: &A the sheet, &P the page, &N the pages; a
 * literal & is written &&.
 */
function pageFooter(pageNumber: string): string {
  const words = pageNumber.replace(/&/g, '&&').replace('{halaman}', '&P').replace('{dari}', '&N');
  return `&L&A&R${words}`;
}

function addSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, model: SheetModel, footer: string): void {
  const frozen = model.frozenRows > 0;
  const ws = wb.addWorksheet(model.name, {
    headerFooter: { oddFooter: footer },
    views: frozen ? [{ state: 'frozen', ySplit: model.frozenRows, xSplit: 0 }] : [],
    pageSetup: { paperSize: A4, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, ...(frozen ? { printTitlesRow: `1:${model.frozenRows}` } : {}) },
    ...(model.filterTo !== null ? { autoFilter: { from: { row: 1, column: 1 }, to: { row: model.filterTo, column: model.widths.length } } } : {}),
  });
  ws.columns = model.widths.map((width) => ({ width }));
  for (const row of model.rows) addRow(ws, row);
  ws.commit();
}

function addRow(ws: ExcelJS.Worksheet, row: SheetRow): void {
  const added = ws.addRow(row.cells.map((cell) => cell ?? null));
  if (row.lines !== undefined && row.lines > 1) added.height = row.lines * LINE_HEIGHT;
  row.cells.forEach((cell, i) => {
    // Empty cells of a totals row still carry its rule, so the line above the sums is unbroken.
    if (cell === null && row.style !== 'total') return;
    added.getCell(i + 1).style = styleOf(row, cell ?? '');
  });
  added.commit();
}

function styleOf(row: SheetRow, cell: string | number): Partial<ExcelJS.Style> {
  const text = typeof cell === 'string';
  switch (row.style) {
    case 'title':
      return TITLE;
    case 'header':
      return HEADER;
    case 'total':
      return text ? TOTAL_TEXT : TOTAL_NUMBER;
    case 'pair':
      return text ? TEXT : PAIR_NUMBER;
    default:
      return text ? TEXT : NUMBER;
  }
}
