/** The manifests of the committed real recaps (fixtures/README.md): totals that follow from the rules. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { computeManifests, type Table } from '../../src/core/compute/index.js';
import { resolveConfig } from '../../src/core/config/index.js';
import type { TpsCount } from '../../src/core/types.js';

function recap(path: string): TpsCount[] {
  const [, ...lines] = readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8').trim().split('\n');
  return lines.map((line) => {
    const [kodeKelurahan = '', kecamatan = '', kelurahan = '', tps = '', dpt = ''] = line.split(',');
    return { kodeKelurahan, kecamatan, kelurahan, tps, dpt: Number(dpt) };
  });
}

function pengadaan(t: Table, kode: string): Record<string, string | number> {
  const r = t.rows.find((x) => x[0] === kode);
  return Object.fromEntries(t.columns.map((c, i) => [c, r?.[i] ?? '']));
}

describe('real recaps', () => {
  test('Ciamis, Pilkada 2024: both races, 2 boxes per TPS + 2 per kecamatan', () => {
    const roll = recap('ciamis-pilkada-2024/rekap.csv');
    const m = computeManifests(roll, resolveConfig({ preset: 'pilkada-2024' }), null);
    const dpt = roll.reduce((s, t) => s + t.dpt, 0);
    const reserve = roll.reduce((s, t) => s + Math.ceil((t.dpt * 25) / 1000), 0);
    const kecamatan = new Set(roll.map((t) => t.kodeKelurahan.slice(0, 8))).size;
    expect(dpt).toBe(952_888);
    expect(pengadaan(m.pengadaan, 'surat_suara_gubernur')).toMatchObject({ kebutuhan: dpt, cadangan: reserve, jumlah: dpt + reserve });
    expect(pengadaan(m.pengadaan, 'surat_suara_bupati_walikota')).toMatchObject({ jumlah: dpt + reserve + 2000 });
    expect(pengadaan(m.pengadaan, 'kotak_suara')['jumlah']).toBe(2 * roll.length + 2 * kecamatan);
    expect(m.distribusiTps.rows).toHaveLength(2068);
    expect(m.distribusiKecamatan.rows).toHaveLength(kecamatan);
  });

  test('Kepulauan Seribu, Pemilu 2024 (DKI): 4 ballot types, 4 boxes per TPS', () => {
    const roll = recap('kepulauan-seribu-pemilu-2024/rekap.csv');
    const m = computeManifests(roll, resolveConfig({}), null);
    expect(pengadaan(m.pengadaan, 'surat_suara_dprd_kabkota')['jumlah']).toBe(0);
    expect(pengadaan(m.pengadaan, 'kotak_suara')['di_tps']).toBe(4 * 73);
    expect(pengadaan(m.pengadaan, 'segel_plastik')['jumlah']).toBe(26 * 73);
    const dpt = roll.reduce((s, t) => s + t.dpt, 0);
    expect(pengadaan(m.pengadaan, 'surat_suara_ppwp')['kebutuhan']).toBe(dpt);
  });
});
