import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELDS, type FieldName } from '../../src/core/types.js';
import { pollingDay } from '../../src/core/validate/dates.js';
import { FastVoterCheck } from '../../src/core/validate/fast-voter.js';
import { check, PEMILU, VOTER, type Cells } from './helpers.js';

/** Cell values near the edges of each fast-path rule, valid and not. */
const POOL: Partial<Record<FieldName, string[]>> = {
  nik: ['1674010101900001', '1674014101900001', '1674013102000001', '1674012902000001', '1674012902010001', '9974010101900001',
    '1674010013900001', '167401010190000', '16740101019000011', ' 1674010101900001', '1674010101900x01', '1674017201900001',
    '1674010101060001', '1674014101060001', '1.67401E+15', '167401******0001'],
  nkk: ['', '1674010101900100', '167401010190010', '1674010101900100 ', 'x674010101900100', '1.67401E+15'],
  jenis_kelamin: ['', 'L', 'P', 'l', 'p', 'X', 'LK', ' ', 'Laki-laki'],
  status_kawin: ['', 'B', 'S', 'P', 'b', 's', 'p', 'Q', 'KAWIN', ' '],
  tanggal_lahir: ['', '01-01-1990', '01/01/1990', '01-01/1990', '31-02-1990', '01-01-2006', '15-02-2007', '14-02-2007',
    '01-01-2025', '1990-01-01', '1-1-1990', '01-01-1906', '29-02-2000', ' 01-01-1990', '01-13-1990', '41-01-1990'],
  disabilitas: ['', '0', '1', '6', '7', '-', '1,5', ' ', 'a'],
};

const cellsArb = fc.record(
  Object.fromEntries(Object.entries(POOL).map(([f, values]) => [f, fc.constantFrom(...values)])) as Record<string, fc.Arbitrary<string>>,
);

function bytesOf(cells: Cells): { buf: Uint8Array; starts: Int32Array; ends: Int32Array; escaped: Uint8Array } {
  const columns = VOTER.fieldOfColumn.map((f) => cells[FIELDS[f]!] ?? '');
  const starts = new Int32Array(columns.length);
  const ends = new Int32Array(columns.length);
  let text = '';
  columns.forEach((c, i) => {
    starts[i] = text.length;
    text += c;
    ends[i] = text.length;
    text += ',';
  });
  return { buf: Buffer.from(text, 'latin1'), starts, ends, escaped: new Uint8Array(columns.length) };
}

describe('FastVoterCheck', () => {
  it('says clean only when checkRow gives a counted verdict without issues, with the same NIK', () => {
    const fast = new FastVoterCheck(VOTER, pollingDay(PEMILU.hariPemungutan));
    let accepted = 0;
    fc.assert(
      fc.property(cellsArb, (over) => {
        const cells: Cells = { kode_kelurahan: '16.74.01.1001', kecamatan: 'K', kelurahan: 'L', tps: '1', ...over };
        const b = bytesOf(cells);
        const ok = fast.check(b.buf, b.starts, b.ends, b.escaped);
        if (!ok) return;
        accepted++;
        const v = check(cells);
        expect(v.issues).toEqual([]);
        expect(v.counted).toBe(true);
        expect(v.nik).toBe(String(fast.hi).padStart(8, '0') + String(fast.lo).padStart(8, '0'));
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('accepts the plain clean row', () => {
    const fast = new FastVoterCheck(VOTER, pollingDay(PEMILU.hariPemungutan));
    const b = bytesOf({ kode_kelurahan: '16.74.01.1001', kecamatan: 'K', kelurahan: 'L', tps: '1', nik: '1674010101900001',
      nkk: '1674010101900100', jenis_kelamin: 'L', tanggal_lahir: '01-01-1990', status_kawin: 'S', disabilitas: '' });
    expect(fast.check(b.buf, b.starts, b.ends, b.escaped)).toBe(true);
    expect([fast.hi, fast.lo]).toEqual([16740101, 1900001]);
  });
});
