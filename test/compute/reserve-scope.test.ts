/**
 * Reserve rounding scope (issue 11.2): per holding unit (per TPS: the rule, default) or once on the
 * total per item, variant and kab/kota, split over the TPS by largest remainder (contract, last
 * paragraph); and the warning when per-unit rounding makes a reserve far larger than its percentage.
 */
import { describe, expect, test } from 'vitest';
import { computeManifests, type Table } from '../../src/core/compute/index.js';
import { resolveConfig, type ConfigInput } from '../../src/core/config/index.js';
import type { Issue, TpsCount } from '../../src/core/types.js';
import { ConfigError } from '../../src/errors.js';

const tps = (kodeKelurahan: string, no: string, dpt: number): TpsCount => ({ kodeKelurahan, kecamatan: 'K', kelurahan: 'L', tps: no, dpt });

function row(table: Table, kode: string): Record<string, string | number> {
  const found = table.rows.find((r) => r[0] === kode);
  if (!found) throw new Error(`no row ${kode}`);
  return Object.fromEntries(table.columns.map((c, i) => [c, found[i] ?? '']));
}

const column = (t: Table, name: string): number[] => t.rows.map((r) => Number(r[t.columns.indexOf(name)]));
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const TOTAL = (kode: string): ConfigInput => ({ barang: [{ kode, pembulatan_cadangan: 'total' }] });

describe('reserve rounded once on the total', () => {
  test('Kab. Tapanuli Selatan: 223,582 = ⌈218,128 × 1.025⌉ over 671 TPS, split so the TPS sum to it', () => {
    // 671 TPS whose DPT sum to the published 218,128 (325 or 326 voters each).
    const roll = Array.from({ length: 671 }, (_, i) => tps(`12.03.${String((i % 15) + 1).padStart(2, '0')}.1001`, String(Math.floor(i / 15) + 1).padStart(3, '0'), i < 53 ? 326 : 325));
    expect(sum(roll.map((t) => t.dpt))).toBe(218128);
    const config = resolveConfig({ preset: 'pilkada-2024', config: { extends: 'pilkada-2024', ...TOTAL('surat_suara_bupati_walikota') } });
    const m = computeManifests(roll, config, null);
    expect(row(m.pengadaan, 'surat_suara_bupati_walikota')).toMatchObject({ kebutuhan: 218128, cadangan: 5454, di_tps: 223582, tambahan: 2000 });
    expect(sum(column(m.distribusiTps, 'surat_suara_bupati_walikota'))).toBe(223582);
    expect(sum(column(m.distribusiKecamatan, 'surat_suara_bupati_walikota'))).toBe(223582);
    // each TPS gets its exact share rounded down or up: 325 × 2.5 % = 8.125, 326 × 2.5 % = 8.15
    for (const r of m.distribusiTps.rows) expect([8, 9]).toContain(Number(r[m.distribusiTps.columns.indexOf('surat_suara_bupati_walikota')]) - Number(r[4]));
    // the per-TPS rule (the preset) gives more: 9 per TPS
    expect(row(computeManifests(roll, resolveConfig({ preset: 'pilkada-2024' }), null).pengadaan, 'surat_suara_bupati_walikota')['cadangan']).toBe(671 * 9);
  });

  test('ties go by kode_kelurahan, then tps, whatever the input order', () => {
    // three TPS of 10 voters at 2 %: ⌈0.6⌉ = 1 reserve ballot, equal remainders
    const roll = [tps('16.74.02.1001', '001', 10), tps('16.74.01.1002', '002', 10), tps('16.74.01.1002', '001', 10)];
    const config = resolveConfig({ config: TOTAL('surat_suara_ppwp') });
    for (const order of [roll, [...roll].reverse()]) {
      const t = computeManifests(order, config, null).distribusiTps;
      expect(t.rows.map((r) => [r[0], r[3], r[t.columns.indexOf('surat_suara_ppwp')]])).toEqual([
        ['16.74.01.1002', '001', 11],
        ['16.74.01.1002', '002', 10],
        ['16.74.02.1001', '001', 10],
      ]);
    }
  });

  test('rounded once per kab/kota: two KPU Kab/Kota in one run each round their own total', () => {
    const roll = [tps('16.74.01.1001', '001', 10), tps('16.72.01.1001', '001', 10)];
    const p = computeManifests(roll, resolveConfig({ config: TOTAL('surat_suara_ppwp') }), null).pengadaan;
    expect(row(p, 'surat_suara_ppwp')['cadangan']).toBe(2); // ⌈0.2⌉ twice, not ⌈0.4⌉ once
  });

  test('items held at several levels: the split covers TPS and PPK units and still sums', () => {
    const roll = [tps('16.74.01.1001', '001', 10), tps('16.74.01.1001', '002', 10), tps('16.74.02.1001', '001', 10)];
    const c = resolveConfig({ config: { barang: [{ kode: 'kotak_suara', cadangan_persen: 10, pembulatan_cadangan: 'total' }] } });
    const m = computeManifests(roll, c, null);
    // base 5 × 3 TPS + 2 × 2 kecamatan = 19; reserve ⌈1.9⌉ = 2
    expect(row(m.pengadaan, 'kotak_suara')).toMatchObject({ kebutuhan: 19, cadangan: 2, jumlah: 21 });
    expect(sum(column(m.distribusiKecamatan, 'kotak_suara'))).toBe(21);
  });
});

describe('warning: a reserve rounded per unit far above its percentage', () => {
  const run = (config: ConfigInput, roll: readonly TpsCount[]): Issue[] => [...computeManifests(roll, resolveConfig({ config }), null).issues];
  const ten = Array.from({ length: 10 }, (_, i) => tps('16.74.01.1001', String(i + 1).padStart(3, '0'), 200));
  const item = (rasio: number, cadangan_persen: number, extra: object = {}): ConfigInput => ({
    barang: [{ kode: 'payung', nama: 'Payung', satuan: 'buah', alokasi: [{ tingkat: 'tps', basis: 'tps', rasio }], cadangan_persen, ...extra }],
  });

  test('1 per TPS at 10 %, rounded up per TPS, is 100 %: warned, naming the item and the key', () => {
    const issues = run(item(1, 10), ten);
    expect(issues).toEqual([
      {
        code: 'reserve-rounding-inflated',
        severity: 'peringatan',
        file: '',
        line: null,
        column: null,
        params: { barang: 'payung', kebutuhan: 10, cadangan: 10, persen: '10', cadangan_total: 1, kunci: 'pembulatan_cadangan' },
      },
    ]);
  });

  test('boundary: exactly twice the percentage warns; just under twice does not', () => {
    // 1 per TPS at 50 %: ⌈0.5⌉ = 1 per TPS = 100 % = exactly 2 × 50 % (total: ⌈5⌉ = 5 < 10)
    expect(run(item(1, 50), ten).map((i) => i.code)).toEqual(['reserve-rounding-inflated']);
    // 3 per TPS at 50 %: ⌈1.5⌉ = 2 per TPS = 66.7 % < 100 %
    expect(run(item(3, 50), ten)).toEqual([]);
  });

  test('no warning when rounding once on the total would give the same', () => {
    // one TPS of 1 voter: 1 reserve ballot is 100 %, but ⌈0.02⌉ on the total is also 1
    expect(run({}, [tps('16.74.01.1001', '001', 1)])).toEqual([]);
  });

  test('no warning for the total scope, nor for the presets on real-sized TPS', () => {
    expect(run(item(1, 10, { pembulatan_cadangan: 'total' }), ten)).toEqual([]);
    expect(run({}, ten)).toEqual([]);
    expect(computeManifests(ten, resolveConfig({ preset: 'pilkada-2024' }), null).issues).toEqual([]);
  });
});

describe('config overflow', () => {
  test('a quantity past 2^53 is a config error naming the item (exit 2), not a crash', () => {
    const c = resolveConfig({ config: { barang: [{ kode: 'tinta', alokasi: [{ tingkat: 'tps', basis: 'pemilih', rasio: 1_000_000 }] }] } });
    const roll = Array.from({ length: 12 }, (_, i) => tps('16.74.01.1001', String(i + 1).padStart(3, '0'), 999_999_999));
    try {
      computeManifests(roll, c, null);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).key).toBe('config-overflow');
      expect((e as ConfigError).params).toEqual({ kode: 'tinta' });
      expect((e as ConfigError).exitCode).toBe(2);
    }
  });

  test('so is a pack size that would pass 2^53 when rounding up to whole packs', () => {
    const c = resolveConfig({ config: { barang: [{ kode: 'tinta', alokasi: [{ tingkat: 'tps', basis: 'pemilih', rasio: 1_000_000 }], isi_kemasan: 1_000_000_000 }] } });
    // 9,007,199 × 10^9 + … : jumlah stays below 2^53, whole packs do not
    const roll = [tps('16.74.01.1001', '001', 999_999_999), tps('16.74.01.1001', '002', 999_999_999), ...Array.from({ length: 7 }, (_, i) => tps('16.74.01.1002', String(i + 1).padStart(3, '0'), 999_999_999)), tps('16.74.01.1003', '001', 7_199_254)];
    expect(() => computeManifests(roll, c, null)).toThrow(ConfigError);
  });
});
