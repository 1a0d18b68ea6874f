/**
 * bin/load-bundle.js: the bundles run with the V8 code cache the build made, and a cache that does
 * not belong to the script it sits beside is never used. Each case is a fresh Node process, as
 * a run is (the loader reads its mode once, and writes a main thread's cache when it exits).
 */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURES, REPO, runBinary, tempDir } from '../helpers/cli.js';
import { assertBuilt } from '../ux/rolls.js';

const LOADER = pathToFileURL(join(REPO, 'bin/load-bundle.js')).href;

/** Loads `file` in a new process, calls its `value()` and prints it; the loader's verdict on stderr. */
function load(file: string, mode?: string): { value: string; verdict: string } {
  const code = `import { loadBundle } from ${JSON.stringify(LOADER)};
process.stdout.write(loadBundle(new URL(${JSON.stringify(pathToFileURL(file).href)})).value());`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    env: { PATH: process.env.PATH ?? '', LOGISTIK_DEBUG_PARALLEL: '1', ...(mode ? { LOGISTIK_CODE_CACHE: mode } : {}) },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return { value: r.stdout, verdict: /code cache .*: (\w+)/.exec(r.stderr)?.[1] ?? 'not said' };
}

/** A script whose function runs at load, so that its bytecode is in a cache made after the run. */
const script = (text: string): string => `"use strict"; const v = () => ${JSON.stringify(text)}; v(); exports.value = v;\n`;

describe('the code cache of a bundle (bin/load-bundle.js)', () => {
  it('is made by a run in write mode, then used, and the script runs the same with it', async () => {
    const dir = await tempDir();
    const file = join(dir, 'b.cjs');
    await writeFile(file, script('satu'));
    expect(load(file)).toEqual({ value: 'satu', verdict: 'none' });
    expect(load(file, 'write')).toEqual({ value: 'satu', verdict: 'none' });
    expect(existsSync(`${file}.cache`)).toBe(true);
    expect(load(file)).toEqual({ value: 'satu', verdict: 'used' });
    expect(load(file, 'off')).toEqual({ value: 'satu', verdict: 'not said' });
  });

  it('is not used once the script changed, even to the same length (V8 itself checks only the length)', async () => {
    const dir = await tempDir();
    const file = join(dir, 'b.cjs');
    await writeFile(file, script('satu'));
    load(file, 'write');
    await writeFile(file, script('dua!'));
    expect(load(file)).toEqual({ value: 'dua!', verdict: 'none' });
  });

  it('that V8 refuses (made by another V8, other flags, or damaged) leaves the script to run from its source', async () => {
    const dir = await tempDir();
    const file = join(dir, 'b.cjs');
    await writeFile(file, script('satu'));
    load(file, 'write');
    const cache = await readFile(`${file}.cache`);
    // The digest of the source stays; V8's own data after it is damaged.
    cache.fill(0x5a, 32 + 16);
    await writeFile(`${file}.cache`, cache);
    expect(load(file)).toEqual({ value: 'satu', verdict: 'rejected' });
  });
});

describe('the built package', () => {
  it('runs a split hitung with the caches the build made for the CLI and both workers, byte for byte as without them', async () => {
    assertBuilt();
    const dir = await tempDir();
    const roll = join(FIXTURES, 'prabumulih-pemilu-2024/rekap.csv');
    const run = (out: string, mode?: string) => runBinary(['hitung', roll, '--out', out, '--json'], {
      cwd: dir,
      env: { LOGISTIK_DEBUG_PARALLEL: '1', LOGISTIK_SPLIT_MIN_BYTES: '0', LOGISTIK_THREADS: '2', ...(mode ? { LOGISTIK_CODE_CACHE: mode } : {}) },
    });
    const cached = run('a');
    expect(cached.code, cached.stderr).toBe(0);
    for (const bundle of ['run', 'range-worker', 'hash-worker']) expect(cached.stderr).toContain(`${join(REPO, 'dist/bundle', bundle)}.cjs: used`);
    const plain = run('b', 'off');
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stderr).not.toContain('code cache');
    expect(cached.stdout).toBe(plain.stdout);
    for (const f of ['pengadaan.csv', 'distribusi-tps.csv', 'ringkasan.json']) {
      expect(await readFile(join(dir, 'a', f), 'utf8')).toBe(await readFile(join(dir, 'b', f), 'utf8'));
    }
  });

  it('reads a .gz roll (the one module a bundle loads late) as it reads the plain file', async () => {
    assertBuilt();
    const dir = await tempDir();
    const text = await readFile(join(FIXTURES, 'contoh/pemilih.csv'));
    await writeFile(join(dir, 'pemilih.csv.gz'), gzipSync(text));
    await writeFile(join(dir, 'pemilih.csv'), text);
    const gz = runBinary(['hitung', 'pemilih.csv.gz', '--out', 'a', '--quiet'], { cwd: dir, env: { LOGISTIK_DEBUG_PARALLEL: '1' } });
    expect(gz.code, gz.stderr).toBe(0);
    expect(gz.stderr).toContain('run.cjs: used');
    expect(runBinary(['hitung', 'pemilih.csv', '--out', 'b', '--quiet'], { cwd: dir }).code).toBe(0);
    expect(await readFile(join(dir, 'a', 'distribusi-tps.csv'), 'utf8')).toBe(await readFile(join(dir, 'b', 'distribusi-tps.csv'), 'utf8'));
  });
});
