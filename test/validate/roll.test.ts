import { describe, expect, it } from 'vitest';
import { createRollState } from '../../src/core/validate/index.js';
import { PEMILU, RECAP, finish, fold, merge, nikNo, voter, type Rec } from './helpers.js';

const at = (file: string, line: number, over: Parameters<typeof voter>[0] = {}): Rec => ({ file, line, cells: voter(over) });

describe('duplicate NIK', () => {
  const records = [at('b.csv', 2), at('a.csv', 5), at('a.csv', 9), at('c.csv', 3, { nik: nikNo(2) })];

  it('rejects each later occurrence, naming the first by (file, line)', () => {
    const r = finish(fold(records), PEMILU);
    const dups = r.issues.filter((i) => i.code === 'duplicate-nik');
    expect(dups.map((i) => [i.file, i.line, i.severity, i.params])).toEqual([
      ['a.csv', 9, 'galat', { nik: '167401******0001', firstFile: 'a.csv', firstLine: 5 }],
      ['b.csv', 2, 'galat', { nik: '167401******0001', firstFile: 'a.csv', firstLine: 5 }],
    ]);
    expect(r.perFile.get('a.csv')).toEqual({ dihitung: 1, ditolak: 1 });
    expect(r.perFile.get('b.csv')).toEqual({ dihitung: 0, ditolak: 1 });
    expect(r.tps.map((t) => t.dpt)).toEqual([2]);
  });

  it('gives the same result in any arrival order and any merge order', () => {
    const whole = finish(fold(records), PEMILU);
    for (const order of [[3, 2, 1, 0], [2, 0, 3, 1], [1, 3, 0, 2]]) {
      expect(finish(fold(order.map((i) => records[i] as Rec)), PEMILU)).toEqual(whole);
    }
    const left = () => fold([records[0] as Rec, records[2] as Rec]);
    const right = () => fold([records[1] as Rec, records[3] as Rec]);
    expect(finish(merge(left(), right()), PEMILU)).toEqual(whole);
    expect(finish(merge(right(), left()), PEMILU)).toEqual(whole);
    const three = [fold([records[2] as Rec]), fold([records[0] as Rec]), fold([records[1] as Rec, records[3] as Rec])];
    const [x, y, z] = three;
    if (!x || !y || !z) throw new Error('setup');
    expect(finish(merge(merge(x, y), z), PEMILU)).toEqual(whole);
  });

  it('leaves its inputs untouched when merging and finishing', () => {
    const a = fold([records[0] as Rec]);
    const before = finish(a, PEMILU);
    merge(a, fold([records[1] as Rec]));
    expect(finish(a, PEMILU)).toEqual(before);
    expect(finish(a, PEMILU)).toEqual(before);
  });

  it('does not index rows rejected for another reason', () => {
    const r = finish(fold([at('a.csv', 2, { tps: 'x' }), at('a.csv', 3)]), PEMILU);
    expect(r.issues.map((i) => i.code)).toEqual(['tps-format']);
    expect(r.perFile.get('a.csv')).toEqual({ dihitung: 1, ditolak: 1 });
  });
});

describe('duplicate recap TPS', () => {
  const tps = (file: string, line: number, dpt: string, t = '1'): Rec => ({
    file, line, layout: RECAP, cells: { kode_kelurahan: '16.74.01.1001', kecamatan: 'K', kelurahan: 'L', tps: t, dpt },
  });
  it('rejects the later occurrence, in one file or across files, in any order', () => {
    const records = [tps('b.csv', 2, '100'), tps('a.csv', 7, '200'), tps('a.csv', 3, '250'), tps('a.csv', 4, '10', '2')];
    const r = finish(fold(records), PEMILU);
    expect(r.issues.filter((i) => i.code === 'duplicate-tps').map((i) => [i.file, i.line, i.params.firstFile, i.params.firstLine])).toEqual([
      ['a.csv', 7, 'a.csv', 3],
      ['b.csv', 2, 'a.csv', 3],
    ]);
    expect(r.tps.map((t) => [t.tps, t.dpt])).toEqual([['001', 250], ['002', 10]]);
    expect(finish(fold([...records].reverse()), PEMILU)).toEqual(r);
    const merged = merge(fold(records.slice(2)), fold(records.slice(0, 2)));
    expect(finish(merged, PEMILU)).toEqual(r);
    expect(r.pemilih).toBe(260);
  });
});

describe('nik-column-truncated', () => {
  const file = (n: number, last = '0') =>
    Array.from({ length: n }, (_, i) => at('t.csv', i + 2, { nik: `16740101019${String(i + 1).padStart(4, '0')}${last}` }));

  it('rejects the whole file with one issue naming the column, and no duplicate noise', () => {
    const rows = [...file(20), at('t.csv', 40, { nik: '16740101019000' })];
    const r = finish(fold(rows), PEMILU);
    const issue = r.issues.find((i) => i.code === 'nik-column-truncated');
    expect(issue).toMatchObject({ file: 't.csv', line: null, column: 'nik', severity: 'galat', params: { kolom: 'NIK', jumlah: 20 } });
    expect(r.perFile.get('t.csv')).toEqual({ dihitung: 0, ditolak: 21 });
    expect(r.tps).toEqual([]);
  });
  it('needs at least 20 NIKs, all ending in 0', () => {
    expect(finish(fold(file(19)), PEMILU).issues).toEqual([]);
    const mixed = [...file(25), at('t.csv', 99, { nik: nikNo(9999) })];
    expect(finish(fold(mixed), PEMILU).issues.map((i) => i.code)).not.toContain('nik-column-truncated');
  });
});

describe('masked NIKs', () => {
  it('count, with one warning per file', () => {
    const rows = [at('m.csv', 4, { nik: '167401******0002' }), at('m.csv', 3, { nik: '167401******0001' }), at('m.csv', 5, { nik: '167401******0001' })];
    const r = finish(fold(rows), PEMILU);
    expect(r.issues).toMatchObject([{ code: 'nik-masked', severity: 'peringatan', line: null, params: { jumlah: 3, barisPertama: 3 } }]);
    expect(r.perFile.get('m.csv')).toEqual({ dihitung: 3, ditolak: 0 });
  });
});

describe('TPS checks', () => {
  const many = (n: number, tps: string, file = 'a.csv', from = 1) =>
    Array.from({ length: n }, (_, i) => at(file, from + i, { tps, nik: nikNo(from + i) }));

  it('warns above capacity at the TPS first row', () => {
    const rows = [...many(301, '1', 'b.csv'), ...many(3, '2', 'a.csv', 500), ...many(1, '1', 'a.csv', 900)];
    const r = finish(fold(rows), PEMILU);
    const over = r.issues.filter((i) => i.code === 'tps-over-capacity');
    expect(over.map((i) => [i.file, i.line, i.params])).toEqual([
      ['a.csv', 900, { kode: '16.74.01.1001', tps: '001', dpt: 302, kapasitas: 300 }],
    ]);
    expect(finish(fold(rows), { ...PEMILU, kapasitasTps: 600 }).issues.map((i) => i.code)).not.toContain('tps-over-capacity');
  });
  it('exactly at capacity is fine', () => {
    expect(finish(fold(many(300, '1')), PEMILU).issues).toEqual([]);
  });
  it('warns about gaps in TPS numbers per village, ignoring 9xx', () => {
    const rows = [at('a.csv', 2, { tps: '1', nik: nikNo(1) }), at('a.csv', 3, { tps: '2', nik: nikNo(2) }),
      at('a.csv', 4, { tps: '5', nik: nikNo(3) }), at('a.csv', 5, { tps: '901', nik: nikNo(4) }),
      at('a.csv', 6, { tps: '1', kode_kelurahan: '16.74.01.1002', nik: nikNo(5) })];
    const gaps = finish(fold(rows), PEMILU).issues.filter((i) => i.code === 'tps-gap');
    expect(gaps.map((i) => [i.line, i.params])).toEqual([[4, { kelurahan: '16.74.01.1001', hilang: '003, 004', jumlah: 2 }]]);
  });
});

describe('region names', () => {
  it('uses the most frequent name and lists the others', () => {
    const rows = [at('a.csv', 2, { nik: nikNo(1) }), at('a.csv', 3, { nik: nikNo(2), kelurahan: 'PRABUMULIH' }),
      at('a.csv', 4, { nik: nikNo(3), tps: '2' }), at('a.csv', 5, { nik: nikNo(4), kecamatan: 'Prab. Barat', tps: '2' })];
    const r = finish(fold(rows), PEMILU);
    expect(r.tps.map((t) => [t.kecamatan, t.kelurahan])).toEqual([['Prabumulih Barat', 'Prabumulih'], ['Prabumulih Barat', 'Prabumulih']]);
    expect(r.issues.map((i) => [i.code, i.line, i.column, i.params])).toEqual([
      ['region-name-conflict', 3, 'kelurahan', { kode: '16.74.01.1001', nama: 'Prabumulih', lainnya: '"PRABUMULIH"' }],
      ['region-name-conflict', 5, 'kecamatan', { kode: '16.74.01', nama: 'Prabumulih Barat', lainnya: '"Prab. Barat"' }],
    ]);
  });
  it('breaks ties by code-point order', () => {
    const rows = [at('a.csv', 2, { nik: nikNo(1), kelurahan: 'b' }), at('a.csv', 3, { nik: nikNo(2), kelurahan: 'B' })];
    expect(finish(fold(rows), PEMILU).tps[0]?.kelurahan).toBe('B');
  });
  it('warns once per extra kab/kota at its first row', () => {
    const rows = [at('a.csv', 2, { nik: nikNo(1) }), at('a.csv', 3, { nik: nikNo(2), tps: '2' }),
      at('z.csv', 9, { nik: nikNo(3), kode_kelurahan: '16.72.01.1001' })];
    const r = finish(fold(rows), PEMILU);
    expect(r.issues.map((i) => [i.code, i.file, i.line, i.params])).toEqual([
      ['kode-wilayah-inconsistent', 'z.csv', 9, { kabkota: '16.72', utama: '16.74' }],
    ]);
    expect([r.kecamatan, r.kelurahan, r.pemilih, r.tps.length]).toEqual([2, 2, 3, 3]);
  });
});

describe('finishRoll', () => {
  it('sorts issues by file, line (file-level first), column, code', () => {
    const rows = [at('b.csv', 3, { tps: 'x', nik: '1' }), at('a.csv', 9, { jenis_kelamin: 'X' }), at('b.csv', 2, { nik: '167401******0001' })];
    const r = finish(fold(rows), PEMILU);
    expect(r.issues.map((i) => [i.file, i.line, i.column, i.code])).toEqual([
      ['a.csv', 9, 'jenis_kelamin', 'jenis-kelamin'],
      ['b.csv', null, 'nik', 'nik-masked'],
      ['b.csv', 3, 'nik', 'nik-format'],
      ['b.csv', 3, 'tps', 'tps-format'],
    ]);
  });
  it('returns an empty roll for an empty state', () => {
    expect(finish(createRollState(), PEMILU)).toEqual({ tps: [], issues: [], perFile: new Map(), kecamatan: 0, kelurahan: 0, pemilih: 0 });
  });
});
