/**
 * `laporan.html` (from a `hitung` folder): the visual report a head of a logistics division reads
 * first. Totals per item with readable names and units, where each is held (the totals close), the
 * needs per kecamatan as charts, the TPS sizes against the capacity, the validation issues by code,
 * the config's digest, and for every number the rule, source and confidence behind it; numbers that
 * rest on an inferred rule carry a †. Every number is printed from the manifest's own files.
 */
import type { ResolvedConfig } from '../../config/index.js';
import type { KecamatanRow, KpuRow, Level, PengadaanRow } from '../../manifest/types.js';
import { ISSUE_CATALOGUE, severityWord } from '../../messages/index.js';
import { byCodePoint } from '../../report/sort.js';
import { barChartSvg } from '../chart/bar-chart.js';
import { binsFor, histogramSvg } from '../chart/histogram.js';
import { htmlDocument } from '../document.js';
import { el, esc, num, table, text, type Cell } from '../html.js';
import { columnTitle, headerText } from '../titles.js';
import { inferredParts, ruleParts } from './laporan-rules.js';
import { fmt, metaTable, sourceLine, t, type Paper, type SourceFile } from './paper.js';

/** What the report reads of the folder's ringkasan.json (the keys hitung writes). */
export interface HitungRun {
  readonly preset?: string;
  readonly konfigurasi_sha256?: string;
  readonly masukan?: ReadonlyArray<{ readonly berkas: string; readonly sha256: string }>;
  readonly jumlah?: { readonly kecamatan: number; readonly kelurahan: number; readonly tps: number; readonly pemilih: number };
  readonly masalah?: { readonly per_kode?: Readonly<Record<string, number>> };
  readonly konfigurasi?: { readonly berkas: string; readonly sha256: string } | null;
  readonly dapil?: { readonly berkas: string; readonly sha256: string } | null;
}

export interface LaporanInput {
  /** The folder as given (an absolute one by its base name). */
  readonly folder: string;
  readonly config: ResolvedConfig;
  readonly ringkasan: HitungRun;
  readonly pengadaan: readonly PengadaanRow[];
  /** `dpt` of every row of distribusi-tps.csv. */
  readonly tpsDpt: readonly number[];
  /** distribusi-kecamatan.csv: its item columns in file order, and its rows. */
  readonly kecamatan: Level<KecamatanRow>;
  /** distribusi-kpu.csv: what stays at the KPU Kab/Kota, per kab/kota. */
  readonly kpu: Level<KpuRow>;
  /** The files the page prints from, with their digests. */
  readonly sumber: readonly SourceFile[];
}

const DAGGER = '<span class="mark">†</span>';

function head(p: Paper, kolom: string, berkas = 'pengadaan.csv'): Cell {
  const title = columnTitle(kolom, p.lang, { berkas });
  return { text: title ? headerText(title) : kolom, num: title !== null && title.jenis !== 'teks' };
}

function marked(p: Paper, n: number, inferred: boolean): Cell {
  return inferred && n > 0 ? { text: '', num: true, html: `${esc(fmt(p, n))}${DAGGER}` } : num(fmt(p, n));
}

function summary(p: Paper, input: LaporanInput): string {
  const r = input.ringkasan;
  const c = input.config;
  const j = r.jumlah;
  const digest = (d: { berkas: string; sha256: string } | null | undefined): string => (d ? `${d.berkas} (SHA-256 ${d.sha256})` : t(p, 'cetak.laporan.tanpa'));
  const rows: [string, string][] = [
    [t(p, 'cetak.pemilihan'), `${c.nama} (${c.pemilihan})`],
    [t(p, 'cetak.laporan.hari'), c.hariPemungutan],
    [t(p, 'cetak.laporan.preset'), r.preset ?? c.preset],
    [t(p, 'cetak.laporan.konfigurasi'), digest(r.konfigurasi)],
    [t(p, 'cetak.laporan.konfigurasi-sha256'), r.konfigurasi_sha256 ?? ''],
    [t(p, 'cetak.laporan.dapil'), digest(r.dapil)],
    [t(p, 'cetak.laporan.kapasitas'), t(p, 'cetak.laporan.kapasitas-nilai', { n: fmt(p, c.kapasitasTps) })],
    ...(j ? [[t(p, 'cetak.laporan.wilayah'), t(p, 'cetak.laporan.wilayah-nilai', { kecamatan: fmt(p, j.kecamatan), kelurahan: fmt(p, j.kelurahan), tps: fmt(p, j.tps), pemilih: fmt(p, j.pemilih) })] as [string, string]] : []),
  ];
  const inputs = table({
    head: [{ text: t(p, 'cetak.laporan.masukan-kolom') }, { text: 'SHA-256' }],
    rows: (r.masukan ?? []).map((m) => [text(m.berkas), text(m.sha256, 'hash')]),
    widths: [40, 60],
  });
  return [el('h2', null, esc(t(p, 'cetak.laporan.ringkas'))), metaTable(rows), el('h3', null, esc(t(p, 'cetak.laporan.masukan'))), inputs].join('');
}

function totals(p: Paper, input: LaporanInput): string {
  const items = new Map(input.config.barang.map((b) => [b.kode, b]));
  const rows = input.pengadaan.map((r): Cell[] => {
    const item = items.get(r.kodeBarang);
    const inf = item ? inferredParts(item, input.config.lingkup) : { kebutuhan: false, cadangan: false, tambahan: false };
    const any = (inf.kebutuhan && r.kebutuhan > 0) || (inf.cadangan && r.cadangan > 0) || (inf.tambahan && r.tambahan > 0);
    return [
      text(r.namaBarang),
      text(r.varian === '' ? t(p, 'cetak.tidak-ada') : r.varian),
      text(columnTitle(r.kodeBarang, p.lang, { barang: [{ kode: r.kodeBarang, nama: r.namaBarang, satuan: r.satuan }] })?.satuan ?? r.satuan),
      marked(p, r.kebutuhan, inf.kebutuhan),
      marked(p, r.cadangan, inf.cadangan),
      marked(p, r.tambahan, inf.tambahan),
      marked(p, r.jumlah, any),
      num(fmt(p, r.isiKemasan)),
      marked(p, r.jumlahPengadaan, any),
    ];
  });
  // The general `Jumlah`: the note under the table says what it adds up.
  const heads = [head(p, 'nama_barang'), head(p, 'varian'), head(p, 'satuan'), ...['kebutuhan', 'cadangan', 'tambahan', 'jumlah', 'isi_kemasan', 'jumlah_pengadaan'].map((k) => head(p, k, k === 'jumlah' ? '' : 'pengadaan.csv'))];
  const where = input.pengadaan.map((r): Cell[] => [
    text(r.namaBarang),
    text(r.varian === '' ? t(p, 'cetak.tidak-ada') : r.varian),
    ...[r.diTps, r.diPps, r.diPpk, r.diKpu, r.jumlah].map((n) => num(fmt(p, n))),
  ]);
  return [
    el('h2', null, esc(t(p, 'cetak.laporan.total'))),
    table({ head: heads, rows, widths: [21, 9, 8, 11, 10, 10, 10, 9, 12], cls: 'fixed' }),
    el('p', { class: 'muted' }, esc(t(p, 'cetak.laporan.total-catatan'))),
    el('h2', null, esc(t(p, 'cetak.laporan.tempat'))),
    table({ head: [head(p, 'nama_barang'), head(p, 'varian'), ...['di_tps', 'di_pps', 'di_ppk', 'di_kpu', 'jumlah'].map((k) => head(p, k))], rows: where, widths: [30, 12, 11, 11, 11, 12, 13] }),
    el('p', { class: 'muted' }, esc(t(p, 'cetak.laporan.tempat-catatan'))),
  ].join('');
}

/** Per item: what the PPKs receive plus what the KPU keeps is what was counted (the first check a head of division makes). */
function closing(p: Paper, input: LaporanInput): string {
  const sum = (rows: ReadonlyArray<{ barang: Readonly<Record<string, number>> }>, kode: string): number => rows.reduce((n, r) => n + (r.barang[kode] ?? 0), 0);
  const items = new Map<string, { nama: string; jumlah: number }>();
  for (const r of input.pengadaan) {
    const item = items.get(r.kodeBarang) ?? { nama: r.namaBarang, jumlah: 0 };
    items.set(r.kodeBarang, { nama: item.nama, jumlah: item.jumlah + r.jumlah });
  }
  const rows = [...items].map(([kode, item]): Cell[] => {
    const kecamatan = sum(input.kecamatan.rows, kode);
    const kpu = sum(input.kpu.rows, kode);
    const closes = kecamatan + kpu === item.jumlah;
    return [text(item.nama), ...[kecamatan, kpu, kecamatan + kpu, item.jumlah].map((n) => num(fmt(p, n))), closes ? text(t(p, 'cetak.laporan.tutup-cocok')) : { text: '', html: `<strong>${esc(t(p, 'cetak.laporan.tutup-selisih'))}</strong>` }];
  });
  const heads = ['cetak.barang', 'cetak.laporan.tutup-kecamatan', 'cetak.laporan.tutup-kpu', 'cetak.laporan.tutup-jumlah', 'cetak.laporan.tutup-pengadaan', 'cetak.laporan.tutup-periksa'].map((k, i) => ({ text: t(p, k), num: i > 0 && i < 5 }));
  return [
    el('h2', null, esc(t(p, 'cetak.laporan.tutup'))),
    table({ head: heads, rows, widths: [30, 15, 13, 14, 15, 13] }),
    el('p', { class: 'muted' }, esc(t(p, 'cetak.laporan.tutup-catatan'))),
  ].join('');
}

function perKecamatan(p: Paper, input: LaporanInput): string {
  const items = new Map(input.config.barang.map((b) => [b.kode, b]));
  const charts = input.kecamatan.barang.flatMap((kode) => {
    const data = input.kecamatan.rows.map((r) => ({ label: r.kecamatan, value: r.barang[kode] ?? 0 }));
    if (data.every((d) => d.value === 0)) return [];
    const item = items.get(kode);
    const title = columnTitle(kode, p.lang, { barang: item ? [item] : [] });
    const caption = title ? t(p, 'cetak.laporan.grafik-barang', { nama: title.judul, satuan: title.satuan ?? '' }) : kode;
    return [el('figure', null, el('figcaption', null, esc(caption)), barChartSvg(data, { format: (n) => fmt(p, n) }, caption))];
  });
  return [el('h2', null, esc(t(p, 'cetak.laporan.per-kecamatan'))), el('p', { class: 'muted' }, esc(t(p, 'cetak.laporan.per-kecamatan-catatan'))), ...charts].join('');
}

function tpsSizes(p: Paper, input: LaporanInput): string {
  const capacity = input.config.kapasitasTps;
  const bins = binsFor(input.tpsDpt, capacity);
  const over = bins.at(-1)?.count ?? 0;
  const caption = t(p, 'cetak.laporan.ukuran-tps');
  const svg = histogramSvg(bins, { format: (n) => fmt(p, n), over: (c) => t(p, 'cetak.laporan.di-atas', { kapasitas: c }), title: caption });
  return [
    el('h2', null, esc(caption)),
    el('figure', null, svg, el('p', { class: 'muted' }, esc(t(p, 'cetak.laporan.ukuran-tps-catatan', { kapasitas: fmt(p, capacity), lebih: fmt(p, over) })))),
  ].join('');
}

function issues(p: Paper, input: LaporanInput): string {
  const perKode = input.ringkasan.masalah?.per_kode ?? {};
  const severity = (code: string): 'galat' | 'peringatan' => ISSUE_CATALOGUE[code]?.severity ?? 'peringatan';
  const codes = Object.keys(perKode).sort((a, b) => (severity(a) === severity(b) ? byCodePoint(a, b) : severity(a) === 'galat' ? -1 : 1));
  const body = codes.length === 0
    ? el('p', null, esc(t(p, 'cetak.laporan.masalah-nihil')))
    : table({
        head: [{ text: t(p, 'cetak.laporan.masalah-kode') }, { text: t(p, 'cetak.laporan.masalah-tingkat') }, { text: t(p, 'cetak.laporan.masalah-jumlah'), num: true }],
        rows: codes.map((code) => [text(code), text(severityWord(severity(code), p.lang)), num(fmt(p, perKode[code] ?? 0))]),
        widths: [50, 30, 20],
      });
  return [el('h2', null, esc(t(p, 'cetak.laporan.masalah'))), body, el('p', { class: 'muted' }, esc(t(p, 'cetak.laporan.masalah-catatan')))].join('');
}

function rules(p: Paper, input: LaporanInput): string {
  const used = new Set(input.pengadaan.map((r) => r.kodeBarang));
  const rows = input.config.barang.filter((b) => used.has(b.kode)).flatMap((item) =>
    ruleParts(item, input.config.lingkup, p.lang).map((part, i): Cell[] => [
      text(i === 0 ? item.nama : ''),
      text(t(p, `cetak.bagian.${part.bagian}`)),
      text(part.aturan),
      text(part.sumber ?? t(p, 'cetak.sumber-kosong'), 'muted'),
      part.keyakinan === 'inferred' ? { text: '', html: `<strong>${esc(t(p, 'cetak.keyakinan.inferred'))}</strong>` } : text(t(p, `cetak.keyakinan.${part.keyakinan ?? 'none'}`)),
    ]),
  );
  return [
    el('h2', null, esc(t(p, 'cetak.laporan.aturan'))),
    el('p', { class: 'muted' }, esc(t(p, 'cetak.laporan.aturan-catatan', { sha256: input.ringkasan.konfigurasi_sha256 ?? '' }))),
    table({
      head: ['cetak.barang', 'cetak.laporan.aturan-bagian', 'cetak.laporan.aturan-aturan', 'cetak.laporan.aturan-sumber', 'cetak.laporan.aturan-keyakinan'].map((k) => ({ text: t(p, k) })),
      rows,
      widths: [16, 10, 27, 37, 10],
      cls: 'fixed',
    }),
  ].join('');
}

export function laporanPage(p: Paper, input: LaporanInput): string {
  const title = t(p, 'cetak.laporan.judul', { nama: input.config.nama });
  const body = [
    el('h1', null, esc(title)),
    el('p', { class: 'muted' }, esc(t(p, 'cetak.laporan.dibuat-dari', { folder: input.folder }))),
    summary(p, input),
    totals(p, input),
    closing(p, input),
    perKecamatan(p, input),
    tpsSizes(p, input),
    issues(p, input),
    rules(p, input),
    sourceLine(p, input.sumber),
  ].join('\n');
  return htmlDocument({ lang: p.lang, title, generator: p.generator, body });
}
