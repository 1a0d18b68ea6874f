import { describe, expect, test } from 'vitest';
import { checkDapilCoverage, computeManifests, lookupDapil, normaliseKodeWilayah, parseDapil, type DapilRow } from '../../src/core/compute/index.js';
import { resolveConfig } from '../../src/core/config/index.js';
import type { TpsCount } from '../../src/core/types.js';

const PEMILU = resolveConfig({});
const t = (kodeKelurahan: string, no: string, dpt: number): TpsCount => ({ kodeKelurahan, kecamatan: 'K', kelurahan: 'L', tps: no, dpt });

const rows = (...r: Array<[string, string, string]>): DapilRow[] =>
  r.map(([kode_wilayah, jenis, dapil], i) => ({ file: 'dapil.csv', line: i + 2, cells: { kode_wilayah, jenis, dapil } }));

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

  test('bad codes, empty cells, duplicates, conflicts, redundant overrides; every row that cannot be used is counted', () => {
    const { issues, rejected } = parseDapil(
      rows(
        ['16.7', 'dpr', 'A'],
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
    // Both lines of a conflict are named: the issue sits on the later one and names the first.
    expect(issues[3]?.params).toMatchObject({ first: 'dapil.csv:4', first_line: 4, first_dapil: 'A', dapil: 'B' });
    expect(issues[2]?.params).toMatchObject({ first: 'dapil.csv:4', first_line: 4 });
    expect(issues.every((i) => i.file === 'dapil.csv')).toBe(true);
    expect(rejected).toBe(3);
  });

  test('a kab/kota code maps the whole kab/kota; kelurahan > kecamatan > kab/kota', () => {
    const { mapping, issues } = parseDapil(
      rows(['16.74', 'dprd_prov', 'SUMSEL 5'], ['1674', 'dpr', 'SUMSEL II'], ['16.74.04', 'dprd_prov', 'SUMSEL 6'], ['1674042003', 'dprd_prov', 'SUMSEL 7']),
      'd.csv',
    );
    expect(issues).toEqual([]);
    expect(lookupDapil(mapping, 'dpr', '16.74.04.2003')).toBe('SUMSEL II');
    expect(lookupDapil(mapping, 'dprd_prov', '16.74.01.1001')).toBe('SUMSEL 5');
    expect(lookupDapil(mapping, 'dprd_prov', '16.74.04.1001')).toBe('SUMSEL 6');
    expect(lookupDapil(mapping, 'dprd_prov', '16.74.04.2003')).toBe('SUMSEL 7');
    expect(lookupDapil(mapping, 'dprd_prov', '16.71.01.1001')).toBeNull();
  });

  test('region codes: dotted or 4, 6, 10 digits; nothing else', () => {
    expect(['16.74', '1674', '16.74.01', '167401', '16.74.01.1001', '1674011001'].map(normaliseKodeWilayah)).toEqual([
      '16.74',
      '16.74',
      '16.74.01',
      '16.74.01',
      '16.74.01.1001',
      '16.74.01.1001',
    ]);
    expect(['16', '167', '16.74.1', '16740110', '16.74.01.101', '1674.01', 'Prabumulih', ''].map(normaliseKodeWilayah)).toEqual(Array(8).fill(null));
  });

  test('a row that repeats the nearest region above it is redundant; one that overrides is not', () => {
    const { issues } = parseDapil(
      rows(['16.74', 'dpr', 'A'], ['16.74.01', 'dpr', 'A'], ['16.74.02', 'dpr', 'B'], ['16.74.02.1001', 'dpr', 'A'], ['16.74.03.1001', 'dpr', 'A']),
      'd.csv',
    );
    expect(issues.map((i) => [i.code, i.line, i.params['induk'], i.params['first']])).toEqual([
      ['dapil-redundant', 3, '16.74', 'dapil.csv:2'],
      ['dapil-redundant', 6, '16.74', 'dapil.csv:2'],
    ]);
  });

  test('jenis is read like a header name and dapil names lose stray spaces, so neither makes a false conflict', () => {
    const { mapping, issues } = parseDapil(rows(['16.74.01', ' DPRD Kabkota ', 'PRABUMULIH  2'], ['16.74.01', 'dprd-kabkota', 'PRABUMULIH 2 ']), 'd.csv');
    expect(issues.map((i) => i.code)).toEqual(['dapil-duplicate']);
    expect(lookupDapil(mapping, 'dprd_kabkota', '16.74.01.1001')).toBe('PRABUMULIH 2');
  });

  test('a conflict across two files names the other file', () => {
    const a: DapilRow = { file: 'dapil/a.csv', line: 3, cells: { kode_wilayah: '16.74.01', jenis: 'dpr', dapil: 'A' } };
    const b: DapilRow = { file: 'dapil/b.csv', line: 2, cells: { kode_wilayah: '167401', jenis: 'dpr', dapil: 'B' } };
    const { issues } = parseDapil([a, b], 'dapil');
    expect(issues).toEqual([
      {
        code: 'dapil-conflict',
        severity: 'galat',
        file: 'dapil/b.csv',
        line: 2,
        column: 'dapil',
        params: { kode_wilayah: '16.74.01', jenis: 'dpr', dapil: 'B', first: 'dapil/a.csv:3', first_line: 3, first_dapil: 'A' },
      },
    ]);
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

  test('unmapped TPS are reported per kelurahan; an unknown jenis is a galat at its first row', () => {
    const { mapping } = parseDapil(rows(['16.74.02', 'dprd_kabkota', 'D1'], ['16.74.02', 'dprd_kota', 'D1']), 'd.csv');
    const more = [...roll, t('16.74.01.1001', '002', 9), t('31.71.01.1001', '001', 9)];
    const issues = checkDapilCoverage(more, PEMILU, mapping);
    const unmapped = issues.filter((i) => i.code === 'dapil-unmapped');
    // DKI (31) has no DPRD Kab/Kota ballot, so its TPS need no dapil.
    expect(unmapped.map((i) => [i.params['wilayah'], i.params['jumlah_tps'], i.severity])).toEqual([
      ['16.74.01.1001', 2, 'galat'],
      ['16.74.03.1001', 1, 'galat'],
    ]);
    const unused = issues.filter((i) => i.code === 'dapil-jenis-unused');
    expect(unused.map((i) => [i.params['jenis'], i.severity, i.file, i.line, i.column])).toEqual([['dprd_kota', 'galat', 'dapil.csv', 3, 'jenis']]);
  });
});
