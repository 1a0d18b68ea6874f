import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeOutputFs, writeFileSet, type OutputFs } from '../../src/io/atomic-output.js';
import { OutputError } from '../../src/errors.js';

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'logistik-out-'));
}

const OLD = [
  { name: 'pengadaan.csv', data: 'old pengadaan\n' },
  { name: 'distribusi-tps.csv', data: 'old tps\n' },
  { name: 'ringkasan.json', data: '{"old":true}\n' },
];
const NEW = [
  { name: 'pengadaan.csv', data: 'new pengadaan\n' },
  { name: 'distribusi-tps.csv', data: 'new tps\n' },
  { name: 'ringkasan.json', data: '{"new":true}\n' },
];

describe('writeFileSet', () => {
  it('writes all files into a new folder', async () => {
    const out = join(await tempDir(), 'manifest');
    await writeFileSet(out, NEW, { remove: [], inputs: [] });
    expect(await readFile(join(out, 'pengadaan.csv'), 'utf8')).toBe('new pengadaan\n');
    expect((await readdir(out)).sort()).toEqual(['distribusi-tps.csv', 'pengadaan.csv', 'ringkasan.json']);
  });

  it('leaves the previous files whole when a write fails midway, and leaves no temporary folder', async () => {
    const parent = await tempDir();
    const out = join(parent, 'manifest');
    await writeFileSet(out, OLD, { remove: [], inputs: [] });
    let writes = 0;
    const failing: OutputFs = {
      ...nodeOutputFs,
      writeFile: async (path, data, opts) => {
        if (++writes === 2) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        await nodeOutputFs.writeFile(path, data, opts);
      },
    };
    await expect(writeFileSet(out, NEW, { remove: [], inputs: [], fs: failing })).rejects.toBeInstanceOf(OutputError);
    for (const f of OLD) expect(await readFile(join(out, f.name), 'utf8')).toBe(f.data);
    expect(await readdir(parent)).toEqual(['manifest']);
  });

  it('never touches files that are not its own, and removes only the names it is told to', async () => {
    const out = join(await tempDir(), 'manifest');
    await mkdir(out);
    await writeFile(join(out, 'catatan-saya.txt'), 'mine');
    await writeFile(join(out, 'distribusi-kecamatan.csv'), 'stale');
    await writeFileSet(out, NEW, { remove: ['distribusi-kecamatan.csv'], inputs: [] });
    expect(await readFile(join(out, 'catatan-saya.txt'), 'utf8')).toBe('mine');
    expect((await readdir(out)).sort()).toEqual(['catatan-saya.txt', 'distribusi-tps.csv', 'pengadaan.csv', 'ringkasan.json']);
  });

  it('refuses to write over one of its inputs', async () => {
    const out = join(await tempDir(), 'manifest');
    await mkdir(out);
    const input = join(out, 'pengadaan.csv');
    await writeFile(input, 'a roll that happens to be named like a manifest');
    await expect(writeFileSet(out, NEW, { remove: [], inputs: [input] })).rejects.toMatchObject({ key: 'output-is-input' });
    expect(await readFile(input, 'utf8')).toBe('a roll that happens to be named like a manifest');
  });
});
