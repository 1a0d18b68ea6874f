/**
 * A CSV table as a worksheet people read: readable titles, codes kept as text, numbers kept as
 * numbers, a totals row where a sum means something, widths that fit. Pure data: the xlsx library
 * only ever sees this model (io/xlsx), so every decision here is tested without it.
 */
import type { Lang } from '../types.js';
import type { Table } from '../report/table.js';
import { t } from '../messages/index.js';
import { safeAdd } from '../compute/rounding.js';
import { columnTitle, headerText, type ColumnTitle, type ItemLike } from './titles.js';
import { outputFileSpec } from './output-files.js';

/** A text cell, a whole number, or an empty cell. A string is never turned into a number. */
export type SheetCell = string | number | null;

/**
 * `header` and `total` rows are bold; `title` is the heading of a sheet; a `note` is one sentence
 * in its first cell; a `pair` is a label and its value, the value read left to right like text
 * (a number too). Only `data` and `total` rows hold a table's values.
 */
export type RowStyle = 'title' | 'header' | 'data' | 'total' | 'note' | 'pair';

export interface SheetRow {
  readonly style: RowStyle;
  readonly cells: readonly SheetCell[];
  /** The last cell runs over the empty cells to its right: column widths ignore it. */
  readonly overflow?: true;
  /** Lines of wrapped text the row needs (header rows); spreadsheets do not all fit it themselves. */
  readonly lines?: number;
}

export interface SheetModel {
  readonly name: string;
  /** Per column, in characters. */
  readonly widths: readonly number[];
  readonly rows: readonly SheetRow[];
  /** Rows that stay in view when scrolling (and are repeated on every printed page). */
  readonly frozenRows: number;
  /** The filter buttons of the header cover rows 1..filterTo (data only, never the totals row). */
  readonly filterTo: number | null;
}

/** A data sheet and where it came from, for the first sheet's table of contents. */
export interface DataSheet {
  readonly sheet: SheetModel;
  readonly berkas: string;
  readonly titles: readonly ColumnTitle[];
  readonly dataRows: number;
  /** 1-based part of a table longer than one sheet holds, and how many parts it has. */
  readonly part: number;
  readonly parts: number;
}

/** Excel's (and LibreOffice's) limit of rows per sheet. */
export const MAX_SHEET_ROWS = 1_048_576;
/** Excel's limit on a sheet name. */
const MAX_NAME = 31;

export interface DataSheetInput {
  readonly berkas: string;
  readonly table: Table;
  readonly lang: Lang;
  readonly barang: readonly ItemLike[];
  /** Rows a sheet may hold (header and totals row included); a test makes it small. */
  readonly maxRows?: number;
}

/**
 * One sheet per CSV, or several when the table is longer than a sheet may be (`validasi (2)`, …):
 * no row is ever left out. The totals row, summing the whole table, closes the last part.
 */
export function dataSheets(input: DataSheetInput): DataSheet[] {
  const { berkas, table, lang } = input;
  const titles = table.columns.map((kolom) => columnTitle(kolom, lang, { berkas, barang: input.barang }) ?? untitled(kolom, table));
  const rows = table.rows.map((row) => titles.map((title, i) => cellOf(row[i] ?? '', title)));
  const total = totalRow(berkas, titles, rows, lang);
  const perPart = Math.max(1, (input.maxRows ?? MAX_SHEET_ROWS) - 2);
  const parts = Math.max(1, Math.ceil(rows.length / perPart));
  const base = berkas.replace(/\.csv$/, '').slice(0, MAX_NAME);
  const headerCells = titles.map(headerText);
  const sheets: DataSheet[] = [];
  for (let p = 0; p < parts; p++) {
    const slice = rows.slice(p * perPart, (p + 1) * perPart).map((cells): SheetRow => ({ style: 'data', cells }));
    const body = p === parts - 1 && total ? [...slice, total] : slice;
    const name = p === 0 ? base : `${base.slice(0, MAX_NAME - 6)} (${p + 1})`;
    const widths = fitWidths([{ style: 'header', cells: headerCells }, ...body], titles.length);
    const header: SheetRow = { style: 'header', cells: headerCells, lines: wrappedLines(headerCells, widths) };
    const all = [header, ...body];
    sheets.push({
      sheet: { name, widths, rows: all, frozenRows: 1, filterTo: slice.length > 0 ? slice.length + 1 : null },
      berkas,
      titles,
      dataRows: slice.length,
      part: p + 1,
      parts,
    });
  }
  return sheets;
}

/** A column the catalogue does not know (a test keeps there being none): its own name, text or number as written. */
function untitled(kolom: string, table: Table): ColumnTitle {
  const i = table.columns.indexOf(kolom);
  const numeric = table.rows.some((r) => typeof r[i] === 'number');
  return { kolom, judul: kolom, satuan: null, jenis: numeric ? 'angka' : 'teks' };
}

/** Codes are text even when they look like numbers; numbers stay numbers; an empty cell stays empty. */
function cellOf(value: string | number, title: ColumnTitle): SheetCell {
  if (value === '') return null;
  if (typeof value === 'string') return visible(value);
  return title.jenis === 'teks' ? String(value) : value;
}

/**
 * Control characters (other than tab, line feed and carriage return) cannot stand in a workbook's
 * XML, and the library would drop them without a word; they show as U+FFFD instead, so a cell that
 * differs from its CSV says so.
 */
export function visible(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD');
}

/**
 * The sums of the columns the file's spec names, with the label in the first column that is not
 * summed. Null for files whose rows mix units (or that the catalogue does not know).
 */
function totalRow(berkas: string, titles: readonly ColumnTitle[], rows: readonly (readonly SheetCell[])[], lang: Lang): SheetRow | null {
  const spec = outputFileSpec(berkas);
  if (!spec?.total) return null;
  const wanted = spec.total;
  const summed = titles.map((title) => title.jenis === 'jumlah' && (wanted === 'semua' || wanted.includes(title.kolom)));
  if (!summed.some(Boolean)) return null;
  const cells: SheetCell[] = summed.map((on, i) => (on ? rows.reduce<number>((s, r) => safeAdd(s, typeof r[i] === 'number' ? r[i] : 0), 0) : null));
  const label = summed.indexOf(false);
  if (label >= 0) cells[label] = t(lang, 'buku.total');
  return { style: 'total', cells };
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 75;
/** A header longer than this wraps onto a second line rather than widening a column of numbers. */
const HEADER_WRAP = 22;

/** Widths that fit the widest cell of each column (titles and notes run over; see RowStyle). */
export function fitWidths(rows: readonly SheetRow[], count: number): number[] {
  const widths = new Array<number>(count).fill(MIN_WIDTH);
  for (const row of rows) {
    if (row.style === 'title' || row.style === 'note') continue;
    const last = row.overflow ? row.cells.length - 1 : row.cells.length;
    for (let i = 0; i < Math.min(last, count); i++) {
      const length = displayLength(row.cells[i] ?? null);
      const fit = row.style === 'header' ? Math.min(length, HEADER_WRAP) : length;
      // Digits and bold type run wider than the average character a width counts.
      widths[i] = Math.max(widths[i] ?? MIN_WIDTH, Math.min(MAX_WIDTH, Math.ceil(fit * 1.1) + 2));
    }
  }
  return widths;
}

/**
 * How many lines the tallest cell of a wrapped row takes at these widths, breaking at spaces as
 * spreadsheets do (two characters of each width are left for the margins and bold type).
 */
export function wrappedLines(cells: readonly SheetCell[], widths: readonly number[]): number {
  return cells.reduce<number>((most, cell, i) => (typeof cell === 'string' ? Math.max(most, linesOf(cell, Math.max(1, (widths[i] ?? MIN_WIDTH) - 2))) : most), 1);
}

function linesOf(text: string, room: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(' ')) {
    const length = [...word].length;
    if (used === 0) used = length;
    else if (used + 1 + length <= room) used += 1 + length;
    else {
      lines++;
      used = length;
    }
    // A word longer than the line breaks inside it.
    for (; used > room; used -= room) lines++;
  }
  return lines;
}

/** Characters a cell shows: digits with a thousands separator for numbers. */
function displayLength(cell: SheetCell): number {
  if (cell === null) return 0;
  if (typeof cell === 'number') {
    const digits = String(Math.abs(cell)).length;
    return digits + Math.floor((digits - 1) / 3) + (cell < 0 ? 1 : 0);
  }
  return Math.max(...cell.split('\n').map((line) => [...line].length));
}
