import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, REPO, runInProcess, tempDir } from '../helpers/cli.js';
import { sha256Hex } from './helpers.js';

/**
 * Issue 4, point 4 and issue 10.2: `logistik banding A B`, rolled up per kecamatan first, then per
 * TPS. A golden test on two runs of the Prabumulih recap that differ in four TPS, and the refusals
 * (not a manifest, another versi_format, a file changed after writing).
 *
 * The roll B is the committed recap with:
 *   - 16.74.01.1001 TPS 006: dpt 200 → 210 (dpt_l 94 → 104)
 *   - 16.74.01.1009 TPS 012: dpt 200 → 150 (dpt_l 95 → 45)
 *   - 16.74.01.1011 TPS 008 (dpt 200) removed
 *   - 16.74.01.1011 TPS 099 (dpt 100) added
 *
 * Checked by hand in the golden files (pemilu-2024: ballots per TPS = dpt + ceil(dpt × 2 / 100)):
 *   - TPS 006: ballots 200 + 4 = 204 → 210 + ceil(4.2) = 215 (+11) for each of the five ballots;
 *   - TPS 012: 204 → 150 + 3 = 153 (-51);
 *   - removed TPS 008 had 204, added TPS 099 has 100 + 2 = 102;
 *   - so every ballot's jumlah changes by 11 - 51 - 204 + 102 = -142, and with packs of 1
 *     jumlah_pengadaan by the same -142. Totals recomputed outside the tool (awk over the recap:
 *     sum dpt = 87,006, sum ceil(dpt × 2 / 100) = 1,942) = 88,948 in A, so B has 88,806; DPRD
 *     Kab/Kota adds the kab/kota's 1,000 PSU to both (89,948 → 89,806), the other four hold none;
 *   - items counted per TPS (kotak_suara, bilik_suara, tinta, segel, …) do not change in total:
 *     one TPS removed, one added;
 *   - all four TPS are in kecamatan 16.74.01 Prabumulih Barat (awk over the recap: 71 TPS,
 *     dpt 14,076, ballots dpt + reserve = 14,076 + 318 = 14,394 per type at its TPS; the PPK holds no
 *     ballots). Its row: jumlah_tps 71 → 71 (unchanged: one TPS removed, one added), dpt
 *     14,076 → 13,936 (10 - 50 - 200 + 100 = -140), each ballot 14,394 → 14,252 (-142); the boxes,
 *     booths, ink and seals it gets per TPS do not change; the other five kecamatan do not change;
 *   - the TPS section lists 1 added, 1 removed, 2 changed, under that kecamatan, in TPS order.
 * UPDATE_GOLDEN=1 rewrites the files; read them again before committing.
 */

const GOLDEN = join(REPO, 'test/audit/golden');
const REKAP = join(FIXTURES, 'prabumulih-pemilu-2024/rekap.csv');

function editRecap(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  const edits: Record<string, string | null> = {
    '16.74.01.1001,Prabumulih Barat,Prabumulih,006,200,94,106': '16.74.01.1001,Prabumulih Barat,Prabumulih,006,210,104,106',
    '16.74.01.1009,Prabumulih Barat,Muntang Tapus,012,200,95,105': '16.74.01.1009,Prabumulih Barat,Muntang Tapus,012,150,45,105',
    '16.74.01.1011,Prabumulih Barat,Gunung Kemala,008,200,102,98': null,
  };
  let applied = 0;
  for (const line of lines) {
    if (line in edits) {
      applied++;
      const replacement = edits[line];
      if (replacement) out.push(replacement);
    } else out.push(line);
  }
  if (applied !== 3) throw new Error('the Prabumulih recap changed: fix editRecap');
  if (out[out.length - 1] === '') out.pop();
  out.push('16.74.01.1011,Prabumulih Barat,Gunung Kemala,099,100,50,50', '');
  return out.join('\n');
}

let dir: string;

async function hitung(args: string[]): Promise<void> {
  const r = await runInProcess(['hitung', ...args, '--quiet'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
}

async function banding(args: string[], env: Record<string, string> = {}) {
  return runInProcess(['banding', ...args], { cwd: dir, env: { NO_COLOR: '1', ...env } });
}

async function golden(name: string, actual: string): Promise<void> {
  if (process.env.UPDATE_GOLDEN === '1') {
    await mkdir(GOLDEN, { recursive: true });
    await writeFile(join(GOLDEN, name), actual);
  }
  expect(actual).toBe(await readFile(join(GOLDEN, name), 'utf8'));
}

beforeAll(async () => {
  dir = await tempDir();
  await cp(REKAP, join(dir, 'rekap-lama.csv'));
  await writeFile(join(dir, 'rekap-baru.csv'), editRecap(await readFile(REKAP, 'utf8')));
  await hitung(['rekap-lama.csv', '--out', 'lama']);
  await hitung(['rekap-baru.csv', '--out', 'baru']);
  await hitung(['rekap-lama.csv', '--out', 'lama-lagi']);
  await hitung(['-p', 'pilkada-2024', 'rekap-lama.csv', '--out', 'pilkada']);
});

describe('logistik banding', () => {
  it('golden: the text table on stdout (no colour), exit 1', async () => {
    const r = await banding(['lama', 'baru', '--no-color']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe('');
    await golden('banding-prabumulih.txt', r.stdout);
  });

  it('golden: the same content with --json, exit 1', async () => {
    const r = await banding(['lama', 'baru', '--json']);
    expect(r.code, r.stderr).toBe(1);
    await golden('banding-prabumulih.json', r.stdout);
    // The hand-checked numbers, asserted directly too (see the comment at the top).
    type D = { lama: number; baru: number; selisih: number };
    const json = JSON.parse(r.stdout) as {
      sama: boolean;
      perbedaan: {
        diubah_setelah_ditulis: unknown[];
        barang: { berubah: Array<{ kode_barang: string; jumlah: D; jumlah_pengadaan: { selisih: number } }>; hanya_a: unknown[]; hanya_b: unknown[] };
        kecamatan: { ditambah: unknown[]; dihapus: unknown[]; berubah: Array<{ kode_kecamatan: string; kecamatan: string; kolom: Record<string, D> }> };
        tps: { ditambah: Array<{ tps: string; dpt: number }>; dihapus: Array<{ tps: string; dpt: number }>; berubah: Array<{ kode_kelurahan: string; tps: string; kolom: Record<string, D> }> };
      };
    };
    expect(json.sama).toBe(false);
    const doc = json.perbedaan;
    expect(doc.diubah_setelah_ditulis).toEqual([]);
    expect(doc.kecamatan.ditambah).toEqual([]);
    expect(doc.kecamatan.dihapus).toEqual([]);
    expect(doc.kecamatan.berubah).toHaveLength(1);
    const kec = doc.kecamatan.berubah[0];
    expect([kec?.kode_kecamatan, kec?.kecamatan]).toEqual(['16.74.01', 'Prabumulih Barat']);
    expect(kec?.kolom.dpt).toEqual({ lama: 14_076, baru: 13_936, selisih: -140 });
    for (const b of ['surat_suara_ppwp', 'surat_suara_dpr', 'surat_suara_dpd', 'surat_suara_dprd_prov', 'surat_suara_dprd_kabkota']) {
      expect(kec?.kolom[b], b).toEqual({ lama: 14_394, baru: 14_252, selisih: -142 });
    }
    expect(Object.keys(kec?.kolom ?? {}).sort()).toEqual(['dpt', 'surat_suara_dpd', 'surat_suara_dpr', 'surat_suara_dprd_kabkota', 'surat_suara_dprd_prov', 'surat_suara_ppwp']);
    expect(doc.barang.berubah.map((i) => i.kode_barang)).toEqual(['surat_suara_dpd', 'surat_suara_dpr', 'surat_suara_dprd_kabkota', 'surat_suara_dprd_prov', 'surat_suara_ppwp']);
    for (const i of doc.barang.berubah) {
      expect(i.jumlah.selisih).toBe(-142);
      expect(i.jumlah_pengadaan.selisih).toBe(-142);
    }
    expect(doc.barang.berubah.find((i) => i.kode_barang === 'surat_suara_ppwp')?.jumlah).toEqual({ lama: 88_948, baru: 88_806, selisih: -142 });
    expect(doc.barang.berubah.find((i) => i.kode_barang === 'surat_suara_dprd_kabkota')?.jumlah).toEqual({ lama: 89_948, baru: 89_806, selisih: -142 });
    expect(doc.barang.hanya_a).toEqual([]);
    expect(doc.barang.hanya_b).toEqual([]);
    const place = { kode_kecamatan: '16.74.01', kecamatan: 'Prabumulih Barat', kode_kelurahan: '16.74.01.1011', kelurahan: 'Gunung Kemala' };
    expect(doc.tps.ditambah).toEqual([{ ...place, tps: '099', dpt: 100 }]);
    expect(doc.tps.dihapus).toEqual([{ ...place, tps: '008', dpt: 200 }]);
    const tps006 = doc.tps.berubah.find((x) => x.kode_kelurahan === '16.74.01.1001' && x.tps === '006');
    expect(tps006?.kolom.dpt).toEqual({ lama: 200, baru: 210, selisih: 10 });
    expect(tps006?.kolom.surat_suara_ppwp).toEqual({ lama: 204, baru: 215, selisih: 11 });
    const tps012 = doc.tps.berubah.find((x) => x.kode_kelurahan === '16.74.01.1009' && x.tps === '012');
    expect(tps012?.kolom.dpt).toEqual({ lama: 200, baru: 150, selisih: -50 });
    expect(tps012?.kolom.surat_suara_dprd_kabkota).toEqual({ lama: 204, baru: 153, selisih: -51 });
    expect(doc.tps.berubah).toHaveLength(2);
  });

  it('the text table in English with --lang en', async () => {
    const r = await banding(['lama', 'baru', '--lang', 'en']);
    expect(r.code).toBe(1);
    await golden('banding-prabumulih.en.txt', r.stdout);
  });

  it('two runs of the same roll are equal: exit 0', async () => {
    const r = await banding(['lama', 'lama-lagi']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('Manifes lama dan lama-lagi sama.\n');
    const j = await banding(['lama', 'lama-lagi', '--json']);
    expect(j.code).toBe(0);
    const doc = JSON.parse(j.stdout) as { sama: boolean; perbedaan: { tps: { berubah: unknown[] } } };
    expect(doc.sama).toBe(true);
    expect(doc.perbedaan.tps.berubah).toEqual([]);
  });

  it('pemilu against pilkada: the ballots of each are on one side only', async () => {
    const r = await banding(['lama', 'pilkada', '--json']);
    expect(r.code).toBe(1);
    const doc = (JSON.parse(r.stdout) as { perbedaan: { barang: { hanya_a: Array<{ kode_barang: string }>; hanya_b: Array<{ kode_barang: string }> }; kolom_tps: { hanya_a: string[]; hanya_b: string[] } } }).perbedaan;
    const onlyA = doc.barang.hanya_a.map((i) => i.kode_barang);
    const onlyB = doc.barang.hanya_b.map((i) => i.kode_barang);
    for (const k of ['surat_suara_ppwp', 'surat_suara_dpr', 'surat_suara_dpd', 'surat_suara_dprd_prov', 'surat_suara_dprd_kabkota']) expect(onlyA).toContain(k);
    for (const k of ['surat_suara_gubernur', 'surat_suara_bupati_walikota']) expect(onlyB).toContain(k);
    expect(doc.kolom_tps.hanya_a).toContain('surat_suara_ppwp');
    expect(doc.kolom_tps.hanya_b).toContain('surat_suara_gubernur');
    const text = await banding(['lama', 'pilkada']);
    // 88,948 on screen is grouped as Indonesians read it
    expect(text.stdout).toMatch(/surat_suara_ppwp: hanya di lama \(jumlah 88\.948\)/);
    expect(text.stdout).toMatch(/surat_suara_gubernur: hanya di pilkada \(jumlah \d{1,3}(\.\d{3})*\)/);
  });

  it('refuses a folder that is not a manifest, with exit 3 and a clear message', async () => {
    await mkdir(join(dir, 'kosong'), { recursive: true });
    const empty = await banding(['lama', 'kosong']);
    expect(empty.code).toBe(3);
    expect(empty.stdout).toBe('');
    expect(empty.stderr).toContain('kosong bukan folder keluaran logistik: tidak ada ringkasan.json.');
    const file = await banding(['rekap-lama.csv', 'lama']);
    expect(file.code).toBe(3);
    expect(file.stderr).toContain('rekap-lama.csv bukan folder atau tidak ada.');
    const missing = await banding(['lama', 'tidak-ada']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('tidak-ada');
    const en = await banding(['lama', 'kosong', '--lang', 'en']);
    expect(en.stderr).toContain('kosong is not a logistik output folder: it has no ringkasan.json.');
  });

  it('refuses the folder of a run that stopped on errors (only validasi.csv and ringkasan.json): exit 3', async () => {
    await writeFile(join(dir, 'rusak.csv'), 'kode_kelurahan,kecamatan,kelurahan,tps,dpt\n16.74.01.1001,A,B,,100\n');
    const r = await runInProcess(['hitung', 'rusak.csv', '--out', 'gagal', '--quiet'], { cwd: dir });
    expect(r.code).toBe(1);
    const b = await banding(['lama', 'gagal']);
    expect(b.code).toBe(3);
    expect(b.stderr).toContain(
      'gagal bukan folder manifes yang lengkap: ringkasan.json-nya tidak mencantumkan pengadaan.csv, distribusi-tps.csv, distribusi-kelurahan.csv, distribusi-kecamatan.csv, distribusi-kpu.csv, konfigurasi.json',
    );
  });

  it('refuses a folder of another versi_format, naming both versions', async () => {
    await rm(join(dir, 'versi2'), { recursive: true, force: true });
    await cp(join(dir, 'lama'), join(dir, 'versi2'), { recursive: true });
    const path = join(dir, 'versi2/ringkasan.json');
    await writeFile(path, (await readFile(path, 'utf8')).replace('"versi_format": 1', '"versi_format": 2'));
    const r = await banding(['lama', 'versi2']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('versi2 ditulis dengan versi_format 2, sedangkan versi ini membaca versi_format 1.');
    const en = await banding(['versi2', 'lama', '--lang', 'en']);
    expect(en.code).toBe(3);
    expect(en.stderr).toContain('versi2 was written with versi_format 2, while this version reads versi_format 1.');
  });

  it('a file changed after writing is a difference, named, and its numbers are not compared: exit 1', async () => {
    await rm(join(dir, 'bekas'), { recursive: true, force: true });
    await cp(join(dir, 'lama'), join(dir, 'bekas'), { recursive: true });
    const path = join(dir, 'bekas/pengadaan.csv');
    await writeFile(path, (await readFile(path, 'utf8')).replace(',89948,', ',99948,'));
    await rm(join(dir, 'bekas/distribusi-kpu.csv'));
    const r = await banding(['lama', 'bekas']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bekas/distribusi-kpu.csv: hilang setelah ditulis');
    expect(r.stdout).toContain('bekas/pengadaan.csv: diubah setelah ditulis');
    expect(r.stdout).not.toContain('Barang (pengadaan.csv)');
    const j = await banding(['lama', 'bekas', '--json']);
    expect(j.code).toBe(1);
    const doc = JSON.parse(j.stdout) as { sama: boolean; perbedaan: { diubah_setelah_ditulis: unknown[]; barang: unknown } };
    expect(doc.sama).toBe(false);
    expect(doc.perbedaan.diubah_setelah_ditulis).toEqual([
      { folder: 'bekas', berkas: 'distribusi-kpu.csv', status: 'hilang' },
      { folder: 'bekas', berkas: 'pengadaan.csv', status: 'diubah' },
    ]);
    expect(doc.perbedaan.barang).toBeNull();
  });

  it('a manifest that matches its digests but holds a duplicated TPS row is exit 3, naming file and lines', async () => {
    await rm(join(dir, 'ganda'), { recursive: true, force: true });
    await cp(join(dir, 'lama'), join(dir, 'ganda'), { recursive: true });
    const path = join(dir, 'ganda/distribusi-tps.csv');
    const lines = (await readFile(path, 'utf8')).split('\n');
    lines.splice(3, 0, lines[2] ?? '');
    await writeFile(path, lines.join('\n'));
    // As if the tool had written it so: the digest in ringkasan.json matches.
    const rpath = join(dir, 'ganda/ringkasan.json');
    const doc = JSON.parse(await readFile(rpath, 'utf8')) as { keluaran: Array<{ berkas: string; sha256: string }> };
    for (const k of doc.keluaran) if (k.berkas === 'distribusi-tps.csv') k.sha256 = sha256Hex(await readFile(path));
    await writeFile(rpath, `${JSON.stringify(doc, null, 2)}\n`);
    const r = await banding(['lama', 'ganda']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/ganda\/distribusi-tps\.csv baris 4: 16\.74\.01\.1001 TPS \d{3} sudah ada di baris 3\./);
  });
});

