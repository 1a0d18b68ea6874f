/**
 * `kemas --xlsx`: buku-kerja.xlsx beside the five lists, through the same workbook builder as
 * `hitung --xlsx` (src/io/xlsx). Read back with exceljs, every sheet equals its CSV cell by cell;
 * the workbook is listed in keluaran, has the same bytes on a second run, comes only with the lists
 * (a refused run writes ringkasan.json alone), and a later run without --xlsx removes it.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnTitle, headerText } from '../../src/core/render/titles.js';
import { outputFileSpec } from '../../src/core/render/output-files.js';
import { resolveConfig } from '../../src/core/config/index.js';
import { asCsv, readCsv, readWorkbook, unguard, type Cell } from '../e2e/xlsx-helpers.js';
import { editAndRehash, json, kemas, withManifest } from './helpers.js';

const LISTS = ['kemas-tps.csv', 'ambil-koli.csv', 'koli-kabkota.csv', 'serah-terima-ppk.csv', 'serah-terima-pps.csv'];
const BARANG = resolveConfig({ preset: 'pilkada-2024' }).barang;
const sha = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

describe('kemas --xlsx', () => {
  let dir = '';
  let stdout = '';
  let sheets: Map<string, Cell[][]>;

  beforeAll(async () => {
    dir = await withManifest();
    const r = await kemas(dir, ['manifest', '--xlsx']);
    expect(r.code, r.stderr).toBe(0);
    stdout = r.stdout;
    ({ sheets } = await readWorkbook(join(dir, 'kemas/buku-kerja.xlsx')));
  });

  it('writes the workbook beside the lists, says so, and lists it in keluaran with its digest', async () => {
    expect(stdout).toContain('kemas/buku-kerja.xlsx');
    const doc = await json<{ keluaran: Array<{ berkas: string; sha256: string }> }>(join(dir, 'kemas/ringkasan.json'));
    expect(doc.keluaran.map((k) => k.berkas)).toEqual(['ambil-koli.csv', 'buku-kerja.xlsx', 'kemas-tps.csv', 'koli-kabkota.csv', 'serah-terima-ppk.csv', 'serah-terima-pps.csv']);
    expect(doc.keluaran.find((k) => k.berkas === 'buku-kerja.xlsx')?.sha256).toBe(sha(await readFile(join(dir, 'kemas/buku-kerja.xlsx'))));
  });

  it('holds the explaining sheet, then one sheet per list in the order a reader meets them', () => {
    expect([...sheets.keys()]).toEqual(['keterangan', ...LISTS.map((n) => n.replace('.csv', ''))]);
    const first = sheets.get('keterangan') ?? [];
    expect(first.find((row) => row[0] === 'Perintah')?.[1]).toBe('kemas');
  });

  it.each(LISTS)('%s: every cell equals the CSV, codes as text and quantities as numbers', async (name) => {
    const csv = await readCsv(join(dir, 'kemas', name));
    const sheet = sheets.get(name.replace('.csv', '')) ?? [];
    const [columns = [], ...rows] = csv;
    const title = (c: string) => columnTitle(c, 'id', { berkas: name, barang: BARANG });
    expect(sheet[0], 'header').toEqual(columns.map((c) => headerText(title(c) ?? { kolom: c, judul: c, satuan: null, jenis: 'teks' })));
    expect(rows.length).toBeGreaterThan(0);
    rows.forEach((row, r) => {
      const got = sheet[r + 1] ?? [];
      row.forEach((value, c) => {
        const cell = got[c] ?? null;
        expect(asCsv(cell), `${name} row ${r + 2} ${columns[c]}`).toBe(unguard(value));
        if (value !== '') expect(typeof cell, `${name} row ${r + 2} ${columns[c]}`).toBe(title(columns[c] ?? '')?.jenis === 'teks' ? 'string' : 'number');
      });
    });
    expect(sheet.length, name).toBe(csv.length + (outputFileSpec(name)?.total !== undefined ? 1 : 0));
  });

  it('the same bytes on a second run', async () => {
    const first = await readFile(join(dir, 'kemas/buku-kerja.xlsx'));
    expect((await kemas(dir, ['manifest', '--xlsx', '-o', 'lagi'])).code).toBe(0);
    expect(await readFile(join(dir, 'lagi/buku-kerja.xlsx'))).toEqual(first);
  });

  it('--lang en gives English titles; the CSVs do not change', async () => {
    expect((await kemas(dir, ['manifest', '--xlsx', '--lang', 'en', '-o', 'en'])).code).toBe(0);
    const en = (await readWorkbook(join(dir, 'en/buku-kerja.xlsx'))).sheets;
    expect(en.get('kemas-tps')?.[0]?.[4]).toBe(headerText(columnTitle('wadah', 'en', { berkas: 'kemas-tps.csv', barang: BARANG }) ?? { kolom: '', judul: '', satuan: null, jenis: 'teks' }));
    expect(en.get('kemas-tps')?.[0]?.[4]).not.toBe(sheets.get('kemas-tps')?.[0]?.[4]);
    for (const name of LISTS) expect(await readFile(join(dir, 'en', name)), name).toEqual(await readFile(join(dir, 'kemas', name)));
  });
});

describe('kemas --xlsx, the workbook follows the lists', () => {
  it('a run without --xlsx removes the earlier workbook, which no longer matches the lists', async () => {
    const dir = await withManifest();
    expect((await kemas(dir, ['manifest', '--xlsx'])).code).toBe(0);
    const r = await kemas(dir, ['manifest']);
    expect(r.code, r.stderr).toBe(0);
    expect(await readdir(join(dir, 'kemas'))).not.toContain('buku-kerja.xlsx');
    expect(r.stdout).not.toContain('buku-kerja.xlsx');
  });

  it('a manifest that does not add up: exit 1, ringkasan.json alone, and an earlier workbook removed', async () => {
    const dir = await withManifest();
    expect((await kemas(dir, ['manifest', '--xlsx'])).code).toBe(0);
    await editAndRehash(dir, 'distribusi-kelurahan.csv', 2, 'tinta', -1);
    const r = await kemas(dir, ['manifest', '--xlsx']);
    expect(r.code).toBe(1);
    expect(await readdir(join(dir, 'kemas'))).toEqual(['ringkasan.json']);
    expect(r.stdout).toContain('buku-kerja.xlsx');
    expect(r.stdout).not.toContain('Buku kerja Excel');
  });
});
