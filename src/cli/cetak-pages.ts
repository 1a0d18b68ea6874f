/**
 * Which pages a folder gives (contract, "Documents people print or look at"), told apart by the
 * `perintah` of its ringkasan.json, and the rows each page is printed from. The pages themselves are
 * core/render/pages; this file only picks the files and hands their rows over.
 */
import { InputError } from '../errors.js';
import { resolveConfig, type ResolvedConfig } from '../core/config/index.js';
import { parseRunTable } from '../core/manifest/run-table.js';
import { laporanPage, type HitungRun } from '../core/render/pages/laporan.js';
import { kemasTpsRows, pemusnahanRows, serahTerimaPpkRows, serahTerimaPpsRows, usulanRows } from '../core/render/pages/from-files.js';
import { labelCount, labelPage } from '../core/render/pages/label.js';
import { periksaPage } from '../core/render/pages/periksa.js';
import { handoverCount, serahTerimaPage } from '../core/render/pages/serah-terima.js';
import { usulanPage } from '../core/render/pages/usulan.js';
import { pemusnahanPage } from '../core/render/pages/pemusnahan.js';
import { tpsGroups } from '../core/render/pages/tps-groups.js';
import type { ItemName } from '../core/render/pages/rows.js';
import type { Paper, SourceFile } from '../core/render/pages/paper.js';
import { csvCells, runFileName, type OpenedRun } from '../io/run-folder.js';

export type SourceKind = 'hitung' | 'terima' | 'kemas';

/** What each kind of folder must list, and the pages it gives. */
export const SOURCE_FILES: Readonly<Record<SourceKind, readonly string[]>> = {
  hitung: ['pengadaan.csv', 'distribusi-tps.csv', 'distribusi-kecamatan.csv'],
  terima: ['usulan-pemenuhan.csv', 'pemusnahan.csv'],
  kemas: ['kemas-tps.csv', 'serah-terima-ppk.csv', 'serah-terima-pps.csv'],
};

export const PAGE_FILES: Readonly<Record<SourceKind, readonly string[]>> = {
  hitung: ['laporan.html'],
  terima: ['usulan-pemenuhan.html', 'berita-acara-pemusnahan.html'],
  kemas: ['label-kotak.html', 'daftar-periksa-tps.html', 'serah-terima.html'],
};

export const RINGKASAN = 'ringkasan.json';

/** Every page name cetak owns in its --out. */
export const CETAK_FILES = [...Object.values(PAGE_FILES).flat(), RINGKASAN];

/** The config a folder records, when it holds one. */
const CONFIG_FILE = 'konfigurasi.json';

/** A written page, and how many sheets its data implies (null where the layout decides: tables that flow). */
export interface Page {
  readonly berkas: string;
  readonly html: string;
  readonly halaman: number | null;
  /** What one unit is and how many there are (`label`: 365), for the summary. */
  readonly satuan: Readonly<Record<string, number>>;
}

/** The kind of folder: its `perintah`; a hitung folder from before that key is known by its pengadaan.csv. */
export function sourceKind(run: OpenedRun): SourceKind {
  const perintah = run.ringkasan.perintah ?? (run.ringkasan.keluaran.some((k) => k.berkas === 'pengadaan.csv') ? 'hitung' : 'validasi');
  if (perintah !== 'hitung' && perintah !== 'terima' && perintah !== 'kemas') throw new InputError('cetak-wrong-command', { folder: run.folder, perintah });
  const listed = new Set(run.ringkasan.keluaran.map((k) => k.berkas));
  const missing = SOURCE_FILES[perintah].filter((f) => !listed.has(f));
  if (missing.length > 0) throw new InputError('cetak-incomplete', { folder: run.folder, perintah, missing: missing.join(', ') });
  return perintah;
}

function cells(run: OpenedRun, file: string) {
  const data = run.loaded.get(file);
  if (data === undefined) throw new InputError('cetak-incomplete', { folder: run.folder, perintah: run.ringkasan.perintah ?? '', missing: file });
  return csvCells(runFileName(run.folder, file), data);
}

function source(run: OpenedRun, file: string): SourceFile {
  const k = run.ringkasan.keluaran.find((x) => x.berkas === file);
  return { berkas: runFileName(run.folder, file), sha256: k?.sha256 ?? '' };
}

/**
 * The rules the folder was made with: its own konfigurasi.json when it lists one, else its preset.
 * TODO(merge): audit's readManifest returns the config of konfigurasi.json; use it.
 */
function configOf(run: OpenedRun): ResolvedConfig | null {
  const data = run.loaded.get(CONFIG_FILE);
  if (data !== undefined) return resolveConfig({ config: JSON.parse(data.toString('utf8')) as unknown });
  const preset = run.ringkasan.preset;
  return typeof preset === 'string' ? resolveConfig({ preset }) : null;
}

const itemsOf = (config: ResolvedConfig | null): ItemName[] => (config ? config.barang.map((b) => ({ kode: b.kode, nama: b.nama, satuan: b.satuan })) : []);

function hitungPages(p: Paper, run: OpenedRun): Page[] {
  const config = configOf(run);
  if (config === null) throw new InputError('cetak-incomplete', { folder: run.folder, perintah: 'hitung', missing: CONFIG_FILE });
  const pengadaan = parseRunTable(cells(run, 'pengadaan.csv'), {
    kolom: ['kode_barang', 'nama_barang', 'satuan', 'varian', 'kebutuhan', 'cadangan', 'tambahan', 'jumlah', 'isi_kemasan', 'jumlah_kemasan', 'jumlah_pengadaan', 'di_tps', 'di_pps', 'di_ppk', 'di_kpu'],
    angka: ['kebutuhan', 'cadangan', 'tambahan', 'jumlah', 'isi_kemasan', 'jumlah_kemasan', 'jumlah_pengadaan', 'di_tps', 'di_pps', 'di_ppk', 'di_kpu'],
  }).map((r) => ({
    kodeBarang: r.text('kode_barang'), namaBarang: r.text('nama_barang'), satuan: r.text('satuan'), varian: r.text('varian'),
    kebutuhan: r.num('kebutuhan'), cadangan: r.num('cadangan'), tambahan: r.num('tambahan'), jumlah: r.num('jumlah'),
    isiKemasan: r.num('isi_kemasan'), jumlahKemasan: r.num('jumlah_kemasan'), jumlahPengadaan: r.num('jumlah_pengadaan'),
    diTps: r.num('di_tps'), diPps: r.num('di_pps'), diPpk: r.num('di_ppk'), diKpu: r.num('di_kpu'),
  }));
  const tpsDpt = parseRunTable(cells(run, 'distribusi-tps.csv'), { kolom: ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'dpt'], angka: ['dpt'] }).map((r) => r.num('dpt'));
  const kecFile = cells(run, 'distribusi-kecamatan.csv');
  const barang = config.barang.map((b) => b.kode).filter((k) => kecFile.header.includes(k));
  const kecamatan = parseRunTable(kecFile, { kolom: ['kode_kecamatan', 'kecamatan', 'jumlah_tps', 'dpt'], angka: ['jumlah_tps', 'dpt', ...barang] }).map((r) => ({
    kodeKecamatan: r.text('kode_kecamatan'), kecamatan: r.text('kecamatan'), barang: Object.fromEntries(barang.map((k) => [k, r.num(k)])),
  }));
  const html = laporanPage(p, {
    folder: runFileName(run.folder, '').replace(/\/$/, ''),
    config,
    ringkasan: run.ringkasan as HitungRun,
    pengadaan,
    tpsDpt,
    kecamatan: { barang, rows: kecamatan },
    sumber: SOURCE_FILES.hitung.map((f) => source(run, f)),
  });
  return [{ berkas: 'laporan.html', html, halaman: null, satuan: { barang: pengadaan.length, tps: tpsDpt.length } }];
}

function terimaPages(p: Paper, run: OpenedRun): Page[] {
  const config = configOf(run);
  const pemilihan = config?.nama ?? null;
  const usulan = usulanRows(cells(run, 'usulan-pemenuhan.csv'));
  const pemusnahan = pemusnahanRows(cells(run, 'pemusnahan.csv'));
  const pengada = new Set(usulan.map((r) => r.pengada)).size;
  return [
    { berkas: 'usulan-pemenuhan.html', html: usulanPage(p, { rows: usulan, items: itemsOf(config), pemilihan, sumber: source(run, 'usulan-pemenuhan.csv') }), halaman: null, satuan: { pengada } },
    { berkas: 'berita-acara-pemusnahan.html', html: pemusnahanPage(p, { rows: pemusnahan, pemilihan, sumber: source(run, 'pemusnahan.csv') }), halaman: null, satuan: { baris: pemusnahan.length } },
  ];
}

function kemasPages(p: Paper, run: OpenedRun): Page[] {
  const config = configOf(run);
  const pemilihan = config?.nama ?? null;
  const tps = kemasTpsRows(cells(run, 'kemas-tps.csv'));
  const ppk = serahTerimaPpkRows(cells(run, 'serah-terima-ppk.csv'));
  const pps = serahTerimaPpsRows(cells(run, 'serah-terima-pps.csv'));
  // Names the files carry win over the config's; both over the bare code.
  const items = [...tps.items, ...ppk.items, ...pps.items, ...itemsOf(config)];
  const labels = labelCount(tps.rows);
  const tpsCount = tpsGroups(tps.rows).length;
  const handovers = handoverCount({ ppk: ppk.rows, pps: pps.rows });
  const sumber = source(run, 'kemas-tps.csv');
  return [
    { berkas: 'label-kotak.html', html: labelPage(p, { rows: tps.rows, items, pemilihan, sumber }), halaman: Math.ceil(labels / 2), satuan: { label: labels } },
    { berkas: 'daftar-periksa-tps.html', html: periksaPage(p, { rows: tps.rows, items, pemilihan, sumber }), halaman: tpsCount, satuan: { tps: tpsCount } },
    {
      berkas: 'serah-terima.html',
      html: serahTerimaPage(p, { ppk: ppk.rows, pps: pps.rows, items, pemilihan, sumber: { ppk: source(run, 'serah-terima-ppk.csv'), pps: source(run, 'serah-terima-pps.csv') } }),
      halaman: handovers.ppk + handovers.pps,
      satuan: { ppk: handovers.ppk, pps: handovers.pps },
    },
  ];
}

/** The files cetak loads from a folder of this kind (the others listed are only checked). */
export function filesToLoad(): string[] {
  return [...new Set([...Object.values(SOURCE_FILES).flat(), CONFIG_FILE])];
}

export function pagesOf(p: Paper, run: OpenedRun, kind: SourceKind): Page[] {
  if (kind === 'hitung') return hitungPages(p, run);
  if (kind === 'terima') return terimaPages(p, run);
  return kemasPages(p, run);
}
