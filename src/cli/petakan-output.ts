/**
 * What `petakan` writes and prints: its files rendered in memory (the same bytes every run), its
 * ringkasan.json, and the summary lines of its own (the roll and issue parts are hitung's,
 * summary.ts).
 */
import type { ResolvedConfig } from '../core/config/index.js';
import { join } from 'node:path';
import {
  pemetaanTable, rekapTable, selisihTable, usulanTable,
  type KitDifference, type PenempatanRows, type Plan,
} from '../core/petakan/index.js';
import { buildCommandRingkasan, rollMasukan, type BerkasDigest } from '../core/report/ringkasan.js';
import type { Table } from '../core/report/table.js';
import type { IssueSummary } from '../core/report/issue-tally.js';
import { t } from '../core/messages/index.js';
import { csvRecord, tableToCsv } from '../io/csv-write.js';
import { OutputFileWriter } from '../io/issue-runs.js';
import { explainOsError } from '../io/commit/os-error.js';
import { sha256 } from '../io/hash.js';
import { outcome, type ReportStyle } from './report/index.js';
import { configText, withRingkasan, type OutputSet, type WrittenFile } from './outputs.js';
import type { OutputFile } from '../io/commit.js';
import type { RollReadResult } from './roll.js';
import { TOOL } from './version.js';

/** Every file name petakan owns in its --out; it never writes or removes any other. */
export const PETAKAN_FILES = [
  'usulan-tps.csv', 'pemetaan-kelurahan.csv', 'rekap-tps.csv', 'penempatan.csv', 'selisih-barang.csv', 'validasi.csv', 'ringkasan.json',
] as const;

export interface PetakanResult {
  readonly config: ResolvedConfig;
  readonly kapasitas: number;
  readonly roll: RollReadResult;
  /** The issues counted (hitung's issue sink); validasi.csv, merged by it, holds them all. */
  readonly masalah: IssueSummary;
  readonly validasi: WrittenFile;
  readonly batasBawah: number;
  /** Null when the roll's errors stopped the proposal. */
  readonly plan: Plan | null;
  /** penempatan.csv of a voter-level roll, already written into the staging folder (writePenempatan). */
  readonly penempatan: WrittenFile | null;
  readonly kits: readonly KitDifference[];
}

export type PetakanOutput = OutputSet;

export function petakanOutput(r: PetakanResult, waktu: string | null): PetakanOutput {
  const files: (OutputFile | WrittenFile)[] = [];
  const csv = (name: string, table: Table): void => void files.push({ name, data: tableToCsv(table) });
  if (r.plan !== null) {
    csv('usulan-tps.csv', usulanTable(r.plan));
    csv('pemetaan-kelurahan.csv', pemetaanTable(r.plan));
    csv('rekap-tps.csv', rekapTable(r.plan));
    if (r.penempatan !== null) files.push(r.penempatan);
    csv('selisih-barang.csv', selisihTable(r.kits));
  }
  return withRingkasan(files, (keluaran) => petakanRingkasan(r, keluaran, waktu), [r.validasi]);
}

/** Text gathered before it is encoded and handed to the writer: few, large writes. */
const CHUNK_CHARS = 1 << 20;

/**
 * penempatan.csv into `dir` (the run's staging folder, where run.adopt takes it), a buffer at a
 * time, with its digest: memory stays flat however many voters. Each row is the bytes csvRecord
 * writes for [berkas, baris, kode_kelurahan, tps]: the cells of a file and of a proposed TPS are
 * made once by csvRecord itself, and a line number is a number cell, written as String(n).
 */
export async function writePenempatan(dir: string, shownDir: string, rows: PenempatanRows): Promise<WrittenFile> {
  const name = 'penempatan.csv';
  const path = join(dir, name);
  const cells = (values: readonly string[]): string => csvRecord(values).slice(0, -1);
  const fileCells = rows.files.map((f) => cells([f]));
  const tpsCells = rows.usulan.map((t) => cells([t.kodeKelurahan, t.tps]));
  let writer: OutputFileWriter | null = null;
  try {
    writer = await OutputFileWriter.create(path);
    let text = csvRecord(rows.columns);
    for (let v = 0; v < rows.count; v++) {
      text += `${fileCells[rows.file(v)]},${rows.line(v)},${tpsCells[rows.target(v)]}\n`;
      if (text.length < CHUNK_CHARS) continue;
      const bytes = Buffer.from(text, 'utf8');
      await writer.append(bytes, 0, bytes.length);
      text = '';
    }
    const bytes = Buffer.from(text, 'utf8');
    await writer.append(bytes, 0, bytes.length);
    // Not flushed to disk here: run.adopt syncs it, as it does validasi.csv.
    return { name, path, sha256: await writer.finish(false) };
  } catch (err) {
    await writer?.abandon();
    throw explainOsError(err, join(shownDir, name));
  }
}

/** The contract's keys of a later command: perintah, masukan (the roll's files), its own totals, masalah, keluaran. */
function petakanRingkasan(r: PetakanResult, keluaran: BerkasDigest[], waktu: string | null): Record<string, unknown> {
  return buildCommandRingkasan({
    alat: TOOL,
    perintah: 'petakan',
    masukan: r.roll.stats.map((m) => ({ berkas: m.berkas, sha256: m.sha256, ...rollMasukan(m) })),
    totals: {
      preset: r.config.preset,
      konfigurasi_sha256: sha256(configText(r.config)),
      kapasitas: r.kapasitas,
      jumlah: { ...r.roll.jumlah },
      tps_sekarang: r.roll.tps.length,
      batas_bawah: r.batasBawah,
      tps_usulan: r.plan === null ? null : r.plan.usulan.length,
      selisih_barang: r.kits.map((k) => ({ kode_barang: k.kodeBarang, varian: k.varian, sekarang: k.sekarang, usulan: k.usulan, hemat: k.hemat })),
    },
    masalah: r.masalah,
    keluaran,
    waktu,
  });
}

/** petakan's own report lines: capacity, the three totals, how each kelurahan was solved, kits. */
export function renderPetakanTotals(r: PetakanResult, style: ReportStyle, quiet: boolean): string[] {
  const { lang, c } = style;
  const lines = [t(lang, 'petakan.kapasitas', { kapasitas: style.num(r.kapasitas) })];
  const usulan = r.plan === null ? '-' : c.bold(style.num(r.plan.usulan.length));
  lines.push(t(lang, 'petakan.totals', { sekarang: style.num(r.roll.tps.length), batas: style.num(r.batasBawah), usulan }));
  if (r.plan === null || quiet) return lines;
  const METHODS = { tepat: 'petakan.method.tepat', heuristik: 'petakan.method.heuristik', berurutan: 'petakan.method.berurutan' } as const;
  const parts = Object.entries(METHODS).flatMap(([metode, key]) => {
    const n = r.plan!.kelurahan.filter((k) => k.metode === metode).length;
    return n === 0 ? [] : [t(lang, key, { n })];
  });
  if (parts.length > 0) lines.push(c.dim(t(lang, 'petakan.methods', { rincian: parts.join(', ') })));
  lines.push(c.bold(t(lang, 'petakan.kits')));
  for (const k of r.kits) {
    const barang = k.varian === '' ? k.kodeBarang : `${k.kodeBarang} [${k.varian}]`;
    lines.push(`  ${kitLine(k, barang, style)}`);
  }
  return lines;
}

/** Each number once: an item the proposal does not change is named with its one amount. */
function kitLine(k: KitDifference, barang: string, style: ReportStyle): string {
  const { lang } = style;
  if (k.hemat === 0) return t(lang, 'petakan.kit-same', { barang, jumlah: style.num(k.sekarang) });
  const params = { barang, sekarang: style.num(k.sekarang), usulan: style.num(k.usulan) };
  return k.hemat > 0 ? t(lang, 'petakan.kit-row', { ...params, hemat: style.num(k.hemat) }) : t(lang, 'petakan.kit-more', { ...params, lebih: style.num(-k.hemat) });
}

export function renderPetakanOutcome(r: PetakanResult, style: ReportStyle, out: string, allowInvalid: boolean): string[] {
  const { lang } = style;
  if (r.plan === null) return [outcome(style, 'fail', t(lang, 'petakan.not-written', { out }))];
  const rejected = r.roll.stats.reduce((n, m) => n + m.ditolak, 0);
  if (!(allowInvalid && r.masalah.galat > 0)) return [outcome(style, 'ok', t(lang, 'petakan.written', { out }))];
  return [outcome(style, 'warn', t(lang, 'petakan.allow-invalid', { ditolak: style.num(rejected) })), t(lang, 'petakan.written', { out })];
}
