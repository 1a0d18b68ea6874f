import { describe, expect, it } from 'vitest';
import { compareManifests, type ManifestSide } from '../../src/core/compare/banding.js';

const PENGADAAN_COLS = ['kode_barang', 'nama_barang', 'satuan', 'varian', 'kebutuhan', 'cadangan', 'tambahan', 'jumlah', 'isi_kemasan', 'jumlah_kemasan', 'jumlah_pengadaan'];
const TPS_COLS = ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'dpt', 'surat_suara_ppwp'];

function side(pengadaan: string[][], tps: string[][], tpsCols = TPS_COLS): ManifestSide {
  return { pengadaan: { columns: PENGADAAN_COLS, rows: pengadaan }, distribusiTps: { columns: tpsCols, rows: tps } };
}

const item = (kode: string, jumlah: number, varian = ''): string[] => [kode, kode, 'lembar', varian, '0', '0', '0', String(jumlah), '1', String(jumlah), String(jumlah)];
const tps = (kode: string, no: string, dpt: number, ss: number): string[] => [kode, 'Kec', 'Kel', no, String(dpt), String(ss)];

describe('compareManifests', () => {
  it('finds nothing between identical folders', () => {
    const a = side([item('surat_suara_ppwp', 306)], [tps('16.74.01.1001', '001', 300, 306)]);
    const r = compareManifests(a, a);
    expect(r.sama).toBe(true);
    expect(r.barang.berubah).toEqual([]);
    expect(r.tps.berubah).toEqual([]);
  });

  it('reports per item the change of jumlah and jumlah_pengadaan with old, new and delta', () => {
    const a = side([item('surat_suara_ppwp', 306), item('tinta', 2)], []);
    const b = side([item('surat_suara_ppwp', 310), item('tinta', 2)], []);
    const r = compareManifests(a, b);
    expect(r.sama).toBe(false);
    expect(r.barang.berubah).toEqual([
      { kode_barang: 'surat_suara_ppwp', varian: '', jumlah: { lama: 306, baru: 310, selisih: 4 }, jumlah_pengadaan: { lama: 306, baru: 310, selisih: 4 } },
    ]);
  });

  it('lists items and variants present on one side only', () => {
    const a = side([item('surat_suara_dpr', 100, 'Dapil 1')], []);
    const b = side([item('surat_suara_dpr', 100, 'Dapil 2')], []);
    const r = compareManifests(a, b);
    expect(r.barang.hanya_a).toEqual([{ kode_barang: 'surat_suara_dpr', varian: 'Dapil 1', jumlah: 100 }]);
    expect(r.barang.hanya_b).toEqual([{ kode_barang: 'surat_suara_dpr', varian: 'Dapil 2', jumlah: 100 }]);
  });

  it('reports TPS added, removed and changed, with the changed columns only', () => {
    const a = side([], [tps('16.74.01.1001', '001', 300, 306), tps('16.74.01.1001', '002', 200, 204)]);
    const b = side([], [tps('16.74.01.1001', '001', 301, 308), tps('16.74.01.1001', '003', 100, 102)]);
    const r = compareManifests(a, b);
    expect(r.tps.berubah).toEqual([
      { kode_kelurahan: '16.74.01.1001', tps: '001', kolom: { dpt: { lama: 300, baru: 301, selisih: 1 }, surat_suara_ppwp: { lama: 306, baru: 308, selisih: 2 } } },
    ]);
    expect(r.tps.dihapus.map((x) => x.tps)).toEqual(['002']);
    expect(r.tps.ditambah.map((x) => x.tps)).toEqual(['003']);
  });

  it('names item columns of distribusi-tps.csv that exist on one side only (two presets)', () => {
    const a = side([], [], TPS_COLS);
    const b = side([], [], ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'dpt', 'surat_suara_gubernur']);
    const r = compareManifests(a, b);
    expect(r.kolom_tps).toEqual({ hanya_a: ['surat_suara_ppwp'], hanya_b: ['surat_suara_gubernur'] });
    expect(r.sama).toBe(false);
  });
});
