/**
 * What `petakan` writes and prints: its files rendered in memory (the same bytes every run), its
 * ringkasan.json, and the summary lines of its own (the roll and issue parts are hitung's,
 * summary.ts).
 */
import type { ResolvedConfig } from '../core/config/index.js';
import {
  pemetaanTable, penempatanTable, rekapTable, selisihTable, usulanTable,
  type KitDifference, type Plan, type VoterTable,
} from '../core/petakan/index.js';
import { buildCommandRingkasan, rollMasukan, type BerkasDigest } from '../core/report/ringkasan.js';
import type { Table } from '../core/report/table.js';
import type { IssueSummary } from '../core/report/issue-tally.js';
import { t } from '../core/messages/index.js';
import { tableToCsv } from '../io/csv-write.js';
import { sha256 } from '../io/hash.js';
import { outcome, type ReportStyle } from './report/index.js';
import { configText, withRingkasan, type OutputSet, type WrittenFile } from './outputs.js';
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
  readonly voters: VoterTable | null;
  readonly kits: readonly KitDifference[];
}

export type PetakanOutput = OutputSet;

export function petakanOutput(r: PetakanResult, waktu: string | null): PetakanOutput {
  const tables: [string, Table][] = [];
  if (r.plan !== null) {
    tables.push(['usulan-tps.csv', usulanTable(r.plan)], ['pemetaan-kelurahan.csv', pemetaanTable(r.plan)], ['rekap-tps.csv', rekapTable(r.plan)]);
    if (r.voters !== null) tables.push(['penempatan.csv', penempatanTable(r.plan, r.voters)]);
    tables.push(['selisih-barang.csv', selisihTable(r.kits)]);
  }
  const files = tables.map(([name, table]) => ({ name, data: tableToCsv(table) }));
  return withRingkasan(files, (keluaran) => petakanRingkasan(r, keluaran, waktu), [r.validasi]);
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
