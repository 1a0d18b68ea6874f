import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PEMILU, RECAP, finish, fold, merge, nikNo, voter, type Rec } from './helpers.js';

const FILES = ['a.csv', 'b.csv', 'c/d.csv'];

/** Few values per column, so that duplicates, clashes and bad values all happen often. */
const voterCells = fc.record({
  kode_kelurahan: fc.constantFrom('16.74.01.1001', '1674011002', '16.74.02.2001', '16.72.01.1001', '', '16.74.01.3001'),
  kelurahan: fc.constantFrom('Prabumulih', 'PRABUMULIH', ''),
  tps: fc.constantFrom('1', '002', 'TPS 3', '5', '901', '0', 'x'),
  nik: fc.oneof(
    fc.integer({ min: 1, max: 12 }).map(nikNo),
    fc.integer({ min: 1, max: 12 }).map((n) => nikNo(n * 10)),
    fc.constantFrom('1.67401E+15', '167401010190001', '167401******0001', '', '1674010101900001.0'),
  ),
  jenis_kelamin: fc.constantFrom('L', 'P', '', 'X'),
  tanggal_lahir: fc.constantFrom('01-01-1990', '15-02-2008', '31-02-1990', ''),
  status_kawin: fc.constantFrom('B', 'S', '', '?'),
});

/** Sometimes a.csv went through a spreadsheet that zeroed every NIK's last digit. */
function truncate(nik: string): string {
  return /^\d{16}$/.test(nik) ? `${nik.slice(0, 15)}0` : nik;
}

const records = fc
  .tuple(
    fc.uniqueArray(fc.record({ file: fc.constantFrom(...FILES), line: fc.integer({ min: 2, max: 400 }), cells: voterCells }), {
      selector: (r) => `${r.file}:${r.line}`,
      maxLength: 120,
      size: 'max',
    }),
    fc.boolean(),
  )
  .map(([rs, damaged]): Rec[] =>
    rs.map((r) => {
      const cells = damaged && r.file === 'a.csv' ? { ...r.cells, nik: truncate(r.cells.nik) } : r.cells;
      return { file: r.file, line: r.line, cells: voter(cells) };
    }),
  );

const recapRecords = fc
  .uniqueArray(
    fc.record({
      file: fc.constantFrom(...FILES),
      line: fc.integer({ min: 2, max: 200 }),
      tps: fc.constantFrom('1', '2', '3', '7'),
      dpt: fc.constantFrom('0', '120', '350', '1.234', ''),
    }),
    { selector: (r) => `${r.file}:${r.line}`, maxLength: 40 },
  )
  .map((rs): Rec[] => rs.map((r) => ({ file: r.file, line: r.line, layout: RECAP, cells: { kode_kelurahan: '16.74.01.1001', tps: r.tps, dpt: r.dpt } })));

function perFileRecords(rs: readonly Rec[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const r of rs) n.set(r.file, (n.get(r.file) ?? 0) + 1);
  return n;
}

describe('properties', () => {
  it('every record is counted or rejected, and the TPS sum is the counted voters', () => {
    fc.assert(
      fc.property(records, (rs) => {
        const r = finish(fold(rs), PEMILU);
        const expected = perFileRecords(rs);
        expect([...r.perFile.keys()].sort()).toEqual([...expected.keys()].sort());
        let counted = 0;
        for (const [file, { dihitung, ditolak }] of r.perFile) {
          expect(dihitung + ditolak).toBe(expected.get(file));
          expect(Math.min(dihitung, ditolak)).toBeGreaterThanOrEqual(0);
          counted += dihitung;
        }
        expect(r.tps.reduce((s, t) => s + t.dpt, 0)).toBe(counted);
        expect(r.pemilih).toBe(counted);
      }),
      { numRuns: 300 },
    );
  });

  it('the result does not depend on arrival order or how states are split and merged', () => {
    fc.assert(
      fc.property(records, fc.integer({ min: 0, max: 120 }), (rs, cut) => {
        const whole = finish(fold(rs), PEMILU);
        expect(finish(fold([...rs].reverse()), PEMILU)).toEqual(whole);
        const a = () => fold(rs.slice(0, cut));
        const b = () => fold(rs.slice(cut));
        expect(finish(merge(a(), b()), PEMILU)).toEqual(whole);
        expect(finish(merge(b(), a()), PEMILU)).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  it('recap rolls: counted or rejected, each TPS at most once, order-free', () => {
    fc.assert(
      fc.property(recapRecords, fc.integer({ min: 0, max: 40 }), (rs, cut) => {
        const r = finish(fold(rs), PEMILU);
        for (const [file, { dihitung, ditolak }] of r.perFile) expect(dihitung + ditolak).toBe(perFileRecords(rs).get(file));
        expect(new Set(r.tps.map((t) => t.tps)).size).toBe(r.tps.length);
        const counted = [...r.perFile.values()].reduce((s, f) => s + f.dihitung, 0);
        expect(r.tps.length).toBe(counted);
        expect(finish(merge(fold(rs.slice(cut)), fold(rs.slice(0, cut))), PEMILU)).toEqual(r);
      }),
      { numRuns: 200 },
    );
  });
});
