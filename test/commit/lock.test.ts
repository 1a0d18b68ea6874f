/**
 * Issue 9.4: two runs on the same --out never mix their files. `--out/.logistik.lock` is taken with
 * O_EXCL before input is read; a live holder makes the second run stop (exit 3, naming it) while
 * the first completes; a lock left by a dead process on this computer is taken over.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { nodeCommitFs, openRun, type LockSystem } from '../../src/io/commit.js';
import { BASE_ENV, BIN, FIXTURES, runBinary, runInProcess, tempDir } from '../helpers/cli.js';
import { commitSet, faultyFs, hiddenIn, sha256Hex, until } from './helpers.js';

const RECAP = join(FIXTURES, 'kepulauan-seribu-pemilu-2024/rekap.csv');

const lockOf = (dir: string): string => join(dir, '.logistik.lock');

/** Every file ringkasan.json lists has its digest, and nothing of the protocol is left. */
async function expectOneRun(out: string): Promise<Record<string, unknown>> {
  const doc = JSON.parse(await readFile(join(out, 'ringkasan.json'), 'utf8'));
  for (const k of doc.keluaran as { berkas: string; sha256: string }[]) expect(sha256Hex(await readFile(join(out, k.berkas))), k.berkas).toBe(k.sha256);
  expect((await readdir(out)).sort()).toEqual([...doc.keluaran.map((k: { berkas: string }) => k.berkas), 'ringkasan.json'].sort());
  return doc;
}

describe('two runs at once on one --out', () => {
  it('in one process: the second exits 3 naming the first, the first completes alone', async () => {
    const dir = await tempDir('contoh');
    const stdin = new PassThrough();
    let stderr = '';
    const first = runCli(['hitung', '-', '-o', 'm'], { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, stdin, env: BASE_ENV, cwd: dir });
    await until(async () => (await hiddenIn(join(dir, 'm'))).length === 2); // lock + staging
    const second = await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'm'], { cwd: dir });
    expect(second.code).toBe(3);
    expect(second.stderr).toContain(`m/ sedang dipakai oleh logistik hitung lain (proses ${process.pid} di komputer ${hostname()})`);
    stdin.end(await readFile(RECAP));
    expect(await first, stderr).toBe(0);
    const doc = await expectOneRun(join(dir, 'm'));
    expect((doc.masukan as { berkas: string }[]).map((m) => m.berkas)).toEqual(['-']);
  });

  it('the real binary, twice: the second exits 3 before reading its input, the first completes', async () => {
    const dir = await tempDir('contoh');
    const first = spawn(process.execPath, [BIN, 'hitung', '-', '-o', 'm'], { cwd: dir, env: { PATH: process.env.PATH ?? '', ...BASE_ENV } });
    const exited = new Promise<number | null>((resolve) => first.on('exit', (code) => resolve(code)));
    await until(async () => (await hiddenIn(join(dir, 'm'))).length === 2);
    const second = runBinary(['hitung', 'tidak-ada.csv', '-o', 'm', '--lang', 'en'], { cwd: dir });
    expect(second.code).toBe(3);
    expect(second.stderr).toContain(`m/ is in use by another logistik hitung (process ${first.pid} on ${hostname()}); nothing was changed.`);
    first.stdin.end(await readFile(RECAP));
    expect(await exited).toBe(0);
    await expectOneRun(join(dir, 'm'));
  });
});

describe('a lock nobody holds any more', () => {
  it('a lock of a dead process on this computer is taken over', async () => {
    const dir = await tempDir('contoh');
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    await mkdir(join(dir, 'manifest'));
    await writeFile(lockOf(join(dir, 'manifest')), JSON.stringify({ pid: dead, host: hostname(), perintah: 'hitung', token: 'mati' }));
    const r = await runInProcess(['hitung', 'contoh/pemilih.csv'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(lockOf(join(dir, 'manifest')))).toBe(false);
    await expectOneRun(join(dir, 'manifest'));
  });

  it('a lock of another computer is never judged from here: exit 3, naming it and what to do', async () => {
    const dir = await tempDir('contoh');
    await mkdir(join(dir, 'manifest'));
    const lock = JSON.stringify({ pid: 999999999, host: 'laptop-kpu-02', perintah: 'validasi', token: 'x' });
    await writeFile(lockOf(join(dir, 'manifest')), lock);
    const r = await runInProcess(['hitung', 'contoh/pemilih.csv'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('(proses 999999999 di komputer laptop-kpu-02)');
    expect(r.stderr).toContain('hapus manifest/.logistik.lock');
    expect(await readFile(lockOf(join(dir, 'manifest')), 'utf8')).toBe(lock);
  });

  it('an unreadable lock (being written, or cut off) is respected: exit 3', async () => {
    const dir = await tempDir('contoh');
    await mkdir(join(dir, 'manifest'));
    await writeFile(lockOf(join(dir, 'manifest')), '');
    const r = await runInProcess(['hitung', 'contoh/pemilih.csv'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('manifest/.logistik.lock ada tetapi isinya tidak terbaca');
  });

  it('a take-over that catches a fresh lock instead of the dead one puts it back and yields to it', async () => {
    const out = join(await tempDir(), 'm');
    await mkdir(out);
    const DEAD = 4_000_001;
    const LIVE = 4_000_002;
    await writeFile(lockOf(out), JSON.stringify({ pid: DEAD, host: 'here', perintah: 'hitung', token: 'dead' }));
    const fresh = JSON.stringify({ pid: LIVE, host: 'here', perintah: 'hitung', token: 'live' });
    // Another run takes the dead lock over between this run's look at it and its own move.
    const racing = faultyFs({
      rename: async (from, to) => {
        if (from === lockOf(out)) await writeFile(lockOf(out), fresh);
        await nodeCommitFs.rename(from, to);
      },
    });
    const sys: LockSystem = { pid: 4_000_003, host: 'here', isAlive: (pid) => pid !== DEAD, token: () => 'mine' };
    await expect(openRun(out, { command: 'hitung', reads: [], fs: racing, lockSystem: sys })).rejects.toMatchObject({ key: 'output.locked', params: { pid: LIVE } });
    expect(await readFile(lockOf(out), 'utf8')).toBe(fresh);
    expect(await readdir(out)).toEqual(['.logistik.lock']);
  });

  it('a run releases only its own lock, never one that replaced it', async () => {
    const out = join(await tempDir(), 'm');
    const run = await openRun(out, { command: 'hitung', reads: [] });
    const other = JSON.stringify({ pid: 1, host: 'elsewhere', perintah: 'hitung', token: 'other' });
    await writeFile(lockOf(out), other);
    await run.abort();
    expect(await readFile(lockOf(out), 'utf8')).toBe(other);
    expect(await readdir(out)).toEqual(['.logistik.lock']);
  });

  it('a later run after a completed one finds no lock (the lock is released on commit and on abort)', async () => {
    const out = join(await tempDir(), 'm');
    await commitSet(out, [{ name: 'a.csv', data: 'a\n' }]);
    expect(existsSync(lockOf(out))).toBe(false);
    const run = await openRun(out, { command: 'hitung', reads: [] });
    expect(existsSync(lockOf(out))).toBe(true);
    await run.abort();
    expect(await readdir(out)).toEqual(['a.csv', 'ringkasan.json']);
  });
});
