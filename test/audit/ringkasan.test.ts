import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runBinary, runInProcess, tempDir } from '../helpers/cli.js';
import { readTree, sha256File, sha256Hex } from './helpers.js';

/**
 * Issue 4, point 2: ringkasan.json exactly as the contract orders it, and every digest in it
 * recomputed here from the bytes on disk (not from the code that wrote it).
 */

const TOP_KEYS = ['versi_format', 'alat', 'preset', 'konfigurasi_sha256', 'masukan', 'jumlah', 'masalah', 'keluaran', 'perintah', 'konfigurasi', 'dapil', 'opsi'];
const OPSI_KEYS = ['preset', 'allow_invalid', 'excel', 'xlsx', 'lang', 'delimiter', 'encoding', 'lingkup'];
const MASUKAN_KEYS = ['berkas', 'sha256', 'jenis', 'baris_data', 'dihitung', 'ditolak'];

interface Ringkasan {
  versi_format: number;
  alat: { nama: string; versi: string };
  preset: string;
  konfigurasi_sha256: string;
  masukan: Array<Record<string, unknown> & { berkas: string; sha256: string; baris_data: number; dihitung: number; ditolak: number }>;
  jumlah: Record<string, number>;
  masalah: { galat: number; peringatan: number; per_kode: Record<string, number>; baris_pertama?: unknown };
  keluaran: Array<{ berkas: string; sha256: string }>;
  perintah: string;
  konfigurasi: { berkas: string; sha256: string } | null;
  dapil: { berkas: string; sha256: string } | null;
  opsi: Record<string, unknown>;
  waktu?: string;
}

async function hitung(args: string[], env: Record<string, string> = {}): Promise<{ dir: string; text: string; doc: Ringkasan }> {
  const dir = await tempDir();
  await cp(join(FIXTURES, 'kepulauan-seribu-pemilu-2024/pemilih.csv.gz'), join(dir, 'seribu/pemilih.csv.gz'));
  await cp(join(FIXTURES, 'contoh/pemilih.csv'), join(dir, 'contoh/pemilih.csv'));
  const r = await runInProcess(['hitung', ...args, '--out', 'manifest', '--quiet'], { cwd: dir, env });
  expect(r.code, r.stderr).toBe(0);
  const text = await readFile(join(dir, 'manifest/ringkasan.json'), 'utf8');
  return { dir, text, doc: JSON.parse(text) as Ringkasan };
}

describe('ringkasan.json', () => {
  it('has the contract keys in the contract order, 2-space indent and a trailing newline', async () => {
    const { text, doc } = await hitung(['seribu/pemilih.csv.gz', 'contoh/pemilih.csv']);
    expect(Object.keys(doc)).toEqual(TOP_KEYS);
    expect(Object.keys(doc.alat)).toEqual(['nama', 'versi']);
    expect(doc.versi_format).toBe(1);
    expect(doc.alat.nama).toBe('logistik');
    expect(doc.alat.versi).toBe(JSON.parse(await readFile(join(FIXTURES, '../package.json'), 'utf8')).version);
    expect(doc.preset).toBe('pemilu-2024');
    for (const m of doc.masukan) {
      // The contract's six keys first and in order; the extra facts (blank/title lines, dialect) after them.
      expect(Object.keys(m).slice(0, MASUKAN_KEYS.length)).toEqual(MASUKAN_KEYS);
      expect(m.baris_data).toBe(m.dihitung + m.ditolak);
    }
    expect(Object.keys(doc.jumlah)).toEqual(['kecamatan', 'kelurahan', 'tps', 'pemilih']);
    // The contract's three first; `baris_pertama` (first lines per code, issue 3) may follow.
    expect(Object.keys(doc.masalah).slice(0, 3)).toEqual(['galat', 'peringatan', 'per_kode']);
    for (const k of doc.keluaran) expect(Object.keys(k)).toEqual(['berkas', 'sha256']);
    expect(doc.perintah).toBe('hitung');
    expect(doc.konfigurasi).toBeNull();
    expect(doc.dapil).toBeNull();
    expect(doc.opsi).toEqual({ preset: null, allow_invalid: false, excel: false, xlsx: false, lang: 'id', delimiter: null, encoding: null, lingkup: null });
    expect(Object.keys(doc.opsi)).toEqual(OPSI_KEYS);
    // Exactly JSON.stringify with 2 spaces, LF only, one trailing newline.
    expect(text).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(text).not.toContain('\r');
    expect(text.endsWith('}\n') && !text.endsWith('\n\n')).toBe(true);
    // Totals: 18,580 + 825 voters, 73 + 4 TPS (fixtures/README.md).
    expect(doc.jumlah).toMatchObject({ tps: 77, pemilih: 19_405 });
    expect(doc.masukan.map((m) => [m.berkas, m.jenis, m.dihitung])).toEqual([
      ['contoh/pemilih.csv', 'pemilih', 825],
      ['seribu/pemilih.csv.gz', 'pemilih', 18_580],
    ]);
    // per_kode adds up to galat + peringatan, and its codes are in code-point order.
    const codes = Object.keys(doc.masalah.per_kode);
    expect(codes).toEqual([...codes].sort());
    expect(Object.values(doc.masalah.per_kode).reduce((a, b) => a + b, 0)).toBe(doc.masalah.galat + doc.masalah.peringatan);
  });

  it('every digest recomputes: inputs as stored (the .gz compressed), every other output file', async () => {
    const { dir, doc } = await hitung(['seribu/pemilih.csv.gz', 'contoh/pemilih.csv', '--excel']);
    for (const m of doc.masukan) expect(m.sha256, m.berkas).toBe(await sha256File(join(dir, m.berkas)));
    // The digest of the .gz is of its compressed bytes, not of the CSV inside.
    const gz = await readFile(join(dir, 'seribu/pemilih.csv.gz'));
    const seribu = doc.masukan.find((m) => m.berkas === 'seribu/pemilih.csv.gz');
    expect(seribu?.sha256).toBe(sha256Hex(gz));
    expect(seribu?.sha256).not.toBe(sha256Hex(gunzipSync(gz)));
    // keluaran lists every file written except ringkasan.json itself, each with its digest.
    const tree = await readTree(join(dir, 'manifest'));
    const others = [...tree.keys()].filter((f) => f !== 'ringkasan.json');
    expect(doc.keluaran.map((k) => k.berkas)).toEqual(others);
    // Six CSVs, their six spreadsheet copies, and konfigurasi.json.
    expect(others).toHaveLength(13);
    for (const k of doc.keluaran) expect(k.sha256, k.berkas).toBe(sha256Hex(tree.get(k.berkas) ?? ''));
  });

  it('konfigurasi_sha256 is the sha256 of the bytes `logistik preset NAME` prints', async () => {
    for (const preset of ['pemilu-2024', 'pilkada-2024']) {
      const shown = await runInProcess(['preset', preset]);
      expect(shown.code).toBe(0);
      const { doc } = await hitung(['-p', preset, 'contoh/pemilih.csv']);
      expect(doc.preset).toBe(preset);
      expect(doc.konfigurasi_sha256, preset).toBe(sha256Hex(shown.stdout));
    }
    // The same through the real binary and a pipe, as the audit recipe does it (`… | sha256sum`).
    const bin = runBinary(['preset', 'pemilu-2024']);
    const { doc } = await hitung(['contoh/pemilih.csv']);
    expect(doc.konfigurasi_sha256).toBe(sha256Hex(bin.stdout));
  });

  it('a config kept in the complete form `logistik preset` prints hashes to the sha256 of that file', async () => {
    // Start from the printed preset, change one number, keep the printed form: the run's digest is
    // the file's own sha256, so `sha256sum konfigurasi.json` checks it.
    const shown = JSON.parse((await runInProcess(['preset', 'pilkada-2024'])).stdout) as { barang: Array<Record<string, unknown>> };
    const first = shown.barang[0];
    if (!first) throw new Error('empty preset');
    first.cadangan_persen = 3;
    const dir = await tempDir();
    await cp(join(FIXTURES, 'contoh/pemilih.csv'), join(dir, 'pemilih.csv'));
    const configText = `${JSON.stringify(shown, null, 2)}\n`;
    await writeFile(join(dir, 'konfigurasi.json'), configText);
    const r = await runInProcess(['hitung', '-c', 'konfigurasi.json', 'pemilih.csv', '--json', '--quiet'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as Ringkasan;
    expect(doc.konfigurasi_sha256).toBe(await sha256File(join(dir, 'konfigurasi.json')));
    // …and differs from the unchanged preset's.
    expect(doc.konfigurasi_sha256).not.toBe(sha256Hex((await runInProcess(['preset', 'pilkada-2024'])).stdout));
  });

  it('konfigurasi.json beside the manifests is the resolved config: its digest is konfigurasi_sha256, and `logistik preset -c FILE` prints it', async () => {
    const dir = await tempDir();
    await cp(join(FIXTURES, 'contoh/pemilih.csv'), join(dir, 'pemilih.csv'));
    await writeFile(join(dir, 'konfig.json'), JSON.stringify({ extends: 'pemilu-2024', kapasitas_tps: 500 }));
    await writeFile(join(dir, 'dapil.csv'), 'kode_wilayah,jenis,dapil\n16.74.04,dprd_kabkota,X\n');
    const r = await runInProcess(['hitung', '-c', 'konfig.json', '--dapil', 'dapil.csv', '--delimiter', ',', '--encoding', 'utf-8', '--allow-invalid', 'pemilih.csv', '--quiet'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(await readFile(join(dir, 'manifest/ringkasan.json'), 'utf8')) as Ringkasan;
    const written = await readFile(join(dir, 'manifest/konfigurasi.json'), 'utf8');
    expect(doc.konfigurasi_sha256).toBe(sha256Hex(written));
    expect(doc.keluaran.find((k) => k.berkas === 'konfigurasi.json')?.sha256).toBe(sha256Hex(written));
    expect((await runInProcess(['preset', '-c', 'konfig.json'], { cwd: dir })).stdout).toBe(written);
    // preset: the built-in preset at the root of the extends chain.
    expect(doc.preset).toBe('pemilu-2024');
    expect(JSON.parse(written)).toMatchObject({ extends: 'pemilu-2024', kapasitas_tps: 500 });
    // The files as given, with the digests of their bytes.
    expect(doc.konfigurasi).toEqual({ berkas: 'konfig.json', sha256: await sha256File(join(dir, 'konfig.json')) });
    expect(doc.dapil).toEqual({ berkas: 'dapil.csv', sha256: await sha256File(join(dir, 'dapil.csv')) });
    expect(doc.opsi).toEqual({ preset: null, allow_invalid: true, excel: false, xlsx: false, lang: 'id', delimiter: ',', encoding: 'utf-8', lingkup: null });
    // An absolute path is recorded by its base name: no path of this machine in a data file.
    const abs = await runInProcess(['hitung', '-c', join(dir, 'konfig.json'), '-p', 'pemilu-2024', '--lang', 'en', 'pemilih.csv', '--json', '--quiet', '--out', 'abs'], { cwd: dir });
    const absDoc = JSON.parse(abs.stdout) as Ringkasan;
    expect(absDoc.konfigurasi?.berkas).toBe('konfig.json');
    expect(absDoc.opsi).toMatchObject({ preset: 'pemilu-2024', lang: 'en' });
    expect(abs.stdout).not.toContain(dir);
  });

  it('a folder of dapil mappings is recorded with the digest of its sha256sum listing and each file', async () => {
    const dir = await tempDir();
    await cp(join(FIXTURES, 'contoh/pemilih.csv'), join(dir, 'pemilih.csv'));
    await mkdir(join(dir, 'dapil'));
    await writeFile(join(dir, 'dapil/a.csv'), 'kode_wilayah,jenis,dapil\n16.74.04,dprd_kabkota,X\n');
    await writeFile(join(dir, 'dapil/b.csv'), 'kode_wilayah,jenis,dapil\n16.74.04,dpr,Y\n16.74.04,dprd_prov,Z\n');
    const r = await runInProcess(['hitung', '--dapil', 'dapil', 'pemilih.csv', '--json', '--quiet'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as Ringkasan & { dapil: { isi: Array<{ berkas: string; sha256: string }> } };
    const isi = [
      { berkas: 'dapil/a.csv', sha256: await sha256File(join(dir, 'dapil/a.csv')) },
      { berkas: 'dapil/b.csv', sha256: await sha256File(join(dir, 'dapil/b.csv')) },
    ];
    // = `sha256sum dapil/a.csv dapil/b.csv | sha256sum`
    expect(doc.dapil).toEqual({ berkas: 'dapil', sha256: sha256Hex(isi.map((f) => `${f.sha256}  ${f.berkas}\n`).join('')), isi });
  });

  it('validasi records the same keys, perintah validasi, and writes no konfigurasi.json', async () => {
    const dir = await tempDir();
    await cp(join(FIXTURES, 'contoh/pemilih.csv'), join(dir, 'pemilih.csv'));
    const r = await runInProcess(['validasi', 'pemilih.csv', '--out', 'periksa', '--quiet'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(await readFile(join(dir, 'periksa/ringkasan.json'), 'utf8')) as Ringkasan;
    expect(Object.keys(doc)).toEqual(TOP_KEYS);
    expect(doc.perintah).toBe('validasi');
    expect(doc.keluaran.map((k) => k.berkas)).toEqual(['validasi.csv']);
  });

  it('holds no time unless SOURCE_DATE_EPOCH is set; with it, the time is derived from it only', async () => {
    const plain = await hitung(['contoh/pemilih.csv']);
    expect(plain.doc.waktu).toBeUndefined();
    // No date-like text in any output file (no timestamps, contract "Output files").
    for (const [name, bytes] of await readTree(join(plain.dir, 'manifest'))) {
      expect(bytes.toString('utf8'), name).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
    }
    const dated = await hitung(['contoh/pemilih.csv'], { SOURCE_DATE_EPOCH: '1707868800', TZ: 'Asia/Jakarta' });
    expect(dated.doc.waktu).toBe('2024-02-14T00:00:00.000Z');
    expect(Object.keys(dated.doc)).toEqual([...TOP_KEYS, 'waktu']);
    // Everything but the time is the same as without it.
    const { waktu: _w, ...rest } = dated.doc;
    expect(rest).toEqual(plain.doc);
    // The CSV files do not carry it.
    for (const k of dated.doc.keluaran) expect(k.sha256).toBe(plain.doc.keluaran.find((p) => p.berkas === k.berkas)?.sha256);
  });

  it('an unusable SOURCE_DATE_EPOCH (not digits, or beyond the Date range) adds no time and is not a crash', async () => {
    for (const value of ['', 'kemarin', '-5', '1.5', '99999999999999999']) {
      const { doc } = await hitung(['contoh/pemilih.csv'], { SOURCE_DATE_EPOCH: value });
      expect(doc.waktu, value).toBeUndefined();
    }
    const max = await hitung(['contoh/pemilih.csv'], { SOURCE_DATE_EPOCH: '0' });
    expect(max.doc.waktu).toBe('1970-01-01T00:00:00.000Z');
  });

  it('ringkasan.json of a run with errors still lists its two files and their digests', async () => {
    const dir = await tempDir();
    const text = await readFile(join(FIXTURES, 'contoh/pemilih.csv'), 'utf8');
    const lines = text.split('\n');
    lines[3] = lines[3]?.replace(/,(\d{16}),/, (_m, nkk: string) => `,${nkk},123,`) ?? '';
    await writeFile(join(dir, 'rusak.csv'), lines.join('\n'));
    const r = await runInProcess(['hitung', 'rusak.csv', '--quiet'], { cwd: dir });
    expect(r.code).toBe(1);
    const doc = JSON.parse(await readFile(join(dir, 'manifest/ringkasan.json'), 'utf8')) as Ringkasan;
    expect(doc.masalah.galat).toBeGreaterThan(0);
    expect(doc.keluaran.map((k) => k.berkas)).toEqual(['validasi.csv']);
    expect((await readdir(join(dir, 'manifest'))).sort()).toEqual(['ringkasan.json', 'validasi.csv']);
    expect(doc.keluaran[0]?.sha256).toBe(await sha256File(join(dir, 'manifest/validasi.csv')));
  });
});
