/**
 * Issue 9.4: a hard kill (SIGKILL, power cut) at any step of a run leaves a folder the next run can
 * put right: before the commit began, the staging folder is thrown away and the earlier run is
 * whole; once it began (the staging folder renamed to a commit folder), the next run completes it.
 * Never CSVs of one run beside a ringkasan.json of another, never a staging folder left behind.
 *
 * The killed run is a real child process (kill-child.mjs) that sends itself SIGKILL before the Nth
 * step that changes the disk; every N from the first staged write to the lock release is tried.
 */
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openRun, type OutputFile } from '../../src/io/commit.js';
import { REPO, tempDir } from '../helpers/cli.js';
import { commitSet, expectRunOf, ringkasanOf } from './helpers.js';

const CHILD = join(REPO, 'test/commit/kill-child.mjs');

/** The earlier run: a file B replaces, one B drops, and a subfolder B empties. */
const A: OutputFile[] = [
  { name: 'pengadaan.csv', data: 'A pengadaan\n' },
  { name: 'distribusi-tps.csv', data: 'A tps\n' },
  { name: 'lama/catatan.csv', data: 'A lama\n' },
  { name: 'excel/pengadaan.csv', data: 'A excel\n' },
];
/** The killed run: replaces, adds, keeps a subfolder with another file. */
const B: OutputFile[] = [
  { name: 'pengadaan.csv', data: 'B pengadaan\n' },
  { name: 'validasi.csv', data: 'B validasi\n' },
  { name: 'excel/validasi.csv', data: 'B excel\n' },
];
const C: OutputFile[] = [{ name: 'pengadaan.csv', data: 'C pengadaan\n' }];

interface Step {
  readonly step: number;
  readonly op: string;
  readonly args: string[];
}

function runChild(out: string, killAt: number): { signal: NodeJS.Signals | null; status: number | null; steps: Step[]; stdout: string } {
  const r = spawnSync(process.execPath, [CHILD, out, String(killAt)], { input: JSON.stringify({ files: B, ringkasan: ringkasanOf(B) }), encoding: 'utf8' });
  const steps = r.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Step);
  return { signal: r.signal, status: r.status, steps, stdout: r.stdout };
}

async function folderWithA(): Promise<string> {
  const out = join(await tempDir(), 'm');
  await commitSet(out, A);
  return out;
}

/** The step that begins the commit: the staging folder renamed to a commit folder. */
const isBegin = (s: Step): boolean => s.op === 'rename' && (s.args[0] ?? '').includes('.logistik-staging-') && (s.args[1] ?? '').includes('.logistik-commit-');

describe('a run killed at any step', () => {
  let all: Step[] = [];

  beforeAll(async () => {
    const out = await folderWithA();
    const r = runChild(out, 0);
    expect(r.status, 'the child completes when not killed (npm run build first)').toBe(0);
    all = r.steps;
    await expectRunOf(out, B);
  });

  it('takes the steps the protocol names, in its order', () => {
    const ops = all.map((s) => `${s.op} ${s.args.map((a) => a.replace(/^.*\/m\//, '').replace(/-\d+-[0-9a-f]+/, '-*')).join(' ')}`);
    const begin = all.findIndex(isBegin);
    expect(begin).toBeGreaterThan(0);
    // Everything before the commit begins happens inside the staging folder.
    for (const s of all.slice(0, begin)) expect(s.args[0], s.op).toContain('.logistik-staging-');
    expect(ops.slice(begin)).toEqual([
      'rename .logistik-staging-* .logistik-commit-*',
      'rename ringkasan.json .logistik-commit-*/.ringkasan-lama.json',
      'mkdir excel',
      'rename .logistik-commit-*/excel/validasi.csv excel/validasi.csv',
      'rename .logistik-commit-*/pengadaan.csv pengadaan.csv',
      'rename .logistik-commit-*/validasi.csv validasi.csv',
      'rm distribusi-tps.csv',
      'rm excel/pengadaan.csv',
      'rmdir excel',
      'rm lama/catatan.csv',
      'rmdir lama',
      'rename .logistik-commit-*/ringkasan.json ringkasan.json',
      'rm .logistik-commit-*',
      'rm .logistik.lock',
    ]);
  });

  it('killed while staging, before the commit began: the next run throws the staging away, the earlier run whole', async () => {
    const out = await folderWithA();
    const killAt = all.findIndex((s) => s.op === 'writeFile') + 1;
    expect(runChild(out, killAt).signal).toBe('SIGKILL');
    const run = await openRun(out, { command: 'hitung', reads: [] });
    expect(run.recovered).toEqual([{ kind: 'discarded', removed: [] }]);
    await run.abort();
    await expectRunOf(out, A);
  });

  it('killed in the middle of the renames: the next run completes the commit', async () => {
    const out = await folderWithA();
    const renames = all.map((s, i) => ({ s, i })).filter(({ s }) => s.op === 'rename' && (s.args[0] ?? '').includes('.logistik-commit-') && !(s.args[0] ?? '').endsWith('ringkasan.json'));
    const killAt = (renames[1]?.i ?? -1) + 1;
    const r = runChild(out, killAt);
    expect(r.signal).toBe('SIGKILL');
    expect(r.steps.at(-1)?.args[1]).toMatch(/m\/pengadaan\.csv$/);
    const run = await openRun(out, { command: 'hitung', reads: [] });
    expect(run.recovered).toEqual([{ kind: 'completed', removed: ['distribusi-tps.csv', 'excel/pengadaan.csv', 'lama/catatan.csv'] }]);
    await run.abort();
    await expectRunOf(out, B);
  });

  // One child process per step: give it the time a busy machine needs (no timing is asserted).
  it('at every step: the next run leaves exactly one run (the earlier before the commit began, the killed one after), and nothing of the protocol', { timeout: 300_000 }, async () => {
    const begin = all.findIndex(isBegin) + 1;
    for (let killAt = 1; killAt <= all.length; killAt++) {
      const out = await folderWithA();
      const r = runChild(out, killAt);
      expect(r.signal, `step ${killAt}`).toBe('SIGKILL');
      // The folder as the kill left it is already never a mix: no ringkasan.json, or one whose files all match.
      const run = await openRun(out, { command: 'hitung', reads: [] });
      await run.abort();
      await expectRunOf(out, killAt <= begin ? A : B);
      // And the next run after that works as any other.
      await commitSet(out, C);
      await expectRunOf(out, C);
      expect(await readdir(out), `step ${killAt}`).toEqual(['pengadaan.csv', 'ringkasan.json']);
    }
  });
});
