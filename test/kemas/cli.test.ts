/**
 * `logistik kemas` as a command, in-process: what it writes and prints, the exit codes and their
 * order (contract, "Rules across all commands"), --json, language and quiet, and the rule for -c.
 */
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { editAndRehash, json, kemas, withManifest } from './helpers.js';

const sha = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

const visible = async (dir: string): Promise<string[]> => (await readdir(dir)).filter((f) => !f.startsWith('.')).sort();

describe('kemas writes its five lists and ringkasan.json', () => {
  it('exit 0; ringkasan.json lists the manifest\'s files as masukan (with their digests) and the five files as keluaran', async () => {
    const dir = await withManifest();
    const r = await kemas(dir);
    expect(r.code, r.stderr).toBe(0);
    expect(await visible(join(dir, 'kemas'))).toEqual(['ambil-koli.csv', 'kemas-tps.csv', 'koli-kabkota.csv', 'ringkasan.json', 'serah-terima-ppk.csv', 'serah-terima-pps.csv']);
    const doc = await json<{ perintah: string; masukan: Array<{ berkas: string; sha256: string }>; keluaran: Array<{ berkas: string; sha256: string }> }>(join(dir, 'kemas/ringkasan.json'));
    expect(Object.keys(doc).slice(0, 4)).toEqual(['versi_format', 'alat', 'perintah', 'masukan']);
    expect(doc.perintah).toBe('kemas');
    for (const m of doc.masukan) expect(m.sha256, m.berkas).toBe(sha(await readFile(join(dir, m.berkas))));
    expect(doc.masukan.map((m) => m.berkas)).toEqual(expect.arrayContaining(['manifest/ringkasan.json', 'manifest/konfigurasi.json', 'manifest/distribusi-tps.csv', 'manifest/pengadaan.csv']));
    for (const k of doc.keluaran) expect(k.sha256, k.berkas).toBe(sha(await readFile(join(dir, 'kemas', k.berkas))));
  });

  it('the report says per kecamatan what to pull, a total that closes, what to pack, the PSU stock', async () => {
    const dir = await withManifest();
    const r = await kemas(dir);
    expect(r.stdout).toContain('logistik kemas — preset pilkada-2024');
    expect(r.stdout).toContain('Manifes: manifest/ — 4 TPS, 2 kelurahan/desa, 1 kecamatan');
    // 4 TPS: 188 + 222 + 209 + 206 = 825 + 22 reserve... the two races give 2 × 847 sheets, under one carton.
    expect(r.stdout).toMatch(/16\.74\.04 Rambang Kapak Tengah +0 koli \+ 1\.694 lembar = 1\.694 lembar/);
    expect(r.stdout).toMatch(/Jumlah +0 koli \+ 1\.694 lembar = 1\.694 lembar/);
    expect(r.stdout).toContain('Tetap di KPU Kab/Kota: 2.000 lembar surat suara PSU dalam 1 koli tersendiri');
    expect(r.stdout).toContain('Daftar kemas ditulis ke kemas/');
    expect(r.stderr).toBe('');
  });

  it('byte for byte the same on a second run, from another folder, and with an absolute path', async () => {
    const dir = await withManifest();
    expect((await kemas(dir, ['manifest', '-o', 'a'])).code).toBe(0);
    expect((await kemas(dir, ['manifest', '-o', 'a'])).code).toBe(0);
    expect((await kemas(join(dir, 'manifest'), ['.', '-o', join(dir, 'b')])).code).toBe(0);
    expect((await kemas('/', [join(dir, 'manifest'), '-o', join(dir, 'c')])).code).toBe(0);
    for (const f of await visible(join(dir, 'a'))) {
      const a = await readFile(join(dir, 'a', f));
      expect(await readFile(join(dir, 'c', f)), f).toEqual(a);
      if (f !== 'ringkasan.json') expect(await readFile(join(dir, 'b', f)), f).toEqual(a);
    }
  });

  it('--json: stdout holds exactly ringkasan.json\'s content; the report moves to stderr', async () => {
    const dir = await withManifest();
    const r = await kemas(dir, ['manifest', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(await json(join(dir, 'kemas/ringkasan.json')));
    expect(r.stderr).toContain('logistik kemas');
  });

  it('--quiet prints nothing on success; --lang en speaks English', async () => {
    const dir = await withManifest();
    expect((await kemas(dir, ['manifest', '--quiet'])).stdout).toBe('');
    const en = await kemas(dir, ['manifest', '--lang', 'en']);
    expect(en.stdout).toContain('Pull from the warehouse for each PPK');
    expect(en.stdout).toContain('1,694 sheets');
  });

  it('a manifest written with --allow-invalid is packed with a warning naming its rejected rows', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'dpt.csv'), 'kode_kelurahan,kecamatan,kelurahan,tps,dpt\n16.74.04.1001,R,T,001,200\n16.74.04.1001,R,T,002,abc\n');
    const h = await (await import('../helpers/cli.js')).runInProcess(['hitung', 'dpt.csv', '--allow-invalid', '--quiet'], { cwd: dir });
    expect(h.code, h.stderr).toBe(0);
    const r = await kemas(dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PERINGATAN kemas-manifest-rows-rejected (1)');
    expect(r.stdout).toContain('1 baris daftar pemilih ditolak');
  });
});

describe('exit codes, the first failure deciding', () => {
  it('1: a manifest file changed after hitung wrote it, named; nothing written', async () => {
    const dir = await withManifest();
    const path = join(dir, 'manifest/distribusi-tps.csv');
    await writeFile(path, (await readFile(path, 'utf8')).replace(',188,', ',189,'));
    const r = await kemas(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('distribusi-tps.csv');
    expect(existsSync(join(dir, 'kemas/ringkasan.json'))).toBe(false);
  });

  it('1: files that match their digests but do not add up: only ringkasan.json, with the issue', async () => {
    const dir = await withManifest();
    await editAndRehash(dir, 'distribusi-tps.csv', 2, 'surat_suara_gubernur', 1);
    expect((await kemas(dir, ['manifest', '--quiet'])).code).toBe(1);
    expect(await visible(join(dir, 'kemas'))).toEqual(['ringkasan.json']);
    const written = await json<{ masalah: { galat: number; per_kode: Record<string, number> }; keluaran: unknown[] }>(join(dir, 'kemas/ringkasan.json'));
    expect(written.masalah.per_kode).toHaveProperty('kemas-sums-differ');
    expect(written.keluaran).toEqual([]);
  });

  it('1 removes an earlier kemas run\'s lists (they no longer match), and says so', async () => {
    const dir = await withManifest();
    expect((await kemas(dir)).code).toBe(0);
    await editAndRehash(dir, 'distribusi-kelurahan.csv', 2, 'tinta', -1);
    const r = await kemas(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Daftar kemas lama di kemas/ dihapus');
    expect(await visible(join(dir, 'kemas'))).toEqual(['ringkasan.json']);
  });

  it('2: a -c that changes a rule hitung read, naming it; after the manifest was found intact', async () => {
    const dir = await withManifest();
    await writeFile(join(dir, 'k.json'), JSON.stringify({ cadangan_persen_surat_suara: 3, kemas: { barang: [{ kode: 'tinta', wadah: 'kotak_gubernur' }] } }));
    const r = await kemas(dir, ['manifest', '-c', 'k.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('k.json');
    expect(r.stderr).toContain('barang[0].cadangan_persen');
    expect(existsSync(join(dir, 'kemas/ringkasan.json'))).toBe(false);
  });

  it('0: a -c that changes only the kemas section; ringkasan.json records it', async () => {
    const dir = await withManifest();
    await writeFile(join(dir, 'k.json'), JSON.stringify({ kemas: { barang: [{ kode: 'surat_suara_gubernur', isi_ikat: { jumlah: 25 }, isi_koli: { jumlah: 500 } }] } }));
    const r = await kemas(dir, ['manifest', '-c', 'k.json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = await json<{ konfigurasi: { berkas: string; sha256: string } }>(join(dir, 'kemas/ringkasan.json'));
    expect(doc.konfigurasi).toEqual({ berkas: 'k.json', sha256: sha(await readFile(join(dir, 'k.json'))) });
    const tps = await readFile(join(dir, 'kemas/kemas-tps.csv'), 'utf8');
    // TPS 005 of Tanjung Rambang: 188 governor ballots = 7 bundles of 25 + 13.
    expect(tps).toContain('16.74.04.1001,Rambang Kapak Tengah,Tanjung Rambang,005,kotak_gubernur,surat_suara_gubernur,,188,7,13,25,');
  });

  it('2 before anything else: a -c that fails its schema, a --out that is the manifest folder, an unknown option', async () => {
    const dir = await withManifest();
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ kemas: { barang: [{ kode: 'tinta', isi_ikat: { jumlah: 0 } }] } }));
    await rm(join(dir, 'manifest/pengadaan.csv'));
    const bad = await kemas(dir, ['manifest', '-c', 'bad.json']);
    expect([bad.code, bad.stderr.includes('kemas.barang[0].isi_ikat.jumlah')]).toEqual([2, true]);
    expect(existsSync(join(dir, 'kemas'))).toBe(false);
    expect((await kemas(dir, ['manifest', '-o', 'manifest'])).code).toBe(2);
    expect((await kemas(dir, ['manifest', '--dapil', 'x.csv'])).code).toBe(2);
  });

  it('2: --out holding another command\'s run', async () => {
    const dir = await withManifest();
    await cp(join(dir, 'manifest'), join(dir, 'lain'), { recursive: true });
    const r = await kemas(dir, ['manifest', '-o', 'lain']);
    expect(r.code).toBe(2);
  });

  it('3: no such folder; a folder that is not a hitung manifest', async () => {
    const dir = await withManifest();
    expect((await kemas(dir, ['tidak-ada'])).code).toBe(3);
    expect((await kemas(dir, ['manifest', '-o', 'k1'])).code).toBe(0);
    expect((await kemas(dir, ['k1', '-o', 'k2'])).code).toBe(3);
  });

  it('--json on a failure: one JSON document with galat', async () => {
    const dir = await withManifest();
    const r = await kemas(dir, ['tidak-ada', '--json']);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toHaveProperty('galat');
  });
});
