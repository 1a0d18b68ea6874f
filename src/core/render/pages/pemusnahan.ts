/**
 * `berita-acara-pemusnahan.html` (from a `terima` folder): the minutes of the destruction of
 * damaged and surplus ballots at H-1 (domain.md §11 item 5), one row per ballot type and variant of
 * `pemusnahan.csv`, with the totals in sheets and the witnesses' signature lines: KPU, Bawaslu,
 * police, and a line for a further witness (TNI, prosecutors) where one attends.
 */
import { columnTitle, headerText } from '../titles.js';
import { htmlDocument } from '../document.js';
import { el, esc, num, table, text, type Cell } from '../html.js';
import type { PemusnahanRow } from './rows.js';
import { fmt, metaTable, signatures, sourceLine, t, titleBlock, type Paper, type SourceFile } from './paper.js';

export interface PemusnahanInput {
  readonly rows: readonly PemusnahanRow[];
  readonly pemilihan: string | null;
  readonly sumber: SourceFile;
}

function head(p: Paper, kolom: string): Cell {
  const title = columnTitle(kolom, p.lang, { berkas: 'pemusnahan.csv' });
  const shown = title ? headerText(title) : kolom;
  // Every row is a ballot: the quantities are sheets.
  return title?.jenis === 'jumlah' ? { text: `${shown} (${t(p, 'cetak.lembar')})`, num: true } : { text: shown };
}

export function pemusnahanPage(p: Paper, input: PemusnahanInput): string {
  const rows = input.rows.map((r, i): Cell[] => [
    num(fmt(p, i + 1)),
    text(r.namaBarang === '' ? r.kodeBarang : r.namaBarang),
    text(r.varian === '' ? t(p, 'cetak.tidak-ada') : r.varian),
    num(fmt(p, r.rusak)),
    num(fmt(p, r.kelebihan)),
    num(fmt(p, r.dimusnahkan)),
  ]);
  const sum = (f: (r: PemusnahanRow) => number): Cell => num(fmt(p, input.rows.reduce((s, r) => s + f(r), 0)));
  const foot = [text(''), text(t(p, 'cetak.jumlah-total')), text(''), sum((r) => r.rusak), sum((r) => r.kelebihan), sum((r) => r.dimusnahkan)];
  const tbl = input.rows.length === 0
    ? el('p', null, el('strong', null, esc(t(p, 'cetak.kosong'))), ' ', esc(t(p, 'cetak.pemusnahan.nihil')))
    : table({ head: [{ text: t(p, 'cetak.no'), num: true }, head(p, 'nama_barang'), head(p, 'varian'), head(p, 'rusak'), head(p, 'kelebihan'), head(p, 'dimusnahkan')], rows, foot, widths: [5, 40, 15, 13, 13, 14] });
  const body = el(
    'section',
    { class: 'page' },
    el('div', { class: 'letter-head' }, el('div', { class: 'org' }, esc(t(p, 'cetak.kab-kota-isian')))),
    titleBlock(t(p, 'cetak.pemusnahan.judul'), input.pemilihan ?? undefined),
    metaTable([[t(p, 'cetak.nomor'), t(p, 'cetak.isian')]]),
    el('p', null, esc(t(p, 'cetak.pemusnahan.pembuka'))),
    tbl,
    el('p', null, esc(t(p, 'cetak.pemusnahan.cara'))),
    el('p', null, esc(t(p, 'cetak.pemusnahan.dasar'))),
    el('p', null, esc(t(p, 'cetak.pemusnahan.penutup'))),
    el('p', null, esc(t(p, 'cetak.tempat-tanggal'))),
    el('p', { class: 'keep' }, esc(t(p, 'cetak.pemusnahan.saksi'))),
    signatures(p, ['cetak.saksi.kpu', 'cetak.saksi.kpu-anggota', 'cetak.saksi.bawaslu', 'cetak.saksi.polri', 'cetak.saksi.lain'].map((k) => t(p, k))),
    sourceLine(p, [input.sumber]),
  );
  return htmlDocument({ lang: p.lang, title: t(p, 'cetak.pemusnahan.judul'), generator: p.generator, body });
}
