/**
 * `logistik cetak` as a command: which pages each kind of folder gives and where they go, its
 * ringkasan.json (every file of the folder read with its digest, what was printed), bytes that
 * depend only on the folder (and SOURCE_DATE_EPOCH), the language only from --lang, and the
 * folders it refuses: changed after writing (exit 1), missing, not a run, of another command, with
 * a cell a page could not print truly (exit 3) — each without writing or removing anything.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from '../helpers/cli.js';
import { hitungFolder, kemasFolder, KS_RECAP, readCsv, terimaFolder, writeRun } from './folders.js';

let dir = '';
const hash = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

beforeAll(async () => {
  dir = await tempDir();
  await hitungFolder(join(dir, 'manifest'));
  await kemasFolder(join(dir, 'manifest'), join(dir, 'kemas'));
  await terimaFolder(join(dir, 'rekonsiliasi'));
}, 120_000);

const cetak = (argv: readonly string[], env: Record<string, string> = {}) => runInProcess(['cetak', ...argv], { cwd: dir, env });
const read = (path: string): Promise<string> => readFile(join(dir, path), 'utf8');

/** Every file of a folder with its bytes, to show a refused run changed nothing. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const names = await readdir(join(dir, folder)).catch(() => [] as string[]);
  return Object.fromEntries(await Promise.all(names.sort().map(async (n) => [n, await read(join(folder, n)).catch(() => '<folder>')])));
}

describe('logistik cetak: the pages of each kind of folder', () => {
  it('a hitung folder: laporan.html into <folder>/cetak, with a ringkasan.json of its own in the contract\'s order', async () => {
    const r = await cetak(['manifest']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(await readdir(join(dir, 'manifest/cetak'))).toEqual(['laporan.html', 'ringkasan.json']);
    const doc = JSON.parse(await read('manifest/cetak/ringkasan.json'));
    expect(Object.keys(doc)).toEqual(['versi_format', 'alat', 'perintah', 'masukan', 'sumber', 'dokumen', 'masalah', 'keluaran']);
    expect(doc).toMatchObject({ perintah: 'cetak', sumber: { folder: 'manifest', perintah: 'hitung' }, dokumen: [{ berkas: 'laporan.html', halaman: null, barang: 15, tps: 73 }] });
    // masukan: every file hitung listed, and its ringkasan.json, each with the digest of its bytes now.
    const source = JSON.parse(await read('manifest/ringkasan.json'));
    const listed = ['ringkasan.json', ...source.keluaran.map((k: { berkas: string }) => k.berkas)].sort();
    expect(doc.masukan.map((m: { berkas: string }) => m.berkas)).toEqual(listed.map((f) => `manifest/${f}`));
    for (const m of doc.masukan) expect(m.sha256).toBe(hash(await readFile(join(dir, m.berkas))));
    expect(doc.keluaran).toEqual([{ berkas: 'laporan.html', sha256: hash(await readFile(join(dir, 'manifest/cetak/laporan.html'))) }]);
    expect(r.stdout).toContain('Dokumen ditulis ke manifest/cetak/:');
    expect(r.stdout).toContain('laporan.html  (15 barang, 73 TPS)');
    // The first check of a head of division: every item's kecamatan rows plus the KPU's equal pengadaan's jumlah.
    const page = await read('manifest/cetak/laporan.html');
    const items = new Set((await readCsv(join(dir, 'manifest/pengadaan.csv'))).map((x) => x.kode_barang)).size;
    expect(page.match(/<td>sama<\/td>/g)).toHaveLength(items);
    expect(page).not.toContain('BERBEDA');
  });

  it('a kemas folder: labels, checklists and handovers, counted as the data implies', async () => {
    const r = await cetak(['kemas', '-o', 'cetak-kemas', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(await readdir(join(dir, 'cetak-kemas'))).toEqual(['daftar-periksa-tps.html', 'label-kotak.html', 'ringkasan.json', 'serah-terima.html']);
    expect(r.stdout).toBe(await read('cetak-kemas/ringkasan.json'));
    const kemas = await readCsv(join(dir, 'kemas/kemas-tps.csv'));
    const labels = new Set(kemas.filter((x) => x.wadah !== 'lepas').map((x) => `${x.kode_kelurahan}|${x.tps}|${x.wadah}`)).size;
    const tps = new Set(kemas.map((x) => `${x.kode_kelurahan}|${x.tps}`)).size;
    const ppk = new Set((await readCsv(join(dir, 'kemas/serah-terima-ppk.csv'))).map((x) => x.kode_kecamatan)).size;
    const pps = new Set((await readCsv(join(dir, 'kemas/serah-terima-pps.csv'))).map((x) => x.kode_kelurahan)).size;
    expect(tps).toBe(73);
    expect(JSON.parse(r.stdout).dokumen).toEqual([
      { berkas: 'label-kotak.html', halaman: Math.ceil(labels / 2), label: labels },
      { berkas: 'daftar-periksa-tps.html', halaman: 73, tps: 73 },
      { berkas: 'serah-terima.html', halaman: ppk + pps, ppk, pps },
    ]);
  });

  it('a terima folder: the request and the destruction minutes; --quiet says nothing when all went well', async () => {
    const r = await cetak(['rekonsiliasi', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(await readdir(join(dir, 'rekonsiliasi/cetak'))).toEqual(['berita-acara-pemusnahan.html', 'ringkasan.json', 'usulan-pemenuhan.html']);
    expect(r.stdout).toBe('');
    expect(JSON.parse(await read('rekonsiliasi/cetak/ringkasan.json')).dokumen).toEqual([
      { berkas: 'usulan-pemenuhan.html', halaman: null, pengada: 2 },
      { berkas: 'berita-acara-pemusnahan.html', halaman: null, baris: 2 },
    ]);
  });
});

describe('the bytes depend on the folder only', () => {
  it('the same folder gives the same bytes, wherever it lies and whatever the environment; a time only from SOURCE_DATE_EPOCH', async () => {
    expect((await cetak(['manifest', '-o', 'a'], { LANG: 'en_US.UTF-8', TZ: 'Asia/Jakarta' })).code).toBe(0);
    expect((await cetak(['manifest', '-o', 'b'])).code).toBe(0);
    expect(await snapshot('a')).toEqual(await snapshot('b'));
    const page = await read('a/laporan.html');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="id">/);
    expect(page).not.toContain(dir);
    expect(page).not.toMatch(/20\d\d-\d\d-\d\dT/);
    expect((await cetak(['manifest', '-o', 'c'], { SOURCE_DATE_EPOCH: '1707868800' })).code).toBe(0);
    expect((await cetak(['manifest', '-o', 'd'], { SOURCE_DATE_EPOCH: '1707868800' })).code).toBe(0);
    expect(await snapshot('c')).toEqual(await snapshot('d'));
    expect(JSON.parse(await read('c/ringkasan.json')).waktu).toBe('2024-02-14T00:00:00.000Z');
  });

  it('English only with an explicit --lang en, grouping 1,234 there and 1.234 in Indonesian', async () => {
    expect((await cetak(['rekonsiliasi', '-o', 'en', '--lang', 'en'])).code).toBe(0);
    const en = await read('en/usulan-pemenuhan.html');
    expect(en).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    // PPWP: 160,203 in the manifest; the page of damaged ballots to destroy prints 218 of them.
    expect(await read('en/berita-acara-pemusnahan.html')).toMatch(/lang="en"/);
    expect(en).toContain('<td class="n">218</td><td class="n">94</td><td class="n">312</td>');
    const r = await cetak(['manifest', '-o', 'en-laporan', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(await read('en-laporan/laporan.html')).toContain('18,580 voters');
    expect(await read('manifest/cetak/laporan.html')).toContain('18.580 pemilih');
  });
});

describe('folders cetak refuses, changing nothing', () => {
  it('a file changed after it was written: exit 1 naming it; the earlier pages stay as they were', async () => {
    const folder = join(dir, 'ubah');
    await hitungFolder(folder);
    expect((await cetak(['ubah'])).code).toBe(0);
    const before = await snapshot('ubah/cetak');
    const csv = await read('ubah/distribusi-tps.csv');
    await writeFile(join(folder, 'distribusi-tps.csv'), csv.replace(/,(\d+),/, (_, n: string) => `,${Number(n) + 1},`));
    const r = await cetak(['ubah']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ubah/distribusi-tps.csv diubah setelah ditulis');
    expect(await snapshot('ubah/cetak')).toEqual(before);
  });

  it.each([
    ['a folder that is not there', 'tidak-ada', 'tidak-ada tidak ada atau bukan folder'],
    ['a folder without ringkasan.json', 'kosong', 'kosong tidak berisi ringkasan.json'],
    ['a validasi folder', 'validasi', 'validasi ditulis oleh validasi; cetak membaca folder hitung, terima atau kemas'],
    ['a kemas folder without its checklist table', 'kurang', 'kurang (folder kemas) tidak berisi serah-terima-ppk.csv, serah-terima-pps.csv'],
    ['a count that is not a whole number', 'pecahan', 'kemas-tps.csv baris 2, kolom jumlah: "2.5" pecahan; logistik hanya menulis bilangan bulat'],
  ])('%s: exit 3 with what is wrong, nothing written', async (_, folder, message) => {
    await mkdir(join(dir, 'kosong'), { recursive: true });
    if (folder === 'validasi') expect((await runInProcess(['validasi', KS_RECAP, '-o', join(dir, 'validasi'), '-q'])).code).toBe(0);
    const kemasCols = ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'wadah', 'kode_barang', 'varian', 'jumlah', 'ikat_penuh', 'sisa'];
    if (folder === 'kurang') await writeRun(join(dir, 'kurang'), 'kemas', { 'kemas-tps.csv': { columns: kemasCols, rows: [] } });
    if (folder === 'pecahan') {
      const row = ['31.01.01.1001', 'Kepulauan Seribu Utara', 'Pulau Panggang', '001', 'perlengkapan_tps', 'tinta', '', '2.5', '', ''];
      const handover = { columns: ['kode_kecamatan', 'kecamatan', 'kode_barang', 'varian', 'jumlah'], rows: [] };
      await writeRun(join(dir, 'pecahan'), 'kemas', { 'kemas-tps.csv': { columns: kemasCols, rows: [row] }, 'serah-terima-ppk.csv': handover, 'serah-terima-pps.csv': { columns: ['kode_kelurahan', 'kecamatan', 'kelurahan', 'kode_barang', 'varian', 'jumlah'], rows: [] } });
    }
    const before = await snapshot(folder);
    const r = await cetak([folder]);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain(message);
    expect(await snapshot(folder)).toEqual(before);
  });

  it('an --out holding a file the tool did not write: exit 3, the file untouched', async () => {
    await mkdir(join(dir, 'asing'), { recursive: true });
    await writeFile(join(dir, 'asing/laporan.html'), 'mine');
    const r = await cetak(['manifest', '-o', 'asing']);
    expect(r.code).toBe(3);
    expect(await read('asing/laporan.html')).toBe('mine');
  });
});
