/**
 * Spreadsheet-friendly copies (issue 6, point 6): `--excel` adds `excel/*.csv` as UTF-8 with BOM and
 * `;` delimiter holding the same rows, leaves the canonical files byte for byte as without it, and
 * lists the copies in ringkasan.json.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { workDir } from './rolls.js';

const CANONICAL = ['pengadaan.csv', 'distribusi-tps.csv', 'distribusi-kelurahan.csv', 'distribusi-kecamatan.csv', 'distribusi-kpu.csv', 'validasi.csv'];
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

async function runBoth(roll: string, extra: string[] = []): Promise<{ dir: string; code: number }> {
  const dir = await workDir();
  const plain = await runInProcess(['hitung', roll, '-o', 'biasa', ...extra], { cwd: dir });
  const excel = await runInProcess(['hitung', roll, '-o', 'excel-juga', '--excel', ...extra], { cwd: dir });
  expect(excel.code).toBe(plain.code);
  return { dir, code: excel.code };
}

describe('--excel', () => {
  it('writes excel/*.csv beside the canonical files: UTF-8 with BOM, ; delimiter, the same rows', async () => {
    const { dir } = await runBoth('contoh/pemilih.csv');
    expect((await readdir(join(dir, 'excel-juga/excel'))).sort()).toEqual([...CANONICAL].sort());
    for (const name of CANONICAL) {
      const canonical = await readFile(join(dir, 'excel-juga', name));
      const copy = await readFile(join(dir, 'excel-juga/excel', name));
      expect(copy.subarray(0, 3).equals(BOM), name).toBe(true);
      expect(canonical.subarray(0, 3).equals(BOM), name).toBe(false);
      const text = copy.subarray(3).toString('utf8');
      expect(text.split('\n')[0], name).toContain(';');
      expect(text.split('\n')[0], name).not.toContain(',');
      const rows = parse(text, { delimiter: ';' });
      expect(rows, name).toEqual(parse(canonical, { delimiter: ',' }));
      expect(rows.length, name).toBeGreaterThanOrEqual(1);
    }
  });

  it('quotes a cell that holds ; (a kelurahan name, a message) so the columns stay put', async () => {
    const { dir } = await runBoth('bad.csv', ['--allow-invalid']);
    const copy = (await readFile(join(dir, 'excel-juga/excel/validasi.csv'))).subarray(3).toString('utf8');
    // "NIK harus tepat 16 angka; sel ini …" holds a semicolon
    expect(copy).toMatch(/;"NIK harus tepat 16 angka; sel ini berisi 12 karakter\."/);
    const rows = parse(copy, { delimiter: ';' }) as string[][];
    for (const row of rows) expect(row.length).toBe(6);
  });

  it('leaves the canonical files byte-identical to a run without --excel', async () => {
    const { dir } = await runBoth('contoh/pemilih.csv');
    for (const name of CANONICAL) {
      expect((await readFile(join(dir, 'excel-juga', name))).equals(await readFile(join(dir, 'biasa', name))), name).toBe(true);
    }
    expect((await readdir(join(dir, 'biasa'))).includes('excel')).toBe(false);
  });

  it('lists the copies in ringkasan.json keluaran with their sha256, the rest unchanged', async () => {
    const { dir } = await runBoth('contoh/pemilih.csv');
    const withExcel = JSON.parse(await readFile(join(dir, 'excel-juga/ringkasan.json'), 'utf8'));
    const without = JSON.parse(await readFile(join(dir, 'biasa/ringkasan.json'), 'utf8'));
    const names = withExcel.keluaran.map((k: { berkas: string }) => k.berkas);
    for (const name of CANONICAL) expect(names).toContain(`excel/${name}`);
    for (const k of withExcel.keluaran as { berkas: string; sha256: string }[]) {
      const bytes = await readFile(join(dir, 'excel-juga', k.berkas));
      expect(createHash('sha256').update(bytes).digest('hex'), k.berkas).toBe(k.sha256);
    }
    expect([withExcel.opsi.excel, without.opsi.excel]).toEqual([true, false]);
    const canonicalOnly = (r: { keluaran: { berkas: string }[]; opsi: object }) => ({ ...r, keluaran: r.keluaran.filter((k) => !k.berkas.startsWith('excel/')), opsi: { ...r.opsi, excel: null } });
    expect(canonicalOnly(withExcel)).toEqual(canonicalOnly(without));
  });

  it('with errors (exit 1) copies only validasi.csv, and a later run without --excel removes the old copies', async () => {
    const { dir, code } = await runBoth('bad.csv');
    expect(code).toBe(1);
    expect(await readdir(join(dir, 'excel-juga/excel'))).toEqual(['validasi.csv']);
    await writeFile(join(dir, 'excel-juga/catatan-saya.txt'), 'jangan dihapus');
    const again = await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'excel-juga'], { cwd: dir });
    expect(again.code).toBe(0);
    const left = await readdir(join(dir, 'excel-juga'));
    expect(left).toContain('catatan-saya.txt');
    const excelLeft = left.includes('excel') ? await readdir(join(dir, 'excel-juga/excel')) : [];
    expect(excelLeft).toEqual([]);
  });

  it('--check compares the copies too: --excel is recorded, so it need not be given again', async () => {
    const dir = await workDir();
    await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'o', '--excel'], { cwd: dir });
    expect((await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'o', '--excel', '--check'], { cwd: dir })).code).toBe(0);
    expect((await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'o', '--check'], { cwd: dir })).code).toBe(0);
    await writeFile(join(dir, 'o/excel/pengadaan.csv'), 'diubah\n');
    const stale = await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'o', '--check'], { cwd: dir });
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain('excel/pengadaan.csv: diubah setelah ditulis');
  });
});
