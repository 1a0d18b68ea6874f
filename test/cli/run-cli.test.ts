import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from '../helpers/cli.js';

describe('runCli in-process', () => {
  it('computes the bundled example and writes the eight files', async () => {
    const dir = await tempDir('contoh');
    const r = await runInProcess(['hitung', 'contoh/pemilih.csv', '--out', 'manifest'], { cwd: dir });
    expect(r.code).toBe(0);
    // The summary is the command's output (stdout); stderr is for progress and failures.
    expect(r.stdout).toContain('Manifes ditulis ke manifest/');
    expect(r.stderr).toBe('');
    expect((await readdir(join(dir, 'manifest'))).sort()).toEqual([
      'distribusi-kecamatan.csv', 'distribusi-kelurahan.csv', 'distribusi-kpu.csv', 'distribusi-tps.csv', 'konfigurasi.json', 'pengadaan.csv', 'ringkasan.json', 'validasi.csv',
    ]);
    const ringkasan = JSON.parse(await readFile(join(dir, 'manifest/ringkasan.json'), 'utf8'));
    expect(ringkasan.masukan[0]).toMatchObject({ berkas: 'contoh/pemilih.csv', jenis: 'pemilih' });
    expect(ringkasan.masukan[0].baris_data).toBe(ringkasan.masukan[0].dihitung + ringkasan.masukan[0].ditolak);
  });

  it('with --json prints exactly one JSON document on stdout: the content of ringkasan.json', async () => {
    const dir = await tempDir('contoh');
    const r = await runInProcess(['hitung', 'contoh/pemilih.csv', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    // the human summary moves to stderr beside the document
    expect(r.stderr).toContain('Manifes ditulis ke manifest/');
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(await readFile(join(dir, 'manifest/ringkasan.json'), 'utf8')));
  });

  it('exits 2 with a did-you-mean for an unknown option, in the chosen language', async () => {
    const id = await runInProcess(['hitung', 'x.csv', '--jsn']);
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('Opsi tidak dikenal: --jsn');
    expect(id.stderr).toContain('Maksud Anda --json?');
    const en = await runInProcess(['hitung', 'x.csv', '--jsn', '--lang', 'en']);
    expect(en.stderr).toContain('Unknown option: --jsn');
    expect(en.stderr).toContain('Did you mean --json?');
  });

  it('exits 2 with a did-you-mean for an unknown command', async () => {
    const r = await runInProcess(['hitng', 'x.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hitng');
    expect(r.stderr).toContain('hitung');
  });

  it('exits 2 for an unknown preset and names the ones there are', async () => {
    const r = await runInProcess(['hitung', '-p', 'pemilu-2029', 'x.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('pemilu-2029');
    expect(r.stderr).toContain('pemilu-2024');
  });

  it('exits 3 for a missing input and names it', async () => {
    const r = await runInProcess(['hitung', 'tidak-ada.csv'], { cwd: await tempDir() });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('tidak-ada.csv');
  });

  it('prints the version and help with exit 0', async () => {
    expect((await runInProcess(['--version'])).code).toBe(0);
    const help = await runInProcess(['hitung', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('logistik hitung');
    expect(help.stdout).toContain('--allow-invalid');
  });
});

describe('preset --config', () => {
  it('prints the resolved config whose SHA-256 is konfigurasi_sha256 of a run with that config', async () => {
    const { createHash } = await import('node:crypto');
    const dir = await tempDir('contoh');
    const config = { extends: 'pilkada-2024', barang: [{ kode: 'tinta', cadangan_persen: 10 }] };
    await (await import('node:fs/promises')).writeFile(join(dir, 'c.json'), JSON.stringify(config));
    const printed = await runInProcess(['preset', '-c', 'c.json'], { cwd: dir });
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout).barang.find((b: { kode: string }) => b.kode === 'tinta').cadangan_persen).toBe(10);
    const run = await runInProcess(['hitung', '-c', 'c.json', 'contoh/pemilih.csv', '--json'], { cwd: dir });
    expect(JSON.parse(run.stdout).konfigurasi_sha256).toBe(createHash('sha256').update(printed.stdout).digest('hex'));
  });
});

describe('--json when the run stops', () => {
  it.each([
    [['hitung', 'x.csv', '--json', '--jsn'], 2],
    [['hitung', '-p', 'pemilu-2029', 'x.csv', '--json'], 2],
    [['hitung', 'tidak-ada.csv', '--json'], 3],
  ])('%j still prints one JSON document saying why (exit %i)', async (argv, code) => {
    const r = await runInProcess(argv, { cwd: await tempDir() });
    expect(r.code).toBe(code);
    const doc = JSON.parse(r.stdout);
    expect(doc.galat.kode_keluar).toBe(code);
    expect(doc.galat.pesan.length).toBeGreaterThan(0);
  });
});
