/**
 * `usulan-pemenuhan.html` (from a `terima` folder): per body that replaces the items (`pengada`),
 * a letter asking it to make up the shortfall, and its attachment table: one row per item and
 * variant of `usulan-pemenuhan.csv`, the numbers as the file has them. Letter and attachment each
 * start a page; nothing of the letter is tied to a form number.
 */
import { byCodePoint } from '../../report/sort.js';
import { headerText, columnTitle } from '../titles.js';
import { htmlDocument } from '../document.js';
import { el, esc, num, table, text, type Cell } from '../html.js';
import { ItemNames } from './names.js';
import type { ItemName, UsulanRow } from './rows.js';
import { fmt, metaTable, signatures, sourceLine, t, titleBlock, type Paper, type SourceFile } from './paper.js';

export interface UsulanInput {
  readonly rows: readonly UsulanRow[];
  readonly items: readonly ItemName[];
  /** The election's name (`Pemilu 2024`), when the folder says it. */
  readonly pemilihan: string | null;
  readonly sumber: SourceFile;
}

const KNOWN_PENGADA = ['kpu_ri', 'kpu_provinsi', 'kpu_kabkota'];

function pengadaKey(prefix: string, pengada: string): string {
  return `${prefix}.${KNOWN_PENGADA.includes(pengada) ? pengada : 'kosong'}`;
}

/** The pengada of the rows in the file's order (it is sorted by pengada), each with its rows. */
function byPengada(rows: readonly UsulanRow[]): [string, UsulanRow[]][] {
  const groups = new Map<string, UsulanRow[]>();
  for (const r of rows) groups.set(r.pengada, [...(groups.get(r.pengada) ?? []), r]);
  return [...groups.entries()].sort(([a], [b]) => byCodePoint(a, b));
}

function head(p: Paper, kolom: string): Cell {
  const title = columnTitle(kolom, p.lang, { berkas: 'usulan-pemenuhan.csv' });
  return { text: title ? headerText(title) : kolom, num: title?.jenis === 'jumlah' };
}

function attachment(p: Paper, pengada: string, rows: readonly UsulanRow[], names: ItemNames): string {
  const units = new Set(rows.map((r) => names.satuan(r.kodeBarang)));
  const body = rows.map((r, i): Cell[] => [
    num(fmt(p, i + 1)),
    text(names.nama(r.kodeBarang, r.namaBarang)),
    text(r.varian === '' ? t(p, 'cetak.tidak-ada') : r.varian),
    text(names.satuan(r.kodeBarang)),
    num(fmt(p, r.rusak)),
    num(fmt(p, r.kurangKirim)),
    num(fmt(p, r.kekurangan)),
  ]);
  // A total adds up only rows of one unit (sheets and bottles do not add).
  const oneUnit = units.size === 1 && !units.has('') && rows.length > 1;
  const sum = (f: (r: UsulanRow) => number): Cell => num(fmt(p, rows.reduce((s, r) => s + f(r), 0)));
  const foot = oneUnit ? [text(''), text(t(p, 'cetak.jumlah-total')), text(''), text([...units][0] ?? ''), sum((r) => r.rusak), sum((r) => r.kurangKirim), sum((r) => r.kekurangan)] : undefined;
  const heads = [{ text: t(p, 'cetak.no'), num: true }, head(p, 'nama_barang'), head(p, 'varian'), { text: t(p, 'cetak.satuan') }, head(p, 'rusak'), head(p, 'kurang_kirim'), head(p, 'kekurangan')];
  return [
    el('h2', null, esc(t(p, 'cetak.usulan.lampiran-judul', { pengada: t(p, pengadaKey('cetak.pengada', pengada)) }))),
    table({ head: heads, rows: body, ...(foot ? { foot } : {}), widths: [5, 37, 14, 8, 12, 12, 12] }),
    el('p', { class: 'muted' }, esc(t(p, 'cetak.usulan.catatan'))),
  ].join('');
}

function letter(p: Paper, input: UsulanInput, pengada: string, rows: readonly UsulanRow[]): string {
  const perihal = input.pemilihan === null ? t(p, 'cetak.usulan.judul') : `${t(p, 'cetak.usulan.judul')} — ${input.pemilihan}`;
  return [
    el('div', { class: 'letter-head' }, el('div', { class: 'org' }, esc(t(p, 'cetak.kab-kota-isian')))),
    metaTable([
      [t(p, 'cetak.nomor'), t(p, 'cetak.isian')],
      [t(p, 'cetak.usulan.lampiran'), t(p, 'cetak.usulan.lampiran-isi')],
      [t(p, 'cetak.usulan.perihal'), perihal],
    ]),
    el('p', null, esc(t(p, 'cetak.usulan.kepada')), '<br>', el('strong', null, esc(t(p, pengadaKey('cetak.kepada', pengada))))),
    el('p', null, esc(t(p, 'cetak.usulan.isi', { baris: fmt(p, rows.length) }))),
    el('p', null, esc(t(p, 'cetak.usulan.penutup'))),
    el('p', null, esc(t(p, 'cetak.tempat-tanggal'))),
    signatures(p, [t(p, 'cetak.usulan.ketua')]),
  ].join('');
}

export function usulanPage(p: Paper, input: UsulanInput): string {
  const names = new ItemNames(input.items, p.lang);
  const groups = byPengada(input.rows);
  const pages = groups.flatMap(([pengada, rows]) => [
    el('section', { class: 'page' }, letter(p, input, pengada, rows)),
    el('section', { class: 'page' }, attachment(p, pengada, rows, names), sourceLine(p, [input.sumber])),
  ]);
  const empty = el('section', { class: 'page' }, titleBlock(t(p, 'cetak.usulan.judul'), input.pemilihan ?? undefined), el('p', null, esc(t(p, 'cetak.usulan.nihil'))), sourceLine(p, [input.sumber]));
  return htmlDocument({ lang: p.lang, title: t(p, 'cetak.usulan.judul'), generator: p.generator, body: groups.length === 0 ? empty : pages.join('\n') });
}
