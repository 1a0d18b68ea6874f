import { describe, expect, it } from 'vitest';
import { check, codes, voter } from './helpers.js';

describe('nik shape', () => {
  it('accepts 16 digits (trimmed) and keeps it for duplicate detection', () => {
    const v = check(voter({ nik: ' 1674010101900001 ' }));
    expect(v.issues).toEqual([]);
    expect(v.nik).toBe('1674010101900001');
  });
  it.each([
    ['17 digits', '16740101019000012'],
    ['14 digits', '16740101019000'],
    ['empty', ''],
    ['16 digits and a dash too many', '1674-0101-0190-00012'],
  ])('rejects %s with nik-format', (_label, nik) => {
    const v = check(voter({ nik }));
    expect(v.counted).toBe(false);
    expect(v.issues.map((i) => [i.code, i.severity])).toEqual([['nik-format', 'galat']]);
    expect(v.nik).toBeNull();
  });
  it.each([
    ['a letter O for a zero', '16740101019O0001', 'nik-letter', { posisi: 12 }],
    ['a name in the NIK column', 'RATNA WULANDARI', 'nik-letter', { posisi: 1 }],
    ['a zero-width space', '1674010101\u200b900001', 'nik-invisible', { karakter: 'U+200B', posisi: 11 }],
    ['a lone CR inside', '16740101\r01900001', 'nik-invisible', { karakter: 'U+000D', posisi: 9 }],
    ['a no-break space', '167401\u00a00101900001', 'nik-invisible', { karakter: 'U+00A0', posisi: 7 }],
    ['inner spaces', '1674 0101 0190 0001', 'nik-separator', { nik: '167401******0001' }],
    ['dashes', '1674-0101-0190-0001', 'nik-separator', { nik: '167401******0001' }],
  ])('says what is wrong with %s, without the NIK in clear', (_label, nik, code, params) => {
    const v = check(voter({ nik }));
    expect(v.counted).toBe(false);
    expect(v.issues.map((i) => [i.code, i.severity, i.params])).toEqual([[code, 'galat', params]]);
    expect(v.nik).toBeNull();
  });
  it.each([
    ['15 digits', '167401010190001'],
    ['scientific notation', '1.67401E+15'],
    ['scientific with decimal comma', '1,67401E+15'],
    ['trailing .0', '1674010101900001.0'],
  ])('rejects %s with nik-spreadsheet and a masked param', (_label, nik) => {
    const v = check(voter({ nik }));
    expect(v.counted).toBe(false);
    expect(v.issues.map((i) => i.code)).toEqual(['nik-spreadsheet']);
    expect(String(v.issues[0]?.params.nik)).not.toMatch(/\d{7}/);
  });
  it('accepts masked NIKs of published lists without an issue on the row', () => {
    const v = check(voter({ nik: '167401******0001' }));
    expect(v.counted).toBe(true);
    expect(v.issues).toEqual([]);
    expect(v.nikMasked).toBe(true);
    expect(v.nik).toBeNull();
  });
});

describe('nik parts', () => {
  it('warns (row still counted) when the province part is no province', () => {
    const v = check(voter({ nik: '2074010101900001' }));
    expect(v.counted).toBe(true);
    expect(v.issues[0]).toMatchObject({ code: 'nik-province', severity: 'peringatan', params: { provinsi: '20' } });
  });
  it.each([
    ['day 01', '010190', true],
    ['day 31', '310190', true],
    ['day 32', '320190', false],
    ['day 40', '400190', false],
    ['day 41 (woman, 1st)', '410190', true],
    ['day 71 (woman, 31st)', '710190', true],
    ['day 72', '720190', false],
    ['day 00', '000190', false],
    ['month 13', '011390', false],
    ['31 April', '310490', false],
    ['29 Feb 2000/1900 (00)', '290200', true],
    ['29 Feb of a woman, 04', '690204', true],
    ['29 Feb 2001/1901', '290201', false],
  ])('birth part %s', (_label, ddmmyy, ok) => {
    const nik = `167401${ddmmyy}0001`;
    const found = codes({ ...voter({ nik }), jenis_kelamin: '', tanggal_lahir: '' });
    expect(found).toEqual(ok ? [] : ['nik-birthdate']);
  });
});

describe('nik-mismatch', () => {
  it('flags sex that disagrees with DD > 40', () => {
    const v = check(voter({ jenis_kelamin: 'P' }));
    expect(v.counted).toBe(true);
    expect(v.issues[0]).toMatchObject({ code: 'nik-mismatch', severity: 'peringatan', params: { kolom: 'jenis_kelamin', nik: '167401******0001' } });
    expect(codes(voter({ nik: '1674014101900001', jenis_kelamin: 'P' }))).toEqual([]);
  });
  it('flags a birth date that disagrees in day, month or two-digit year', () => {
    expect(check(voter({ tanggal_lahir: '02-01-1990' })).issues[0]?.params.kolom).toBe('tanggal_lahir');
    expect(check(voter({ tanggal_lahir: '01-02-1990' })).issues[0]?.params.kolom).toBe('tanggal_lahir');
    expect(check(voter({ tanggal_lahir: '01-01-1991' })).issues[0]?.params.kolom).toBe('tanggal_lahir');
    expect(codes(voter({ tanggal_lahir: '1990-01-01' }))).toEqual([]);
  });
  it('names both columns in one issue', () => {
    expect(check(voter({ jenis_kelamin: 'P', tanggal_lahir: '05-05-1985' })).issues.map((i) => i.params.kolom)).toEqual([
      'jenis_kelamin, tanggal_lahir',
    ]);
  });
  it('says nothing when the columns are blank', () => {
    expect(codes(voter({ jenis_kelamin: '', tanggal_lahir: '' }))).toEqual([]);
  });
});

describe('nkk', () => {
  it('accepts 16 digits, blank and masked', () => {
    expect(codes(voter({ nkk: '' }))).toEqual([]);
    expect(codes(voter({ nkk: '167401******0100' }))).toEqual([]);
  });
  it('rejects spreadsheet damage', () => {
    const v = check(voter({ nkk: '1.67401E+15' }));
    expect(v.counted).toBe(false);
    expect(v.issues.map((i) => [i.code, i.severity])).toEqual([['nkk-spreadsheet', 'galat']]);
    expect(codes(voter({ nkk: '167401010190010' }))).toEqual(['nkk-spreadsheet']);
  });
  it('only warns about another length', () => {
    const v = check(voter({ nkk: '16740101' }));
    expect(v.counted).toBe(true);
    expect(v.issues.map((i) => [i.code, i.severity, i.params.panjang])).toEqual([['nkk-format', 'peringatan', 8]]);
  });
});

describe('cheap verdicts', () => {
  it('clean rows share one frozen empty issue list', () => {
    const a = check(voter());
    const b = check(voter({ nik: '1674010101900002' }));
    expect(a.issues).toBe(b.issues);
    expect(Object.isFrozen(a.issues)).toBe(true);
  });
});
