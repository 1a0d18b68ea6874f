import { describe, expect, test } from 'vitest';
import { checkDapilCoverage, computeManifests, lookupDapil, parseDapil } from '../../src/core/compute/index.js';
import { resolveConfig } from '../../src/core/config/index.js';
import type { TpsCount } from '../../src/core/types.js';

const PEMILU = resolveConfig({});
const t = (kodeKelurahan: string, no: string, dpt: number): TpsCount => ({ kodeKelurahan, kecamatan: 'K', kelurahan: 'L', tps: no, dpt });

const rows = (...r: Array<[string, string, string]>) => r.map(([kode_wilayah, jenis, dapil], i) => ({ kode_wilayah, jenis, dapil, line: i + 2 }));

// Prabumulih DPRD dapils (domain.md §6.1): Timur; Barat + Selatan + RKT; Utara + Cambai.
const PRABUMULIH = rows(
  ['16.74.02', 'dprd_kabkota', 'PRABUMULIH 1'],
  ['16.74.01', 'dprd_kabkota', 'PRABUMULIH 2'],
  ['16.74.06', 'dprd_kabkota', 'PRABUMULIH 2'],
  ['1674030000', 'dprd_kabkota', 'X'], // undotted 10 digits: a kelurahan code "16.74.03.0000"
  ['16.74.03', 'dprd_kabkota', 'PRABUMULIH 3'],
  ['16.74.05', 'DPRD_KABKOTA', 'PRABUMULIH 3'],
);

describe('parseDapil', () => {
  test('longest match wins; codes may be undotted', () => {
    const { mapping, issues } = parseDapil(PRABUMULIH, 'dapil.csv');
    expect(issues).toEqual([]);
    expect(lookupDapil(mapping, 'dprd_kabkota', '16.74.03.1001')).toBe('PRABUMULIH 3');
    expect(lookupDapil(mapping, 'dprd_kabkota', '16.74.03.0000')).toBe('X');
    expect(lookupDapil(mapping, 'dprd_kabkota', '16.74.04.1001')).toBeNull();
    expect(lookupDapil(mapping, 'dpr', '16.74.02.1001')).toBeNull();
  });

  test('bad codes, empty cells, duplicates, conflicts, redundant overrides', () => {
    const { issues } = parseDapil(
      rows(
        ['16.74', 'dpr', 'A'],
        ['16.74.01', '', 'A'],
        ['16.74.01', 'dpr', 'A'],
        ['16.74.01', 'dpr', 'A'],
        ['16.74.01', 'dpr', 'B'],
        ['16.74.01.1001', 'dpr', 'A'],
      ),
      'd.csv',
    );
    expect(issues.map((i) => [i.code, i.line, i.severity])).toEqual([
      ['dapil-kode-format', 2, 'galat'],
      ['dapil-empty', 3, 'galat'],
      ['dapil-duplicate', 5, 'peringatan'],
      ['dapil-conflict', 6, 'galat'],
      ['dapil-redundant', 7, 'peringatan'],
    ]);
    expect(issues[3]?.params).toMatchObject({ first_line: 4, first_dapil: 'A', dapil: 'B' });
    expect(issues.every((i) => i.file === 'd.csv')).toBe(true);
  });
});

describe('dapil variants in the manifests', () => {
  const roll = [t('16.74.02.1001', '001', 100), t('16.74.01.1001', '001', 50), t('16.74.03.1001', '001', 1)];

  test('one pengadaan row per dapil with PSU per dapil; other jenis stay one row', () => {
    const { mapping } = parseDapil(PRABUMULIH, 'dapil.csv');
    const m = computeManifests(roll, PEMILU, mapping);
    const kab = m.pengadaan.rows.filter((r) => r[0] === 'surat_suara_dprd_kabkota').map((r) => [r[3], r[4], r[5], r[6], r[7]]);
    expect(kab).toEqual([
      ['PRABUMULIH 1', 100, 2, 1000, 1102],
      ['PRABUMULIH 2', 50, 1, 1000, 1051],
      ['PRABUMULIH 3', 1, 1, 1000, 1002],
    ]);
    expect(m.pengadaan.rows.filter((r) => r[0] === 'surat_suara_dpr').map((r) => r[3])).toEqual(['']);
    expect(checkDapilCoverage(roll, PEMILU, mapping).map((i) => [i.code, i.params['jenis']])).toEqual([
      ['dapil-jenis-absent', 'dpr'],
      ['dapil-jenis-absent', 'dprd_prov'],
    ]);
  });

  test('without a mapping the run is one dapil per ballot type', () => {
    const m = computeManifests(roll, PEMILU, null);
    const kab = m.pengadaan.rows.filter((r) => r[0] === 'surat_suara_dprd_kabkota');
    expect(kab).toHaveLength(1);
    expect(kab[0]?.[6]).toBe(1000);
  });

  test('unmapped TPS are reported per kelurahan; unknown jenis are reported', () => {
    const { mapping } = parseDapil(rows(['16.74.02', 'dprd_kabkota', 'D1'], ['16.74.02', 'dprd_kota', 'D1']), 'd.csv');
    const more = [...roll, t('16.74.01.1001', '002', 9), t('31.71.01.1001', '001', 9)];
    const issues = checkDapilCoverage(more, PEMILU, mapping);
    const unmapped = issues.filter((i) => i.code === 'dapil-unmapped');
    // DKI (31) has no DPRD Kab/Kota ballot, so its TPS need no dapil.
    expect(unmapped.map((i) => [i.params['wilayah'], i.params['jumlah_tps'], i.severity])).toEqual([
      ['16.74.01.1001', 2, 'galat'],
      ['16.74.03.1001', 1, 'galat'],
    ]);
    expect(issues.some((i) => i.code === 'dapil-jenis-unused' && i.params['jenis'] === 'dprd_kota')).toBe(true);
  });
});
