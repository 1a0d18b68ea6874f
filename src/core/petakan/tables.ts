/**
 * The outputs of `petakan` as tables (contract, `logistik petakan`); the CSV writer in io turns them
 * into bytes. Rows are in key order already: the plan lists kelurahan by (code, kecamatan,
 * kelurahan) and their TPS by number, and voters by (file, line).
 */
import type { Table } from '../report/table.js';
import type { VoterTable } from './collect.js';
import type { KitDifference } from './kits.js';
import type { Plan, ProposedTps } from './types.js';

export const USULAN_COLUMNS = ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'dpt', 'tps_asal', 'keterangan'] as const;
export const PEMETAAN_COLUMNS = ['kode_kelurahan', 'kecamatan', 'kelurahan', 'dpt', 'tps_sekarang', 'batas_bawah', 'tps_usulan', 'metode'] as const;
export const PENEMPATAN_COLUMNS = ['berkas', 'baris', 'kode_kelurahan', 'tps'] as const;
export const SELISIH_COLUMNS = ['kode_barang', 'nama_barang', 'satuan', 'varian', 'jumlah_sekarang', 'jumlah_usulan', 'hemat'] as const;

export function usulanTable(plan: Plan): Table {
  const rows = plan.usulan.map((t) => [t.kodeKelurahan, t.kecamatan, t.kelurahan, t.tps, t.dpt, t.asal.join(';'), t.keterangan]);
  return { columns: USULAN_COLUMNS, rows };
}

export function pemetaanTable(plan: Plan): Table {
  const rows = plan.kelurahan.map((k) => [k.kodeKelurahan, k.kecamatan, k.kelurahan, k.dpt, k.tpsSekarang, k.batasBawah, k.tpsUsulan, k.metode]);
  return { columns: PEMETAAN_COLUMNS, rows };
}

/**
 * The proposal as a recap roll `hitung` reads as it is. A roll without codes identifies its TPS
 * by kecamatan + kelurahan names, so its recap has no kode_kelurahan column (an empty one would
 * be a blank code on every row, which hitung rejects).
 */
export function rekapTable(plan: Plan): Table {
  const coded = plan.usulan.every((t) => t.kodeKelurahan !== '');
  const rows = plan.usulan.map((t) => (coded ? [t.kodeKelurahan, t.kecamatan, t.kelurahan, t.tps, t.dpt] : [t.kecamatan, t.kelurahan, t.tps, t.dpt]));
  return { columns: coded ? ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'dpt'] : ['kecamatan', 'kelurahan', 'tps', 'dpt'], rows };
}

/**
 * penempatan.csv, one row per counted voter: where the record is and its proposed TPS; no NIK,
 * NKK or name. Given as a row function, not as a Table: for a million-voter roll a Table is a
 * million row arrays and then one ~76 MB string, the peak of the whole run (~450 MiB at 1 M
 * voters); the CLI writes these rows a buffer at a time instead.
 */
export interface PenempatanRows {
  readonly columns: typeof PENEMPATAN_COLUMNS;
  readonly count: number;
  /** The roll's files; `file(v)` is an index into it. */
  readonly files: readonly string[];
  readonly file: (v: number) => number;
  readonly line: (v: number) => number;
  /** Voter v's proposed TPS, an index into `usulan` (whose code and number are the last two cells). */
  readonly target: (v: number) => number;
  readonly usulan: readonly ProposedTps[];
}

export function penempatanRows(plan: Plan, voters: VoterTable): PenempatanRows {
  const assign = plan.penempatan;
  if (assign === null) throw new Error('penempatanRows: a recap roll has no per-voter placement');
  return {
    columns: PENEMPATAN_COLUMNS, count: voters.count, files: voters.files, usulan: plan.usulan,
    file: (v) => voters.file.at(v), line: (v) => voters.line.at(v), target: (v) => assign[v]!,
  };
}

export function selisihTable(kits: readonly KitDifference[]): Table {
  return { columns: SELISIH_COLUMNS, rows: kits.map((k) => [k.kodeBarang, k.namaBarang, k.satuan, k.varian, k.sekarang, k.usulan, k.hemat]) };
}
