/**
 * The data files of `terima` (contract table): columns in the contract's order, rows sorted by
 * their key columns in code-point order. Whole numbers only; `dimusnahkan` is empty for items that
 * are not ballots (their damaged and surplus stay as stock, nothing is destroyed).
 */
import { LazyTable } from '../report/lazy-table.js';
import type { Table } from '../report/table.js';
import { compareCodePoints } from '../code-point.js';
import { compareItems, isBallot } from './items.js';
import type { Rekonsiliasi } from './reconcile.js';
import type { StatusTpsRow } from './status-tps.js';

export const REKONSILIASI_COLUMNS = [
  'kode_barang', 'nama_barang', 'varian', 'jumlah', 'dikirim', 'diterima', 'rusak', 'baik',
  'kurang_kirim', 'lebih_kirim', 'kekurangan', 'kelebihan', 'dimusnahkan', 'pengada', 'status',
] as const;
export const USULAN_COLUMNS = ['pengada', 'kode_barang', 'nama_barang', 'varian', 'rusak', 'kurang_kirim', 'kekurangan'] as const;
export const PEMUSNAHAN_COLUMNS = ['kode_barang', 'nama_barang', 'varian', 'rusak', 'kelebihan', 'dimusnahkan'] as const;
export const STATUS_TPS_COLUMNS = [
  'kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'kode_barang', 'diharapkan', 'diterima', 'rusak', 'baik', 'selisih', 'status',
] as const;

export function rekonsiliasiTable(lines: readonly Rekonsiliasi[]): Table {
  const rows = [...lines].sort(compareItems).map((r) => [
    r.kodeBarang, r.namaBarang, r.varian, r.jumlah, r.dikirim, r.diterima, r.rusak, r.baik,
    r.kurangKirim, r.lebihKirim, r.kekurangan, r.kelebihan, r.dimusnahkan ?? '', r.pengada, r.status,
  ]);
  return { columns: REKONSILIASI_COLUMNS, rows };
}

/** What to request, per body that replaces it: every item and variant still short, not-yet-received ones included. */
export function usulanLines(lines: readonly Rekonsiliasi[]): Rekonsiliasi[] {
  return lines.filter((r) => r.kekurangan > 0).sort((a, b) => compareCodePoints(a.pengada, b.pengada) || compareItems(a, b));
}

export function usulanTable(lines: readonly Rekonsiliasi[]): Table {
  const rows = usulanLines(lines).map((r) => [r.pengada, r.kodeBarang, r.namaBarang, r.varian, r.rusak, r.kurangKirim, r.kekurangan]);
  return { columns: USULAN_COLUMNS, rows };
}

/** What to destroy at H-1: ballots with damaged or surplus sheets. */
export function pemusnahanLines(lines: readonly Rekonsiliasi[]): Rekonsiliasi[] {
  return lines.filter((r) => isBallot(r.kodeBarang) && (r.dimusnahkan ?? 0) > 0).sort(compareItems);
}

export function pemusnahanTable(lines: readonly Rekonsiliasi[]): Table {
  const rows = pemusnahanLines(lines).map((r) => [r.kodeBarang, r.namaBarang, r.varian, r.rusak, r.kelebihan, r.dimusnahkan ?? 0]);
  return { columns: PEMUSNAHAN_COLUMNS, rows };
}

/**
 * Rows come sorted from tpsStatuses. One per TPS and item (~600,000 at 40,000 TPS), so they are
 * made as they are written (LazyTable) rather than held as arrays beside the rows they copy.
 */
export function statusTpsTable(rows: readonly StatusTpsRow[]): Table {
  return new LazyTable(STATUS_TPS_COLUMNS, function* () {
    for (const r of rows) yield [r.tps.kodeKelurahan, r.tps.kecamatan, r.tps.kelurahan, r.tps.tps, r.kodeBarang, r.diharapkan, r.diterima, r.rusak, r.baik, r.selisih, r.status];
  });
}
