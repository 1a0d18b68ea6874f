/**
 * Issue 10.1: the tool never deletes or replaces a file it cannot prove it wrote. A file may be
 * replaced or removed only when the ringkasan.json the tool wrote earlier in that folder lists it
 * with the SHA-256 it has now; validasi writes to its own folder and refuses one holding a hitung
 * run (contract: exit 2, before reading input).
 */
import { existsSync } from 'node:fs';
import { readFile, readdir, rename, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { workDir } from '../ux/rolls.js';
import { snapshot } from './helpers.js';

const MANIFESTS = ['distribusi-kecamatan.csv', 'distribusi-kelurahan.csv', 'distribusi-kpu.csv', 'distribusi-tps.csv', 'pengadaan.csv'];

async function hitung(dir: string, ...argv: string[]) {
  return runInProcess(['hitung', ...argv], { cwd: dir });
}

describe('validasi never replaces a hitung run', () => {
  it('validasi after a successful hitung into the same folder: refused (exit 2), every file intact', async () => {
    const dir = await workDir();
    expect((await hitung(dir, 'contoh/pemilih.csv', '-o', 'm')).code).toBe(0);
    const before = await snapshot(join(dir, 'm'));
    const r = await runInProcess(['validasi', 'contoh/pemilih.csv', '-o', 'm'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('m/ berisi hasil logistik hitung');
    expect(await snapshot(join(dir, 'm'))).toEqual(before);
  });

  it('is refused before any input is read: a missing input is not what it reports', async () => {
    const dir = await workDir();
    await hitung(dir, 'contoh/pemilih.csv', '-o', 'm');
    const r = await runInProcess(['validasi', 'tidak-ada.csv', '-o', 'm', '--json', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).galat).toMatchObject({ kode: 'usage.out-other-command', kode_keluar: 2 });
    expect(r.stderr).toContain('m/ holds the output of logistik hitung');
  });

  it('writes to its own folder `validasi` by default, and records perintah', async () => {
    const dir = await workDir();
    await hitung(dir, 'contoh/pemilih.csv');
    const before = await snapshot(join(dir, 'manifest'));
    const r = await runInProcess(['validasi', 'contoh/pemilih.csv'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect((await readdir(join(dir, 'validasi'))).sort()).toEqual(['ringkasan.json', 'validasi.csv']);
    expect(JSON.parse(await readFile(join(dir, 'validasi/ringkasan.json'), 'utf8')).perintah).toBe('validasi');
    expect(JSON.parse(await readFile(join(dir, 'manifest/ringkasan.json'), 'utf8')).perintah).toBe('hitung');
    expect(await snapshot(join(dir, 'manifest'))).toEqual(before);
  });

  it('hitung may replace a validasi run: everything validasi wrote, hitung writes too', async () => {
    const dir = await workDir();
    expect((await runInProcess(['validasi', 'contoh/pemilih.csv', '-o', 'm'], { cwd: dir })).code).toBe(0);
    expect((await hitung(dir, 'contoh/pemilih.csv', '-o', 'm')).code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'm/ringkasan.json'), 'utf8')).perintah).toBe('hitung');
  });

  it('a folder of any other command is refused by both (the rule every later command follows)', async () => {
    const dir = await workDir();
    await mkdir(join(dir, 'r'));
    await writeFile(join(dir, 'r/ringkasan.json'), JSON.stringify({ versi_format: 1, alat: { nama: 'logistik', versi: '0.2.0' }, keluaran: [], perintah: 'terima' }));
    for (const command of ['hitung', 'validasi']) {
      const r = await runInProcess([command, 'contoh/pemilih.csv', '-o', 'r'], { cwd: dir });
      expect(r.code, command).toBe(2);
      expect(r.stderr).toContain('r/ berisi hasil logistik terima');
    }
  });
});

describe('a ringkasan.json written before `perintah` existed', () => {
  async function legacy(dir: string, argv: string[]): Promise<void> {
    await runInProcess(argv, { cwd: dir });
    const path = join(dir, 'm/ringkasan.json');
    const { perintah: _p, ...doc } = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, `${JSON.stringify(doc, null, 2)}\n`);
  }

  it('is a hitung run when it lists pengadaan.csv: validasi refuses it', async () => {
    const dir = await workDir();
    await legacy(dir, ['hitung', 'contoh/pemilih.csv', '-o', 'm']);
    expect((await runInProcess(['validasi', 'contoh/pemilih.csv', '-o', 'm'], { cwd: dir })).code).toBe(2);
    expect((await hitung(dir, 'contoh/pemilih.csv', '-o', 'm')).code).toBe(0);
  });

  it('is a validasi run otherwise (a hitung that stopped on errors): both may replace it', async () => {
    const dir = await workDir();
    await legacy(dir, ['hitung', 'bad.csv', '-o', 'm']);
    expect((await runInProcess(['validasi', 'bad.csv', '-o', 'm'], { cwd: dir })).code).toBe(1);
    await legacy(dir, ['hitung', 'bad.csv', '-o', 'm']);
    expect((await hitung(dir, 'contoh/pemilih.csv', '-o', 'm')).code).toBe(0);
  });
});

describe('a file the tool cannot prove it wrote is never touched', () => {
  it('hitung -o . on a roll with errors, beside the user\'s own pengadaan.csv: exit 3, the file untouched byte for byte', async () => {
    const dir = await workDir();
    const own = 'kode_barang,jumlah\r\nsurat_suara_dpr,1000\r\n;;catatan sendiri\r\n';
    await writeFile(join(dir, 'pengadaan.csv'), own);
    const before = await readdir(dir);
    const r = await hitung(dir, 'bad.csv', '-o', '.');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('pengadaan.csv tidak ditulis oleh logistik');
    expect(r.stderr).toContain('Tidak ada yang diubah');
    expect(await readFile(join(dir, 'pengadaan.csv'), 'utf8')).toBe(own);
    // Nothing else was written either: no validasi.csv, no ringkasan.json, no lock, no staging.
    expect((await readdir(dir)).sort()).toEqual(before.sort());
  });

  it('a hand-made file of one of our names in --out: exit 3 before the roll is read, untouched', async () => {
    const dir = await workDir();
    await mkdir(join(dir, 'manifest'));
    await writeFile(join(dir, 'manifest/distribusi-tps.csv'), 'buatan sendiri\n');
    const r = await hitung(dir, 'tidak-ada.csv', '--lang', 'en');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('manifest/distribusi-tps.csv was not written by logistik');
    expect(r.stderr).not.toContain('tidak-ada.csv');
    expect(await snapshot(join(dir, 'manifest'))).toEqual(new Map([['distribusi-tps.csv', 'buatan sendiri\n']]));
  });

  it('a file the tool wrote and the user edited afterwards is not proven: exit 3, the edit kept', async () => {
    const dir = await workDir();
    await hitung(dir, 'contoh/pemilih.csv', '-o', 'm');
    const edited = `${await readFile(join(dir, 'm/pengadaan.csv'), 'utf8')}catatan,tambahan\n`;
    await writeFile(join(dir, 'm/pengadaan.csv'), edited);
    const before = await snapshot(join(dir, 'm'));
    for (const roll of ['contoh/pemilih.csv', 'bad.csv']) {
      const r = await hitung(dir, roll, '-o', 'm');
      expect(r.code, roll).toBe(3);
      expect(r.stderr).toContain('m/pengadaan.csv ditulis oleh logistik tetapi sudah diubah sesudahnya');
      expect(await snapshot(join(dir, 'm'))).toEqual(before);
    }
    // Once the user keeps the edit elsewhere, the next run goes through.
    await rename(join(dir, 'm/pengadaan.csv'), join(dir, 'pengadaan-catatan.csv'));
    expect((await hitung(dir, 'contoh/pemilih.csv', '-o', 'm')).code).toBe(0);
  });

  it('a ringkasan.json the tool did not write is not replaced', async () => {
    const dir = await workDir();
    await mkdir(join(dir, 'm'));
    await writeFile(join(dir, 'm/ringkasan.json'), '{"catatan": "ringkasan rapat"}\n');
    const r = await hitung(dir, 'contoh/pemilih.csv', '-o', 'm');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('m/ringkasan.json bukan ringkasan.json yang ditulis logistik');
    expect(await readFile(join(dir, 'm/ringkasan.json'), 'utf8')).toBe('{"catatan": "ringkasan rapat"}\n');
  });

  it('a ringkasan.json whose keluaran names a file outside --out proves nothing (and removes nothing)', async () => {
    const dir = await workDir();
    await writeFile(join(dir, 'penting.txt'), 'jangan dihapus\n');
    await mkdir(join(dir, 'm'));
    const doc = { versi_format: 1, alat: { nama: 'logistik', versi: '0.1.0' }, keluaran: [{ berkas: '../penting.txt', sha256: 'f'.repeat(64) }] };
    await writeFile(join(dir, 'm/ringkasan.json'), JSON.stringify(doc));
    expect((await hitung(dir, 'contoh/pemilih.csv', '-o', 'm')).code).toBe(3);
    expect(await readFile(join(dir, 'penting.txt'), 'utf8')).toBe('jangan dihapus\n');
  });
});

describe('hitung on a roll with errors', () => {
  it('writes only validasi.csv and ringkasan.json, removes the earlier run\'s proven manifests, and says so', async () => {
    const dir = await workDir();
    await hitung(dir, 'contoh/pemilih.csv', '-o', 'm', '--excel');
    await writeFile(join(dir, 'm/catatan.txt'), 'punya panitia\n');
    const r = await hitung(dir, 'bad.csv', '-o', 'm', '--excel');
    expect(r.code).toBe(1);
    expect((await readdir(join(dir, 'm'))).sort()).toEqual(['catatan.txt', 'excel', 'ringkasan.json', 'validasi.csv']);
    expect(await readdir(join(dir, 'm/excel'))).toEqual(['validasi.csv']);
    const removed = [...MANIFESTS, ...MANIFESTS.map((n) => `excel/${n}`), 'konfigurasi.json'].sort();
    // In the end-of-run report (stdout).
    expect(r.stdout).toContain(`Manifes lama di m/ dihapus karena tidak lagi cocok dengan daftar pemilih: ${removed.join(', ')}.`);
    // A first run with errors had nothing to remove, and says nothing about it.
    const first = await hitung(dir, 'bad.csv', '-o', 'baru');
    expect(first.code).toBe(1);
    expect(`${first.stdout}${first.stderr}`).not.toContain('Manifes lama');
  });

  it('a missing input after --out is opened leaves no folder, lock or staging behind', async () => {
    const dir = await workDir();
    const r = await hitung(dir, 'tidak-ada.csv', '-o', 'baru/dalam');
    expect(r.code).toBe(3);
    expect(existsSync(join(dir, 'baru'))).toBe(false);
  });
});
