/**
 * `logistik terima` through the real bin/logistik.js (issue 12.7): exit codes 0, 1, 2 and 3, the
 * `--strict` gate shut and open, `--json`, `--tps`, and the order of receipt files never changing a
 * byte. The receipts that cover everything are made from the manifest's own pengadaan.csv and
 * distribusi-tps.csv, so the test holds whatever the presets put in the manifest.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile, cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, runBinary, tempDir } from '../helpers/cli.js';
import { assertBuilt } from '../ux/rolls.js';

const FIXTURES = join(REPO, 'test/fixtures/terima');
type Rec = Record<string, string>;

let dir = '';
let pengadaan: Rec[] = [];
let tpsRows: Rec[] = [];
const HEADER = 'kode_barang,varian,tahap,tanggal,dokumen,dikirim,diterima,rusak';

/** Everything the manifest asks for, delivered in full on one day. */
const allDelivered = (): string => [HEADER, ...pengadaan.map((p) => `${p.kode_barang},${p.varian},terima,2024-01-05,SJ-${p.kode_barang},${p.jumlah},${p.jumlah},0`)].join('\n');

/** Every TPS confirms what it should get, with `change` applied to one cell. */
function allConfirmed(change: (r: { kode: string; tps: string; barang: string; n: number }) => number = (r) => r.n): string {
  const items = Object.keys(tpsRows[0] ?? {}).filter((k) => !['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'dpt'].includes(k) && !k.startsWith('dapil_'));
  const lines = tpsRows.flatMap((t) => items.map((barang) => `${t.kode_kelurahan},${t.tps},${barang},${change({ kode: t.kode_kelurahan ?? '', tps: t.tps ?? '', barang, n: Number(t[barang]) })},0`));
  return ['kode_kelurahan,tps,kode_barang,diterima,rusak', ...lines].join('\n');
}

beforeAll(async () => {
  assertBuilt();
  dir = await tempDir();
  await cp(join(FIXTURES, 'rekap.csv'), join(dir, 'rekap.csv'));
  await cp(join(FIXTURES, 'dapil.csv'), join(dir, 'dapil.csv'));
  const r = runBinary(['hitung', 'rekap.csv', '--dapil', 'dapil.csv', '--quiet'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  pengadaan = parse(await readFile(join(dir, 'manifest/pengadaan.csv')), { columns: true }) as Rec[];
  tpsRows = parse(await readFile(join(dir, 'manifest/distribusi-tps.csv')), { columns: true }) as Rec[];
  await writeFile(join(dir, 'lengkap.csv'), `${allDelivered()}\n`);
  await writeFile(join(dir, 'sebagian.csv'), `${HEADER}\nsurat_suara_ppwp,,terima,2024-01-05,SJ-1,100,98,1\n`);
});

async function outputs(out: string): Promise<Map<string, string>> {
  const files = (await readdir(join(dir, out))).filter((f) => !f.startsWith('.')).sort();
  return new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(dir, out, f), 'utf8')] as [string, string])));
}

describe('logistik terima, the real binary', () => {
  it('exit 0 on readable receipts with shortfalls; the three files, validasi.csv and ringkasan.json', async () => {
    const r = runBinary(['terima', 'sebagian.csv'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect([...(await outputs('rekonsiliasi')).keys()]).toEqual(['pemusnahan.csv', 'rekonsiliasi.csv', 'ringkasan.json', 'usulan-pemenuhan.csv', 'validasi.csv']);
    expect(r.stdout).toContain('Usulan pemenuhan');
    expect(r.stdout).toContain('Belum siap H-1');
  });

  it('--strict: exit 1 while anything is short, every output still written; exit 0 once covered', async () => {
    const shut = runBinary(['terima', 'sebagian.csv', '--strict', '--out', 'ketat'], { cwd: dir });
    expect(shut.code).toBe(1);
    expect([...(await outputs('ketat')).keys()]).toContain('usulan-pemenuhan.csv');
    expect(shut.stdout).toContain('(--strict gagal)');
    const open = runBinary(['terima', 'lengkap.csv', '--strict', '--out', 'ketat'], { cwd: dir });
    expect(open.code, open.stdout).toBe(0);
    expect(open.stdout).toContain('(--strict lulus)');
    const rekon = parse(await readFile(join(dir, 'ketat/rekonsiliasi.csv')), { columns: true }) as Rec[];
    expect(rekon.every((x) => x.status === 'lengkap')).toBe(true);
  });

  it('--tps --strict: ballots short but ≥ DPT pass; below DPT, or an item missing at a TPS, shut the gate', async () => {
    await writeFile(join(dir, 'kpps-penuh.csv'), allConfirmed());
    // Every TPS one ballot short of DPT + reserve: still at least its DPT.
    await writeFile(join(dir, 'kpps-cadangan.csv'), allConfirmed((r) => (r.barang.startsWith('surat_suara_') ? r.n - 1 : r.n)));
    const first = tpsRows[0]!;
    const dpt = Number(first.dpt);
    await writeFile(join(dir, 'kpps-dpt.csv'), allConfirmed((r) => (r.kode === first.kode_kelurahan && r.tps === first.tps && r.barang === 'surat_suara_ppwp' ? dpt - 1 : r.n)));
    const full = runBinary(['terima', 'lengkap.csv', '--tps', 'kpps-penuh.csv', '--strict', '--out', 'tps'], { cwd: dir });
    expect(full.code, full.stdout).toBe(0);
    const reserve = runBinary(['terima', 'lengkap.csv', '--tps', 'kpps-cadangan.csv', '--strict', '--out', 'tps'], { cwd: dir });
    expect(reserve.code, reserve.stdout).toBe(0);
    const status = parse(await readFile(join(dir, 'tps/status-tps.csv')), { columns: true }) as Rec[];
    expect(new Set(status.filter((s) => s.kode_barang?.startsWith('surat_suara_')).map((s) => s.status))).toEqual(new Set(['kurang_dalam_cadangan']));
    const below = runBinary(['terima', 'lengkap.csv', '--tps', 'kpps-dpt.csv', '--strict', '--out', 'tps'], { cwd: dir });
    expect(below.code).toBe(1);
    expect(below.stdout).toContain('1 surat suara di bawah DPT');
    // One TPS did not confirm one item at all.
    await writeFile(join(dir, 'kpps-kurang-baris.csv'), allConfirmed().split('\n').filter((_, i) => i !== 1).join('\n'));
    const missing = runBinary(['terima', 'lengkap.csv', '--tps', 'kpps-kurang-baris.csv', '--strict', '--out', 'tps'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('1 ada barang belum diterima');
  });

  it('--json: one document on stdout, the ringkasan.json it wrote', async () => {
    const r = runBinary(['terima', 'sebagian.csv', '--json', '--out', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toEqual(JSON.parse(await readFile(join(dir, 'json/ringkasan.json'), 'utf8')));
    expect(Object.keys(doc).slice(0, 4)).toEqual(['versi_format', 'alat', 'perintah', 'masukan']);
    expect(doc.perintah).toBe('terima');
    // Every file read, each with its digest: the receipts, and every file of the manifest's own
    // ringkasan.json (konfigurasi.json, whose rules terima used, included), sorted by name.
    expect(doc.masukan.map((m: { berkas: string }) => m.berkas)).toEqual([
      'manifest/distribusi-kecamatan.csv',
      'manifest/distribusi-kelurahan.csv',
      'manifest/distribusi-kpu.csv',
      'manifest/distribusi-tps.csv',
      'manifest/konfigurasi.json',
      'manifest/pengadaan.csv',
      'manifest/ringkasan.json',
      'manifest/validasi.csv',
      'sebagian.csv',
    ]);
    const konfigurasi = await readFile(join(dir, 'manifest/konfigurasi.json'));
    expect(doc.masukan).toContainEqual({ berkas: 'manifest/konfigurasi.json', sha256: createHash('sha256').update(konfigurasi).digest('hex') });
    expect(doc.masukan.find((m: { berkas: string }) => m.berkas === 'sebagian.csv')).toMatchObject({ jenis: 'penerimaan', baris_data: 1, dihitung: 1, ditolak: 0 });
    expect(doc.gerbang).toEqual({ lulus: false, barang: pengadaan.length, tps: 0 });
    expect(r.stderr).toContain('Usulan pemenuhan');
  });

  it('--xlsx: buku-kerja.xlsx beside the CSVs, listed in keluaran with its digest; not with a refused run', async () => {
    const r = runBinary(['terima', 'sebagian.csv', '--xlsx', '--out', 'xlsx'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const files = await outputs('xlsx');
    expect([...files.keys()]).toContain('buku-kerja.xlsx');
    const ringkasan = JSON.parse(files.get('ringkasan.json') ?? '{}');
    const bytes = await readFile(join(dir, 'xlsx/buku-kerja.xlsx'));
    expect(ringkasan.keluaran).toContainEqual({ berkas: 'buku-kerja.xlsx', sha256: createHash('sha256').update(bytes).digest('hex') });
    await writeFile(join(dir, 'salah-xlsx.csv'), `${HEADER}\nsurat_suara_ppwp,,terima,2024-01-05,SJ-1,100,98,99\n`);
    const refused = runBinary(['terima', 'salah-xlsx.csv', '--xlsx', '--out', 'xlsx'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect([...(await outputs('xlsx')).keys()]).toEqual(['ringkasan.json', 'validasi.csv']);
  });

  it('exit 1 on a bad receipt: file:line and a hint, only validasi.csv and ringkasan.json', async () => {
    await writeFile(join(dir, 'salah.csv'), `${HEADER}\nsurat_suara_ppwp,,terima,2024-01-05,SJ-1,100,98,1\nsurat_suara_ppwpp,,terima,2024-01-05,SJ-2,1,1,0\n`);
    const r = runBinary(['terima', 'salah.csv', '--out', 'salah'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('salah.csv:3');
    expect(r.stdout).toContain('Maksudnya surat_suara_ppwp?');
    expect([...(await outputs('salah')).keys()]).toEqual(['ringkasan.json', 'validasi.csv']);
  });

  it('exit 1, naming the file, when the manifest changed after hitung wrote it; nothing written', async () => {
    const copy = join(dir, 'manifest-diubah');
    await cp(join(dir, 'manifest'), copy, { recursive: true });
    const file = join(copy, 'pengadaan.csv');
    await writeFile(file, `${await readFile(file, 'utf8')}tinta,Tinta,botol,,1,0,0,1,1,1,1,1,0,0,0,1,1\n`);
    const r = runBinary(['terima', 'lengkap.csv', '--manifest', 'manifest-diubah', '--out', 'diubah'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('pengadaan.csv');
    expect(await readdir(join(dir, 'diubah')).then((f) => f.filter((n) => !n.startsWith('.')), () => [])).toEqual([]);
  });

  it('who replaces an item comes from konfigurasi.json in the manifest: a -c that changes pengada is seen without the -c file', async () => {
    const config = { extends: 'pemilu-2024', barang: [{ kode: 'surat_suara_ppwp', pengada: { lembaga: 'kpu_kabkota' } }] };
    await writeFile(join(dir, 'pengada.config.json'), JSON.stringify(config));
    const h = runBinary(['hitung', 'rekap.csv', '--dapil', 'dapil.csv', '-c', 'pengada.config.json', '--quiet', '--out', 'manifest-pengada'], { cwd: dir });
    expect(h.code, h.stderr).toBe(0);
    // terima is not told about the -c file, and it is gone: only konfigurasi.json can say.
    await rm(join(dir, 'pengada.config.json'));
    const pengadaOf = async (out: string): Promise<string | undefined> => {
      const rows = parse(await readFile(join(dir, out, 'usulan-pemenuhan.csv')), { columns: true }) as Rec[];
      return rows.find((r) => r.kode_barang === 'surat_suara_ppwp')?.pengada;
    };
    const changed = runBinary(['terima', 'sebagian.csv', '--manifest', 'manifest-pengada', '--out', 'pengada-c'], { cwd: dir });
    expect(changed.code, changed.stderr).toBe(0);
    expect(await pengadaOf('pengada-c')).toBe('kpu_kabkota');
    // The preset's own answer for the same receipts (domain.md §11: the PPWP ballot is the KPU RI's).
    const preset = runBinary(['terima', 'sebagian.csv', '--out', 'pengada-preset'], { cwd: dir });
    expect(preset.code, preset.stderr).toBe(0);
    expect(await pengadaOf('pengada-preset')).toBe('kpu_ri');
  });

  it('exit 2 on usage errors: an unknown option, --out onto the manifest, standard input twice', () => {
    expect(runBinary(['terima', 'lengkap.csv', '--strikt'], { cwd: dir }).code).toBe(2);
    const onto = runBinary(['terima', 'lengkap.csv', '--out', 'manifest'], { cwd: dir });
    expect(onto.code).toBe(2);
    expect(runBinary(['terima', '-', '--tps', '-'], { cwd: dir }).code).toBe(2);
  });

  it('exit 3 on a missing receipt file or manifest folder', () => {
    const file = runBinary(['terima', 'tidak-ada.csv', '--out', 'x'], { cwd: dir });
    expect(file.code).toBe(3);
    expect(file.stderr).toContain('tidak-ada.csv');
    const folder = runBinary(['terima', 'lengkap.csv', '--manifest', 'tidak-ada', '--out', 'x'], { cwd: dir });
    expect(folder.code).toBe(3);
    expect(folder.stderr).toContain('tidak-ada');
  });

  it('the order of receipt files and of their rows never changes a byte', async () => {
    await writeFile(join(dir, 'a.csv'), `${HEADER}\nsurat_suara_ppwp,,terima,2024-01-05,SJ-1,300,290,2\nsurat_suara_ppwp,,sortir,2024-01-09,BA-1,,,7\n`);
    await writeFile(join(dir, 'b.csv'), `${HEADER}\nsurat_suara_ppwp,,pengganti,2024-01-10,SJ-2,9,9,0\nkotak_suara,,terima,2024-01-03,SJ-3,5,5,1\n`);
    // b.csv's rows swapped into c.csv, a.csv's sorting row moved above its delivery in d.csv
    await writeFile(join(dir, 'c.csv'), `${HEADER}\nkotak_suara,,terima,2024-01-03,SJ-3,5,5,1\nsurat_suara_ppwp,,pengganti,2024-01-10,SJ-2,9,9,0\n`);
    await writeFile(join(dir, 'd.csv'), `${HEADER}\nsurat_suara_ppwp,,sortir,2024-01-09,BA-1,,,7\nsurat_suara_ppwp,,terima,2024-01-05,SJ-1,300,290,2\n`);
    expect(runBinary(['terima', 'a.csv', 'b.csv', '--out', 'ab'], { cwd: dir }).code).toBe(0);
    expect(runBinary(['terima', 'b.csv', 'a.csv', '--out', 'ba'], { cwd: dir }).code).toBe(0);
    expect(runBinary(['terima', 'd.csv', 'c.csv', '--out', 'dc'], { cwd: dir }).code).toBe(0);
    const ab = await outputs('ab');
    expect(await outputs('ba')).toEqual(ab);
    const dc = await outputs('dc');
    for (const f of ['rekonsiliasi.csv', 'usulan-pemenuhan.csv', 'pemusnahan.csv', 'validasi.csv']) expect(dc.get(f), f).toBe(ab.get(f));
  });

  it('speaks English with --lang en, and the data files stay Indonesian unless asked', async () => {
    const r = runBinary(['terima', 'sebagian.csv', '--out', 'en', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Replacement request');
    expect(r.stdout).toContain('Not ready for H-1');
    const env = runBinary(['terima', 'sebagian.csv', '--out', 'env'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    expect(env.stdout).toContain('Replacement request');
    expect(await readFile(join(dir, 'env/rekonsiliasi.csv'), 'utf8')).toBe(await readFile(join(dir, 'en/rekonsiliasi.csv'), 'utf8'));
  });
});
