/**
 * Issue 9.4 and 9.7: where a run may write is checked before any input is read (exit 2): `-o ""`
 * is a usage error, an `--out` that is a file says so, an `--out` equal to a folder the command
 * reads is refused on the first run (not found out on the second, when the outputs would be read
 * as rolls), and no output is written over an input.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { workDir } from '../ux/rolls.js';

describe('--out placement', () => {
  it.each([
    ['hitung', ['hitung', 'contoh/pemilih.csv', '-o', '']],
    ['validasi', ['validasi', 'contoh/pemilih.csv', '--out', '']],
    ['hitung --check', ['hitung', 'contoh/pemilih.csv', '-o', '', '--check']],
    ['only spaces', ['hitung', 'contoh/pemilih.csv', '-o', '  ']],
  ])('-o "" is a usage error (exit 2), not "this folder": %s', async (_name, argv) => {
    const dir = await workDir();
    const before = (await readdir(dir)).sort();
    const r = await runInProcess(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('-o/--out kosong');
    expect((await readdir(dir)).sort()).toEqual(before);
  });

  it('an --out that is a file says so (exit 2), and leaves the file alone', async () => {
    const dir = await workDir();
    await writeFile(join(dir, 'manifest'), 'bukan folder\n');
    for (const out of ['manifest', 'manifest/dalam']) {
      const r = await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', out, '--lang', 'en'], { cwd: dir });
      expect(r.code, out).toBe(2);
      expect(r.stderr).toContain(`--out ${out} is a file (or lies inside one), not a folder.`);
    }
    expect(await readFile(join(dir, 'manifest'), 'utf8')).toBe('bukan folder\n');
  });

  it('an --out equal to a folder the command reads is refused on the first run, however it is spelt', async () => {
    const dir = await workDir();
    await symlink(join(dir, 'contoh'), join(dir, 'tautan'));
    for (const [input, out] of [['contoh', 'contoh'], ['contoh/', './contoh'], ['tautan', 'contoh'], [join(dir, 'contoh'), 'contoh/.']]) {
      const r = await runInProcess(['hitung', input ?? '', '-o', out ?? ''], { cwd: dir });
      expect(r.code, `${input} -o ${out}`).toBe(2);
      expect(r.stderr).toContain('adalah folder yang juga dibaca sebagai masukan');
    }
    expect(await readdir(join(dir, 'contoh'))).toEqual(['pemilih.csv']);
  });

  it('a subfolder of an input folder is fine: folders are read without descending', async () => {
    const dir = await workDir();
    for (let i = 0; i < 2; i++) {
      const r = await runInProcess(['hitung', 'contoh', '-o', 'contoh/hasil'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      // the second run reads the same single roll: the outputs beside it were never taken as input
      const ringkasan = JSON.parse(await readFile(join(dir, 'contoh/hasil/ringkasan.json'), 'utf8'));
      expect(ringkasan.masukan.map((m: { berkas: string }) => m.berkas)).toEqual(['contoh/pemilih.csv']);
    }
  });

  it('never writes over an input file: refused (exit 2) before it is read', async () => {
    const dir = await workDir();
    await mkdir(join(dir, 'm'));
    await cp(join(dir, 'contoh/pemilih.csv'), join(dir, 'm/validasi.csv'));
    const r = await runInProcess(['validasi', 'm/validasi.csv', '-o', 'm'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Menolak menimpa m/validasi.csv: berkas itu dibaca sebagai masukan');
    expect(await readFile(join(dir, 'm/validasi.csv'))).toEqual(await readFile(join(dir, 'contoh/pemilih.csv')));
  });

  it('--check opens no run: it takes no lock, creates nothing, and works beside a run in progress', async () => {
    const dir = await workDir();
    await runInProcess(['hitung', 'contoh/pemilih.csv'], { cwd: dir });
    await writeFile(join(dir, 'manifest/.logistik.lock'), JSON.stringify({ pid: process.pid, host: 'x', perintah: 'hitung', token: 't' }));
    expect((await runInProcess(['hitung', 'contoh/pemilih.csv', '--check'], { cwd: dir })).code).toBe(0);
    expect((await runInProcess(['hitung', 'contoh/pemilih.csv', '--check', '-o', 'belum'], { cwd: dir })).code).toBe(1);
    expect(existsSync(join(dir, 'belum'))).toBe(false);
  });
});
