import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstDifferentLine, firstDifferentLineOfFiles } from '../../src/cli/check.js';
import { tempDir } from '../helpers/cli.js';

describe('--check on a file too large to hold (validasi.csv), compared a piece at a time', () => {
  it('finds the same first differing line as the in-memory comparison, across piece boundaries', async () => {
    const dir = await tempDir();
    const lines = Array.from({ length: 60_000 }, (_, i) => `a.csv,${i + 2},nik,duplicate-nik,galat,NIK ${i}`);
    const base = Buffer.from(`${lines.join('\n')}\n`);
    expect(base.length).toBeGreaterThan(2.5 * 1024 * 1024);
    const changedAt = (at: number): Buffer => {
      const b = Buffer.from(base);
      b[at] = 0x58;
      return b;
    };
    const cases: Array<[string, Buffer]> = [
      ['equal', base],
      ['a byte changed in the second piece', changedAt(1024 * 1024 + 12_345)],
      ['a byte changed at the end of the first piece', changedAt(1024 * 1024 - 1)],
      ['the last byte changed', changedAt(base.length - 2)],
      ['cut short', base.subarray(0, 2_000_000)],
      ['longer', Buffer.concat([base, Buffer.from('x\n')])],
    ];
    writeFileSync(join(dir, 'want.csv'), base);
    for (const [what, actual] of cases) {
      writeFileSync(join(dir, 'actual.csv'), actual);
      const expected = base.equals(actual) ? null : firstDifferentLine(base, actual);
      expect(await firstDifferentLineOfFiles(join(dir, 'want.csv'), join(dir, 'actual.csv')), what).toBe(expected);
    }
    expect(await firstDifferentLineOfFiles(join(dir, 'want.csv'), join(dir, 'nowhere.csv'))).toBe('missing');
  });
});
