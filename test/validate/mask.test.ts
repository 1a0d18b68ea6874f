import { describe, expect, it } from 'vitest';
import { maskNik } from '../../src/core/validate/index.js';
import { echoCell, echoHeaderNames, echoLabel, firstInvisible, MAX_ECHO } from '../../src/core/echo.js';

describe('maskNik', () => {
  it('keeps the first 6 and last 4 digits', () => {
    expect(maskNik('1674010101900001')).toBe('167401******0001');
  });
  it('masks by digits, so damaged forms never leak the middle', () => {
    expect(maskNik('167401010190001')).toBe('167401*****0001');
    expect(maskNik('1674010101900001.0')).toBe('167401*******0010');
  });
  it('hides short values entirely', () => {
    expect(maskNik('123456789')).toBe('*********');
    expect(maskNik('1.67401E+15')).toMatch(/^\*+$/);
    expect(maskNik('')).toBe('*');
  });
});

describe('echoCell: only what the column allows, the rest masked', () => {
  it('shows public codes as they are', () => {
    expect(echoCell('kode_kelurahan', ' 1674011001 ')).toBe('1674011001');
    expect(echoCell('kode_kelurahan', '16.74.01.3001')).toBe('16.74.01.3001');
    expect(echoCell('tps', 'TPS 1A')).toBe('TPS 1*');
    expect(echoCell('dpt', '-5')).toBe('-5');
  });
  it('masks a NIK or NKK in any column, also written with spaces, dashes or a stray letter', () => {
    for (const column of ['kode_kelurahan', 'tps', 'dpt', 'kelurahan'] as const) {
      expect(echoCell(column, '1674010101900001')).toBe('167401******0001');
      expect(echoCell(column, '1674 0101 9000 0001')).toBe('167401******0001');
      expect(echoCell(column, '1674-0101-9000-0001')).toBe('167401******0001');
      expect(echoCell(column, '1674010101X900001')).not.toMatch(/\d{7,}/);
    }
    expect(echoCell('tps', `TPS ${'1674010101900001'}`)).toBe('TPS 167401******0001');
  });
  it('shows no letter of a name outside a name column, not even a short one', () => {
    expect(echoCell('tps', 'Ani')).toBe('***');
    expect(echoCell('tps', 'Tps 3')).toBe('Tps 3');
    expect(echoCell('kode_kelurahan', 'Budi Santoso')).toBe('**** *******');
    expect(echoCell('dpt', 'Siti')).toBe('****');
  });
  it('never echoes a person column', () => {
    for (const column of ['nama', 'alamat', 'tempat_lahir', 'tanggal_lahir', 'jenis_kelamin'] as const) {
      expect(echoCell(column, 'RATNA WULANDARI')).toBe('…');
    }
  });
  it('shows invisible characters by code point', () => {
    expect(echoCell('kode_kelurahan', '16.74.01\u200b.1001')).toBe('16.74.01[U+200B].1001');
    expect(echoCell('tps', '1\r2')).toBe('1[U+000D]2');
    expect(echoLabel('Gunung\u00a0Ibul')).toBe('Gunung[U+00A0]Ibul');
    expect(firstInvisible('16740\u200b1')).toEqual({ karakter: 'U+200B', posisi: 6 });
  });
  it('cuts a huge cell', () => {
    const shown = echoCell('kode_kelurahan', '1.'.repeat(5000));
    expect(shown.length).toBeLessThanOrEqual(MAX_ECHO + 1);
    expect(shown.endsWith('…')).toBe(true);
    const digits = echoCell('dpt', '9'.repeat(100000));
    expect(digits.length).toBeLessThanOrEqual(MAX_ECHO + 1);
    expect(digits).not.toMatch(/\d{7,}/);
  });
});

describe('echoHeaderNames', () => {
  const known = (n: string): boolean => ['kode_kelurahan', 'tps', 'nik'].includes(n);
  it('shows a real header as written', () => {
    const show = echoHeaderNames(['kode_kelurahan', 'TPS', 'Nama Lengkap'], known);
    expect(show('Nama Lengkap')).toBe('Nama Lengkap');
  });
  it('hides every unknown cell of a data row taken for a header', () => {
    const row = ['16.74.01.1001', '001', '1674 0101 9000 0001', 'RATNA WULANDARI'];
    const show = echoHeaderNames(row, known);
    expect(row.map(show)).toEqual(['…', '…', '…', '…']);
  });
});
