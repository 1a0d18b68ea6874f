/**
 * `logistik petakan` as a command: options, exit codes, which files a run writes or removes,
 * --json, the language of data files, and the round trip rekap-tps.csv → hitung. The last
 * block runs the real binary.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runBinary, runInProcess, tempDir } from '../helpers/cli.js';
import { assertBuilt } from '../ux/rolls.js';
import { csvRows } from './helpers.js';

const RECAP = ['kode_kelurahan,kecamatan,kelurahan,tps,dpt', '16.74.04.1001,Rambang Kapak Tengah,Tanjung Rambang,1,250', '16.74.04.1001,Rambang Kapak Tengah,Tanjung Rambang,2,243', '16.74.04.2003,Rambang Kapak Tengah,Karya Mulya,1,198', ''].join('\n');
const BAD_RECAP = `${RECAP}16.74.04.2003,Rambang Kapak Tengah,Karya Mulya,1,200\n`;

async function dirWith(files: Record<string, string>): Promise<string> {
  const dir = await tempDir();
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('logistik petakan', () => {
  it('writes its files into pemetaan/ by default, exit 0; capacity from the preset', async () => {
    const dir = await dirWith({ 'rekap.csv': RECAP });
    const pemilu = await runInProcess(['petakan', 'rekap.csv'], { cwd: dir });
    expect(pemilu.code, pemilu.stderr).toBe(0);
    expect((await readdir(join(dir, 'pemetaan'))).sort()).toEqual(['pemetaan-kelurahan.csv', 'rekap-tps.csv', 'ringkasan.json', 'selisih-barang.csv', 'usulan-tps.csv', 'validasi.csv']);
    expect(pemilu.stdout).toContain('Kapasitas: 300 pemilih per TPS');
    expect(pemilu.stdout).toContain('TPS: sekarang 3, batas bawah 3, usulan 3');
    const pilkada = await runInProcess(['petakan', 'rekap.csv', '-p', 'pilkada-2024'], { cwd: dir });
    expect(pilkada.stdout).toContain('TPS: sekarang 3, batas bawah 2, usulan 2');
    expect(await readFile(join(dir, 'pemetaan/usulan-tps.csv'), 'utf8')).toBe(
      'kode_kelurahan,kecamatan,kelurahan,tps,dpt,tps_asal,keterangan\n' +
        '16.74.04.1001,Rambang Kapak Tengah,Tanjung Rambang,001,493,001;002,\n' +
        '16.74.04.2003,Rambang Kapak Tengah,Karya Mulya,001,198,001,\n',
    );
  });

  it('--kapasitas overrides the preset; a config may set kapasitas_tps', async () => {
    const dir = await dirWith({ 'rekap.csv': RECAP, 'c.json': JSON.stringify({ extends: 'pilkada-2024', kapasitas_tps: 400 }) });
    const r = await runInProcess(['petakan', 'rekap.csv', '-p', 'pilkada-2024', '--kapasitas', '500', '--json'], { cwd: dir });
    expect(JSON.parse(r.stdout).kapasitas).toBe(500);
    const c = await runInProcess(['petakan', 'rekap.csv', '-c', 'c.json', '--json'], { cwd: dir });
    expect(JSON.parse(c.stdout)).toMatchObject({ kapasitas: 400, tps_usulan: 3 });
  });

  it('--json prints exactly ringkasan.json on stdout, with the contract keys in order', async () => {
    const dir = await dirWith({ 'rekap.csv': RECAP });
    const r = await runInProcess(['petakan', 'rekap.csv', '-p', 'pilkada-2024', '--json'], { cwd: dir });
    expect(r.stdout).toBe(await readFile(join(dir, 'pemetaan/ringkasan.json'), 'utf8'));
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual([
      // The contract's order for a later command: masukan, then its own totals, masalah, keluaran.
      'versi_format', 'alat', 'perintah', 'masukan', 'preset', 'konfigurasi_sha256', 'kapasitas', 'jumlah',
      'tps_sekarang', 'batas_bawah', 'tps_usulan', 'selisih_barang', 'masalah', 'keluaran',
    ]);
    expect(doc).toMatchObject({ perintah: 'petakan', tps_sekarang: 3, batas_bawah: 2, tps_usulan: 2 });
    expect(doc.keluaran.map((k: { berkas: string }) => k.berkas)).toEqual(['pemetaan-kelurahan.csv', 'rekap-tps.csv', 'selisih-barang.csv', 'usulan-tps.csv', 'validasi.csv']);
  });

  it('exit 1 on error-level roll issues: only validasi.csv and ringkasan.json; the older proposal, proven ours, removed', async () => {
    const dir = await dirWith({ 'rekap.csv': RECAP, 'bad.csv': BAD_RECAP });
    expect((await runInProcess(['petakan', 'rekap.csv', '-o', 'p'], { cwd: dir })).code).toBe(0);
    const r = await runInProcess(['petakan', 'bad.csv', '-o', 'p', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect((await readdir(join(dir, 'p'))).sort()).toEqual(['ringkasan.json', 'validasi.csv']);
    expect(JSON.parse(r.stdout)).toMatchObject({ tps_usulan: null, masalah: { galat: 1 } });
    expect(r.stderr).toContain('usulan TIDAK dibuat');
    expect(r.stderr).toContain('duplicate-tps');
  });

  it('--allow-invalid proposes from the valid rows and exits 0', async () => {
    const dir = await dirWith({ 'bad.csv': BAD_RECAP });
    const r = await runInProcess(['petakan', 'bad.csv', '--allow-invalid', '-p', 'pilkada-2024'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--allow-invalid: 1 baris ditolak');
    expect((await csvRows(join(dir, 'pemetaan/usulan-tps.csv'))).length).toBe(2);
  });

  it('a voter-level roll adds penempatan.csv; a recap run after it removes it', async () => {
    const dir = await tempDir('contoh');
    await writeFile(join(dir, 'rekap.csv'), RECAP);
    expect((await runInProcess(['petakan', 'contoh/pemilih.csv', '-o', 'p'], { cwd: dir })).code).toBe(0);
    expect(await readdir(join(dir, 'p'))).toContain('penempatan.csv');
    expect((await runInProcess(['petakan', 'rekap.csv', '-o', 'p'], { cwd: dir })).code).toBe(0);
    expect(await readdir(join(dir, 'p'))).not.toContain('penempatan.csv');
  });

  it('usage errors exit 2 before any input is read: a bad --kapasitas, an --out of another command', async () => {
    const dir = await dirWith({ 'rekap.csv': RECAP });
    for (const bad of ['0', '-5', '1.5', 'enam']) {
      const r = await runInProcess(['petakan', 'tidak-ada.csv', '--kapasitas', bad], { cwd: dir });
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain('--kapasitas harus bilangan bulat');
    }
    expect((await runInProcess(['hitung', 'rekap.csv', '-o', 'manifest', '-p', 'pilkada-2024'], { cwd: dir })).code).toBe(0);
    const before = (await readdir(join(dir, 'manifest'))).sort();
    const r = await runInProcess(['petakan', 'tidak-ada.csv', '-o', 'manifest'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('berisi hasil logistik hitung');
    expect((await readdir(join(dir, 'manifest'))).sort()).toEqual(before);
  });

  it('exit 3 on a missing input', async () => {
    const r = await runInProcess(['petakan', 'tidak-ada.csv'], { cwd: await tempDir() });
    expect(r.code).toBe(3);
  });

  it('data files are Indonesian unless --lang en is given, whatever LANG says', async () => {
    const dir = await dirWith({ 'rekap.csv': `${RECAP}16.74.04.2003,Rambang Kapak Tengah,Karya Mulya,2,20\n` });
    await runInProcess(['petakan', 'rekap.csv', '-o', 'a'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    await runInProcess(['petakan', 'rekap.csv', '-o', 'b', '--lang', 'en'], { cwd: dir });
    expect(await readFile(join(dir, 'a/validasi.csv'), 'utf8')).toContain('hanya punya 20 pemilih');
    expect(await readFile(join(dir, 'b/validasi.csv'), 'utf8')).toContain('has only 20 voters');
  });

  it('a roll without codes gives a recap without kode_kelurahan, which hitung reads', async () => {
    const names = ['kecamatan,kelurahan,tps,dpt', 'Cambai,Sindur,1,200', 'Cambai,Sindur,2,210', 'Cambai,Muara Sungai,1,100', ''].join('\n');
    const dir = await dirWith({ 'nama.csv': names });
    expect((await runInProcess(['petakan', 'nama.csv', '-p', 'pilkada-2024'], { cwd: dir })).code).toBe(0);
    expect(await readFile(join(dir, 'pemetaan/rekap-tps.csv'), 'utf8')).toBe('kecamatan,kelurahan,tps,dpt\nCambai,Muara Sungai,001,100\nCambai,Sindur,001,410\n');
    const h = await runInProcess(['hitung', 'pemetaan/rekap-tps.csv', '-p', 'pilkada-2024', '--json'], { cwd: dir });
    expect(h.code, h.stderr).toBe(0);
    expect(JSON.parse(h.stdout).jumlah).toEqual({ kecamatan: 1, kelurahan: 2, tps: 2, pemilih: 510 });
  });
});

describe('rekap-tps.csv → hitung (the proposal feeds straight into the manifests)', () => {
  it.each([
    ['prabumulih-pemilu-2024/rekap.csv'],
    ['kepulauan-seribu-pemilu-2024/pemilih.csv.gz'],
  ])('%s: hitung reads it as it is, the same TPS and voters, and the kits petakan announced', { timeout: 120_000 }, async (input) => {
    const dir = await tempDir();
    const p = await runInProcess(['petakan', '-p', 'pilkada-2024', join(FIXTURES, input), '-o', join(dir, 'p'), '--json'], { cwd: dir });
    expect(p.code, p.stderr).toBe(0);
    const plan = JSON.parse(p.stdout);
    const h = await runInProcess(['hitung', '-p', 'pilkada-2024', 'p/rekap-tps.csv', '-o', 'm', '--json'], { cwd: dir });
    expect(h.code, h.stderr).toBe(0);
    const manifest = JSON.parse(h.stdout);
    expect(manifest.masalah).toMatchObject({ galat: 0, peringatan: 0 });
    expect(manifest.jumlah).toMatchObject({ tps: plan.tps_usulan, pemilih: plan.jumlah.pemilih, kelurahan: plan.jumlah.kelurahan });
    const pengadaan = await csvRows(join(dir, 'm/pengadaan.csv'));
    for (const k of plan.selisih_barang as { kode_barang: string; usulan: number }[]) {
      expect(Number(pengadaan.find((r) => r.kode_barang === k.kode_barang)!.jumlah), k.kode_barang).toBe(k.usulan);
    }
  });
});

describe('bin/logistik.js petakan end to end', () => {
  it('the real binary: proposal written, exit 0; then hitung on its recap, exit 0', async () => {
    assertBuilt();
    const dir = await tempDir();
    const r = runBinary(['petakan', '-p', 'pilkada-2024', join(FIXTURES, 'kepulauan-seribu-pemilu-2024/rekap.csv'), '-o', 'pemetaan'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    // The report is the command's output: stdout (contract, Options).
    expect(r.stdout).toContain('TPS: sekarang 73, batas bawah 34, usulan 39');
    expect(r.stdout).toContain('Usulan pemetaan TPS ditulis ke pemetaan/');
    const h = runBinary(['hitung', '-p', 'pilkada-2024', 'pemetaan/rekap-tps.csv', '-o', 'manifest'], { cwd: dir });
    expect(h.code, h.stderr).toBe(0);
    expect(h.stdout).toContain('39 TPS, 18.580 pemilih');
  });

  it('the real binary: exit 1 on an invalid roll, 2 on a bad option, with --json a single document', async () => {
    assertBuilt();
    const dir = await dirWith({ 'bad.csv': BAD_RECAP });
    const bad = runBinary(['petakan', 'bad.csv', '--json'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).perintah).toBe('petakan');
    const usage = runBinary(['petakan', 'bad.csv', '--kapasitas', 'nol', '--json'], { cwd: dir });
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stdout).galat.kode).toBe('usage.kapasitas');
  });
});
