/**
 * The five packing files as tables (contract, "logistik kemas"): the contract's columns in its
 * order, then the ones that let a file be checked and printed on its own (`isi_ikat`, `isi_koli`,
 * `lembar_psu`, the item's name and unit). Rows sorted by their key columns in code-point order.
 * Bundle and carton cells are empty for an item without that rule; rows of 0 are left out.
 */
import type { ResolvedBarang, ResolvedKemas } from '../config/index.js';
import { compareKeys } from '../compute/units.js';
import type { Table } from '../report/table.js';
import { cartons, split, type Cartons } from './rules.js';
import type { Amount } from './tally.js';
import type { PengadaanRow } from './types.js';

export const KEMAS_TPS_COLUMNS = ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'wadah', 'kode_barang', 'varian', 'jumlah', 'ikat_penuh', 'sisa', 'isi_ikat', 'nama_barang', 'satuan'] as const;
export const AMBIL_KOLI_COLUMNS = ['kode_kecamatan', 'kecamatan', 'kode_barang', 'varian', 'jumlah', 'koli_penuh', 'sisa_lembar', 'isi_koli'] as const;
export const KOLI_KABKOTA_COLUMNS = ['kode_barang', 'varian', 'jumlah', 'koli_penuh', 'sisa_lembar', 'koli_psu', 'isi_koli', 'lembar_psu'] as const;
export const SERAH_TERIMA_PPK_COLUMNS = ['kode_kecamatan', 'kecamatan', 'kode_barang', 'varian', 'jumlah', 'nama_barang', 'satuan'] as const;
export const SERAH_TERIMA_PPS_COLUMNS = ['kode_kelurahan', 'kecamatan', 'kelurahan', 'kode_barang', 'varian', 'jumlah', 'nama_barang', 'satuan'] as const;

type Cell = string | number;
type Row = readonly Cell[];

/** An item's rules and names, looked up once. */
export interface ItemInfo {
  readonly barang: ResolvedBarang;
  readonly kemas: ResolvedKemas;
}

function sorted(columns: readonly string[], rows: Row[], keyColumns: number): Table {
  // Each row's key made once, not twice per comparison (a list of 100,000 rows is ~2 M comparisons).
  const keyed = rows.map((row) => ({ row, key: row.slice(0, keyColumns).map(String) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  return { columns, rows: keyed.map((k) => k.row) };
}

const names = (info: ItemInfo): Cell[] => [info.barang.nama, info.barang.satuan];

export interface UnitLine<U> {
  readonly unit: U;
  readonly amount: Amount;
}

export interface KecamatanId {
  readonly kodeKecamatan: string;
  readonly kecamatan: string;
}

export interface KelurahanId {
  readonly kodeKelurahan: string;
  readonly kecamatan: string;
  readonly kelurahan: string;
}

export function ambilKoliTable(lines: readonly UnitLine<KecamatanId>[], info: (kode: string) => ItemInfo): Table {
  const rows = lines.map(({ unit, amount: a }) => {
    const koli = info(a.kode).kemas.isiKoli;
    const c = koli === null ? null : split(a.jumlah, koli.jumlah);
    return [unit.kodeKecamatan, unit.kecamatan, a.kode, a.varian, a.jumlah, c?.penuh ?? '', c?.sisa ?? '', koli?.jumlah ?? ''];
  });
  return sorted(AMBIL_KOLI_COLUMNS, rows, 4);
}

/** One pengadaan.csv row as the supplier delivers it: its carton rule and the split, or null without one. */
export interface DeliveryLine {
  readonly row: PengadaanRow;
  readonly isiKoli: number | null;
  readonly cartons: Cartons | null;
}

export function deliveries(pengadaan: readonly PengadaanRow[], info: (kode: string) => ItemInfo): DeliveryLine[] {
  return pengadaan.map((row) => {
    const koli = info(row.kodeBarang).kemas.isiKoli;
    // The supplier delivers what was procured (for ballots equal to jumlah: never rounded up to packs).
    return { row, isiKoli: koli?.jumlah ?? null, cartons: koli === null ? null : cartons(row.jumlahPengadaan, row.tambahan, koli) };
  });
}

export function koliKabkotaTable(lines: readonly DeliveryLine[]): Table {
  const rows = lines.map(({ row: p, isiKoli, cartons: c }) => [p.kodeBarang, p.varian, p.jumlahPengadaan, c?.koliPenuh ?? '', c?.sisaLembar ?? '', c?.koliPsu ?? '', isiKoli ?? '', c?.lembarPsu ?? '']);
  return sorted(KOLI_KABKOTA_COLUMNS, rows, 2);
}

export function serahTerimaPpkTable(lines: readonly UnitLine<KecamatanId>[], info: (kode: string) => ItemInfo): Table {
  const rows = lines.map(({ unit, amount: a }) => [unit.kodeKecamatan, unit.kecamatan, a.kode, a.varian, a.jumlah, ...names(info(a.kode))]);
  return sorted(SERAH_TERIMA_PPK_COLUMNS, rows, 4);
}

export function serahTerimaPpsTable(lines: readonly UnitLine<KelurahanId>[], info: (kode: string) => ItemInfo): Table {
  const rows = lines.map(({ unit, amount: a }) => [unit.kodeKelurahan, unit.kecamatan, unit.kelurahan, a.kode, a.varian, a.jumlah, ...names(info(a.kode))]);
  return sorted(SERAH_TERIMA_PPS_COLUMNS, rows, 5);
}
