import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runBinary, tempDir } from '../helpers/cli.js';

// The real bin/logistik.js, spawned: what users and CI jobs run (npm test builds dist/ first).
describe('bin/logistik.js end to end', () => {
  it('computes the bundled example: exit 0, eight files, the summary on stdout and nothing on stderr', async () => {
    const dir = await tempDir();
    const r = runBinary(['hitung', join(FIXTURES, 'contoh/pemilih.csv'), '--out', join(dir, 'm')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Manifes ditulis ke');
    expect((await readdir(join(dir, 'm'))).length).toBe(8);
  });

  it('reads a recap from standard input (-) and prints one JSON document with --json', async () => {
    const dir = await tempDir();
    const recap = await readFile(join(FIXTURES, 'kepulauan-seribu-pemilu-2024/rekap.csv'));
    const r = runBinary(['hitung', '-', '--json', '--out', join(dir, 'm')], { stdin: recap });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.masukan[0]).toMatchObject({ berkas: '-', jenis: 'rekap', baris_data: 73, dihitung: 73, ditolak: 0 });
    expect(doc.jumlah).toEqual({ kecamatan: 2, kelurahan: 6, tps: 73, pemilih: 18580 });
  });

  it('exits 1 on error-level issues, writing only validasi.csv and ringkasan.json', async () => {
    const dir = await tempDir();
    const roll = 'kode_kelurahan,tps,dpt\n16.74.01.1001,001,200\n16.74.01.1001,001,210\n';
    await writeFile(join(dir, 'rekap.csv'), roll);
    const r = runBinary(['hitung', 'rekap.csv', '--out', 'm'], { cwd: dir });
    expect(r.code).toBe(1);
    expect((await readdir(join(dir, 'm'))).sort()).toEqual(['ringkasan.json', 'validasi.csv']);
    expect(await readFile(join(dir, 'm/validasi.csv'), 'utf8')).toContain('rekap.csv,3,');
    expect(r.stdout).toContain('GALAT duplicate-tps (1)');
  });

  it('exits 2 on a config that fails its schema, naming the JSON path', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'c.json'), JSON.stringify({ extends: 'pemilu-2024', barang: [{ kode: 'tinta', cadangan_persen: -5 }] }));
    const r = runBinary(['hitung', '-c', 'c.json', 'tidak-dibaca.csv'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('barang[0].cadangan_persen');
  });

  it('exits 3 on a missing input', async () => {
    const r = runBinary(['hitung', 'tidak-ada.csv'], { cwd: await tempDir() });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('tidak-ada.csv');
  });

  it('leaves a loud trace when the benchmark switch that turns validation off is set', async () => {
    const dir = await tempDir();
    const r = runBinary(['hitung', join(FIXTURES, 'contoh/pemilih.csv'), '--out', join(dir, 'm'), '--json'], { env: { LOGISTIK_BENCH_NO_VALIDATE: '1' } });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).masalah.per_kode['validation-disabled']).toBe(1);
    expect(await readFile(join(dir, 'm/validasi.csv'), 'utf8')).toContain('validation-disabled');
  });
});
