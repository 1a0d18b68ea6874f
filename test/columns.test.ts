import { describe, expect, it } from 'vitest';
import { ALIASES, fieldOfHeader, mapHeader, MIN_ROLL_COLUMNS, normaliseHeaderName } from '../src/core/columns.js';
import { F, FIELDS } from '../src/core/types.js';

describe('normaliseHeaderName', () => {
  it('folds case, separators, repeats and a BOM', () => {
    expect(normaliseHeaderName('\uFEFF No. TPS ')).toBe('no_tps');
    expect(normaliseHeaderName('Kode-Wilayah')).toBe('kode_wilayah');
    expect(normaliseHeaderName('L/P')).toBe('l_p');
    expect(normaliseHeaderName('Jumlah  DPT.')).toBe('jumlah_dpt');
  });
});

describe('mapHeader', () => {
  it('maps contract aliases onto canonical fields and lists unknown columns', () => {
    const { layout, issues } = mapHeader(['Kode Wilayah', 'Nama Kecamatan', 'Desa', 'No TPS', 'NIK', 'JK', 'Tgl Lahir', 'Catatan'], 'a.csv');
    expect(issues).toEqual([]);
    expect(layout?.kind).toBe('pemilih');
    expect(layout?.fieldOfColumn).toEqual([F.kode_kelurahan, F.kecamatan, F.kelurahan, F.tps, F.nik, F.jenis_kelamin, F.tanggal_lahir, -1]);
    expect(layout?.unknownColumns).toEqual(['Catatan']);
    expect(layout?.present[F.nik]).toBe(true);
    expect(layout?.present[F.nkk]).toBe(false);
  });

  it(`maps no header of fewer than MIN_ROLL_COLUMNS (${MIN_ROLL_COLUMNS}) names (detectDialect skips them)`, () => {
    const names = [...FIELDS, ...Object.keys(ALIASES)];
    for (const a of names) {
      expect(mapHeader([a], 'x.csv').layout).toBeNull();
      for (const b of names) expect(mapHeader([a, b], 'x.csv').layout).toBeNull();
    }
    expect(mapHeader(['kode_kelurahan', 'tps', 'nik'], 'x.csv').layout?.kind).toBe('pemilih');
  });

  it('reads a recap by dpt or by dpt_l + dpt_p, identified by names', () => {
    expect(mapHeader(['kecamatan', 'kelurahan', 'tps', 'jml_dpt'], 'r.csv').layout?.kind).toBe('rekap');
    expect(mapHeader(['kode_desa', 'tps', 'laki-laki', 'perempuan'], 'r.csv').layout?.kind).toBe('rekap');
    expect(fieldOfHeader('L')).toBe('dpt_l');
  });

  it('gives one missing-column issue naming what was found and what is missing', () => {
    const { layout, issues } = mapHeader(['kode_kelurahan;tps;nik'], 'x.csv', { line: 3 });
    expect(layout).toBeNull();
    expect(issues).toEqual([
      {
        code: 'missing-column',
        severity: 'galat',
        file: 'x.csv',
        line: 3,
        column: 'kode_kelurahan',
        params: { found: 'kode_kelurahan;tps;nik', expected: 'kode_kelurahan, tps, nik | dpt' },
      },
    ]);
    expect(mapHeader(['kecamatan', 'nik', 'dpt_l'], 'y.csv').issues[0]?.params.expected).toBe('kelurahan, tps');
  });

  it('hides the cells of a data row offered as a header', () => {
    const { issues } = mapHeader(['1674010101900001', 'SITI AMINAH', '001'], 'n.csv');
    expect(issues[0]?.params.found).toBe('…, …, …');
  });

  it('does not echo a repeated NKK or name when a data row is read as the header', () => {
    // A file with CR-only line ends, or several records on one line: one family shares its NKK.
    const nkk = '1674011309150840';
    const names = ['kode_kelurahan', 'tps', 'nik', nkk, 'SITI AMINAH', '1674014101900001', nkk, 'SITI AMINAH'];
    const { layout, issues } = mapHeader(names, 'cr.csv');
    expect(layout).toBeNull();
    expect(issues.map((i) => [i.code, i.column, i.params])).toEqual([
      ['duplicate-header', null, { name: '…', first: '…' }],
      ['duplicate-header', null, { name: '…', first: '…' }],
    ]);
    expect(JSON.stringify(issues)).not.toMatch(/\d{12,}|SITI/);
  });

  it('reports two columns that mean the same field, and identical unknown names', () => {
    const { layout, issues } = mapHeader(['kode_kelurahan', 'TPS', 'No TPS', 'nik', 'x', 'X'], 'd.csv');
    expect(layout).toBeNull();
    expect(issues.map((i) => [i.code, i.column, i.params])).toEqual([
      ['duplicate-header', 'tps', { name: 'No TPS', first: 'TPS' }],
      ['duplicate-header', 'x', { name: 'X', first: 'x' }],
    ]);
  });

  it('accepts a blank last name (trailing delimiter) but not a blank one inside', () => {
    const ok = mapHeader(['kode_kelurahan', 'tps', 'nik', ''], 'b.csv');
    expect(ok.layout?.width).toBe(4);
    expect(ok.layout?.unknownColumns).toEqual([]);
    const bad = mapHeader(['kode_kelurahan', ' ', 'tps', 'nik'], 'b.csv');
    expect(bad.issues.map((i) => [i.code, i.params])).toEqual([['blank-header', { position: 2 }]]);
    expect(mapHeader(['kode_kelurahan', 'tps', 'nik', ''], 'b.csv', { allowTrailingBlank: false }).layout).toBeNull();
  });
});
