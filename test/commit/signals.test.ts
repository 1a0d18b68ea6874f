/**
 * Issue 9.4: SIGINT/SIGTERM during a run remove its staging folder (nothing half-written, nothing
 * changed) and exit 130/143; during a commit already begun, they let it finish first. The handlers
 * are the process's (bin/logistik.js passes `process` as CliIo.signals); runCli stays testable
 * in-process with a stand-in.
 */
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { nodeCommitFs } from '../../src/io/commit.js';
import { BASE_ENV, BIN, FIXTURES, runInProcess, tempDir } from '../helpers/cli.js';
import { faultyFs, hiddenIn, snapshot, until } from './helpers.js';

const RECAP = join(FIXTURES, 'kepulauan-seribu-pemilu-2024/rekap.csv');


/** A folder holding a complete earlier run in `m`. */
async function withEarlierRun(): Promise<string> {
  const dir = await tempDir('contoh');
  expect((await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'm'], { cwd: dir })).code).toBe(0);
  return dir;
}

describe('the real binary, stopped by a signal mid-run', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s: exit %i, nothing in --out changed, no staging folder or lock left', async (signal, code) => {
    const dir = await withEarlierRun();
    const before = await snapshot(join(dir, 'm'));
    // Reading standard input that has not ended: the run is open (lock and staging there) and waits.
    const child = spawn(process.execPath, [BIN, 'hitung', '-', '-o', 'm'], { cwd: dir, env: { PATH: process.env.PATH ?? '', ...BASE_ENV } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    child.stdin.write((await readFile(RECAP)).subarray(0, 2000));
    await until(async () => (await hiddenIn(join(dir, 'm'))).length === 2);
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(stderr).toContain(`Dihentikan (${signal}): tidak ada yang diubah di m/.`);
    expect(await snapshot(join(dir, 'm'))).toEqual(before);
    expect(await hiddenIn(join(dir, 'm'))).toEqual([]);
  });
});

class FakeSignals extends EventEmitter {
  readonly exits: Array<{ code: number; folder: Map<string, string> }> = [];
  constructor(private readonly folder: string) {
    super();
  }
  exit(code: number): void {
    // What --out holds at the moment the process would end.
    void snapshot(this.folder).then((folder) => this.exits.push({ code, folder }));
  }
}

describe('in-process, with the signal handlers injected', () => {
  it('a signal while the roll is read removes the staging folder and releases the lock, then exits 143', async () => {
    const dir = await withEarlierRun();
    const before = await snapshot(join(dir, 'm'));
    const signals = new FakeSignals(join(dir, 'm'));
    const stdin = new PassThrough();
    let stderr = '';
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, stdin, env: BASE_ENV, cwd: dir, signals };
    const running = runCli(['hitung', '-', '-o', 'm'], io);
    await until(async () => (await hiddenIn(join(dir, 'm'))).length === 2);
    signals.emit('SIGTERM');
    await until(() => signals.exits.length === 1);
    expect(signals.exits[0]).toEqual({ code: 143, folder: before });
    expect(await hiddenIn(join(dir, 'm'))).toEqual([]);
    // The process would be gone; here the run goes on and finds itself closed, writing nothing.
    stdin.end(await readFile(RECAP));
    expect(await running).toBe(3);
    expect(stderr).toContain('Dihentikan (SIGTERM): tidak ada yang diubah di m/.');
    expect(await snapshot(join(dir, 'm'))).toEqual(before);
    // A second signal during the clean-up is ignored: the handlers stay until the process ends.
    signals.emit('SIGINT');
    await new Promise((r) => setTimeout(r, 50));
    expect(signals.exits.map((e) => e.code)).toEqual([143]);
  });

  it('installs the handlers only while a run is open', async () => {
    const dir = await tempDir('contoh');
    const signals = new FakeSignals(join(dir, 'm'));
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: BASE_ENV, cwd: dir, signals };
    expect(await runCli(['hitung', 'contoh/pemilih.csv', '-o', 'm'], io)).toBe(0);
    expect(await runCli(['hitung', 'tidak-ada.csv', '-o', 'm'], io)).toBe(3);
    expect(await runCli(['hitung', 'contoh/pemilih.csv', '-o', 'm', '--check'], io)).toBe(0);
    expect(signals.listenerCount('SIGINT') + signals.listenerCount('SIGTERM')).toBe(0);
    expect(signals.exits).toEqual([]);
  });

  it('a signal during a commit already begun lets it finish, then exits 130 with the new run in place', async () => {
    const dir = await withEarlierRun();
    const signals = new FakeSignals(join(dir, 'm'));
    const outputFs = faultyFs({
      rename: async (from, to) => {
        // The staging folder itself becoming the commit (validasi.csv is renamed within it before).
        if (basename(from).startsWith('.logistik-staging-')) signals.emit('SIGINT');
        await nodeCommitFs.rename(from, to);
      },
    });
    let stderr = '';
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, env: BASE_ENV, cwd: dir, signals, outputFs };
    await writeFile(join(dir, 'rekap.csv'), await readFile(RECAP));
    expect(await runCli(['hitung', 'rekap.csv', '-o', 'm'], io)).toBe(0);
    await until(() => signals.exits.length === 1);
    const [exit] = signals.exits;
    expect(exit?.code).toBe(130);
    const ringkasan = JSON.parse(exit?.folder.get('ringkasan.json') ?? '{}');
    expect(ringkasan.masukan.map((m: { berkas: string }) => m.berkas)).toEqual(['rekap.csv']);
    expect([...(exit?.folder.keys() ?? [])].sort()).toEqual([...ringkasan.keluaran.map((k: { berkas: string }) => k.berkas), 'ringkasan.json'].sort());
    expect(stderr).toContain('Dihentikan (SIGINT) saat berkas sedang dipindahkan ke m/: pemindahan diselesaikan dulu');
  });
});
