import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { F } from '../../src/core/types.js';
import { chunksOf, readResolved } from './helpers.js';

// Small alphabets so that cells repeat the row above often (the reader reuses repeated strings).
const cell = fc.array(fc.constantFrom('1', 'a', 'é', ',', '"', '\n', ' '), { maxLength: 4 }).map((cs) => cs.join(''));
const quote = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

describe('readInput against csv-parse (differential, through stdin in random chunks)', () => {
  it('gives the rows csv-parse gives, with the right start lines', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 17 }),
        fc.constantFrom('\n', '\r\n'),
        async (rows, size, eol) => {
          // A fixed nik keeps every record non-blank, so each one is a data row.
          const lines = rows.map(([kode, tps, nama]) => [kode, tps, '1674010101900001', nama].map(quote).join(','));
          const text = ['kode_kelurahan,tps,nik,nama', ...lines].join(eol) + eol;
          const expected = (parse(text, { relax_column_count: true, bom: true }) as string[][]).slice(1);
          let line = 2;
          const startLines = lines.map((l) => {
            const at = line;
            line += 1 + (l.match(/\n/g)?.length ?? 0);
            return at;
          });
          const log = await readResolved({ berkas: '-', path: null }, { stdin: chunksOf(Buffer.from(text), size) });
          expect(log.rows.map((r) => [r.row[F.kode_kelurahan], r.row[F.tps], r.row[F.nik], r.row[F.nama]])).toEqual(expected);
          expect(log.rows.map((r) => r.line)).toEqual(startLines);
          expect(log.result.barisData).toBe(rows.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
