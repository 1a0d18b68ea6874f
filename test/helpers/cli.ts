import { mkdtemp, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { runCli } from '../../src/cli/run.js';

export const REPO = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(REPO, 'fixtures');
export const BIN = join(REPO, 'bin/logistik.js');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string | undefined>;
  readonly stdin?: string | Buffer;
  readonly isTTY?: boolean;
}

/** A neutral environment: no colour, Indonesian, UTC; tests add what they vary. */
export const BASE_ENV: Record<string, string> = { LANG: 'C', TZ: 'UTC' };

/** Runs the CLI in-process through runCli with captured streams. */
export async function runInProcess(argv: readonly string[], opts: RunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.isTTY ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.isTTY ?? false },
    ...(opts.stdin !== undefined ? { stdin: Readable.from([Buffer.from(opts.stdin)]) } : {}),
    env: { ...BASE_ENV, ...opts.env },
    cwd: opts.cwd ?? REPO,
  });
  return { code, stdout, stderr };
}

/** Runs the real binary (needs `npm run build`; `npm test` builds first). */
export function runBinary(argv: readonly string[], opts: RunOptions = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...argv], {
    cwd: opts.cwd ?? REPO,
    env: { PATH: process.env.PATH ?? '', ...BASE_ENV, ...opts.env },
    input: opts.stdin,
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder, optionally with a copy of a fixtures subfolder inside. */
export async function tempDir(copyFixture?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'logistik-test-'));
  if (copyFixture) await cp(join(FIXTURES, copyFixture), join(dir, copyFixture), { recursive: true });
  return dir;
}
