import { describe, expect, it } from 'vitest';
import { check, codes, layoutOf, RECAP } from './helpers.js';

const place = { kode_kelurahan: '16.74.01.1001', kecamatan: 'Prabumulih Barat', kelurahan: 'Prabumulih', tps: '1' };
const LP = layoutOf('rekap', ['kode_kelurahan', 'tps', 'dpt_l', 'dpt_p']);
const ALL = layoutOf('rekap', ['kode_kelurahan', 'tps', 'dpt', 'dpt_l', 'dpt_p']);

describe('dpt', () => {
  it('reads plain digits', () => {
    const v = check({ ...place, dpt: ' 287 ' }, RECAP);
    expect([v.counted, v.dpt, v.issues]).toEqual([true, 287, []]);
  });
  it.each([
    ['-3', 'dpt-negative', { nilai: '-3' }],
    ['- 12', 'dpt-negative', { nilai: '- 12' }],
    ['1000001', 'dpt-too-large', { nilai: '1000001', batas: 1_000_000 }],
    ['99999999999999999999', 'dpt-too-large', { nilai: '999999**********9999', batas: 1_000_000 }],
  ])('calls %j what it is (%s)', (dpt, code, params) => {
    const v = check({ ...place, dpt }, RECAP);
    expect(v.counted).toBe(false);
    expect(v.issues.map((i) => [i.code, i.severity, i.params])).toEqual([[code, 'galat', params]]);
  });
  it('counts 1000000, the largest TPS count it accepts', () => {
    expect(check({ ...place, dpt: '1000000' }, RECAP).dpt).toBe(1_000_000);
  });
  it.each(['1.234', '1,234', '12.5', '', 'dua', '1e3'])('rejects %j with dpt-format', (dpt) => {
    const v = check({ ...place, dpt }, RECAP);
    expect(v.counted).toBe(false);
    expect(v.issues.map((i) => [i.code, i.severity, i.column])).toEqual([['dpt-format', 'galat', 'dpt']]);
  });
  it('counts an empty TPS with a warning', () => {
    const v = check({ ...place, dpt: '0' }, RECAP);
    expect([v.counted, v.dpt]).toEqual([true, 0]);
    expect(v.issues.map((i) => [i.code, i.severity])).toEqual([['tps-empty', 'peringatan']]);
  });
});

describe('dpt_l + dpt_p', () => {
  it('sums them when there is no dpt column', () => {
    const v = check({ ...place, dpt_l: '140', dpt_p: '151' }, LP);
    expect([v.counted, v.dpt]).toEqual([true, 291]);
  });
  it('needs both when they are the only count', () => {
    expect(codes({ ...place, dpt_l: '140', dpt_p: '' }, LP)).toEqual(['dpt-format']);
    expect(codes({ ...place, dpt_l: '1.140', dpt_p: '151' }, LP)).toEqual(['dpt-format']);
  });
  it('must agree with dpt when all three are present', () => {
    expect(codes({ ...place, dpt: '291', dpt_l: '140', dpt_p: '151' }, ALL)).toEqual([]);
    const v = check({ ...place, dpt: '290', dpt_l: '140', dpt_p: '151' }, ALL);
    expect(v.counted).toBe(false);
    expect(v.issues[0]).toMatchObject({ code: 'dpt-sum-mismatch', severity: 'galat', params: { dpt: 290, dptL: 140, dptP: 151 } });
  });
  it('ignores blank dpt_l/dpt_p beside a dpt', () => {
    expect(check({ ...place, dpt: '291', dpt_l: '', dpt_p: '' }, ALL).dpt).toBe(291);
  });
});
