/**
 * The all-or-nothing guarantees the writer always gave, now through the run session
 * (src/io/commit.ts): a run writes all its files or none, a failure midway leaves the previous
 * files whole and no staging folder, files that are not ours are never touched, inputs never
 * written over.
 */
import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeCommitFs, openRun } from '../../src/io/commit.js';
import { OutputError, UsageError } from '../../src/errors.js';
import { commitSet, expectRunOf, faultyFs, osError, ringkasanOf } from '../commit/helpers.js';

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'logistik-out-'));
}

const OLD = [
  { name: 'pengadaan.csv', data: 'old pengadaan\n' },
  { name: 'distribusi-tps.csv', data: 'old tps\n' },
  { name: 'distribusi-kecamatan.csv', data: 'old kecamatan\n' },
];
const NEW = [
  { name: 'pengadaan.csv', data: 'new pengadaan\n' },
  { name: 'distribusi-tps.csv', data: 'new tps\n' },
];

describe('a run session writes all or nothing', () => {
  it('writes all files into a new folder, and nothing of its own is left beside them', async () => {
    const out = join(await tempDir(), 'manifest');
    await commitSet(out, NEW);
    expect(await readFile(join(out, 'pengadaan.csv'), 'utf8')).toBe('new pengadaan\n');
    // No lock, no staging folder: only the run's files.
    expect((await readdir(out)).sort()).toEqual(['distribusi-tps.csv', 'pengadaan.csv', 'ringkasan.json']);
  });

  it('leaves the previous files whole when a write fails midway, and leaves no staging folder', async () => {
    const parent = await tempDir();
    const out = join(parent, 'manifest');
    await commitSet(out, OLD);
    let writes = 0;
    const failing = faultyFs({
      writeFile: async (path, data, opts) => {
        // the lock is write 1; the second staged file fails
        if (++writes === 3) throw osError('ENOSPC', 'disk full');
        await nodeCommitFs.writeFile(path, data, opts);
      },
    });
    const err = await commitSet(out, NEW, { fs: failing }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputError);
    expect(err).toMatchObject({ key: 'output.os.enospc', params: { kode: 'ENOSPC' } });
    await expectRunOf(out, OLD);
    expect(await readdir(parent)).toEqual(['manifest']);
  });

  it('never touches files that are not its own, and removes only the earlier run\'s proven files', async () => {
    const out = join(await tempDir(), 'manifest');
    await mkdir(out);
    await writeFile(join(out, 'catatan-saya.txt'), 'mine');
    await commitSet(out, OLD);
    const removed = await commitSet(out, NEW);
    expect(removed).toEqual(['distribusi-kecamatan.csv']);
    expect(await readFile(join(out, 'catatan-saya.txt'), 'utf8')).toBe('mine');
    expect((await readdir(out)).sort()).toEqual(['catatan-saya.txt', 'distribusi-tps.csv', 'pengadaan.csv', 'ringkasan.json']);
    expect(await readFile(join(out, 'ringkasan.json'), 'utf8')).toBe(ringkasanOf(NEW));
  });

  it('refuses to write over one of its inputs, before anything is read when the name is claimed', async () => {
    const out = join(await tempDir(), 'manifest');
    await mkdir(out);
    const input = join(out, 'pengadaan.csv');
    await writeFile(input, 'a roll that happens to be named like a manifest');
    const upFront = openRun(out, { command: 'hitung', reads: [input], names: ['pengadaan.csv'] });
    await expect(upFront).rejects.toBeInstanceOf(UsageError);
    await expect(upFront).rejects.toMatchObject({ key: 'usage.out-over-input' });
    // Unclaimed, it is refused when the name is staged.
    const run = await openRun(out, { command: 'hitung', reads: [input] });
    await expect(run.write('pengadaan.csv', 'x')).rejects.toMatchObject({ key: 'usage.out-over-input' });
    await run.abort();
    expect(await readFile(input, 'utf8')).toBe('a roll that happens to be named like a manifest');
    expect(await readdir(out)).toEqual(['pengadaan.csv']);
  });
});
