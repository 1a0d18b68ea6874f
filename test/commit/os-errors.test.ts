/**
 * Issue 9.7: an OS error while writing `--out` is explained in words, in the chosen language, with
 * what to do and the path as the user gave it; the code (EROFS, …) is only in parentheses. And a
 * failure never leaves anything half-written.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { MESSAGE_CATALOGUE } from '../../src/core/messages/index.js';
import { nodeCommitFs, OS_ERROR_KEYS, type CommitFs } from '../../src/io/commit.js';
import { BASE_ENV, BIN, runInProcess, tempDir } from '../helpers/cli.js';
import { faultyFs, osError, snapshot } from './helpers.js';

async function runWith(dir: string, outputFs: CommitFs, argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await runCli(argv, { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, env: BASE_ENV, cwd: dir, outputFs });
  return { code, stderr };
}

describe('OS errors in words', () => {
  it.each(OS_ERROR_KEYS)('%s is in the catalogue, naming the path and the code, in both languages', (key) => {
    const entry = MESSAGE_CATALOGUE[key];
    expect(entry).toBeDefined();
    for (const text of [entry?.id ?? '', entry?.en ?? '']) {
      expect(text).toContain('{path}');
      expect(text).toContain('({kode}');
    }
  });

  it.each([
    ['EACCES', 'mkdir', 'Tidak bisa menulis keluaran/baru: tidak ada izin (EACCES). Pilih --out di folder milik Anda'],
    ['EPERM', 'mkdir', 'tidak ada izin (EPERM)'],
    ['EROFS', 'writeFile', 'Tidak bisa menulis keluaran/baru/.logistik.lock: sistem berkasnya hanya-baca (EROFS)'],
    ['ENOSPC', 'writeFile', 'disk penuh (ENOSPC)'],
    ['EIO', 'mkdir', 'disk gagal membaca atau menulis (EIO)'],
    ['EACCES', 'readdir', 'Tidak bisa menulis keluaran/baru: tidak ada izin (EACCES)'],
    ['EWEIRD', 'mkdir', 'sistem menolak dengan galat yang tidak dikenal logistik (EWEIRD)'],
  ] as const)('%s on %s: exit 3, explained', async (code, call, words) => {
    const dir = await tempDir('contoh');
    const fs = faultyFs({ [call]: async () => Promise.reject(osError(code)) });
    const r = await runWith(dir, fs, ['hitung', 'contoh/pemilih.csv', '-o', 'keluaran/baru']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(words);
    expect(r.stderr).not.toMatch(/^galat: \w+$/m);
  });

  it('in English with --lang en', async () => {
    const dir = await tempDir('contoh');
    const fs = faultyFs({ mkdir: async () => Promise.reject(osError('EROFS')) });
    const r = await runWith(dir, fs, ['hitung', 'contoh/pemilih.csv', '-o', 'm', '--lang', 'en']);
    expect(r.stderr).toContain('error: Cannot write m: the file system is read-only (EROFS), e.g. a CD, a locked USB stick');
  });

  it('a disk that fills up while the files are staged leaves the earlier run whole and no staging folder', async () => {
    const dir = await tempDir('contoh');
    expect((await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'm', '--excel'], { cwd: dir })).code).toBe(0);
    const before = await snapshot(join(dir, 'm'));
    let writes = 0;
    const fs = faultyFs({
      writeFile: async (path, data, opts) => {
        if (++writes === 4) throw osError('ENOSPC');
        await nodeCommitFs.writeFile(path, data, opts);
      },
    });
    const r = await runWith(dir, fs, ['hitung', 'contoh/pemilih.csv', '-o', 'm']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Tidak bisa menulis m\/[a-z-]+\.csv: disk penuh \(ENOSPC\)/);
    expect(await snapshot(join(dir, 'm'))).toEqual(before);
    expect((await readdir(join(dir, 'm'))).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

/**
 * A real read-only file system. Tests may run as root, for whom chmod stops nothing, so a folder
 * is made read-only with a read-only bind mount inside a private user and mount namespace
 * (`unshare -rm`): the machine's own mounts are never touched, and the mount ends with the process.
 * Where unshare is not allowed (some containers, macOS), the injected-fs tests above stand alone.
 */
const canUnshare = spawnSync('unshare', ['-rm', 'true']).status === 0;

describe.skipIf(!canUnshare)('a read-only mount (unshare -rm, read-only bind)', () => {
  it('the real binary: exit 3, "read-only" in words, nothing written', async () => {
    const dir = await tempDir('contoh');
    await mkdir(join(dir, 'ro'));
    const script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && cd "$2" && exec "$3" "$4" hitung contoh/pemilih.csv -o ro/manifest';
    const r = spawnSync('unshare', ['-rm', 'sh', '-c', script, 'sh', join(dir, 'ro'), dir, process.execPath, BIN], {
      env: { PATH: process.env.PATH ?? '', ...BASE_ENV },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(3);
    expect(r.stderr).toContain('Tidak bisa menulis ro/manifest: sistem berkasnya hanya-baca (EROFS)');
    expect(await readdir(join(dir, 'ro'))).toEqual([]);
  });
});
