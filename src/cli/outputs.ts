import type { Table } from '../core/report/table.js';
import { buildRingkasan, ringkasanText, type BerkasDigest, type RingkasanInput } from '../core/report/ringkasan.js';
import { CONFIG_FILE, MANIFEST_FILES, RINGKASAN_FILE, VALIDASI_FILE } from '../core/manifest/files.js';
import { tableToCsv } from '../io/csv-write.js';
import { sha256 } from '../io/hash.js';
import type { OutputFile } from '../io/commit.js';
import { configText, type ResolvedConfig } from '../core/config/index.js';
import type { Lang } from '../core/types.js';
import type { ItemLike } from '../core/render/titles.js';
import { WORKBOOK_FILE, workbookFile } from '../io/xlsx/workbook-file.js';

export interface ManifestTables {
  readonly pengadaan: Table;
  readonly distribusiTps: Table;
  readonly distribusiKelurahan: Table;
  readonly distribusiKecamatan: Table;
  readonly distribusiKpu: Table;
}

export { MANIFEST_FILES };
/** Spreadsheet copies (`--excel`) go into this subfolder of `--out`. */
export const EXCEL_DIR = 'excel';
const CSV_FILES = [...MANIFEST_FILES, VALIDASI_FILE] as const;
/** Every file name the tool owns in `--out`; it never writes or removes any other. */
export const OWN_FILES = [...CSV_FILES, CONFIG_FILE, RINGKASAN_FILE, ...CSV_FILES.map((n) => `${EXCEL_DIR}/${n}`), WORKBOOK_FILE] as const;

/**
 * The names a run claims in `--out` (openRun `names`): what it may write, and what must not be left
 * beside its ringkasan.json when it does not write it (hitung's manifests when the roll has errors).
 * A file of one of these names that the tool cannot prove it wrote stops the run before input is read.
 */
export function runNames(mode: 'hitung' | 'validasi', excel: boolean, xlsx = false): string[] {
  if (mode === 'validasi') return [VALIDASI_FILE, RINGKASAN_FILE];
  return [...CSV_FILES, CONFIG_FILE, RINGKASAN_FILE, ...(excel ? CSV_FILES.map((n) => `${EXCEL_DIR}/${n}`) : []), ...(xlsx ? [WORKBOOK_FILE] : [])];
}

export interface OutputSet {
  readonly files: readonly OutputFile[];
  readonly ringkasan: Record<string, unknown>;
}

export interface OutputOptions {
  /** `--excel`: CSV copies for spreadsheets in excel/. */
  readonly excel?: boolean;
  /** `--xlsx`: the workbook, with the config's items for its titles, in this language. */
  readonly xlsx?: { readonly barang: readonly ItemLike[]; readonly lang: Lang } | null;
}

/**
 * Any command's output set: its files, then `ringkasan.json` built from their digests (`keluaran`),
 * which is the last file. The same bytes are written by a run and compared by `--check`; the later
 * commands (terima, kemas, petakan, cetak) build theirs with `buildCommandRingkasan`.
 */
export function withRingkasan(files: readonly OutputFile[], ringkasanOf: (keluaran: BerkasDigest[]) => Record<string, unknown>): OutputSet {
  const keluaran = files.map((f) => ({ berkas: f.name, sha256: sha256(f.data) }));
  const ringkasan = ringkasanOf(keluaran);
  return { files: [...files, { name: RINGKASAN_FILE, data: ringkasanText(ringkasan) }], ringkasan };
}

/**
 * Renders every output file of hitung/validasi in memory, then the summary with the digest of
 * each. With manifests, the resolved config goes beside them as konfigurasi.json, whose digest is
 * `konfigurasi_sha256`.
 */
export async function buildOutputSet(
  manifests: ManifestTables | null,
  validasi: Table,
  summary: Omit<RingkasanInput, 'keluaran'>,
  config: ResolvedConfig,
  opts: OutputOptions = {},
): Promise<OutputSet> {
  const tables: [string, Table][] = [[VALIDASI_FILE, validasi]];
  if (manifests) {
    tables.push(
      ['pengadaan.csv', manifests.pengadaan],
      ['distribusi-tps.csv', manifests.distribusiTps],
      ['distribusi-kelurahan.csv', manifests.distribusiKelurahan],
      ['distribusi-kecamatan.csv', manifests.distribusiKecamatan],
      ['distribusi-kpu.csv', manifests.distribusiKpu],
    );
  }
  const files: OutputFile[] = tables.map(([name, table]) => ({ name, data: tableToCsv(table) }));
  // What Excel in an Indonesian locale opens correctly: UTF-8 with BOM and `;` (the decimal
  // separator there is a comma). The canonical files stay as they are.
  if (opts.excel) files.push(...tables.map(([name, table]) => ({ name: `${EXCEL_DIR}/${name}`, data: tableToCsv(table, { delimiter: ';', bom: true }) })));
  if (manifests) files.push({ name: CONFIG_FILE, data: configText(config) });
  // The workbook comes with the manifests only: a refused run writes validasi.csv and ringkasan.json.
  // Its first sheet reads the run from the same summary (config file and dapil mapping with their
  // digests included); `keluaran` cannot list the workbook itself, so it is left empty there.
  if (opts.xlsx && manifests) {
    const { barang, lang } = opts.xlsx;
    const sheets = tables.map(([berkas, table]) => ({ berkas, table }));
    files.push(await workbookFile({ perintah: summary.perintah, ringkasan: buildRingkasan({ ...summary, keluaran: [] }), tables: sheets, barang, lang, waktu: summary.waktu }));
  }
  return withRingkasan(files, (keluaran) => buildRingkasan({ ...summary, keluaran }));
}

export { configText };
