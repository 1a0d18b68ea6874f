/**
 * Which pages a folder gives (contract, "Documents people print or look at"), told apart by the
 * `perintah` of its ringkasan.json, and the rows each page is printed from. The pages themselves are
 * core/render/pages; this file only picks the files and hands their rows over.
 */
import { InputError, ManifestChangedError } from '../errors.js';
import type { ResolvedConfig } from '../core/config/index.js';
import { CONFIG_FILE, RINGKASAN_FILE } from '../core/manifest/files.js';
import type { CsvCells } from '../core/manifest/types.js';
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
import { configOf, manifestOf, MANIFEST_PARTS, readStrictCsv, runFileName, type RunFolder } from '../io/manifest/index.js';

export type SourceKind = 'hitung' | 'terima' | 'kemas';

/** What each kind of folder must list, and the pages it gives. */
export const SOURCE_FILES: Readonly<Record<SourceKind, readonly string[]>> = {
  hitung: ['pengadaan.csv', 'distribusi-tps.csv', 'distribusi-kecamatan.csv', 'distribusi-kpu.csv'],
  terima: ['usulan-pemenuhan.csv', 'pemusnahan.csv'],
  kemas: ['kemas-tps.csv', 'serah-terima-ppk.csv', 'serah-terima-pps.csv'],
};

export const PAGE_FILES: Readonly<Record<SourceKind, readonly string[]>> = {
  hitung: ['laporan.html'],
  terima: ['usulan-pemenuhan.html', 'berita-acara-pemusnahan.html'],
  kemas: ['label-kotak.html', 'daftar-periksa-tps.html', 'serah-terima.html'],
};

/** Every page name cetak owns in its --out. */
export const CETAK_FILES = [...Object.values(PAGE_FILES).flat(), RINGKASAN_FILE];

/** A written page, and how many sheets its data implies (null where the layout decides: tables that flow). */
export interface Page {
  readonly berkas: string;
  readonly html: string;
  readonly halaman: number | null;
  /** What one unit is and how many there are (`label`: 365), for the summary. */
  readonly satuan: Readonly<Record<string, number>>;
}

/** The kind of folder: its `perintah`; a hitung folder from before that key is known by its pengadaan.csv. */
export function sourceKind(run: RunFolder): SourceKind {
  const perintah = run.ringkasan.perintah ?? (run.ringkasan.keluaran.some((k) => k.berkas === 'pengadaan.csv') ? 'hitung' : 'validasi');
  if (perintah !== 'hitung' && perintah !== 'terima' && perintah !== 'kemas') throw new InputError('cetak-wrong-command', { folder: run.folder, perintah });
  const listed = new Set(run.ringkasan.keluaran.map((k) => k.berkas));
  const missing = SOURCE_FILES[perintah].filter((f) => !listed.has(f));
  if (missing.length > 0) throw new InputError('cetak-incomplete', { folder: run.folder, perintah, missing: missing.join(', ') });
  // Told only after the folder is known to be one cetak reads, as the manifest reader does.
  const changed = run.changed[0];
  if (changed !== undefined) throw new ManifestChangedError(run.folder, changed.berkas);
  return perintah;
}

function cells(run: RunFolder, file: string): CsvCells {
  const data = run.loaded.get(file);
  if (data === undefined) throw new InputError('cetak-incomplete', { folder: run.folder, perintah: run.ringkasan.perintah ?? '', missing: file });
  return readStrictCsv(runFileName(run.folder, file), data);
}

function source(run: RunFolder, file: string): SourceFile {
  const k = run.ringkasan.keluaran.find((x) => x.berkas === file);
  return { berkas: runFileName(run.folder, file), sha256: k?.sha256 ?? '' };
}

/** The rules a terima or kemas folder was made with, when it records them (a hitung folder always does). */
function recordedConfig(run: RunFolder): ResolvedConfig | null {
  const data = run.loaded.get(CONFIG_FILE);
  return data === undefined ? null : configOf(run, data);
}

const itemsOf = (config: ResolvedConfig | null): ItemName[] => (config ? config.barang.map((b) => ({ kode: b.kode, nama: b.nama, satuan: b.satuan })) : []);

function hitungPages(p: Paper, run: RunFolder): Page[] {
  const m = manifestOf(run);
  const html = laporanPage(p, {
    folder: runFileName(run.folder, '').replace(/\/$/, ''),
    config: m.config,
    ringkasan: m.ringkasan as HitungRun,
    pengadaan: m.pengadaan,
    tpsDpt: m.tps.rows.map((r) => r.dpt),
    kecamatan: m.kecamatan,
    kpu: m.kpu,
    sumber: SOURCE_FILES.hitung.map((f) => source(run, f)),
  });
  return [{ berkas: 'laporan.html', html, halaman: null, satuan: { barang: m.pengadaan.length, tps: m.tps.rows.length } }];
}

function terimaPages(p: Paper, run: RunFolder): Page[] {
  const config = recordedConfig(run);
  const pemilihan = config?.nama ?? null;
  const usulan = usulanRows(cells(run, 'usulan-pemenuhan.csv'));
  const pemusnahan = pemusnahanRows(cells(run, 'pemusnahan.csv'));
  const pengada = new Set(usulan.map((r) => r.pengada)).size;
  return [
    { berkas: 'usulan-pemenuhan.html', html: usulanPage(p, { rows: usulan, items: itemsOf(config), pemilihan, sumber: source(run, 'usulan-pemenuhan.csv') }), halaman: null, satuan: { pengada } },
    { berkas: 'berita-acara-pemusnahan.html', html: pemusnahanPage(p, { rows: pemusnahan, pemilihan, sumber: source(run, 'pemusnahan.csv') }), halaman: null, satuan: { baris: pemusnahan.length } },
  ];
}

function kemasPages(p: Paper, run: RunFolder): Page[] {
  const config = recordedConfig(run);
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
  return [...new Set([...Object.values(SOURCE_FILES).flat(), ...MANIFEST_PARTS])];
}

export function pagesOf(p: Paper, run: RunFolder, kind: SourceKind): Page[] {
  if (kind === 'hitung') return hitungPages(p, run);
  if (kind === 'terima') return terimaPages(p, run);
  return kemasPages(p, run);
}
