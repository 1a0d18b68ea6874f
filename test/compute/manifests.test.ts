import { describe, expect, test } from 'vitest';
import { computeManifests, type Table } from '../../src/core/compute/index.js';
import { resolveConfig } from '../../src/core/config/index.js';
import type { TpsCount } from '../../src/core/types.js';

const tps = (kodeKelurahan: string, no: string, dpt: number, kecamatan = 'KEC', kelurahan = 'KEL'): TpsCount => ({
  kodeKelurahan,
  kecamatan,
  kelurahan,
  tps: no,
  dpt,
});

/** Row of `table` as an object, found by the values of the first columns. */
function row(table: Table, ...key: Array<string | number>): Record<string, string | number> {
  const found = table.rows.find((r) => key.every((k, i) => r[i] === k));
  if (!found) throw new Error(`no row ${key.join(',')}`);
  return Object.fromEntries(table.columns.map((c, i) => [c, found[i] ?? '']));
}

const PEMILU = resolveConfig({});
const PILKADA = resolveConfig({ preset: 'pilkada-2024' });

describe('pengadaan', () => {
  test('contract columns first', () => {
    const m = computeManifests([], PEMILU, null);
    expect(m.pengadaan.columns.slice(0, 11)).toEqual([
      'kode_barang', 'nama_barang', 'satuan', 'varian', 'kebutuhan', 'cadangan', 'tambahan', 'jumlah',
      'isi_kemasan', 'jumlah_kemasan', 'jumlah_pengadaan',
    ]);
    expect(m.distribusiTps.columns.slice(0, 5)).toEqual(['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'dpt']);
    expect(m.distribusiKelurahan.columns.slice(0, 5)).toEqual(['kode_kelurahan', 'kecamatan', 'kelurahan', 'jumlah_tps', 'dpt']);
    expect(m.distribusiKecamatan.columns.slice(0, 4)).toEqual(['kode_kecamatan', 'kecamatan', 'jumlah_tps', 'dpt']);
  });

  test('ballots: reserve rounded per TPS, not on the total (domain.md §8.6 rule on a small set)', () => {
    // Three TPS of 1 voter: per TPS 1 + ceil(0.025) = 2 each → 6; on the total it would be 3 + 1 = 4.
    const roll = [tps('16.74.01.1001', '001', 1), tps('16.74.01.1001', '002', 1), tps('16.74.02.1001', '001', 1)];
    const m = computeManifests(roll, PILKADA, null);
    const g = row(m.pengadaan, 'surat_suara_gubernur');
    expect(g).toMatchObject({ kebutuhan: 3, cadangan: 3, tambahan: 0, jumlah: 6, jumlah_pengadaan: 6, di_tps: 6, di_kpu: 0 });
    const w = row(m.pengadaan, 'surat_suara_bupati_walikota');
    expect(w).toMatchObject({ kebutuhan: 3, cadangan: 3, tambahan: 2000, jumlah: 2006, di_kpu: 2000 });
  });

  test('Prabumulih-style check: 281 TPS, reserve = Σ ceil(2.5 % × dpt) exceeds 2.5 % of the total', () => {
    // Synthetic DPT per TPS (the real list is not public): the rule, not the KPU figure (§6.1).
    const roll = Array.from({ length: 281 }, (_, i) => tps(`16.74.0${(i % 6) + 1}.1001`, String(i + 1).padStart(3, '0'), 480 + ((i * 37) % 120)));
    const m = computeManifests(roll, PILKADA, null);
    const g = row(m.pengadaan, 'surat_suara_gubernur');
    const dpt = roll.reduce((s, t) => s + t.dpt, 0);
    const perTps = roll.reduce((s, t) => s + Math.ceil((t.dpt * 25) / 1000), 0);
    expect(g['kebutuhan']).toBe(dpt);
    expect(g['cadangan']).toBe(perTps);
    expect(perTps).toBeGreaterThan(Math.ceil((dpt * 25) / 1000));
    expect(row(m.pengadaan, 'kotak_suara')['jumlah']).toBe(2 * 281 + 2 * 6); // Prabumulih 574 (§10.2)
    expect(row(m.pengadaan, 'bilik_suara')['jumlah']).toBe(1124);
  });

  test('Pemilu equipment at TPS, PPK and KPU levels (domain.md §10.1)', () => {
    const roll = [tps('16.74.01.1001', '001', 300), tps('16.74.01.1002', '001', 250), tps('16.74.02.1001', '001', 10)];
    const m = computeManifests(roll, PEMILU, null);
    expect(row(m.pengadaan, 'segel_plastik')).toMatchObject({ jumlah: 78, di_tps: 30, di_ppk: 3, di_kpu: 45 });
    expect(row(m.pengadaan, 'kotak_suara')).toMatchObject({ jumlah: 15 + 4, di_tps: 15, di_ppk: 4 });
    // PSU: a kab/kota run holds only its DPRD Kab/Kota stock (domain.md §10.5, Kab. Karimun).
    expect(row(m.pengadaan, 'surat_suara_ppwp')).toMatchObject({ kebutuhan: 560, cadangan: 6 + 5 + 1, tambahan: 0 });
    expect(row(m.pengadaan, 'surat_suara_dprd_kabkota')).toMatchObject({ kebutuhan: 560, cadangan: 12, tambahan: 1000, di_kpu: 1000 });
    expect(row(m.distribusiTps, '16.74.01.1001', 'KEC', 'KEL', '001')).toMatchObject({ surat_suara_ppwp: 306, segel_plastik: 10 });
    expect(row(m.distribusiKecamatan, '16.74.01')).toMatchObject({ kotak_suara: 12, segel_plastik: 22, jumlah_tps: 2, dpt: 550 });
    expect(m.distribusiKecamatan.columns).toContain('segel_plastik');
    expect(m.distribusiTps.columns).not.toContain('surat_suara_ppwp_x');
  });

  test('DKI: no DPRD Kab/Kota ballots (zero row kept), 4 boxes per TPS', () => {
    const roll = [tps('31.75.02.1006', '063', 200)];
    const m = computeManifests(roll, PEMILU, null);
    expect(row(m.pengadaan, 'surat_suara_dprd_kabkota')).toMatchObject({ varian: '', kebutuhan: 0, tambahan: 0, jumlah: 0 });
    expect(row(m.pengadaan, 'kotak_suara')).toMatchObject({ di_tps: 4, di_ppk: 2 });
    expect(row(m.distribusiTps, '31.75.02.1006')).toMatchObject({ surat_suara_dprd_kabkota: 0, surat_suara_dpr: 204 });
  });

  test('Pilkada DKI and DIY hold one race', () => {
    const m = computeManifests([tps('31.71.01.1001', '001', 400), tps('34.71.01.1001', '001', 400)], PILKADA, null);
    expect(row(m.distribusiTps, '31.71.01.1001')).toMatchObject({ surat_suara_gubernur: 410, surat_suara_bupati_walikota: 0, kotak_suara: 1, segel_plastik: 6 });
    expect(row(m.distribusiTps, '34.71.01.1001')).toMatchObject({ surat_suara_gubernur: 0, surat_suara_bupati_walikota: 410, kotak_suara: 1 });
  });

  test('pack sizes round up to whole packs; ballots are never padded', () => {
    const c = resolveConfig({ config: { barang: [{ kode: 'tinta', isi_kemasan: 12 }] } });
    const m = computeManifests([tps('16.74.01.1001', '001', 5)], c, null);
    expect(row(m.pengadaan, 'tinta')).toMatchObject({ jumlah: 2, jumlah_kemasan: 1, jumlah_pengadaan: 12 });
    expect(row(m.pengadaan, 'surat_suara_dprd_kabkota')).toMatchObject({ jumlah: 1006, jumlah_pengadaan: 1006 });
  });

  test('fractional ratios per voter are rounded per holding unit with the item mode', () => {
    const c = resolveConfig({
      config: { barang: [{ kode: 'formulir', nama: 'F', satuan: 'set', pembulatan: 'bawah', alokasi: [{ tingkat: 'pps', basis: 'pemilih', rasio: 0.01 }] }] },
    });
    const m = computeManifests([tps('16.74.01.1001', '001', 150), tps('16.74.01.1001', '002', 149)], c, null);
    expect(row(m.pengadaan, 'formulir')).toMatchObject({ kebutuhan: 2, di_pps: 2 });
    expect(m.distribusiTps.columns).not.toContain('formulir');
    expect(row(m.distribusiKelurahan, '16.74.01.1001')).toMatchObject({ formulir: 2, jumlah_tps: 2, dpt: 299 });
  });

  test('rows sorted by code point; names-only rolls group by names', () => {
    const roll = [tps('', '002', 3, 'B', 'x'), tps('', '001', 3, 'A', 'y'), tps('', '001', 3, 'B', 'x')];
    const m = computeManifests(roll, PEMILU, null);
    expect(m.distribusiTps.rows.map((r) => `${r[1]}/${r[3]}`)).toEqual(['A/001', 'B/001', 'B/002']);
    expect(m.distribusiKecamatan.rows.map((r) => [r[0], r[1], r[2]])).toEqual([['', 'A', 1], ['', 'B', 2]]);
    const kodes = m.pengadaan.rows.map((r) => String(r[0]));
    expect(kodes).toEqual([...kodes].sort());
  });
});
