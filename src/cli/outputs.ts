import type { Table } from '../core/report/table.js';
import { buildRingkasan, ringkasanText, type BerkasDigest, type RingkasanInput } from '../core/report/ringkasan.js';
import { CONFIG_FILE, MANIFEST_FILES, RINGKASAN_FILE, VALIDASI_FILE } from '../core/manifest/files.js';
import { tableToCsv } from '../io/csv-write.js';
import { sha256 } from '../io/hash.js';
import type { OutputFile, Run } from '../io/commit.js';
import { CANONICAL_CSV, SPREADSHEET_CSV, SpillingIssueSink, type IssueSinkOptions } from '../io/issue-sink.js';
import type { CommandContext } from './context.js';
// display.js, not the config index (which loads zod): hitung writes konfigurasi.json without it.
import type { ResolvedConfig } from '../core/config/index.js';
import { configText } from '../core/config/display.js';
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

/** A file already written (validasi.csv, merged on disk by io/issue-sink.ts): where it is and its digest. */
export interface WrittenFile {
  readonly name: string;
  readonly path: string;
  readonly sha256: string;
}

/**
 * A file of a run's set: its bytes (staged with run.write), or validasi.csv, merged on disk by the
 * issue sink (staged with run.adopt; --check compares it a piece at a time).
 */
export type SetFile = OutputFile | { readonly name: string; readonly path: string };

export interface OutputSet {
  readonly files: readonly SetFile[];
  readonly ringkasan: Record<string, unknown>;
}

export interface OutputOptions {
  /** `--excel`: CSV copies for spreadsheets in excel/. */
  readonly excel?: boolean;
  /** `--xlsx`: the workbook, with the config's items for its titles, in this language. */
  readonly xlsx?: { readonly barang: readonly ItemLike[]; readonly lang: Lang } | null;
}

/**
 * Any command's output set: the files already written to disk (validasi.csv as the issue sink
 * merged it), its files rendered in memory, then `ringkasan.json` built from the digests of all of
 * them (`keluaran`), which is the last file. The same bytes are written by a run and compared by
 * `--check`; the later commands (terima, kemas, petakan, cetak) build theirs with `buildCommandRingkasan`.
 */
export function withRingkasan(
  files: readonly (OutputFile | WrittenFile)[],
  ringkasanOf: (keluaran: BerkasDigest[]) => Record<string, unknown>,
  written: readonly WrittenFile[] = [],
): OutputSet {
  // A file already on disk may also stand among `files` (petakan's penempatan.csv, written a row
  // at a time): it keeps its place in `keluaran`.
  const all = [...written, ...files];
  const keluaran = all.map((f) => ({ berkas: f.name, sha256: 'path' in f ? f.sha256 : sha256(f.data) }));
  const ringkasan = ringkasanOf(keluaran);
  const set: SetFile[] = all.map((f) => ('path' in f ? { name: f.name, path: f.path } : f));
  return { files: [...set, { name: RINGKASAN_FILE, data: ringkasanText(ringkasan) }], ringkasan };
}

/**
 * Renders the manifests of hitung in memory, takes validasi.csv as the issue sink merged it on disk
 * (the canonical file and, with `excel`, its spreadsheet copy), then builds the summary with the
 * digest of each. With manifests, the resolved config goes beside them as konfigurasi.json, whose
 * digest is `konfigurasi_sha256`. The same bytes are written by a run and compared by `--check`.
 */
export async function buildOutputSet(
  manifests: ManifestTables | null,
  validasi: readonly WrittenFile[],
  summary: Omit<RingkasanInput, 'keluaran'>,
  config: ResolvedConfig,
  opts: OutputOptions = {},
): Promise<OutputSet> {
  const tables: [string, Table][] = [];
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
  const canonical = validasi.find((v) => v.name === VALIDASI_FILE);
  if (opts.xlsx && manifests && canonical) {
    const { barang, lang } = opts.xlsx;
    // Loaded for --xlsx only: it brings csv-parse, which no other part of a run needs (start-up).
    const { readValidasiTable } = await import('../io/validasi-table.js');
    const sheets = [{ berkas: VALIDASI_FILE, table: await readValidasiTable(canonical.path) }, ...tables.map(([berkas, table]) => ({ berkas, table }))];
    files.push(await workbookFile({ perintah: summary.perintah, ringkasan: buildRingkasan({ ...summary, keluaran: [] }), tables: sheets, barang, lang, waktu: summary.waktu }));
  }
  return withRingkasan(files, (keluaran) => buildRingkasan({ ...summary, keluaran }), validasi);
}

export { configText };
/** Stages a set: validasi.csv adopted from where the issue sink merged it, every other file written. */
export async function stageFiles(run: Run, files: readonly SetFile[]): Promise<void> {
  for (const file of files) {
    if ('path' in file) await run.adopt(file.name, file.path);
    else await run.write(file.name, file.data);
  }
}

/**
 * A command's one issue sink: validasi.csv in the language the contract fixes (Indonesian unless
 * --lang was given), and its spreadsheet copy with --excel. A run's spills go into its staging
 * folder (`dir`, naming `shownDir` when the disk fails); --check's under os.tmpdir().
 */
export function commandIssueSink(ctx: CommandContext, opts: { lang?: Lang; excel?: boolean } & Pick<IssueSinkOptions, 'dir' | 'shownDir'> = {}): SpillingIssueSink {
  const { lang, excel, ...where } = opts;
  return SpillingIssueSink.create({
    // --check may take the language recorded in --out (like with like); otherwise --lang or `id`.
    lang: lang ?? (ctx.langExplicit ? ctx.lang : 'id'),
    variants: excel ? [CANONICAL_CSV, SPREADSHEET_CSV] : [CANONICAL_CSV],
    ...where,
    ...budgetFromEnv(ctx.io.env),
  });
}

/**
 * LOGISTIK_ISSUE_BUDGET_BYTES (hidden, for tests): the bytes of issues held in memory before they
 * spill to disk. It changes how validasi.csv is made, never its bytes.
 */
function budgetFromEnv(env: NodeJS.ProcessEnv): { budgetBytes?: number } {
  const n = Number(env.LOGISTIK_ISSUE_BUDGET_BYTES);
  return Number.isInteger(n) && n > 0 ? { budgetBytes: n } : {};
}
