/**
 * Issue 9.1: the same file given twice, or a renamed copy, never counts its voters twice, and
 * "first" is first in code-point order of the names, never command-line order.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { runInProcess, tempDir } from '../helpers/cli.js';

const HEADER = 'kode_kelurahan,kecamatan,kelurahan,tps,nik,nama';
const roll = (from: number, n: number): string =>
  [HEADER, ...Array.from({ length: n }, (_, i) => `16.74.01.1001,Prabumulih Barat,Gunung Ibul,1,16740101019${String(10000 + from + i)},NAMA ${i}`)].join('\n') + '\n';

interface Masukan { berkas: string; baris_data: number; dihitung: number; ditolak: number; sha256: string }

async function run(dir: string, args: string[], stdin?: string) {
  const out = join(dir, 'out');
  const r = await runInProcess(['hitung', ...args, '--out', out, '--json'], { cwd: dir, ...(stdin !== undefined ? { stdin } : {}) });
  const ringkasan = JSON.parse(readFileSync(join(out, 'ringkasan.json'), 'utf8')) as { masukan: Masukan[]; jumlah: { pemilih: number }; masalah: { per_kode: Record<string, number> } };
  const validasi = parse(readFileSync(join(out, 'validasi.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
  for (const m of ringkasan.masukan) expect(m.baris_data, m.berkas).toBe(m.dihitung + m.ditolak);
  return { ...r, ringkasan, validasi, issues: validasi.map((v) => [v.kode, v.tingkat, v.berkas, v.baris]) };
}

describe('duplicate inputs', () => {
  it('reads the same file named twice once, lists it once, and warns', async () => {
    const dir = await tempDir();
    writeFileSync(join(dir, 'a.csv'), roll(0, 3));
    const r = await run(dir, ['a.csv', 'a.csv']);
    expect(r.code).toBe(0);
    expect(r.ringkasan.masukan.map((m) => [m.berkas, m.baris_data, m.dihitung])).toEqual([['a.csv', 3, 3]]);
    expect(r.ringkasan.jumlah.pemilih).toBe(3);
    expect(r.issues).toEqual([['duplicate-input', 'peringatan', 'a.csv', '']]);
  });

  it('reads a folder and a file in it (another spelling of its path) once', async () => {
    const dir = await tempDir();
    mkdirSync(join(dir, 'dpt'));
    writeFileSync(join(dir, 'dpt', 'a.csv'), roll(0, 3));
    writeFileSync(join(dir, 'dpt', 'b.csv'), roll(10, 2));
    const r = await run(dir, ['dpt', './dpt/a.csv']);
    expect(r.code).toBe(0);
    expect(r.ringkasan.masukan.map((m) => m.berkas)).toEqual(['./dpt/a.csv', 'dpt/b.csv']);
    expect(r.ringkasan.jumlah.pemilih).toBe(5);
    expect(r.issues).toEqual([['duplicate-input', 'peringatan', 'dpt/a.csv', '']]);
    expect(r.validasi[0]?.pesan).toContain('./dpt/a.csv');
  });

  it('rejects every record of a renamed copy with one error, not one duplicate NIK per voter; first by code point', async () => {
    const dir = await tempDir();
    writeFileSync(join(dir, 'b.csv'), roll(0, 40));
    copyFileSync(join(dir, 'b.csv'), join(dir, 'a-salinan.csv'));
    writeFileSync(join(dir, 'c.csv'), roll(100, 2));
    const r = await run(dir, ['b.csv', 'c.csv', 'a-salinan.csv']);
    expect(r.code).toBe(1);
    expect(r.ringkasan.masukan.map((m) => [m.berkas, m.baris_data, m.dihitung, m.ditolak])).toEqual([
      ['a-salinan.csv', 40, 40, 0],
      ['b.csv', 40, 0, 40],
      ['c.csv', 2, 2, 0],
    ]);
    expect(r.ringkasan.jumlah.pemilih).toBe(42);
    expect(r.issues).toEqual([['duplicate-input', 'galat', 'b.csv', '']]);
    const [a, b] = r.ringkasan.masukan;
    expect(b?.sha256).toBe(a?.sha256);
  });

  it('compares standard input after reading it: a later file equal to it is the copy', async () => {
    const dir = await tempDir();
    writeFileSync(join(dir, 'z.csv'), roll(0, 4));
    const r = await run(dir, ['z.csv', '-'], roll(0, 4));
    expect(r.ringkasan.masukan.map((m) => [m.berkas, m.dihitung, m.ditolak])).toEqual([['-', 4, 0], ['z.csv', 0, 4]]);
    expect(r.issues).toEqual([['duplicate-input', 'galat', 'z.csv', '']]);
    expect(r.ringkasan.jumlah.pemilih).toBe(4);
  });

  it('rejects standard input itself when a file before "-" in code-point order has its bytes', async () => {
    const dir = await tempDir();
    writeFileSync(join(dir, '+dpt.csv'), roll(0, 4));
    const r = await run(dir, ['-', '+dpt.csv'], roll(0, 4));
    expect(r.ringkasan.masukan.map((m) => [m.berkas, m.dihitung, m.ditolak])).toEqual([['+dpt.csv', 4, 0], ['-', 0, 4]]);
    // validasi.csv writes `-` as `'-` (the formula rule of every text cell).
    expect(r.issues).toEqual([['duplicate-input', 'galat', "'-", '']]);
    expect(r.ringkasan.jumlah.pemilih).toBe(4);
  });

  it('orders by code point, not UTF-16 units: ～ (U+FF5E) is first, 😀 (U+1F600) the copy', async () => {
    const dir = await tempDir();
    writeFileSync(join(dir, '😀.csv'), roll(0, 2));
    copyFileSync(join(dir, '😀.csv'), join(dir, '～.csv'));
    const r = await run(dir, ['😀.csv', '～.csv']);
    expect(r.ringkasan.masukan.map((m) => [m.berkas, m.dihitung, m.ditolak])).toEqual([['～.csv', 2, 0], ['😀.csv', 0, 2]]);
    expect(r.issues).toEqual([['duplicate-input', 'galat', '😀.csv', '']]);
  });

  it('gives the same result whatever the command-line order', async () => {
    const dir = await tempDir();
    writeFileSync(join(dir, 'b.csv'), roll(0, 5));
    copyFileSync(join(dir, 'b.csv'), join(dir, 'a.csv'));
    const one = await run(dir, ['a.csv', 'b.csv']);
    const two = await run(dir, ['b.csv', 'a.csv']);
    expect(two.stdout).toBe(one.stdout);
  });
});
