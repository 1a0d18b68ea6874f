/**
 * `logistik terima`: receipts at the KPU Kab/Kota warehouse (and, with --tps, what each KPPS
 * confirmed) reconciled with a manifest `hitung` wrote (core/terima). The manifest is read by the
 * one manifest reader (its files checked against its own ringkasan.json, its rules from its own
 * konfigurasi.json); receipts and confirmations by the one table reader; --out through the run
 * session, opened before any input is read.
 */
import { resolve } from 'node:path';
import type { Issue } from '../../core/types.js';
import {
  computeTerima,
  KONFIRMASI_TPS_TABLE,
  PENERIMAAN_TABLE,
  pemusnahanTable,
  rekonsiliasiTable,
  statusTpsTable,
  terimaTotals,
  usulanTable,
  type ManifestItem,
  type TerimaResult,
} from '../../core/terima/index.js';
import type { Table } from '../../core/report/table.js';
import { validasiTable } from '../../core/report/validasi.js';
import { buildCommandRingkasan, type BerkasDigest } from '../../core/report/ringkasan.js';
import { t } from '../../core/messages/index.js';
import { ExitCode, UsageError } from '../../errors.js';
import type { OutputFile, Run } from '../../io/commit.js';
import { tableToCsvBytes } from '../../io/csv-bytes.js';
import { readManifest, type Manifest } from '../../io/manifest/index.js';
import { readTable, type TableFileStats, type TableRead } from '../../io/table/read-table.js';
import type { CommandContext } from '../context.js';
import { stageFiles, withRingkasan, type OutputSet } from '../outputs.js';
import { WORKBOOK_FILE, workbookFile } from '../../io/xlsx/workbook-file.js';
import { emitReport, summarizeIssues, type IssueSummary } from '../report/index.js';
import { openCommandRun } from '../run-session.js';
import { renderTerimaSummary } from '../terima-summary.js';
import type { InputLineStats } from '../summary.js';
import { TOOL } from '../version.js';
import { timeFromEpoch } from './hitung.js';

export interface TerimaOptions {
  readonly manifest: string;
  readonly out: string;
  /** --tps: the KPPS confirmations. */
  readonly tps?: string;
  readonly strict: boolean;
  readonly allowInvalid: boolean;
  readonly json: boolean;
  readonly quiet: boolean;
  /** --xlsx: buku-kerja.xlsx beside the CSVs. */
  readonly xlsx?: boolean;
}

/** Every file name terima owns in its --out; it never writes or removes any other. */
export const TERIMA_FILES = ['rekonsiliasi.csv', 'usulan-pemenuhan.csv', 'pemusnahan.csv', 'status-tps.csv', 'validasi.csv', 'ringkasan.json'] as const;

/** The names a run claims in --out: its files, and the workbook with --xlsx. */
function runNames(xlsx: boolean): string[] {
  return [...TERIMA_FILES, ...(xlsx ? [WORKBOOK_FILE] : [])];
}

export async function runTerima(args: readonly string[], opts: TerimaOptions, ctx: CommandContext): Promise<ExitCode> {
  // Standard input can be read once: by the receipts or by the confirmations, not by both.
  if (opts.tps === '-' && args.includes('-')) throw new UsageError('usage.stdin-twice');
  const reads = [opts.manifest, opts.tps, ...args].flatMap((p) => (p === undefined || p === '-' ? [] : [resolve(ctx.io.cwd, p)]));
  const run = await openCommandRun(ctx, opts.out, { command: 'terima', reads, names: runNames(opts.xlsx === true) });
  try {
    return await reconcileAndWrite(args, opts, ctx, run);
  } finally {
    await run.abort();
  }
}

/** What a run keeps of its inputs once reconciled: not their rows. */
interface Reconciled {
  readonly manifest: Manifest;
  readonly result: TerimaResult;
  readonly issues: readonly Issue[];
  readonly inputs: readonly TableInput[];
}

/**
 * Reads every input and reconciles. Its own function so that the rows read (one object per KPPS
 * row: ~150 MB for 600,000) can be collected before the output files are made.
 */
async function readAndReconcile(args: readonly string[], opts: TerimaOptions, ctx: CommandContext): Promise<Reconciled> {
  const stdin = ctx.io.stdin ? { stdin: ctx.io.stdin } : {};
  // Every input is read before the manifest is judged: unreadable input (3) comes before changed data (1).
  const receipts = await readTable(args, PENERIMAAN_TABLE, ctx.io.cwd, stdin);
  const konfirmasi = opts.tps === undefined ? null : await readTable([opts.tps], KONFIRMASI_TPS_TABLE, ctx.io.cwd, stdin);
  const manifest = await readManifest(opts.manifest, ctx.io.cwd);
  const result = computeTerima({
    items: itemsOf(manifest),
    receipts: receipts.rows,
    tps: konfirmasi === null ? null : { list: manifest.tps.rows, items: manifest.tps.barang, rows: konfirmasi.rows },
  });
  const issues: Issue[] = [...receipts.issues, ...(konfirmasi?.issues ?? []), ...result.issues];
  return { manifest, result, issues, inputs: inputStats(receipts, konfirmasi, result, ctx) };
}

async function reconcileAndWrite(args: readonly string[], opts: TerimaOptions, ctx: CommandContext, run: Run): Promise<ExitCode> {
  const { manifest, result, issues, inputs } = await readAndReconcile(args, opts, ctx);
  const hasErrors = issues.some((i) => i.severity === 'galat');
  const refused = hasErrors && !opts.allowInvalid;
  const found: Found = { issues, masalah: summarizeIssues(issues) };
  const set = await outputSet(manifest, inputs, result, found, refused, opts, ctx);
  await stageFiles(run, set.files);
  await run.commit();
  const summary = {
    manifest: opts.manifest, preset: manifest.config.preset, inputs, issues: found.masalah, result, out: opts.out,
    refused, allowInvalid: opts.allowInvalid, strict: opts.strict, quiet: opts.quiet, written: set.files.map((f) => f.name),
  };
  const gateShut = opts.strict && !result.gate.lulus;
  emitReport(ctx, { json: opts.json ? set.ringkasan : null, quiet: opts.quiet, mustShow: hasErrors || gateShut }, (style) => renderTerimaSummary(summary, style));
  return refused || gateShut ? ExitCode.DataInvalid : ExitCode.Ok;
}

/** The manifest's items and variants with who replaces each (the config's per-item `pengada`). */
function itemsOf(manifest: Manifest): ManifestItem[] {
  const pengada = new Map(manifest.config.barang.map((b) => [b.kode, b.pengada?.lembaga ?? '']));
  return manifest.pengadaan.map((p) => ({
    kodeBarang: p.kodeBarang, namaBarang: p.namaBarang, satuan: p.satuan, varian: p.varian, jumlah: p.jumlah, pengada: pengada.get(p.kodeBarang) ?? '',
  }));
}

interface TableInput extends InputLineStats {
  readonly stats: TableFileStats;
  /** What the file is, as ringkasan.json records it. */
  readonly kind: 'penerimaan' | 'konfirmasi_tps';
}

/** Per file read: the reader's counts, and how many of its rows the checks counted or rejected. */
function inputStats(receipts: TableRead<string>, konfirmasi: TableRead<string> | null, result: TerimaResult, ctx: CommandContext): TableInput[] {
  const rejected = new Map<string, number>();
  for (const r of result.rejected) rejected.set(r.file, (rejected.get(r.file) ?? 0) + 1);
  const of = (stats: TableFileStats, kind: TableInput['kind'], jenis: string): TableInput => {
    const ditolak = stats.ditolak + (rejected.get(stats.berkas) ?? 0);
    return { ...stats, stats, kind, jenis, ditolak, dihitung: stats.barisData - ditolak };
  };
  return [
    ...receipts.files.map((f) => of(f, 'penerimaan', t(ctx.lang, 'terima.jenis.penerimaan'))),
    ...(konfirmasi?.files ?? []).map((f) => of(f, 'konfirmasi_tps', t(ctx.lang, 'terima.jenis.konfirmasi'))),
  ];
}

/** The run's issues (receipt tables are small: they stay in memory) and their count, said once. */
interface Found {
  readonly issues: readonly Issue[];
  readonly masalah: IssueSummary;
}

/**
 * The files of a run and its ringkasan.json. With errors (and no --allow-invalid) only validasi.csv
 * and ringkasan.json: a reconciliation from part of the receipts would understate what arrived.
 */
async function outputSet(
  manifest: Manifest,
  inputs: readonly TableInput[],
  result: TerimaResult,
  found: Found,
  refused: boolean,
  opts: TerimaOptions,
  ctx: CommandContext,
): Promise<OutputSet> {
  const lang = ctx.langExplicit ? ctx.lang : 'id';
  const tables: [string, Table][] = [['validasi.csv', validasiTable(found.issues, lang)]];
  if (!refused) {
    tables.push(['rekonsiliasi.csv', rekonsiliasiTable(result.rekonsiliasi)], ['usulan-pemenuhan.csv', usulanTable(result.rekonsiliasi)], ['pemusnahan.csv', pemusnahanTable(result.rekonsiliasi)]);
    if (result.statusTps !== null) tables.push(['status-tps.csv', statusTpsTable(result.statusTps)]);
  }
  const files: OutputFile[] = tables.map(([name, table]) => ({ name, data: tableToCsvBytes(table) }));
  const waktu = timeFromEpoch(ctx.io.env.SOURCE_DATE_EPOCH);
  const masukan = [
    ...manifest.masukan.map(({ berkas, sha256 }) => ({ berkas, sha256 })),
    ...inputs.map((m) => ({
      berkas: m.berkas,
      sha256: m.stats.sha256,
      jenis: m.kind,
      baris_data: m.barisData,
      dihitung: m.dihitung,
      ditolak: m.ditolak,
      baris_kosong: m.barisKosong,
      baris_judul: m.barisJudul,
      pemisah: m.stats.delimiter,
      pengkodean: m.stats.encoding,
      kolom_tak_dikenal: [...m.stats.kolomTakDikenal],
    })),
  ];
  // A refused run reconciled nothing: its totals say so rather than count part of the receipts.
  const own = refused ? { rekonsiliasi: null, usulan_pemenuhan: null, pemusnahan: null, status_tps: null, gerbang: null } : terimaTotals(result.rekonsiliasi, result.statusTps, result.gate);
  const totals = { ...own, opsi: { allow_invalid: opts.allowInvalid, lang } };
  const ringkasanOf = (keluaran: BerkasDigest[]): Record<string, unknown> =>
    buildCommandRingkasan({ alat: TOOL, perintah: 'terima', masukan, totals, masalah: found.masalah, keluaran, waktu });
  // The workbook comes with the reconciliation only: a refused run writes validasi.csv and ringkasan.json.
  if (opts.xlsx === true && !refused) {
    const sheets = tables.map(([berkas, table]) => ({ berkas, table }));
    files.push(await workbookFile({ perintah: 'terima', ringkasan: ringkasanOf([]), tables: sheets, barang: manifest.config.barang, lang, waktu }));
  }
  return withRingkasan(files, ringkasanOf);
}
