/**
 * A run's output tables and its summary → the workbook model: the explaining sheet first, then one
 * sheet per CSV in the order a reader meets them (core/render/output-files.ts; a file the
 * catalogue does not know comes after, by name). The same for every command: hitung, terima, kemas.
 */
import type { Lang } from '../types.js';
import type { Table } from '../report/table.js';
import { t } from '../messages/index.js';
import { byCodePoint } from '../report/sort.js';
import { OUTPUT_FILES } from './output-files.js';
import { dataSheets, type SheetModel } from './sheet.js';
import { keteranganSheet } from './keterangan.js';
import type { ItemLike } from './titles.js';

export interface WorkbookInput {
  readonly perintah: string;
  /** The run's ringkasan.json document (its `keluaran` is not read: it lists the workbook itself). */
  readonly ringkasan: Readonly<Record<string, unknown>>;
  /** Every CSV of the run, by file name. */
  readonly tables: ReadonlyArray<{ readonly berkas: string; readonly table: Table }>;
  /** The config's items: titles and units of the item columns. */
  readonly barang: readonly ItemLike[];
  /** Titles and words: Indonesian unless English was asked for explicitly, as for validasi.csv. */
  readonly lang: Lang;
  /** Rows per sheet; only tests change it. */
  readonly maxRows?: number;
}

export interface WorkbookModel {
  /** The document title (file properties). */
  readonly title: string;
  /** The page number printed at the foot of each page, with `{halaman}` and `{dari}` to fill. */
  readonly pageNumber: string;
  readonly sheets: readonly SheetModel[];
}

export function buildWorkbook(input: WorkbookInput): WorkbookModel {
  const data = orderTables(input.tables).flatMap(({ berkas, table }) =>
    dataSheets({ berkas, table, lang: input.lang, barang: input.barang, ...(input.maxRows ? { maxRows: input.maxRows } : {}) }),
  );
  const first = keteranganSheet({ perintah: input.perintah, ringkasan: input.ringkasan, sheets: data, lang: input.lang });
  const title = t(input.lang, 'buku.judul', { perintah: typeof input.ringkasan.perintah === 'string' ? input.ringkasan.perintah : input.perintah });
  const pageNumber = t(input.lang, 'buku.halaman');
  return { title, pageNumber, sheets: [first, ...data.map((d) => d.sheet)] };
}

function orderTables<T extends { readonly berkas: string }>(tables: readonly T[]): T[] {
  const rank = (berkas: string): number => {
    const i = OUTPUT_FILES.findIndex((f) => f.berkas === berkas);
    return i < 0 ? OUTPUT_FILES.length : i;
  };
  return [...tables].sort((a, b) => rank(a.berkas) - rank(b.berkas) || byCodePoint(a.berkas, b.berkas));
}
