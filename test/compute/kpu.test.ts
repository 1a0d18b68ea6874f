import { describe, expect, test } from 'vitest';
import { computeManifests, parseDapil, type Table } from '../../src/core/compute/index.js';
import { resolveConfig } from '../../src/core/config/index.js';
import type { TpsCount } from '../../src/core/types.js';

/**
 * distribusi-kpu.csv (issue 14.4) and who holds what at KPU level when a roll spans two kab/kota:
 * each KPU Kab/Kota is its own holding unit (counted and rounded over its own TPS, and a `kegiatan`
 * basis once each); PSU stock is held where its holder is (extras.ts): the DPRD Kab/Kota's by each
 * KPU Kab/Kota, the DPR's, DPD's and DPRD Provinsi's by the KPU Provinsi, counted only in a
 * province run, where the KPU Provinsi gets a row of its own under the province code.
 */
const t = (kodeKelurahan: string, tps: string, dpt: number): TpsCount => ({ kodeKelurahan, kecamatan: `K${kodeKelurahan.slice(6, 8)}`, kelurahan: 'L', tps, dpt });

// Three TPS in Kota Prabumulih (16.74), one in Kota Palembang (16.71), listed Prabumulih first.
const ROLL = [t('16.74.01.1001', '001', 300), t('16.74.01.1001', '002', 200), t('16.74.02.1001', '001', 100), t('16.71.01.1001', '001', 50)];

function rows(table: Table): Record<string, string | number>[] {
  return table.rows.map((r) => Object.fromEntries(table.columns.map((c, i) => [c, r[i] ?? ''])));
}

describe('distribusi-kpu.csv', () => {
  test('one row per kab/kota in code-point order: its own DPRD Kab/Kota PSU stock and cable ties', () => {
    const m = computeManifests(ROLL, resolveConfig({ preset: 'pemilu-2024' }), null);
    const [palembang, prabumulih] = rows(m.distribusiKpu);
    expect(m.distribusiKpu.rows).toHaveLength(2);
    // 15 cable ties per TPS at the KPU; 1,000 DPRD Kab/Kota PSU ballots per kab/kota (one dapil each here).
    expect(palembang).toMatchObject({ kode_kabkota: '16.71', jumlah_tps: 1, dpt: 50, surat_suara_ppwp: 0, surat_suara_dpr: 0, surat_suara_dprd_kabkota: 1000, segel_plastik: 15, kotak_suara: 0 });
    expect(prabumulih).toMatchObject({ kode_kabkota: '16.74', jumlah_tps: 3, dpt: 600, surat_suara_ppwp: 0, surat_suara_dprd_kabkota: 1000, segel_plastik: 45 });
  });

  test('a province run adds the KPU Provinsi under its code, holding the DPR, DPD and DPRD Provinsi PSU stock', () => {
    const m = computeManifests(ROLL, resolveConfig({ config: { extends: 'pemilu-2024', lingkup: 'provinsi' } }), null);
    const [provinsi, palembang, prabumulih] = rows(m.distribusiKpu);
    expect(m.distribusiKpu.rows).toHaveLength(3);
    expect(provinsi).toMatchObject({ kode_kabkota: '16', jumlah_tps: 4, dpt: 650, surat_suara_ppwp: 0, surat_suara_dpr: 1000, surat_suara_dpd: 1000, surat_suara_dprd_prov: 1000, surat_suara_dprd_kabkota: 0, segel_plastik: 0 });
    expect(palembang).toMatchObject({ kode_kabkota: '16.71', surat_suara_dpr: 0, surat_suara_dprd_kabkota: 1000, segel_plastik: 15 });
    expect(prabumulih).toMatchObject({ kode_kabkota: '16.74', surat_suara_dpr: 0, surat_suara_dprd_kabkota: 1000, segel_plastik: 45 });
  });

  test('per-dapil stock: each KPU Kab/Kota holds 1,000 per DPRD Kab/Kota dapil of its own', () => {
    const mapping = parseDapil(
      [
        { kode_wilayah: '16.74.01', jenis: 'dprd_kabkota', dapil: 'PRABUMULIH 2' },
        { kode_wilayah: '16.74.02', jenis: 'dprd_kabkota', dapil: 'PRABUMULIH 1' },
        { kode_wilayah: '16.71.01', jenis: 'dprd_kabkota', dapil: 'PALEMBANG 1' },
      ].map((cells, i) => ({ file: 'd.csv', line: i + 2, cells })),
      'd.csv',
    ).mapping;
    const m = computeManifests([...ROLL, t('16.71.01.1001', '002', 10)], resolveConfig({ preset: 'pemilu-2024' }), mapping);
    const [palembang, prabumulih] = rows(m.distribusiKpu);
    expect(palembang).toMatchObject({ surat_suara_dprd_kabkota: 1000 });
    expect(prabumulih).toMatchObject({ surat_suara_dprd_kabkota: 2000 });
  });

  test('KPU-level allocations: counted and rounded per kab/kota, a kegiatan basis once per KPU Kab/Kota', () => {
    const config = resolveConfig({
      config: {
        extends: 'pemilu-2024',
        barang: [
          { kode: 'map_arsip', nama: 'Map arsip', satuan: 'buah', alokasi: [{ tingkat: 'kpu', basis: 'tps', rasio: 0.5 }] },
          { kode: 'spanduk', nama: 'Spanduk', satuan: 'buah', alokasi: [{ tingkat: 'kpu', basis: 'kegiatan', rasio: 5 }] },
        ],
      },
    });
    const m = computeManifests(ROLL, config, null);
    const [palembang, prabumulih] = rows(m.distribusiKpu);
    // ceil(1 × 0.5) = 1 in Palembang, ceil(3 × 0.5) = 2 in Prabumulih: 3, not ceil(4 × 0.5) = 2 for the run.
    expect([palembang?.map_arsip, prabumulih?.map_arsip]).toEqual([1, 2]);
    expect([palembang?.spanduk, prabumulih?.spanduk]).toEqual([5, 5]);
    const p = rows(m.pengadaan);
    expect(p.find((r) => r.kode_barang === 'map_arsip')?.jumlah).toBe(3);
    expect(p.find((r) => r.kode_barang === 'spanduk')?.jumlah).toBe(10);
  });

  test('a names-only roll has one row with an empty kab/kota code', () => {
    const m = computeManifests([{ kodeKelurahan: '', kecamatan: 'A', kelurahan: 'B', tps: '001', dpt: 10 }], resolveConfig({}), null);
    expect(rows(m.distribusiKpu)).toEqual([expect.objectContaining({ kode_kabkota: '', jumlah_tps: 1, dpt: 10, surat_suara_ppwp: 0, surat_suara_dprd_kabkota: 1000, segel_plastik: 15 })]);
  });
});
