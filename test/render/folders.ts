/**
 * Folders for the page tests. A `hitung` folder is made by the real `hitung` on the Kepulauan
 * Seribu recap (73 TPS). `terima` and `kemas` folders are made by hand from the contract's column
 * lists (their commands are being built beside this one): the numbers follow the contract's
 * formulas so the pages print something a reader could check, and each folder's ringkasan.json lists
 * its files with their real SHA-256, as every command writes it.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { tableToCsv } from '../../src/io/csv-write.js';
import { sha256 } from '../../src/io/hash.js';
import type { Table } from '../../src/core/report/table.js';
import { runInProcess } from '../helpers/cli.js';

export const KS_RECAP = 'fixtures/kepulauan-seribu-pemilu-2024/rekap.csv';

export async function hitungFolder(out: string, extra: readonly string[] = []): Promise<void> {
  const r = await runInProcess(['hitung', KS_RECAP, '-o', out, '-q', ...extra]);
  if (r.code !== 0) throw new Error(`hitung failed: ${r.stderr}`);
}

export type Rows = Record<string, string>[];

export async function readCsv(path: string): Promise<Rows> {
  return parse(await readFile(path, 'utf8'), { columns: true }) as Rows;
}

/** Writes the tables and a ringkasan.json that lists them with their digests. */
export async function writeRun(dir: string, perintah: string, tables: Record<string, Table>, extra: Record<string, unknown> = {}): Promise<void> {
  await mkdir(dir, { recursive: true });
  const keluaran: { berkas: string; sha256: string }[] = [];
  for (const [name, table] of Object.entries(tables).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const text = tableToCsv(table);
    await writeFile(join(dir, name), text);
    keluaran.push({ berkas: name, sha256: sha256(text) });
  }
  const ringkasan = { versi_format: 1, alat: { nama: 'logistik', versi: '0.1.0' }, perintah, masukan: [], ...extra, masalah: { galat: 0, peringatan: 0, per_kode: {} }, keluaran };
  await writeFile(join(dir, 'ringkasan.json'), `${JSON.stringify(ringkasan, null, 2)}\n`);
}

const WADAH: Record<string, string> = {
  surat_suara_ppwp: 'kotak_ppwp', surat_suara_dpr: 'kotak_dpr', surat_suara_dpd: 'kotak_dpd', surat_suara_dprd_prov: 'kotak_dprd_prov',
  surat_suara_dprd_kabkota: 'kotak_dprd_kabkota', tinta: 'perlengkapan_tps', segel_plastik: 'perlengkapan_tps', segel_stiker: 'perlengkapan_tps',
  template_braille: 'perlengkapan_tps', daftar_calon: 'perlengkapan_tps',
};
const IKAT = 20;
const DAPIL: Record<string, string> = { surat_suara_dpr: 'DKI JAKARTA III', surat_suara_dprd_prov: 'DKI JAKARTA 2' };

const byKeys = (n: number) => (a: readonly (string | number)[], b: readonly (string | number)[]): number => {
  for (let i = 0; i < n; i++) {
    const x = String(a[i]);
    const y = String(b[i]);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
};

/**
 * A kemas folder from a hitung folder: every item of each TPS into its container (ballots in the
 * box of their type, tied in bundles of 20; DPR and DPRD Provinsi ballots carry a dapil), and the
 * handover lists from the kecamatan and kelurahan files.
 */
export async function kemasFolder(manifest: string, out: string): Promise<void> {
  const tps = await readCsv(join(manifest, 'distribusi-tps.csv'));
  // kemas names its items after the contract's columns (more may follow), as the real command does.
  const names = new Map((await readCsv(join(manifest, 'pengadaan.csv'))).map((r) => [r.kode_barang ?? '', [r.nama_barang ?? '', r.satuan ?? '']]));
  const named = (kode: string): string[] => names.get(kode) ?? ['', ''];
  const items = Object.keys(tps[0] ?? {}).filter((c) => !['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'dpt'].includes(c) && !c.startsWith('dapil_'));
  const kemas: (string | number)[][] = [];
  for (const r of tps) {
    for (const kode of items) {
      const jumlah = Number(r[kode]);
      if (jumlah === 0) continue;
      const ballot = kode.startsWith('surat_suara_');
      kemas.push([r.kode_kelurahan!, r.kecamatan!, r.kelurahan!, r.tps!, WADAH[kode] ?? 'lepas', kode, DAPIL[kode] ?? '', jumlah, ballot ? Math.floor(jumlah / IKAT) : '', ballot ? jumlah % IKAT : '', ...named(kode)]);
    }
  }
  kemas.sort(byKeys(7));
  const level = async (file: string, keys: string[]): Promise<(string | number)[][]> =>
    (await readCsv(join(manifest, file))).flatMap((r) => items.filter((k) => Number(r[k]) > 0).map((k) => [...keys.map((c) => r[c]!), k, DAPIL[k] ?? '', Number(r[k]), ...named(k)])).sort(byKeys(keys.length + 2));
  await writeRun(out, 'kemas', {
    'kemas-tps.csv': { columns: ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'wadah', 'kode_barang', 'varian', 'jumlah', 'ikat_penuh', 'sisa', 'nama_barang', 'satuan'], rows: kemas },
    'serah-terima-ppk.csv': { columns: ['kode_kecamatan', 'kecamatan', 'kode_barang', 'varian', 'jumlah', 'nama_barang', 'satuan'], rows: await level('distribusi-kecamatan.csv', ['kode_kecamatan', 'kecamatan']) },
    'serah-terima-pps.csv': { columns: ['kode_kelurahan', 'kecamatan', 'kelurahan', 'kode_barang', 'varian', 'jumlah', 'nama_barang', 'satuan'], rows: await level('distribusi-kelurahan.csv', ['kode_kelurahan', 'kecamatan', 'kelurahan']) },
  });
}

/** One receipt outcome per item and variant: what arrived, damaged and good against the manifest's jumlah. */
interface Outcome {
  readonly kode: string;
  readonly nama: string;
  readonly varian: string;
  readonly jumlah: number;
  readonly dikirim: number;
  readonly diterima: number;
  readonly rusak: number;
  readonly pengada: string;
}

/** A terima folder by the contract's formulas (Kab. Seluma's PPWP case among them: request 312). */
export async function terimaFolder(out: string): Promise<void> {
  const outcomes: Outcome[] = [
    { kode: 'surat_suara_ppwp', nama: 'Surat suara PPWP (Presiden dan Wakil Presiden)', varian: '', jumlah: 160203, dikirim: 160203, diterima: 160109, rusak: 218, pengada: 'kpu_ri' },
    { kode: 'surat_suara_dpr', nama: 'Surat suara DPR', varian: 'DKI JAKARTA III', jumlah: 19984, dikirim: 20100, diterima: 20100, rusak: 37, pengada: 'kpu_ri' },
    { kode: 'surat_suara_dpd', nama: 'Surat suara DPD', varian: '', jumlah: 19984, dikirim: 19984, diterima: 19984, rusak: 0, pengada: 'kpu_ri' },
    { kode: 'tinta', nama: 'Tinta (40 ml)', varian: '', jumlah: 146, dikirim: 146, diterima: 140, rusak: 3, pengada: 'kpu_kabkota' },
  ];
  const rek = outcomes.map((o) => {
    const baik = o.diterima - o.rusak;
    const kurangKirim = Math.max(0, o.dikirim - o.diterima);
    const lebihKirim = Math.max(0, o.diterima - o.dikirim);
    const kekurangan = Math.max(0, o.jumlah - baik);
    const kelebihan = Math.max(0, baik - o.jumlah);
    const ballot = o.kode.startsWith('surat_suara_');
    const status = kekurangan > 0 ? 'kurang' : kelebihan > 0 ? 'lebih' : 'lengkap';
    return { o, baik, kurangKirim, lebihKirim, kekurangan, kelebihan, dimusnahkan: ballot ? o.rusak + kelebihan : null, status };
  }).sort((a, b) => (a.o.kode < b.o.kode ? -1 : a.o.kode > b.o.kode ? 1 : 0));
  await writeRun(out, 'terima', {
    'rekonsiliasi.csv': {
      columns: ['kode_barang', 'nama_barang', 'varian', 'jumlah', 'dikirim', 'diterima', 'rusak', 'baik', 'kurang_kirim', 'lebih_kirim', 'kekurangan', 'kelebihan', 'dimusnahkan', 'pengada', 'status'],
      rows: rek.map((r) => [r.o.kode, r.o.nama, r.o.varian, r.o.jumlah, r.o.dikirim, r.o.diterima, r.o.rusak, r.baik, r.kurangKirim, r.lebihKirim, r.kekurangan, r.kelebihan, r.dimusnahkan ?? '', r.o.pengada, r.status]),
    },
    'usulan-pemenuhan.csv': {
      columns: ['pengada', 'kode_barang', 'nama_barang', 'varian', 'rusak', 'kurang_kirim', 'kekurangan'],
      rows: rek.filter((r) => r.kekurangan > 0).sort((a, b) => (a.o.pengada < b.o.pengada ? -1 : a.o.pengada > b.o.pengada ? 1 : 0)).map((r) => [r.o.pengada, r.o.kode, r.o.nama, r.o.varian, r.o.rusak, r.kurangKirim, r.kekurangan]),
    },
    'pemusnahan.csv': {
      columns: ['kode_barang', 'nama_barang', 'varian', 'rusak', 'kelebihan', 'dimusnahkan'],
      rows: rek.filter((r) => (r.dimusnahkan ?? 0) > 0).map((r) => [r.o.kode, r.o.nama, r.o.varian, r.o.rusak, r.kelebihan, r.dimusnahkan ?? 0]),
    },
  });
}
