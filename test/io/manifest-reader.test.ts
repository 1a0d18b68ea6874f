/**
 * Issue 9.6: the one manifest reader. A folder is read only when every file its ringkasan.json
 * lists matches its SHA-256 (otherwise exit 1 naming the file); the CSVs are parsed strictly (a
 * duplicated TPS row, a non-numeric, negative or fractional number, a missing column, a ragged row,
 * an unreadable file: exit 3 naming file, line and column); another versi_format is refused; the
 * config comes back from konfigurasi.json through the zod schema as the same frozen value.
 *
 * To test the parser rather than the digest check, `reseal` puts the damaged file's digest back
 * into ringkasan.json, as if the tool had written it so.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runInProcess, tempDir } from '../helpers/cli.js';
import { sha256File, sha256Hex } from '../audit/helpers.js';
import { readManifest } from '../../src/io/manifest/index.js';
import { resolveConfig } from '../../src/core/config/index.js';
import { InputError, LogistikError, ManifestChangedError } from '../../src/errors.js';

let base: string;

beforeAll(async () => {
  base = await tempDir();
  await cp(join(FIXTURES, 'contoh/pemilih.csv'), join(base, 'pemilih.csv'));
  const r = await runInProcess(['hitung', 'pemilih.csv', '--out', 'manifest', '--quiet'], { cwd: base });
  expect(r.code, r.stderr).toBe(0);
});

/** A fresh copy of the example's manifest folder, named `name`, in its own working folder. */
async function copy(): Promise<string> {
  const dir = await tempDir();
  await cp(join(base, 'manifest'), join(dir, 'm'), { recursive: true });
  return dir;
}

async function edit(dir: string, file: string, change: (text: string) => string): Promise<void> {
  const path = join(dir, 'm', file);
  await writeFile(path, change(await readFile(path, 'utf8')));
}

/** Writes the file's current digest into ringkasan.json (and konfigurasi_sha256 for the config). */
async function reseal(dir: string, file: string): Promise<void> {
  const path = join(dir, 'm/ringkasan.json');
  const doc = JSON.parse(await readFile(path, 'utf8')) as { konfigurasi_sha256: string; keluaran: Array<{ berkas: string; sha256: string }> };
  const sha = await sha256File(join(dir, 'm', file));
  for (const k of doc.keluaran) if (k.berkas === file) k.sha256 = sha;
  if (file === 'konfigurasi.json') doc.konfigurasi_sha256 = sha;
  await writeFile(path, `${JSON.stringify(doc, null, 2)}\n`);
}

async function failure(dir: string): Promise<LogistikError> {
  const err = await readManifest('m', dir).then(() => null, (e: unknown) => e);
  if (!(err instanceof LogistikError)) throw new Error(`expected a LogistikError, got ${String(err)}`);
  return err;
}

const lines = (t: string): string[] => t.split('\n');

describe('readManifest: a folder as written', () => {
  it('returns the typed rows, the resolved config and every file read with its digest', async () => {
    const m = await readManifest('manifest', base);
    expect(m.config).toEqual(resolveConfig({}));
    expect(Object.isFrozen(m.config)).toBe(true);
    expect(m.pengadaan.map((r) => r.kodeBarang)).toContain('surat_suara_ppwp');
    const dprdKabkota = m.pengadaan.find((r) => r.kodeBarang === 'surat_suara_dprd_kabkota');
    // fixtures/README.md: 825 voters in 4 TPS; reserve 4 + 5 + 4 + 5 = 18; the KPU Kab/Kota's PSU stock 1,000.
    expect(dprdKabkota).toMatchObject({ varian: '', kebutuhan: 825, cadangan: 18, tambahan: 1000, jumlah: 1843, diKpu: 1000, baris: expect.any(Number) });
    expect(m.tps.rows.map((r) => `${r.kodeKelurahan} ${r.tps} ${r.dpt}`)).toEqual(['16.74.04.1001 005 183', '16.74.04.2003 002 216', '16.74.04.2003 004 193', '16.74.04.2003 005 233']);
    expect(m.tps.rows[0]?.barang.surat_suara_ppwp).toBe(187);
    expect(m.tps.dapil).toEqual(['dpr', 'dprd_prov', 'dprd_kabkota']);
    expect(m.tps.rows[0]?.dapil).toEqual({ dpr: '', dprd_prov: '', dprd_kabkota: '' });
    expect(m.tps.rows.map((r) => r.baris)).toEqual([2, 3, 4, 5]);
    expect(m.kecamatan.rows.map((r) => [r.kodeKecamatan, r.jumlahTps, r.dpt])).toEqual([['16.74.04', 4, 825]]);
    expect(m.kpu.rows.map((r) => [r.kodeKabkota, r.jumlahTps, r.dpt, r.barang.surat_suara_dprd_kabkota])).toEqual([['16.74', 4, 825, 1000]]);
    expect(m.kelurahan.rows).toHaveLength(2);
    const files = ['ringkasan.json', 'distribusi-kecamatan.csv', 'distribusi-kelurahan.csv', 'distribusi-kpu.csv', 'distribusi-tps.csv', 'konfigurasi.json', 'pengadaan.csv', 'validasi.csv'];
    expect(m.masukan.map((x) => x.berkas)).toEqual(files.map((f) => `manifest/${f}`));
    for (const x of m.masukan) expect(x.sha256, x.berkas).toBe(await sha256File(join(base, x.berkas)));
  });
});

describe('readManifest: a file changed after writing is exit 1, naming it', () => {
  it('an edited number', async () => {
    const dir = await copy();
    await edit(dir, 'pengadaan.csv', (t) => t.replace(',1843,', ',1844,'));
    const err = await failure(dir);
    expect(err).toBeInstanceOf(ManifestChangedError);
    expect(err.exitCode).toBe(1);
    expect((err as ManifestChangedError).berkas).toBe('pengadaan.csv');
  });

  it('a deleted file, and a changed file the reader does not parse (validasi.csv)', async () => {
    const dir = await copy();
    await rm(join(dir, 'm/distribusi-kpu.csv'));
    expect((await failure(dir) as ManifestChangedError).berkas).toBe('distribusi-kpu.csv');
    const again = await copy();
    await edit(again, 'validasi.csv', (t) => `${t}x\n`);
    expect((await failure(again) as ManifestChangedError).berkas).toBe('validasi.csv');
  });
});

describe('readManifest: strict parsing is exit 3 with file, line and column', () => {
  const cases: Array<[string, string, (t: string) => string, string, Record<string, unknown>]> = [
    ['a duplicated TPS row', 'distribusi-tps.csv', (t) => { const l = lines(t); return [...l.slice(0, 3), l[2], ...l.slice(3)].join('\n'); }, 'manifest-duplicate-row', { baris: 4, pertama: 3, kunci: '16.74.04.2003 TPS 002' }],
    ['a non-numeric cell', 'distribusi-tps.csv', (t) => t.replace('005,183,187,', '005,183,abc,'), 'manifest-not-number', { baris: 2, kolom: 'surat_suara_ppwp', nilai: 'abc' }],
    ['a negative number', 'distribusi-kecamatan.csv', (t) => t.replace(',825,', ',-825,'), 'manifest-negative', { baris: 2, kolom: 'dpt' }],
    ['a fractional number', 'pengadaan.csv', (t) => t.replace(',1843,', ',1843.5,'), 'manifest-fraction', { kolom: 'jumlah' }],
    ['a number with a leading zero', 'distribusi-kpu.csv', (t) => t.replace('16.74,4,825', '16.74,04,825'), 'manifest-not-number', { baris: 2, kolom: 'jumlah_tps' }],
    ['an empty number cell', 'distribusi-kelurahan.csv', (t) => t.replace('Tanjung Rambang,1,183', 'Tanjung Rambang,,183'), 'manifest-not-number', { baris: 2, kolom: 'jumlah_tps' }],
    ['a missing column', 'distribusi-tps.csv', (t) => lines(t).map((l) => l.split(',').filter((_c, i) => i !== 5).join(',')).join('\n'), 'manifest-missing-column', { kolom: 'surat_suara_ppwp' }],
    ['a renamed column', 'distribusi-kpu.csv', (t) => t.replace('kode_kabkota,', 'kode_kab,'), 'manifest-missing-column', { kolom: 'kode_kabkota' }],
    ['an extra column', 'distribusi-kpu.csv', (t) => lines(t).map((l, i) => (l === '' ? l : `${l},${i === 0 ? 'catatan' : 'x'}`)).join('\n'), 'manifest-unknown-column', { kolom: 'catatan' }],
    ['a ragged row', 'distribusi-kelurahan.csv', (t) => { const l = lines(t); l[2] = `${l[2]},9`; return l.join('\n'); }, 'manifest-ragged', { baris: 3 }],
    ['an item that is not in the config', 'pengadaan.csv', (t) => t.replace('tinta,', 'tinta_cina,'), 'manifest-unknown-item', { kolom: 'kode_barang', nilai: 'tinta_cina' }],
  ];
  it.each(cases)('%s', async (_name, file, change, key, params) => {
    const dir = await copy();
    await edit(dir, file, change);
    await reseal(dir, file);
    const err = await failure(dir);
    expect(err).toBeInstanceOf(InputError);
    expect(err.exitCode).toBe(3);
    expect(err.key).toBe(key);
    expect(err.params).toMatchObject({ berkas: `m/${file}`, ...params });
  });

  it('a file that is not UTF-8 (unreadable as text)', async () => {
    const dir = await copy();
    await writeFile(join(dir, 'm/distribusi-tps.csv'), Buffer.from([0x6b, 0xff, 0xfe, 0x0a]));
    await reseal(dir, 'distribusi-tps.csv');
    const err = await failure(dir);
    expect([err.exitCode, err.key, err.params.berkas]).toEqual([3, 'manifest-unreadable', 'm/distribusi-tps.csv']);
  });

  it('another versi_format, a ringkasan.json that is not JSON, or one that points outside the folder', async () => {
    const dir = await copy();
    await edit(dir, 'ringkasan.json', (t) => t.replace('"versi_format": 1', '"versi_format": 2'));
    expect([(await failure(dir)).exitCode, (await failure(dir)).key]).toEqual([3, 'manifest-format-version']);
    await edit(dir, 'ringkasan.json', (t) => t.replace('"versi_format": 2', '"versi_format": 1').replace('"berkas": "validasi.csv"', '"berkas": "../pemilih.csv"'));
    expect((await failure(dir)).key).toBe('manifest-ringkasan-invalid');
    await edit(dir, 'ringkasan.json', (t) => t.slice(0, 40));
    expect([(await failure(dir)).exitCode, (await failure(dir)).key]).toEqual([3, 'manifest-ringkasan-invalid']);
  });

  it('a konfigurasi.json that fails the schema, or that is not in the form logistik writes', async () => {
    const dir = await copy();
    await edit(dir, 'konfigurasi.json', (t) => t.replace('"kapasitas_tps": 300', '"kapasitas_tps": -1'));
    await reseal(dir, 'konfigurasi.json');
    expect([(await failure(dir)).exitCode, (await failure(dir)).key]).toEqual([3, 'manifest-config-invalid']);
    const other = await copy();
    await edit(other, 'konfigurasi.json', (t) => JSON.stringify(JSON.parse(t)));
    await reseal(other, 'konfigurasi.json');
    expect((await failure(other)).key).toBe('manifest-config-differs');
  });

  it('a konfigurasi_sha256 that is not the digest of konfigurasi.json', async () => {
    const dir = await copy();
    await edit(dir, 'ringkasan.json', (t) => t.replace(/"konfigurasi_sha256": "[0-9a-f]+"/, `"konfigurasi_sha256": "${sha256Hex('x')}"`));
    expect((await failure(dir)).key).toBe('manifest-ringkasan-invalid');
  });

  it('a validasi or failed hitung folder is not a manifest', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'in'));
    await cp(join(FIXTURES, 'contoh/pemilih.csv'), join(dir, 'in/pemilih.csv'));
    expect((await runInProcess(['validasi', 'in/pemilih.csv', '--out', 'm', '--quiet'], { cwd: dir })).code).toBe(0);
    const err = await failure(dir);
    expect([err.exitCode, err.key, err.params.perintah]).toEqual([3, 'manifest-wrong-command', 'validasi']);
  });
});
