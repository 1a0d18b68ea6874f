/**
 * `hitung --dapil` end to end with the real binary: a mapping as staff make it in a spreadsheet
 * (title lines, `;`, CRLF, Windows-1252, "Kode Wilayah" header, a kab/kota code, undotted codes,
 * quoted cells) gives the same manifests as a clean one; a mapping with bad rows stops the run,
 * `--allow-invalid` or not, naming every bad line.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runBinary, runInProcess, tempDir } from '../helpers/cli.js';

const CLEAN = 'kode_wilayah,jenis,dapil\n16.74,dpr,SUMATERA SELATAN II\n16.74,dprd_prov,SUMATERA SELATAN 5\n16.74.04,dprd_kabkota,PRABUMULIH 2\n16.74.04.2003,dprd_kabkota,PRABUMULIH 3\n';

/** The same mapping, as an older Excel in an Indonesian locale saves it after a staffer's edits. */
const MESSY = Buffer.from(
  [
    'PEMETAAN DAERAH PEMILIHAN PEMILU 2024',
    'KPU KOTA PRABUMULIH;;',
    '',
    'KODE-WILAYAH;Jenis;Nama Dapil;Keterangan',
    '1674;DPR;"SUMATERA SELATAN  II";DPR RI',
    '16.74;DPRD Prov;SUMATERA SELATAN 5;',
    '',
    '167404;dprd_kabkota;PRABUMULIH 2;"Rambang Kapak Tengah; kecuali Karya Mulya"',
    '1674042003;dprd_kabkota;PRABUMULIH 3;Karya Mulya (\xe9 ejaan lama)',
  ].join('\r\n') + '\r\n',
  'latin1',
);

async function setUp(dapil: string | Buffer): Promise<string> {
  const dir = await tempDir();
  await writeFile(join(dir, 'dpt.csv'), await readFile(join(FIXTURES, 'contoh/pemilih.csv')));
  await writeFile(join(dir, 'dapil.csv'), dapil);
  return dir;
}

const rowsOf = async (path: string): Promise<Record<string, string>[]> => parse(await readFile(path), { columns: true }) as Record<string, string>[];

describe('hitung --dapil, the real binary', () => {
  it('a messy mapping gives byte for byte the manifests of a clean one', async () => {
    const clean = await setUp(CLEAN);
    const messy = await setUp(MESSY);
    const a = runBinary(['hitung', '--dapil', 'dapil.csv', 'dpt.csv', '-o', 'm'], { cwd: clean });
    const b = runBinary(['hitung', '--dapil', 'dapil.csv', 'dpt.csv', '-o', 'm'], { cwd: messy });
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    for (const name of ['pengadaan.csv', 'distribusi-tps.csv', 'distribusi-kelurahan.csv', 'distribusi-kecamatan.csv']) {
      expect(await readFile(join(messy, 'm', name), 'utf8'), name).toBe(await readFile(join(clean, 'm', name), 'utf8'));
    }
    // The kab/kota row maps the DPR ballot for both kelurahan; the kelurahan row overrides its kecamatan.
    // 1,000 PSU per DPRD Kab/Kota dapil only: DPR and DPRD Prov stock is the province's (domain.md §10.5).
    const pengadaan = (await rowsOf(join(messy, 'm/pengadaan.csv'))).filter((r) => r.kode_barang?.startsWith('surat_suara_dpr'));
    expect(pengadaan.map((r) => [r.kode_barang, r.varian, r.kebutuhan, r.jumlah])).toEqual([
      ['surat_suara_dpr', 'SUMATERA SELATAN II', '825', '843'],
      ['surat_suara_dprd_kabkota', 'PRABUMULIH 2', '183', '1187'],
      ['surat_suara_dprd_kabkota', 'PRABUMULIH 3', '642', '1656'],
      ['surat_suara_dprd_prov', 'SUMATERA SELATAN 5', '825', '843'],
    ]);
    // Only the roll's own warnings: nothing about the mapping.
    expect((await rowsOf(join(messy, 'm/validasi.csv'))).filter((r) => r.berkas === 'dapil.csv')).toEqual([]);
    // the summary is the command's output: stdout
    expect(b.stdout).toContain('Pemetaan dapil dapil.csv: 4 baris data, 0 ditolak');
  });

  it('bad mapping rows stop the run even with --allow-invalid: exit 1, every bad line named, no manifest left', async () => {
    const dir = await setUp(CLEAN);
    expect(runBinary(['hitung', '--dapil', 'dapil.csv', 'dpt.csv', '-o', 'm'], { cwd: dir }).code).toBe(0);
    await writeFile(
      join(dir, 'dapil.csv'),
      'Kode Wilayah;Jenis;Dapil\r\n1674;dpr;SUMSEL II\r\n16.74.04;dprd_prov;SUMSEL 5\r\n16.74.04;dprd_prov;SUMSEL 6\r\n16.74.4;dprd_kabkota;PRABUMULIH 2\r\n167404;dprd_kabkota\r\n',
    );
    const r = runBinary(['hitung', '--dapil', 'dapil.csv', 'dpt.csv', '-o', 'm', '--allow-invalid'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect((await readdir(join(dir, 'm'))).sort()).toEqual(['ringkasan.json', 'validasi.csv']);
    const mapping = (await rowsOf(join(dir, 'm/validasi.csv'))).filter((v) => v.berkas === 'dapil.csv' && v.tingkat === 'galat');
    expect(mapping.map((v) => [v.baris, v.kode])).toEqual([
      ['4', 'dapil-conflict'],
      ['5', 'dapil-kode-format'],
      ['6', 'ragged-row'],
    ]);
    expect(mapping[0]?.pesan).toContain('dapil.csv:3');
    expect(r.stdout).toContain('GALAT dapil-conflict (1)');
    expect(r.stdout).toContain('dapil.csv:4');
    expect(r.stdout).toContain('juga dengan --allow-invalid');
    const ringkasan = JSON.parse(await readFile(join(dir, 'm/ringkasan.json'), 'utf8'));
    expect(ringkasan.masalah.per_kode).toMatchObject({ 'dapil-conflict': 1, 'dapil-kode-format': 1, 'ragged-row': 1 });
  });
});

describe('hitung --dapil, in process', () => {
  it('TPS left without a dapil also stop an --allow-invalid run (their ballots would have no dapil row)', async () => {
    const dir = await setUp('kode_wilayah,jenis,dapil\n16.74.04.1001,dprd_kabkota,PRABUMULIH 2\n');
    const r = await runInProcess(['hitung', '--dapil', 'dapil.csv', 'dpt.csv', '-o', 'm', '--allow-invalid', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ERROR dapil-unmapped (1)');
    expect(r.stdout).toContain('with or without --allow-invalid');
    expect(await readdir(join(dir, 'm'))).not.toContain('pengadaan.csv');
  });

  it('validasi checks the mapping and what it leaves unmapped too', async () => {
    const dir = await setUp('kode_wilayah,jenis,dapil\n16.74.04,dpr,A\n16.74.04,dpr,B\n16.74.04.1001,dprd_kabkota,P2\n');
    const r = await runInProcess(['validasi', '--dapil', 'dapil.csv', 'dpt.csv', '-o', 'v'], { cwd: dir });
    expect(r.code).toBe(1);
    const validasi = await readFile(join(dir, 'v/validasi.csv'), 'utf8');
    expect(validasi).toContain('dapil.csv,3,dapil,dapil-conflict,galat,');
    expect(validasi).toContain('dapil.csv,,,dapil-unmapped,galat,');
  });

  it('standard input can feed the roll or the mapping, not both (exit 2)', async () => {
    const dir = await setUp(CLEAN);
    const both = await runInProcess(['hitung', '--dapil', '-', '-', '-o', 'm'], { cwd: dir, stdin: CLEAN });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('tidak keduanya');
    const mapping = await runInProcess(['hitung', '--dapil', '-', 'dpt.csv', '-o', 'm', '-q'], { cwd: dir, stdin: CLEAN });
    expect(mapping.code, mapping.stderr).toBe(0);
  });

  it('a missing mapping file is an input error (exit 3) naming it', async () => {
    const dir = await setUp(CLEAN);
    const r = await runInProcess(['hitung', '--dapil', 'tidak-ada.csv', 'dpt.csv', '-o', 'm'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('tidak-ada.csv');
  });
});
