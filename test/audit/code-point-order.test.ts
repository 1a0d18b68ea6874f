import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byCodePoint } from '../../src/core/report/sort.js';
import { runInProcess, tempDir } from '../helpers/cli.js';

/**
 * "Code-point order" means code points, not UTF-16 units: `～` (U+FF5E) comes before `😀`
 * (U+1F600, stored as the surrogates D83D DE00). JS `<` gets this pair backwards; the validation
 * layer (which decides which of two duplicates is "first") gets it right, so the reports must too.
 */
describe('code-point order in ringkasan.json and validasi.csv', () => {
  it('byCodePoint orders by code point, not by UTF-16 unit', () => {
    expect(['😀', '～', 'b', 'B', 'é'].sort(byCodePoint)).toEqual(['B', 'b', 'é', '～', '😀']);
  });

  it('inputs and issues are listed ～ before 😀, the same order that decides which duplicate is first', async () => {
    const dir = await tempDir();
    const header = 'kode_kelurahan,kecamatan,kelurahan,tps,dpt\n';
    await writeFile(join(dir, '～.csv'), `${header}16.74.01.1001,Barat,Prabumulih,001,100\n`);
    // Not the same bytes (that would be one duplicate-input, test/cli/duplicate-inputs.test.ts): the same TPS.
    await writeFile(join(dir, '😀.csv'), `${header}16.74.01.1001,Barat,Prabumulih,001,101\n`);
    const r = await runInProcess(['hitung', '😀.csv', '～.csv', '--json', '--quiet'], { cwd: dir });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { masukan: Array<{ berkas: string; ditolak: number }> };
    expect(doc.masukan.map((m) => [m.berkas, m.ditolak])).toEqual([['～.csv', 0], ['😀.csv', 1]]);
    const rows = (await readFile(join(dir, 'manifest/validasi.csv'), 'utf8')).trim().split('\n').slice(1);
    const files = rows.map((l) => l.split(',')[0] ?? '');
    expect(files).toEqual([...files].sort(byCodePoint));
    expect(rows.find((l) => l.includes('duplicate-tps'))).toMatch(/^😀\.csv,2,/);
  });
});
