import type { KonfirmasiRow, ManifestItem, ManifestTps, PenerimaanRow } from '../../src/core/terima/index.js';

/** A receipt row as the table reader hands it on: cells by canonical column, with its place. */
export function receipt(line: number, cells: PenerimaanRow['cells'], file = 'penerimaan.csv'): PenerimaanRow {
  return { file, line, cells };
}

/** `receipt` for the common shape: item, stage, date and the three counts ('' = empty cell). */
export function ev(
  line: number,
  kode: string,
  tahap: string,
  tanggal: string,
  counts: { dikirim?: string | number; diterima?: string | number; rusak?: string | number; varian?: string; dokumen?: string },
  file = 'penerimaan.csv',
): PenerimaanRow {
  const s = (v: string | number | undefined): string => (v === undefined ? '' : String(v));
  return receipt(line, { kode_barang: kode, varian: counts.varian ?? '', tahap, tanggal, dokumen: counts.dokumen ?? '', dikirim: s(counts.dikirim), diterima: s(counts.diterima), rusak: s(counts.rusak) }, file);
}

export function item(kodeBarang: string, jumlah: number, extra: Partial<ManifestItem> = {}): ManifestItem {
  return { kodeBarang, namaBarang: kodeBarang, satuan: 'lembar', varian: '', jumlah, pengada: 'kpu_ri', ...extra };
}

export function tps(kodeKelurahan: string, no: string, dpt: number, barang: Record<string, number>, names = { kecamatan: 'Kec', kelurahan: 'Kel' }): ManifestTps {
  return { kodeKelurahan, tps: no, dpt, barang, ...names };
}

export function kpps(line: number, cells: KonfirmasiRow['cells'], file = 'kpps.csv'): KonfirmasiRow {
  return { file, line, cells };
}
