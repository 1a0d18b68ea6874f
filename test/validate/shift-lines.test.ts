import { describe, expect, it } from 'vitest';
import { noteFooter, shiftRollLines } from '../../src/core/validate/index.js';
import { finish, fold, nikNo, PEMILU, RECAP, voter, type Rec } from './helpers.js';

// Room for one voter per TPS: every TPS is over, and its issue names the TPS's first line.
const SMALL = { ...PEMILU, kapasitasTps: 1 };

/**
 * A later byte range is read numbered from 1 and shifted once its first line is known
 * (src/io/parallel.ts): shifting must give what reading it at its real lines gives, for every
 * line the state holds (TPS first lines, region names' first lines, NIK origins and duplicates,
 * masked NIKs, recap origins and duplicates, footers).
 */
function records(at: number): Rec[] {
  const v = (line: number, over: Parameters<typeof voter>[0]): Rec => ({ file: 'a.csv', line: at + line, cells: voter(over) });
  return [
    v(0, { nik: nikNo(1) }),
    v(1, { nik: nikNo(2), tps: '2' }),
    // Another spelling of the region names, and a NIK seen again.
    v(2, { nik: nikNo(3), kelurahan: 'PRABUMULIH' }),
    v(3, { nik: nikNo(1), tps: '2' }),
    v(5, { nik: '167401******0001' }),
    v(6, { nik: nikNo(4), tps: '3', kecamatan: 'Lain' }),
    { file: 'r.csv', line: at + 1, layout: RECAP, cells: { kode_kelurahan: '16.74.01.1001', kecamatan: 'X', kelurahan: 'Y', tps: '1', dpt: '200' } },
    { file: 'r.csv', line: at + 4, layout: RECAP, cells: { kode_kelurahan: '16.74.01.1001', kecamatan: 'X', kelurahan: 'Y', tps: '1', dpt: '210' } },
  ];
}

describe('shiftRollLines', () => {
  for (const delta of [0, 1, 1_000_000]) {
    it(`gives what the rows read ${delta} lines further down give`, () => {
      const direct = fold(records(1 + delta), SMALL);
      noteFooter(direct, 'a.csv', 'nik', 1 + delta + 9, '6');
      const shifted = fold(records(1), SMALL);
      noteFooter(shifted, 'a.csv', 'nik', 1 + 9, '6');
      shiftRollLines(shifted, delta);
      const [a, b] = [finish(direct, SMALL), finish(shifted, SMALL)];
      expect(b).toEqual(a);
      // The rows really hold lines that show: a duplicate NIK's first line, a recap TPS twice.
      expect(a.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['duplicate-nik', 'nik-masked', 'tps-over-capacity']));
      expect(JSON.stringify(a.issues)).toContain(String(1 + delta));
    });
  }
});
