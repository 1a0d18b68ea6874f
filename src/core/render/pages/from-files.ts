/**
 * The page rows of each CSV of a terima or kemas folder (contract, "logistik terima" and "logistik
 * kemas" tables), parsed strictly by core/manifest/run-table.ts. Columns a command adds after the
 * contract's (an item's `nama_barang` and `satuan` in kemas files) name the items when present.
 */
import { parseRunTable } from '../../manifest/run-table.js';
import type { CsvCells } from '../../manifest/types.js';
import type { ItemName, KemasTpsRow, PemusnahanRow, SerahTerimaPpkRow, SerahTerimaPpsRow, UsulanRow } from './rows.js';

export function usulanRows(file: CsvCells): UsulanRow[] {
  const spec = { kolom: ['pengada', 'kode_barang', 'nama_barang', 'varian', 'rusak', 'kurang_kirim', 'kekurangan'], angka: ['rusak', 'kurang_kirim', 'kekurangan'] };
  return parseRunTable(file, spec).map((r) => ({
    pengada: r.text('pengada'), kodeBarang: r.text('kode_barang'), namaBarang: r.text('nama_barang'), varian: r.text('varian'),
    rusak: r.num('rusak'), kurangKirim: r.num('kurang_kirim'), kekurangan: r.num('kekurangan'),
  }));
}

export function pemusnahanRows(file: CsvCells): PemusnahanRow[] {
  const spec = { kolom: ['kode_barang', 'nama_barang', 'varian', 'rusak', 'kelebihan', 'dimusnahkan'], angka: ['rusak', 'kelebihan', 'dimusnahkan'] };
  return parseRunTable(file, spec).map((r) => ({
    kodeBarang: r.text('kode_barang'), namaBarang: r.text('nama_barang'), varian: r.text('varian'),
    rusak: r.num('rusak'), kelebihan: r.num('kelebihan'), dimusnahkan: r.num('dimusnahkan'),
  }));
}

/** Item names of files that carry them after the contract's columns (kemas adds `nama_barang`, `satuan`). */
function namesFrom(rows: ReadonlyArray<{ text(kolom: string): string }>): ItemName[] {
  const out = new Map<string, ItemName>();
  for (const r of rows) {
    const kode = r.text('kode_barang');
    const nama = r.text('nama_barang');
    if (nama !== '' && !out.has(kode)) out.set(kode, { kode, nama, satuan: r.text('satuan') });
  }
  return [...out.values()];
}

export function kemasTpsRows(file: CsvCells): { rows: KemasTpsRow[]; items: ItemName[] } {
  const spec = {
    kolom: ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'wadah', 'kode_barang', 'varian', 'jumlah', 'ikat_penuh', 'sisa'],
    angka: ['jumlah', 'ikat_penuh', 'sisa'],
    bolehKosong: ['ikat_penuh', 'sisa'],
  };
  const parsed = parseRunTable(file, spec);
  const rows = parsed.map((r) => ({
    kodeKelurahan: r.text('kode_kelurahan'), kecamatan: r.text('kecamatan'), kelurahan: r.text('kelurahan'), tps: r.text('tps'),
    wadah: r.text('wadah'), kodeBarang: r.text('kode_barang'), varian: r.text('varian'),
    jumlah: r.num('jumlah'), ikatPenuh: r.maybe('ikat_penuh'), sisa: r.maybe('sisa'),
  }));
  return { rows, items: namesFrom(parsed) };
}

export function serahTerimaPpkRows(file: CsvCells): { rows: SerahTerimaPpkRow[]; items: ItemName[] } {
  const parsed = parseRunTable(file, { kolom: ['kode_kecamatan', 'kecamatan', 'kode_barang', 'varian', 'jumlah'], angka: ['jumlah'] });
  const rows = parsed.map((r) => ({ kodeKecamatan: r.text('kode_kecamatan'), kecamatan: r.text('kecamatan'), kodeBarang: r.text('kode_barang'), varian: r.text('varian'), jumlah: r.num('jumlah') }));
  return { rows, items: namesFrom(parsed) };
}

export function serahTerimaPpsRows(file: CsvCells): { rows: SerahTerimaPpsRow[]; items: ItemName[] } {
  const parsed = parseRunTable(file, { kolom: ['kode_kelurahan', 'kecamatan', 'kelurahan', 'kode_barang', 'varian', 'jumlah'], angka: ['jumlah'] });
  const rows = parsed.map((r) => ({
    kodeKelurahan: r.text('kode_kelurahan'), kecamatan: r.text('kecamatan'), kelurahan: r.text('kelurahan'),
    kodeBarang: r.text('kode_barang'), varian: r.text('varian'), jumlah: r.num('jumlah'),
  }));
  return { rows, items: namesFrom(parsed) };
}
