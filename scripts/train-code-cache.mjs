#!/usr/bin/env node
/**
 * `npm run build`, last step: makes the V8 code caches bin/load-bundle.js compiles the bundles with
 * (dist/bundle/*.cjs.cache), from one training run of the built CLI.
 *
 * A cache holds the bytecode of the functions a run compiled, so the run is the one that matters
 * most for time: `hitung` on a voter-level roll (generated, 20,000 rows, a few duplicate NIKs), split
 * into two ranges (on any machine) so that the range worker and the hash worker are
 * trained too. Other commands get the bundle's top level and the functions they share with hitung
 * from it, and compile the rest as before. The run is the real binary, so the caches are made under
 * the V8 flags bin/logistik.js sets, which V8 checks. Deterministic input; the run's output is
 * thrown away with its temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUNDLES = ['run', 'range-worker', 'hash-worker'];

function run(args, env = {}) {
  const r = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r;
}

const dir = mkdtempSync(join(tmpdir(), 'logistik-train-'));
try {
  const roll = join(dir, 'pemilih.csv');
  run(['scripts/generate-roll.mjs', '--rows', '20000', '--duplicates', '0.001', '--out', roll]);
  run(['bin/logistik.js', 'hitung', roll, '--out', join(dir, 'out'), '--json', '--allow-invalid'], {
    LOGISTIK_CODE_CACHE: 'write',
    // Split in two whatever the file's size and the machine's cores (the workers must run).
    LOGISTIK_SPLIT_MIN_BYTES: '0',
    LOGISTIK_THREADS: '2',
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const missing = BUNDLES.filter((b) => !existsSync(join(root, 'dist', 'bundle', `${b}.cjs.cache`)));
if (missing.length > 0) throw new Error(`no code cache was made for ${missing.join(', ')}`);
