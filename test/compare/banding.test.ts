import { describe, expect, it } from 'vitest';
import { compareManifests, type ManifestSide } from '../../src/core/compare/banding.js';
import type { KecamatanRow, PengadaanRow, TpsRow } from '../../src/core/manifest/index.js';

function pengadaan(kodeBarang: string, jumlah: number, varian = ''): PengadaanRow {
  return {
    baris: 2, kodeBarang, namaBarang: kodeBarang, satuan: 'lembar', varian, kebutuhan: jumlah, cadangan: 0, tambahan: 0, jumlah,
    isiKemasan: 1, jumlahKemasan: jumlah, jumlahPengadaan: jumlah, diTps: jumlah, diPps: 0, diPpk: 0, diKpu: 0, jumlahTps: 1, dpt: 0,
  };
}

const tps = (kodeKelurahan: string, no: string, dpt: number, ss: number, dapil = ''): TpsRow => ({
  baris: 2, kodeKelurahan, kecamatan: `Kec ${kodeKelurahan.slice(0, 8)}`, kelurahan: 'Kel', tps: no, dpt, barang: { surat_suara_ppwp: ss }, dapil: { dpr: dapil },
});

const kec = (kodeKecamatan: string, jumlahTps: number, dpt: number, ss: number): KecamatanRow => ({
  baris: 2, kodeKecamatan, kecamatan: `Kec ${kodeKecamatan}`, jumlahTps, dpt, barang: { surat_suara_ppwp: ss },
});

function side(items: PengadaanRow[], rows: TpsRow[], kecamatan: KecamatanRow[] = [], tpsBarang = ['surat_suara_ppwp']): ManifestSide {
  return { pengadaan: items, tps: { barang: tpsBarang, dapil: ['dpr'], rows }, kecamatan: { barang: tpsBarang, dapil: [], rows: kecamatan } };
}

describe('compareManifests', () => {
  it('finds nothing between identical folders', () => {
    const a = side([pengadaan('surat_suara_ppwp', 306)], [tps('16.74.01.1001', '001', 300, 306)], [kec('16.74.01', 1, 300, 306)]);
    const r = compareManifests(a, a);
    expect(r.sama).toBe(true);
    expect(r.barang.berubah).toEqual([]);
    expect(r.kecamatan.berubah).toEqual([]);
    expect(r.tps.berubah).toEqual([]);
  });

  it('reports per item the change of jumlah and jumlah_pengadaan with old, new and delta', () => {
    const a = side([pengadaan('surat_suara_ppwp', 306), pengadaan('tinta', 2)], []);
    const b = side([pengadaan('surat_suara_ppwp', 310), pengadaan('tinta', 2)], []);
    const r = compareManifests(a, b);
    expect(r.sama).toBe(false);
    expect(r.barang.berubah).toEqual([
      { kode_barang: 'surat_suara_ppwp', varian: '', jumlah: { lama: 306, baru: 310, selisih: 4 }, jumlah_pengadaan: { lama: 306, baru: 310, selisih: 4 } },
    ]);
  });

  it('lists items and variants present on one side only', () => {
    const a = side([pengadaan('surat_suara_dpr', 100, 'Dapil 1')], []);
    const b = side([pengadaan('surat_suara_dpr', 100, 'Dapil 2')], []);
    const r = compareManifests(a, b);
    expect(r.barang.hanya_a).toEqual([{ kode_barang: 'surat_suara_dpr', varian: 'Dapil 1', jumlah: 100 }]);
    expect(r.barang.hanya_b).toEqual([{ kode_barang: 'surat_suara_dpr', varian: 'Dapil 2', jumlah: 100 }]);
  });

  it('rolls changes up per kecamatan: added, removed, changed with the changed columns only', () => {
    const a = side([], [], [kec('16.74.01', 2, 500, 510), kec('16.74.02', 1, 100, 102)]);
    const b = side([], [], [kec('16.74.01', 2, 501, 512), kec('16.74.03', 1, 90, 92)]);
    const r = compareManifests(a, b);
    expect(r.kecamatan.berubah).toEqual([
      { kode_kecamatan: '16.74.01', kecamatan: 'Kec 16.74.01', kolom: { dpt: { lama: 500, baru: 501, selisih: 1 }, surat_suara_ppwp: { lama: 510, baru: 512, selisih: 2 } } },
    ]);
    expect(r.kecamatan.dihapus).toEqual([{ kode_kecamatan: '16.74.02', kecamatan: 'Kec 16.74.02', jumlah_tps: 1, dpt: 100 }]);
    expect(r.kecamatan.ditambah).toEqual([{ kode_kecamatan: '16.74.03', kecamatan: 'Kec 16.74.03', jumlah_tps: 1, dpt: 90 }]);
  });

  it('reports TPS added, removed and changed (numbers and dapil), each with its kecamatan', () => {
    const a = side([], [tps('16.74.01.1001', '001', 300, 306, 'A'), tps('16.74.01.1001', '002', 200, 204, 'A'), tps('16.74.02.1001', '001', 50, 51, 'A')]);
    const b = side([], [tps('16.74.01.1001', '001', 301, 308, 'A'), tps('16.74.01.1001', '003', 100, 102, 'A'), tps('16.74.02.1001', '001', 50, 51, 'B')]);
    const r = compareManifests(a, b);
    expect(r.tps.berubah).toEqual([
      {
        kode_kecamatan: '16.74.01', kecamatan: 'Kec 16.74.01', kode_kelurahan: '16.74.01.1001', kelurahan: 'Kel', tps: '001',
        kolom: { dpt: { lama: 300, baru: 301, selisih: 1 }, surat_suara_ppwp: { lama: 306, baru: 308, selisih: 2 } }, dapil: {},
      },
      { kode_kecamatan: '16.74.02', kecamatan: 'Kec 16.74.02', kode_kelurahan: '16.74.02.1001', kelurahan: 'Kel', tps: '001', kolom: {}, dapil: { dpr: { lama: 'A', baru: 'B' } } },
    ]);
    expect(r.tps.dihapus.map((x) => `${x.kode_kecamatan} ${x.tps}`)).toEqual(['16.74.01 002']);
    expect(r.tps.ditambah.map((x) => `${x.kode_kecamatan} ${x.tps}`)).toEqual(['16.74.01 003']);
  });

  it('names item columns of distribusi-tps.csv that exist on one side only (two presets)', () => {
    const a = side([], [], [], ['surat_suara_ppwp']);
    const b = side([], [], [], ['surat_suara_gubernur']);
    const r = compareManifests(a, b);
    expect(r.kolom_tps).toEqual({ hanya_a: ['surat_suara_ppwp'], hanya_b: ['surat_suara_gubernur'] });
    expect(r.sama).toBe(false);
  });
});
