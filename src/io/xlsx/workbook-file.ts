/**
 * `--xlsx` for any command: its output tables and its ringkasan.json document → `buku-kerja.xlsx`,
 * one more output file that the run lists in `keluaran` and `--check` compares like the others.
 */
import { buildWorkbook, type WorkbookInput } from '../../core/render/workbook.js';
import type { OutputFile } from '../commit.js';

export const WORKBOOK_FILE = 'buku-kerja.xlsx';

export interface WorkbookFileInput extends WorkbookInput {
  /** ISO time from SOURCE_DATE_EPOCH, or null: then a fixed date, never the clock. */
  readonly waktu: string | null;
}

export async function workbookFile(input: WorkbookFileInput): Promise<OutputFile> {
  // exceljs (and jszip) take a good part of a second to load: only a run that writes a workbook pays.
  const { workbookBytes, FIXED_TIME } = await import('./write-workbook.js');
  const time = input.waktu === null ? FIXED_TIME : new Date(input.waktu);
  return { name: WORKBOOK_FILE, data: await workbookBytes(buildWorkbook(input), time) };
}
