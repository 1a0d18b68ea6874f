import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runBinary, runInProcess, tempDir } from '../helpers/cli.js';
import { requireBuild, snapshot } from './helpers.js';

/**
 * Issue 4, point 3: `hitung --check` computes in memory, writes nothing, and compares byte for
 * byte with --out: exit 0 when current, 1 when a file differs (named with its first differing
 * line), is missing or is extra; with --json, stdout is one JSON document listing the drift.
 */

interface Periksa {
  sama: boolean;
  berkas: Array<{ berkas: string; status: 'beda' | 'hilang' | 'lebih'; baris?: number }>;
}

/** A working folder with the example roll and a fresh manifest of it in `manifest/`. */
async function current(extra: string[] = []): Promise<string> {
  const dir = await tempDir();
  await cp(join(FIXTURES, 'contoh/pemilih.csv'), join(dir, 'pemilih.csv'));
  const r = await runInProcess(['hitung', 'pemilih.csv', '--quiet', ...extra], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return dir;
}

/** Runs `hitung --check` and proves it wrote nothing anywhere in the working folder. */
async function check(dir: string, args: string[] = [], lang = 'id') {
  const before = await snapshot(dir);
  const r = await runInProcess(['hitung', 'pemilih.csv', '--check', '--lang', lang, ...args], { cwd: dir });
  expect(await snapshot(dir), 'hitung --check wrote, moved or touched a file').toEqual(before);
  const json = args.includes('--json') ? (JSON.parse(r.stdout) as Record<string, unknown> & { periksa: Periksa }) : null;
  return { ...r, json };
}

/** Makes the roll invalid: the TPS number of line 3 is emptied (a `tps-identity` error). */
async function breakRoll(dir: string): Promise<void> {
  const lines = (await readFile(join(dir, 'pemilih.csv'), 'utf8')).split('\n');
  lines[2] = (lines[2] ?? '').replace(/^([^,]*,[^,]*,[^,]*,)005,/, '$1,');
  await writeFile(join(dir, 'pemilih.csv'), lines.join('\n'));
}

describe('hitung --check', () => {
  it('exits 0 when every file is current, and writes nothing', async () => {
    const dir = await current();
    const r = await check(dir);
    expect(r.code, r.stderr).toBe(0);
    // the verdict is the command's output: stdout, and nothing on stderr
    expect(r.stdout).toBe('Manifes di manifest/ sudah mutakhir.\n');
    expect(r.stderr).toBe('');
  });

  it('with --json prints one JSON document: the summary plus `periksa` {sama, berkas}', async () => {
    const dir = await current();
    const r = await check(dir, ['--json']);
    expect(r.code).toBe(0);
    const { periksa, ...rest } = r.json ?? { periksa: null };
    expect(periksa).toEqual({ sama: true, berkas: [] });
    // The rest is exactly the ringkasan.json the run would write (and that is in --out).
    expect(rest).toEqual(JSON.parse(await readFile(join(dir, 'manifest/ringkasan.json'), 'utf8')));
  });

  it('exits 1 when a file differs, naming it and its first differing line', async () => {
    const dir = await current();
    const path = join(dir, 'manifest/pengadaan.csv');
    const lines = (await readFile(path, 'utf8')).split('\n');
    // Line 4 (header = line 1): one quantity changed by hand.
    lines[3] = (lines[3] ?? '').replace(/,(\d+)$/, (_m, n: string) => `,${Number(n) + 1}`);
    await writeFile(path, lines.join('\n'));
    const r = await check(dir, ['--json']);
    expect(r.code).toBe(1);
    expect(r.json?.periksa).toEqual({ sama: false, berkas: [{ berkas: 'pengadaan.csv', status: 'beda', baris: 4 }] });
    // with --json the document has stdout, so the human list goes to stderr
    expect(r.stderr).toContain('1 berkas di manifest/ tidak sesuai:');
    expect(r.stderr).toContain('pengadaan.csv: berbeda mulai baris 4');
    expect(r.stderr).toContain('Jalankan logistik hitung tanpa --check');
    const en = await check(dir, [], 'en');
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('pengadaan.csv: differs from line 4');
  });

  it('a truncated file differs from its first missing line; a CRLF copy from line 1', async () => {
    const dir = await current();
    const path = join(dir, 'manifest/distribusi-tps.csv');
    const text = await readFile(path, 'utf8');
    const lines = text.split('\n'); // header + 4 TPS + '' after the last \n
    expect(lines).toHaveLength(6);
    await writeFile(path, `${lines.slice(0, 4).join('\n')}\n`);
    expect((await check(dir, ['--json'])).json?.periksa.berkas).toEqual([{ berkas: 'distribusi-tps.csv', status: 'beda', baris: 5 }]);
    await writeFile(path, text.replace(/\n/g, '\r\n'));
    expect((await check(dir, ['--json'])).json?.periksa.berkas).toEqual([{ berkas: 'distribusi-tps.csv', status: 'beda', baris: 1 }]);
  });

  it('exits 1 when a file is missing', async () => {
    const dir = await current();
    await rm(join(dir, 'manifest/distribusi-tps.csv'));
    const r = await check(dir, ['--json']);
    expect(r.code).toBe(1);
    expect(r.json?.periksa.berkas).toEqual([{ berkas: 'distribusi-tps.csv', status: 'hilang' }]);
    expect((await check(dir)).stdout).toContain('distribusi-tps.csv: tidak ada');
  });

  it('exits 1 when a file of ours is extra: spreadsheet copies from an earlier --excel run', async () => {
    const dir = await current(['--excel']);
    expect((await check(dir, ['--excel'])).code).toBe(0);
    const r = await check(dir, ['--json']);
    expect(r.code).toBe(1);
    // ringkasan.json differs too: its `keluaran` listed the copies.
    // In code-point order of the names, as in `keluaran`.
    expect(r.json?.periksa.berkas).toEqual([
      ...['distribusi-kecamatan.csv', 'distribusi-kelurahan.csv', 'distribusi-tps.csv', 'pengadaan.csv', 'validasi.csv'].map((n) => ({ berkas: `excel/${n}`, status: 'lebih' })),
      { berkas: 'ringkasan.json', status: 'beda', baris: expect.any(Number) },
    ]);
    expect((await check(dir)).stdout).toContain('excel/pengadaan.csv: ada, padahal tidak akan ditulis');
  });

  it('a file that is not ours in --out is not drift (the tool never writes or removes it)', async () => {
    const dir = await current();
    await writeFile(join(dir, 'manifest/catatan.txt'), 'catatan panitia\n');
    expect((await check(dir)).code).toBe(0);
  });

  it('exits 1 when the roll now has errors: the old manifests are stale (extra), validasi and ringkasan differ', async () => {
    const dir = await current();
    await breakRoll(dir);
    const r = await check(dir, ['--json']);
    expect(r.code).toBe(1);
    expect(r.json?.periksa.berkas).toEqual([
      { berkas: 'distribusi-kecamatan.csv', status: 'lebih' },
      { berkas: 'distribusi-kelurahan.csv', status: 'lebih' },
      { berkas: 'distribusi-tps.csv', status: 'lebih' },
      { berkas: 'pengadaan.csv', status: 'lebih' },
      { berkas: 'ringkasan.json', status: 'beda', baris: expect.any(Number) },
      { berkas: 'validasi.csv', status: 'beda', baris: 3 },
    ]);
  });

  it('exits 1 on an invalid roll even when --out already records its errors, as hitung itself would', async () => {
    const dir = await current();
    await breakRoll(dir);
    expect((await runInProcess(['hitung', 'pemilih.csv', '--quiet'], { cwd: dir })).code).toBe(1);
    const r = await check(dir, ['--json']);
    // The files are what a run would write…
    expect(r.json?.periksa).toEqual({ sama: true, berkas: [] });
    // …but the roll has error-level issues, so a CI job must fail, and stderr says why.
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('GALAT tps-identity (1)');
    expect(r.stderr).toContain('pemilih.csv:3');
    // With --allow-invalid (and manifests written that way) the check passes.
    expect((await runInProcess(['hitung', 'pemilih.csv', '--allow-invalid', '--quiet'], { cwd: dir })).code).toBe(0);
    expect((await check(dir, ['--allow-invalid'])).code).toBe(0);
  });

  it('a missing --out folder: every file is missing, and the folder is not created', async () => {
    const dir = await current();
    const r = await check(dir, ['--out', 'belum-ada', '--json']);
    expect(r.code).toBe(1);
    expect(r.json?.periksa.berkas.map((d) => `${d.berkas}:${d.status}`)).toEqual([
      'distribusi-kecamatan.csv:hilang', 'distribusi-kelurahan.csv:hilang', 'distribusi-tps.csv:hilang', 'pengadaan.csv:hilang', 'ringkasan.json:hilang', 'validasi.csv:hilang',
    ]);
    expect(existsSync(join(dir, 'belum-ada'))).toBe(false);
  });

  it('the real binary: --check --json puts exactly one JSON document on stdout, messages on stderr', async () => {
    requireBuild();
    const dir = await current();
    await writeFile(join(dir, 'manifest/validasi.csv'), 'diubah\n');
    const before = await snapshot(dir);
    const r = runBinary(['hitung', 'pemilih.csv', '--check', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(await snapshot(dir)).toEqual(before);
    const doc = JSON.parse(r.stdout) as { periksa: Periksa };
    expect(doc.periksa.berkas).toEqual([{ berkas: 'validasi.csv', status: 'beda', baris: 1 }]);
    expect(r.stderr).toContain('validasi.csv: berbeda mulai baris 1');
  });
});
