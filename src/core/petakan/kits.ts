/**
 * The kits a proposal saves: the presets' own computation (core/compute) run on the current
 * layout and on the proposed one, with the same config and no dapil mapping (one variant per
 * ballot type), compared item by item on `jumlah` (what is needed, reserve and extras included).
 */
import type { ResolvedConfig } from '../config/index.js';
import { computeManifests, PENGADAAN_COLUMNS } from '../compute/index.js';
import type { TpsCount } from '../types.js';

export interface KitDifference {
  readonly kodeBarang: string;
  readonly namaBarang: string;
  readonly satuan: string;
  readonly varian: string;
  readonly sekarang: number;
  readonly usulan: number;
  /** sekarang − usulan: what the proposal saves (negative when it needs more). */
  readonly hemat: number;
}

const COL = Object.fromEntries(PENGADAAN_COLUMNS.map((c, i) => [c, i])) as Record<(typeof PENGADAAN_COLUMNS)[number], number>;

export function kitDifferences(current: readonly TpsCount[], proposed: readonly TpsCount[], config: ResolvedConfig): KitDifference[] {
  const before = computeManifests(current, config, null).pengadaan.rows;
  const after = new Map(computeManifests(proposed, config, null).pengadaan.rows.map((r) => [`${r[COL.kode_barang]}\u0000${r[COL.varian]}`, r]));
  // Both tables come from one config: the same items and variants in the same order.
  return before.map((row) => {
    const other = after.get(`${row[COL.kode_barang]}\u0000${row[COL.varian]}`);
    if (other === undefined) throw new Error(`kits: ${String(row[COL.kode_barang])} missing from the proposal's procurement`);
    const sekarang = Number(row[COL.jumlah]);
    const usulan = Number(other[COL.jumlah]);
    return {
      kodeBarang: String(row[COL.kode_barang]), namaBarang: String(row[COL.nama_barang]), satuan: String(row[COL.satuan]),
      varian: String(row[COL.varian]), sekarang, usulan, hemat: sekarang - usulan,
    };
  });
}
