import type { Table } from '../core/report/table.js';
import { buildRingkasan, ringkasanText, type RingkasanInput } from '../core/report/ringkasan.js';
import { tableToCsv } from '../io/csv-write.js';
import { sha256 } from '../io/hash.js';
import type { OutputFile, Run } from '../io/commit.js';
import { CANONICAL_CSV, SPREADSHEET_CSV, SpillingIssueSink, type IssueSinkOptions } from '../io/issue-sink.js';
import type { CommandContext } from './context.js';
import { configForDisplay, type ResolvedConfig } from '../core/config/index.js';
import type { Lang } from '../core/types.js';
import type { ItemLike } from '../core/render/titles.js';
import { WORKBOOK_FILE, workbookFile } from '../io/xlsx/workbook-file.js';
import { readValidasiTable } from '../io/validasi-table.js';

export interface ManifestTables {
  readonly pengadaan: Table;
  readonly distribusiTps: Table;
  readonly distribusiKelurahan: Table;
  readonly distribusiKecamatan: Table;
}

/** The manifests proper: written only when the roll may be counted. */
export const MANIFEST_FILES = ['pengadaan.csv', 'distribusi-tps.csv', 'distribusi-kelurahan.csv', 'distribusi-kecamatan.csv'] as const;
/** Spreadsheet copies (`--excel`) go into this subfolder of `--out`. */
export const EXCEL_DIR = 'excel';
const CSV_FILES = [...MANIFEST_FILES, 'validasi.csv'] as const;
/** Every file name the tool owns in `--out`; it never writes or removes any other. */
export const OWN_FILES = [...CSV_FILES, 'ringkasan.json', ...CSV_FILES.map((n) => `${EXCEL_DIR}/${n}`), WORKBOOK_FILE] as const;

/**
 * The names a run claims in `--out` (openRun `names`): what it may write, and what must not be left
 * beside its ringkasan.json when it does not write it (hitung's manifests when the roll has errors).
 * A file of one of these names that the tool cannot prove it wrote stops the run before input is read.
 */
export function runNames(mode: 'hitung' | 'validasi', excel: boolean, xlsx = false): string[] {
  if (mode === 'validasi') return ['validasi.csv', 'ringkasan.json'];
  return [...CSV_FILES, 'ringkasan.json', ...(excel ? CSV_FILES.map((n) => `${EXCEL_DIR}/${n}`) : []), ...(xlsx ? [WORKBOOK_FILE] : [])];
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
 * Renders the manifests in memory, takes validasi.csv as written (the canonical file and, with
 * `excel`, its spreadsheet copy), then builds the summary with the digest of each. The same bytes
 * are written by `hitung` and compared by `hitung --check`.
 */
export async function buildOutputSet(
  manifests: ManifestTables | null,
  validasi: readonly WrittenFile[],
  summary: Omit<RingkasanInput, 'keluaran'>,
  opts: OutputOptions = {},
): Promise<OutputSet> {
  const tables: [string, Table][] = [];
  if (manifests) {
    tables.push(
      ['pengadaan.csv', manifests.pengadaan],
      ['distribusi-tps.csv', manifests.distribusiTps],
      ['distribusi-kelurahan.csv', manifests.distribusiKelurahan],
      ['distribusi-kecamatan.csv', manifests.distribusiKecamatan],
    );
  }
  const csvFiles: OutputFile[] = tables.map(([name, table]) => ({ name, data: tableToCsv(table) }));
  // What Excel in an Indonesian locale opens correctly: UTF-8 with BOM and `;` (the decimal
  // separator there is a comma). The canonical files stay as they are.
  if (opts.excel) csvFiles.push(...tables.map(([name, table]) => ({ name: `${EXCEL_DIR}/${name}`, data: tableToCsv(table, { delimiter: ';', bom: true }) })));
  // The workbook comes with the manifests only: a refused run writes validasi.csv and ringkasan.json.
  const canonical = validasi.find((v) => v.name === 'validasi.csv');
  if (opts.xlsx && manifests && canonical) {
    const { barang, lang } = opts.xlsx;
    // TODO(merge): audit's ringkasan adds `perintah`, `konfigurasi` (the -c file) and `dapil`; the
    // first sheet shows them from there, with their digests, as soon as they are in it.
    const ringkasan = buildRingkasan({ ...summary, keluaran: [] });
    const sheets = [{ berkas: 'validasi.csv', table: await readValidasiTable(canonical.path) }, ...tables.map(([berkas, table]) => ({ berkas, table }))];
    csvFiles.push(await workbookFile({ perintah: 'hitung', ringkasan, tables: sheets, barang, lang, waktu: summary.waktu }));
  }
  const keluaran = [
    ...csvFiles.map((f) => ({ berkas: f.name, sha256: sha256(f.data) })),
    ...validasi.map((v) => ({ berkas: v.name, sha256: v.sha256 })),
  ];
  const ringkasan = buildRingkasan({ ...summary, keluaran });
  const files: SetFile[] = [...validasi.map((v) => ({ name: v.name, path: v.path })), ...csvFiles, { name: 'ringkasan.json', data: ringkasanText(ringkasan) }];
  return { files, ringkasan };
}

/**
 * The resolved config as `logistik preset NAME` prints it (2-space JSON, trailing newline).
 * `konfigurasi_sha256` is the SHA-256 of exactly these bytes, so an auditor can check it with
 * `logistik preset NAME | sha256sum`, or `sha256sum` of a config file kept in this form.
 */
export function configText(config: ResolvedConfig): string {
  return `${JSON.stringify(configForDisplay(config), null, 2)}\n`;
}

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
export function commandIssueSink(ctx: CommandContext, opts: { excel?: boolean } & Pick<IssueSinkOptions, 'dir' | 'shownDir'> = {}): SpillingIssueSink {
  const { excel, ...where } = opts;
  return SpillingIssueSink.create({
    lang: ctx.langExplicit ? ctx.lang : 'id',
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
