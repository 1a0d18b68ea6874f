/**
 * penempatan.csv is written a buffer at a time (writePenempatan), not through tableToCsv: it must
 * still be the bytes tableToCsv writes for the same rows, whatever the file names and TPS cells
 * hold, and its digest must be the digest of those bytes.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PENEMPATAN_COLUMNS, type PenempatanRows, type ProposedTps } from '../../src/core/petakan/index.js';
import { writePenempatan } from '../../src/cli/petakan-output.js';
import { tableToCsv } from '../../src/io/csv-write.js';
import { sha256 } from '../../src/io/hash.js';
import { tempDir } from '../helpers/cli.js';

const char = fc.constantFrom('a', ' ', ',', '"', '\n', '\r', '=', '+', '-', '@', 'é', '😀', '.', '0');
const text = fc.array(char, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));

function tps(kodeKelurahan: string, number: string): ProposedTps {
  return { kodeKelurahan, kecamatan: 'K', kelurahan: 'L', tps: number, dpt: 1, asal: [], keterangan: '' };
}

describe('writePenempatan', () => {
  it('writes the bytes tableToCsv writes for the same rows, and their digest', async () => {
    const dir = await tempDir();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(text, { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 2, max: 2 ** 31 - 1 }), fc.nat()), { maxLength: 20 }),
        async (files, targets, voters) => {
          const usulan = targets.map(([k, n]) => tps(k, n));
          const rows: PenempatanRows = {
            columns: PENEMPATAN_COLUMNS, count: voters.length, files, usulan,
            file: (v) => voters[v]![0] % files.length,
            line: (v) => voters[v]![1],
            target: (v) => voters[v]![2] % usulan.length,
          };
          const sub = join(dir, String(run++));
          await mkdir(sub);
          const written = await writePenempatan(sub, sub, rows);
          const expected = tableToCsv({
            columns: PENEMPATAN_COLUMNS,
            rows: voters.map((_, v) => [files[rows.file(v)]!, rows.line(v), usulan[rows.target(v)]!.kodeKelurahan, usulan[rows.target(v)]!.tps]),
          });
          const bytes = await readFile(written.path);
          expect(bytes.toString('utf8')).toBe(expected);
          expect(written.sha256).toBe(sha256(expected));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('is the same across its write buffers (100,000 rows, several megabytes)', async () => {
    const dir = await tempDir();
    const usulan = [tps('11.01.01.1001', '001'), tps('11.01.01.1002', '002')];
    const files = ['a.csv', 'b,"c".csv'];
    const n = 100_000;
    const rows: PenempatanRows = { columns: PENEMPATAN_COLUMNS, count: n, files, usulan, file: (v) => v % 2, line: (v) => v + 2, target: (v) => (v >> 3) % 2 };
    const written = await writePenempatan(dir, dir, rows);
    const expected = tableToCsv({ columns: PENEMPATAN_COLUMNS, rows: Array.from({ length: n }, (_, v) => [files[v % 2]!, v + 2, usulan[(v >> 3) % 2]!.kodeKelurahan, usulan[(v >> 3) % 2]!.tps]) });
    expect((await readFile(written.path)).toString('utf8')).toBe(expected);
    expect(written.sha256).toBe(sha256(expected));
  });
});
