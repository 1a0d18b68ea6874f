import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runBinary, runInProcess, tempDir } from '../helpers/cli.js';
import { requireBuild, snapshot } from './helpers.js';

/**
 * Issue 4, point 3, and issue 10.2: `hitung --check` computes in memory, writes nothing, and
 * compares byte for byte with --out and its ringkasan.json: exit 0 when current (or when only the
 * tool version differs), 1 when a file differs, is missing, is listed but would not be written, or
 * changed after writing. It reruns with the options recorded in ringkasan.json unless they are
 * given again, says which recorded fact changed (inputs, config, dapil, options, tool version),
 * shows the numbers that differ, and points to `logistik banding`, never to overwriting.
 */

type Status = 'beda' | 'hilang' | 'lebih' | 'diubah' | 'versi_alat';
interface Perbedaan {
  sama: boolean;
  berkas: Array<{ berkas: string; status: Status; baris?: number }>;
  sebab: Array<Record<string, unknown> & { jenis: string }> | null;
  angka: null | {
    barang: { berubah: Array<{ kode_barang: string; jumlah: { lama: number; baru: number; selisih: number } }> };
    tps: { berubah: Array<{ kode_kelurahan: string; tps: string; kolom: Record<string, { lama: number; baru: number; selisih: number }> }> };
  };
}

/** A working folder with the example roll and a fresh manifest of it in `manifest/`. */
async function current(extra: string[] = [], env: Record<string, string> = {}): Promise<string> {
  const dir = await tempDir();
  await cp(join(FIXTURES, 'contoh/pemilih.csv'), join(dir, 'pemilih.csv'));
  const r = await runInProcess(['hitung', 'pemilih.csv', '--quiet', ...extra], { cwd: dir, env });
  expect(r.code, r.stderr).toBe(0);
  return dir;
}

/** Runs `hitung --check` and proves it wrote nothing anywhere in the working folder. */
async function check(dir: string, args: string[] = [], env: Record<string, string> = {}) {
  const before = await snapshot(dir);
  const r = await runInProcess(['hitung', 'pemilih.csv', '--check', ...args], { cwd: dir, env });
  expect(await snapshot(dir), 'hitung --check wrote, moved or touched a file').toEqual(before);
  const json = args.includes('--json') ? (JSON.parse(r.stdout) as Record<string, unknown> & { perbedaan: Perbedaan }) : null;
  // The report is the command's output (stdout); beside --json it goes to stderr.
  return { ...r, json, report: json === null ? r.stdout : r.stderr };
}

/** Makes the roll invalid: the TPS number of line 3 is emptied (a `tps-identity` error). */
async function breakRoll(dir: string): Promise<void> {
  const lines = (await readFile(join(dir, 'pemilih.csv'), 'utf8')).split('\n');
  lines[2] = (lines[2] ?? '').replace(/^([^,]*,[^,]*,[^,]*,)005,/, '$1,');
  await writeFile(join(dir, 'pemilih.csv'), lines.join('\n'));
}

/** Drops the voters on lines 2-4 (all three at TPS 005 of 16.74.04.1001: 183 → 180 voters). */
async function dropThreeVoters(dir: string): Promise<void> {
  const lines = (await readFile(join(dir, 'pemilih.csv'), 'utf8')).split('\n');
  expect(lines.slice(1, 4).every((l) => l.startsWith('16.74.04.1001,Rambang Kapak Tengah,Tanjung Rambang,005,'))).toBe(true);
  lines.splice(1, 3);
  await writeFile(join(dir, 'pemilih.csv'), lines.join('\n'));
}

const NEVER_OVERWRITE = /tanpa --check untuk memperbarui|without --check to update/;

describe('hitung --check: current', () => {
  it('exits 0 when every file is current, and writes nothing', async () => {
    const dir = await current();
    const r = await check(dir);
    expect(r.code, r.report).toBe(0);
    // the verdict is the command's output: stdout, and nothing on stderr
    expect(r.stdout).toBe('Manifes di manifest/ sudah mutakhir.\n');
    expect(r.stderr).toBe('');
  });

  it('with --json prints one JSON document: the would-be ringkasan.json plus `perbedaan`', async () => {
    const dir = await current();
    const r = await check(dir, ['--json']);
    expect(r.code).toBe(0);
    const { perbedaan, ...rest } = r.json ?? { perbedaan: null };
    expect(perbedaan).toEqual({ sama: true, berkas: [], sebab: [], angka: null });
    expect(rest).toEqual(JSON.parse(await readFile(join(dir, 'manifest/ringkasan.json'), 'utf8')));
  });

  it('a file that ringkasan.json does not list is ignored (the tool never writes or removes it)', async () => {
    const dir = await current();
    await writeFile(join(dir, 'manifest/catatan.txt'), 'catatan panitia\n');
    expect((await check(dir)).code).toBe(0);
  });

  it('a difference only in alat.versi is reported and exits 0', async () => {
    const dir = await current();
    const path = join(dir, 'manifest/ringkasan.json');
    const doc = JSON.parse(await readFile(path, 'utf8')) as { alat: { versi: string } };
    const now = doc.alat.versi;
    doc.alat.versi = '0.0.9';
    await writeFile(path, `${JSON.stringify(doc, null, 2)}\n`);
    const r = await check(dir, ['--json']);
    expect(r.code, r.report).toBe(0);
    expect(r.json?.perbedaan).toEqual({ sama: true, berkas: [{ berkas: 'ringkasan.json', status: 'versi_alat' }], sebab: [], angka: null });
    expect(r.report).toContain(`hanya versi alat di ringkasan.json yang berbeda (logistik 0.0.9 → ${now})`);
  });
});

describe('hitung --check: what changed, and the numbers', () => {
  it('a changed roll: the files differ from their first changed line, the input is named, the numbers per item and per TPS are shown', async () => {
    const dir = await current();
    await dropThreeVoters(dir);
    const r = await check(dir, ['--json']);
    expect(r.code).toBe(1);
    const p = r.json?.perbedaan;
    expect(p?.sama).toBe(false);
    expect(p?.berkas.map((b) => `${b.berkas}:${b.status}:${b.baris ?? ''}`)).toEqual([
      'distribusi-kecamatan.csv:beda:2', 'distribusi-kelurahan.csv:beda:2', 'distribusi-kpu.csv:beda:2', 'distribusi-tps.csv:beda:2',
      'pengadaan.csv:beda:2', 'ringkasan.json:beda:12', 'validasi.csv:beda:3',
    ]);
    // Only the roll changed: nothing about config, dapil, options or version.
    expect(p?.sebab).toEqual([{ jenis: 'masukan', berkas: 'pemilih.csv', lama: expect.stringMatching(/^[0-9a-f]{64}$/), baru: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    // 183 → 180 voters at TPS 005: ballots 183 + ceil(3.66) = 187 → 180 + ceil(3.6) = 184 (-3) per
    // type; 843 → 840 (the PPWP's PSU stock is the KPU RI's, not this run's).
    const ppwp = p?.angka?.barang.berubah.find((i) => i.kode_barang === 'surat_suara_ppwp');
    expect(ppwp?.jumlah).toEqual({ lama: 843, baru: 840, selisih: -3 });
    expect(p?.angka?.tps.berubah).toHaveLength(1);
    expect(p?.angka?.tps.berubah[0]?.kolom.dpt).toEqual({ lama: 183, baru: 180, selisih: -3 });
    expect(p?.angka?.tps.berubah[0]?.kolom.surat_suara_dpd).toEqual({ lama: 187, baru: 184, selisih: -3 });
    const text = await check(dir);
    expect(text.report).toContain('masukan pemilih.csv: isinya berubah (sha256 ');
    expect(text.report).toContain('surat_suara_ppwp: jumlah dan jumlah_pengadaan 843 → 840 (-3)');
    expect(text.report).toContain('~ 16.74.04.1001 Tanjung Rambang TPS 005: dpt 183 → 180 (-3); surat_suara_ppwp, surat_suara_dpr, surat_suara_dpd, surat_suara_dprd_prov, surat_suara_dprd_kabkota 187 → 184 (-3)');
    expect(text.report).toContain('logistik banding manifest manifest-baru');
    expect(text.report).not.toMatch(NEVER_OVERWRITE);
    const en = await check(dir, ['--lang', 'en']);
    expect(en.report).toContain('input pemilih.csv: its content changed');
    expect(en.report).toContain('do not overwrite it');
  });

  it('many TPS that differ are counted, not listed: banding lists them', async () => {
    const dir = await tempDir();
    const recap = await readFile(join(FIXTURES, 'prabumulih-pemilu-2024/rekap.csv'), 'utf8');
    await writeFile(join(dir, 'pemilih.csv'), recap);
    expect((await runInProcess(['hitung', 'pemilih.csv', '--quiet'], { cwd: dir })).code).toBe(0);
    // Eleven TPS of 16.74.01.1001 get one voter more (dpt and dpt_l).
    let n = 0;
    const edited = recap.split('\n').map((l) => {
      const m = /^(16\.74\.01\.1001,[^,]*,[^,]*,\d+),(\d+),(\d+),(\d+)$/.exec(l);
      if (!m || n >= 11) return l;
      n++;
      return `${m[1]},${Number(m[2]) + 1},${Number(m[3]) + 1},${m[4]}`;
    });
    expect(n).toBe(11);
    await writeFile(join(dir, 'pemilih.csv'), edited.join('\n'));
    const r = await check(dir);
    expect(r.code).toBe(1);
    expect(r.report).toContain('11 TPS berbeda; daftarnya per kecamatan ada di logistik banding');
    expect(r.report).not.toContain('~ 16.74.01.1001');
  });

  it('a file edited after writing is "changed after writing", not an instruction to recompute', async () => {
    const dir = await current();
    const path = join(dir, 'manifest/pengadaan.csv');
    await writeFile(path, (await readFile(path, 'utf8')).replace(',1843,', ',1844,'));
    const r = await check(dir, ['--json']);
    expect(r.code).toBe(1);
    expect(r.json?.perbedaan.berkas).toEqual([{ berkas: 'pengadaan.csv', status: 'diubah' }]);
    expect(r.json?.perbedaan.sebab).toEqual([]);
    const text = await check(dir);
    expect(text.report).toContain('pengadaan.csv: diubah setelah ditulis');
    expect(text.report).toContain('perbedaannya ada pada berkas di folder itu sendiri');
    expect(text.report).not.toMatch(NEVER_OVERWRITE);
  });

  it('a truncated file and a CRLF copy are changed after writing too', async () => {
    const dir = await current();
    const path = join(dir, 'manifest/distribusi-tps.csv');
    const text = await readFile(path, 'utf8');
    await writeFile(path, `${text.split('\n').slice(0, 4).join('\n')}\n`);
    expect((await check(dir, ['--json'])).json?.perbedaan.berkas).toEqual([{ berkas: 'distribusi-tps.csv', status: 'diubah' }]);
    await writeFile(path, text.replace(/\n/g, '\r\n'));
    expect((await check(dir, ['--json'])).json?.perbedaan.berkas).toEqual([{ berkas: 'distribusi-tps.csv', status: 'diubah' }]);
  });

  it('a missing file', async () => {
    const dir = await current();
    await rm(join(dir, 'manifest/distribusi-tps.csv'));
    const r = await check(dir, ['--json']);
    expect(r.code).toBe(1);
    expect(r.json?.perbedaan.berkas).toEqual([{ berkas: 'distribusi-tps.csv', status: 'hilang' }]);
    expect((await check(dir)).report).toContain('distribusi-tps.csv: tidak ada');
  });

  it('a roll that now has errors: the listed manifests would not be written, validasi and ringkasan differ', async () => {
    const dir = await current();
    await breakRoll(dir);
    const r = await check(dir, ['--json']);
    expect(r.code).toBe(1);
    expect(r.json?.perbedaan.berkas.map((b) => `${b.berkas}:${b.status}`)).toEqual([
      'distribusi-kecamatan.csv:lebih', 'distribusi-kelurahan.csv:lebih', 'distribusi-kpu.csv:lebih', 'distribusi-tps.csv:lebih',
      'konfigurasi.json:lebih', 'pengadaan.csv:lebih', 'ringkasan.json:beda', 'validasi.csv:beda',
    ]);
    expect(r.json?.perbedaan.angka).toBeNull();
    expect((await check(dir)).report).toContain('pengadaan.csv: tercatat di ringkasan.json, tetapi perhitungan ini tidak menulisnya');
  });

  it('exits 1 on an invalid roll even when --out already records its errors, as hitung itself would', async () => {
    const dir = await current();
    await breakRoll(dir);
    const plain = await runInProcess(['hitung', 'pemilih.csv', '--quiet'], { cwd: dir });
    expect(plain.code).toBe(1);
    const r = await check(dir, ['--json']);
    expect(r.json?.perbedaan.sama).toBe(true);
    expect(r.code).toBe(1);
    expect(r.report).toContain('GALAT tps-identity (1)');
    expect(r.report).toContain('pemilih.csv:3');
    // With --allow-invalid recorded, the check reruns with it and passes.
    expect((await runInProcess(['hitung', 'pemilih.csv', '--allow-invalid', '--quiet'], { cwd: dir })).code).toBe(0);
    expect((await check(dir)).code).toBe(0);
  });

  it('a missing --out folder: every file is missing, nothing was recorded, and the folder is not created', async () => {
    const dir = await current();
    const r = await check(dir, ['--out', 'belum-ada', '--json']);
    expect(r.code).toBe(1);
    expect(r.json?.perbedaan.berkas.map((d) => `${d.berkas}:${d.status}`)).toEqual([
      'distribusi-kecamatan.csv:hilang', 'distribusi-kelurahan.csv:hilang', 'distribusi-kpu.csv:hilang', 'distribusi-tps.csv:hilang',
      'konfigurasi.json:hilang', 'pengadaan.csv:hilang', 'ringkasan.json:hilang', 'validasi.csv:hilang',
    ]);
    expect(r.json?.perbedaan.sebab).toBeNull();
    expect(existsSync(join(dir, 'belum-ada'))).toBe(false);
    expect((await check(dir, ['--out', 'belum-ada'])).report).toContain('Tidak ada ringkasan.json di belum-ada/');
  });
});

describe('hitung --check on a ringkasan.json that cannot be parsed', () => {
  it('is exit 3 naming it, after config errors (exit 2) and before the roll is read', async () => {
    const dir = await current();
    await writeFile(join(dir, 'manifest/ringkasan.json'), '{ "versi_format": 1, ');
    const r = await check(dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('manifest/ringkasan.json bukan ringkasan.json logistik yang sah');
    await writeFile(join(dir, 'rusak.json'), '{ "nama": 5 }');
    expect((await check(dir, ['-c', 'rusak.json'])).code).toBe(2);
  });
});

describe('hitung --check reruns with the recorded options unless given again', () => {
  it('--excel: recorded, so the copies are compared too; a missing copy is named', async () => {
    const dir = await current(['--excel']);
    expect((await check(dir)).code).toBe(0);
    await rm(join(dir, 'manifest/excel/pengadaan.csv'));
    const r = await check(dir, ['--json']);
    expect(r.json?.perbedaan.berkas).toEqual([{ berkas: 'excel/pengadaan.csv', status: 'hilang' }]);
  });

  it('--lingkup: recorded, so a province run is checked as one; given again otherwise, the config and the option are named', async () => {
    const dir = await current(['--lingkup', 'provinsi']);
    const ringkasan = JSON.parse(await readFile(join(dir, 'manifest/ringkasan.json'), 'utf8')) as { opsi: { lingkup: string | null } };
    expect(ringkasan.opsi.lingkup).toBe('provinsi');
    // The KPU Provinsi's PSU stock (DPR, DPD, DPRD Provinsi: 1,000 each) has a row of its own, code 16.
    const kpu = (await readFile(join(dir, 'manifest/distribusi-kpu.csv'), 'utf8')).split('\n');
    expect(kpu[1]).toMatch(/^16,4,825,0,1000,1000,1000,0,/);
    expect(kpu[2]).toMatch(/^16\.74,4,825,/);
    expect((await check(dir)).code).toBe(0);
    const r = await check(dir, ['--lingkup', 'kabkota', '--json']);
    expect(r.code).toBe(1);
    expect(r.json?.perbedaan.sebab?.map((s) => s.jenis)).toEqual(['konfigurasi_sha256', 'opsi']);
    expect(r.json?.perbedaan.sebab?.[1]).toEqual({ jenis: 'opsi', opsi: 'lingkup', lama: 'provinsi', baru: 'kabkota' });
  });

  it('-p: recorded; given again with another value, the preset and the option are named', async () => {
    const dir = await current(['-p', 'pilkada-2024']);
    expect((await check(dir)).code).toBe(0);
    const r = await check(dir, ['-p', 'pemilu-2024', '--json']);
    expect(r.code).toBe(1);
    const jenis = r.json?.perbedaan.sebab?.map((s) => s.jenis);
    expect(jenis).toEqual(['konfigurasi_sha256', 'preset', 'opsi']);
    expect(r.json?.perbedaan.sebab?.[2]).toEqual({ jenis: 'opsi', opsi: 'preset', lama: 'pilkada-2024', baru: 'pemilu-2024' });
    expect((await check(dir, ['-p', 'pemilu-2024'])).report).toContain('opsi --preset: "pilkada-2024" → "pemilu-2024"');
  });

  it('--lang compares like with like: validasi.csv in the recorded language unless --lang is given again', async () => {
    // A warning in validasi.csv, so its language shows: one voter's sex code made unreadable.
    const dir = await tempDir();
    const lines = (await readFile(join(FIXTURES, 'contoh/pemilih.csv'), 'utf8')).split('\n');
    lines[1] = (lines[1] ?? '').replace(/,([LP]),JL/, ',W,JL');
    await writeFile(join(dir, 'pemilih.csv'), lines.join('\n'));
    expect((await runInProcess(['hitung', 'pemilih.csv', '--lang', 'en', '--quiet'], { cwd: dir })).code).toBe(0);
    expect(await readFile(join(dir, 'manifest/validasi.csv'), 'utf8')).toContain('jenis_kelamin is not recognised.');
    // Indonesian terminal, English data file as recorded: current.
    expect((await check(dir)).code).toBe(0);
    expect((await check(dir, [], { LANG: 'en_US.UTF-8' })).code).toBe(0);
    const r = await check(dir, ['--lang', 'id', '--json']);
    expect(r.code).toBe(1);
    expect(r.json?.perbedaan.sebab).toEqual([{ jenis: 'opsi', opsi: 'lang', lama: 'en', baru: 'id' }]);
  });

  it('-c: recorded with its digest; an edited config file is named, and the config in effect too', async () => {
    const dir = await tempDir();
    await cp(join(FIXTURES, 'contoh/pemilih.csv'), join(dir, 'pemilih.csv'));
    const config = { extends: 'pemilu-2024', barang: [{ kode: 'tinta', alokasi: [{ tingkat: 'tps', basis: 'tps', rasio: 2 }] }] };
    await writeFile(join(dir, 'konfig.json'), JSON.stringify(config));
    const run = await runInProcess(['hitung', '-c', 'konfig.json', 'pemilih.csv'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    // The header names the config file, not only the preset it extends.
    expect(run.stdout).toContain('logistik hitung — preset pemilu-2024 + konfig.json');
    expect((await check(dir)).code).toBe(0);
    config.barang[0] = { kode: 'tinta', alokasi: [{ tingkat: 'tps', basis: 'tps', rasio: 3 }] };
    await writeFile(join(dir, 'konfig.json'), JSON.stringify(config));
    const r = await check(dir, ['--json']);
    expect(r.code).toBe(1);
    expect(r.json?.perbedaan.sebab?.map((s) => s.jenis)).toEqual(['konfigurasi', 'konfigurasi_sha256']);
    // 4 TPS × 2 → × 3 bottles of ink.
    expect(r.json?.perbedaan.angka?.barang.berubah).toEqual([
      { kode_barang: 'tinta', varian: '', jumlah: { lama: 8, baru: 12, selisih: 4 }, jumlah_pengadaan: { lama: 8, baru: 12, selisih: 4 } },
    ]);
    expect((await check(dir)).report).toContain('berkas konfigurasi (-c): konfig.json (sha256 ');
    // A recorded config file that is gone: said so, with where the name came from (exit 2).
    await rm(join(dir, 'konfig.json'));
    const gone = await check(dir);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain('Nama berkas ini diambil dari manifest/ringkasan.json');
  });

  it('--dapil: recorded with its digest; an edited mapping is named', async () => {
    const dir = await tempDir();
    await cp(join(FIXTURES, 'contoh/pemilih.csv'), join(dir, 'pemilih.csv'));
    const mapping = (d: string): string => `kode_wilayah,jenis,dapil\n16.74.04,dpr,SUMSEL II\n16.74.04,dprd_prov,SUMSEL 7\n16.74.04,dprd_kabkota,${d}\n`;
    await writeFile(join(dir, 'dapil.csv'), mapping('PRABUMULIH 2'));
    expect((await runInProcess(['hitung', '--dapil', 'dapil.csv', 'pemilih.csv', '--quiet'], { cwd: dir })).code).toBe(0);
    expect((await check(dir)).code).toBe(0);
    await writeFile(join(dir, 'dapil.csv'), mapping('PRABUMULIH 3'));
    const r = await check(dir, ['--json']);
    expect(r.code).toBe(1);
    expect(r.json?.perbedaan.sebab?.map((s) => s.jenis)).toEqual(['dapil']);
    const text = await check(dir);
    expect(text.report).toContain('pemetaan dapil (--dapil): dapil.csv (sha256 ');
    // The variant moved: one pengadaan row only in each, and every TPS's dapil_dprd_kabkota changed.
    expect(text.report).toContain('surat_suara_dprd_kabkota [PRABUMULIH 2]: hanya di manifest (jumlah 1.843)');
    expect(text.report).toContain('dapil_dprd_kabkota PRABUMULIH 2 → PRABUMULIH 3');
  });
});

describe('hitung --check, the real binary', () => {
  it('--check --json puts exactly one JSON document on stdout, messages on stderr', async () => {
    requireBuild();
    const dir = await current();
    await writeFile(join(dir, 'manifest/validasi.csv'), 'diubah\n');
    const before = await snapshot(dir);
    const r = runBinary(['hitung', 'pemilih.csv', '--check', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(await snapshot(dir)).toEqual(before);
    const doc = JSON.parse(r.stdout) as { perbedaan: Perbedaan };
    expect(doc.perbedaan.berkas).toEqual([{ berkas: 'validasi.csv', status: 'diubah' }]);
    expect(r.stderr).toContain('validasi.csv: diubah setelah ditulis');
  });
});
