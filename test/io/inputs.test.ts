import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { F } from '../../src/core/types.js';
import { expandInputs } from '../../src/io/inputs.js';
import { readResolved, tmp } from './helpers.js';

describe('expandInputs', () => {
  it('takes a folder\'s *.csv and *.csv.gz in code-point order, keeping paths as written', async () => {
    const cwd = tmp();
    mkdirSync(join(cwd, 'data'));
    // Code-point order puts 'Z' before 'a' and '😀' (U+1F600) after 'ｚ' (U+FF5A); UTF-16 order would not.
    for (const name of ['b.csv', 'a.csv.gz', 'Z.csv', 'notes.txt', '😀.csv', 'ｚ.csv', 'c.CSV']) writeFileSync(join(cwd, 'data', name), 'x');
    mkdirSync(join(cwd, 'data', 'sub.csv'));
    const inputs = await expandInputs(['./data/'], cwd);
    expect(inputs.map((i) => i.berkas)).toEqual(['data/Z.csv', 'data/a.csv.gz', 'data/b.csv', 'data/c.CSV', 'data/ｚ.csv', 'data/😀.csv']);
    expect(inputs[0]?.path).toBe(join(cwd, 'data', 'Z.csv'));
  });

  it('keeps files, folders and stdin in command-line order', async () => {
    const cwd = tmp();
    writeFileSync(join(cwd, 'one.csv'), 'x');
    mkdirSync(join(cwd, 'more'));
    writeFileSync(join(cwd, 'more', 'two.csv'), 'x');
    const inputs = await expandInputs(['one.csv', '-', 'more'], cwd);
    expect(inputs).toEqual([
      { berkas: 'one.csv', path: join(cwd, 'one.csv') },
      { berkas: '-', path: null },
      { berkas: 'more/two.csv', path: join(cwd, 'more', 'two.csv') },
    ]);
  });

  it('throws input-missing (exit 3) for a missing input and input-folder-empty for an empty folder', async () => {
    const cwd = tmp();
    mkdirSync(join(cwd, 'empty'));
    await expect(expandInputs(['nope.csv'], cwd)).rejects.toMatchObject({ key: 'input-missing', exitCode: 3, params: { berkas: 'nope.csv' } });
    await expect(expandInputs(['empty'], cwd)).rejects.toMatchObject({ key: 'input-folder-empty', params: { berkas: 'empty' } });
  });

  it('reads several files of one roll, each with its own counts', async () => {
    const cwd = tmp();
    mkdirSync(join(cwd, 'kec'));
    writeFileSync(join(cwd, 'kec', '01.csv'), 'kode_kelurahan,tps,dpt\n16.74.01.1001,1,200\n16.74.01.1001,2,210\n');
    writeFileSync(join(cwd, 'kec', '02.csv'), 'kode_kelurahan;tps;dpt\r\n16.74.02.1001;1;190\r\n');
    const inputs = await expandInputs(['kec'], cwd);
    const logs = await Promise.all(inputs.map((i) => readResolved(i)));
    expect(logs.map((l) => [l.result.barisData, l.result.delimiter])).toEqual([
      [2, ','],
      [1, ';'],
    ]);
    expect(logs.flatMap((l) => l.rows.map((r) => r.row[F.dpt]))).toEqual(['200', '210', '190']);
  });
});
