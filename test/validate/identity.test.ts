import { describe, expect, it } from 'vitest';
import { check, codes, layoutOf, voter } from './helpers.js';

describe('kode_kelurahan', () => {
  it('accepts dotted and 10-digit codes and normalises to dotted', () => {
    expect(check(voter()).kodeKelurahan).toBe('16.74.01.1001');
    expect(check(voter({ kode_kelurahan: ' 1674012005 ' })).kodeKelurahan).toBe('16.74.01.2005');
    expect(codes(voter({ kode_kelurahan: '1674012005' }))).toEqual([]);
  });
  it('rejects a blank code as a missing TPS identity', () => {
    const v = check(voter({ kode_kelurahan: ' ' }));
    expect(v.counted).toBe(false);
    expect(v.issues.map((i) => [i.code, i.severity, i.column])).toEqual([['tps-identity', 'galat', 'kode_kelurahan']]);
  });
  it.each([
    ['16.74.1.1001', 'PP.KK.CC.DDDD'],
    ['167401100', 'PP.KK.CC.DDDD'],
    ['16-74-01-1001', 'PP.KK.CC.DDDD'],
    ['16.00.01.1001', 'KK'],
    ['16.70.01.1001', 'KK'],
    ['16.74.00.1001', 'CC'],
    ['16.74.01.3001', 'DDDD'],
    ['16.74.01.0001', 'DDDD'],
  ])('rejects %s (part %s)', (kode, bagian) => {
    const v = check(voter({ kode_kelurahan: kode }));
    expect(v.counted).toBe(false);
    expect(v.issues[0]).toMatchObject({ code: 'kode-wilayah-format', severity: 'galat', params: { bagian } });
  });
  it('accepts kabupaten 01-69 and kota 71-99', () => {
    for (const kk of ['01', '69', '71', '99']) expect(codes(voter({ kode_kelurahan: `16.${kk}.01.1001` }))).toEqual([]);
  });
  it('warns about a province that is no Kemendagri code (BPS 97) but counts the row', () => {
    const v = check(voter({ kode_kelurahan: '97.01.01.2001', nik: '9701010101900001' }));
    expect(v.counted).toBe(true);
    expect(v.issues.map((i) => i.code)).toEqual(['kode-wilayah-province', 'nik-province']);
    expect(codes(voter({ kode_kelurahan: '96.01.01.2001' }))).toEqual([]);
  });
});

describe('identity by names', () => {
  const byName = layoutOf('pemilih', ['kecamatan', 'kelurahan', 'tps', 'nik']);
  it('uses kecamatan + kelurahan when there is no code column', () => {
    const v = check({ kecamatan: ' Cambai ', kelurahan: 'Sindur  Baru', tps: '2', nik: '1674010101900001' }, byName);
    expect(v.counted).toBe(true);
    expect([v.kodeKelurahan, v.kecamatan, v.kelurahan, v.tps]).toEqual(['', 'Cambai', 'Sindur Baru', '002']);
  });
  it('rejects a row without a kelurahan name', () => {
    const v = check({ kecamatan: 'Cambai', kelurahan: '', tps: '2', nik: '1674010101900001' }, byName);
    expect(v.issues.map((i) => [i.code, i.column])).toEqual([['tps-identity', 'kelurahan']]);
  });
});

describe('tps', () => {
  it.each(['1', '001', 'TPS 1', 'TPS 001', 'tps1', ' Tps  01 ', '0001'])('reads %j as 001', (tps) => {
    expect(check(voter({ tps })).tps).toBe('001');
  });
  it('keeps three digits', () => {
    expect(check(voter({ tps: '63' })).tps).toBe('063');
    expect(check(voter({ tps: '999' })).tps).toBe('999');
  });
  it.each(['0', 'TPS 0', '1000', '1a', 'TPS', '1.0', '-1'])('rejects %j with tps-format', (tps) => {
    const v = check(voter({ tps }));
    expect(v.counted).toBe(false);
    expect(v.issues.map((i) => i.code)).toEqual(['tps-format']);
  });
  it('rejects a blank TPS as a missing identity', () => {
    expect(codes(voter({ tps: '' }))).toEqual(['tps-identity']);
  });
});
