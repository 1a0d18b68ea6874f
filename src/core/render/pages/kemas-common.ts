/** What the three `kemas` pages share: the contents table of a TPS or a container, and its heading rows. */
import { columnTitle, headerText } from '../titles.js';
import { num, table, text, type Cell } from '../html.js';
import type { ItemNames } from './names.js';
import type { KemasTpsRow } from './rows.js';
import { fmt, regionOf, t, type Paper } from './paper.js';
import type { TpsGroup } from './tps-groups.js';

export function kemasHead(p: Paper, kolom: string, berkas = 'kemas-tps.csv'): Cell {
  const title = columnTitle(kolom, p.lang, { berkas });
  return { text: title ? headerText(title) : kolom, num: title?.jenis === 'jumlah' };
}

const blankable = (p: Paper, n: number | null): Cell => num(n === null ? '' : fmt(p, n));

/** Item, variant, unit, then the numbers of kemas-tps.csv: quantity, full bundles, loose sheets. */
export function contentsTable(p: Paper, rows: readonly KemasTpsRow[], names: ItemNames, opts: { wadah?: (r: KemasTpsRow) => string; check?: boolean } = {}): string {
  const wadah = opts.wadah;
  const check = opts.check === true;
  const box: Cell = { text: '', html: '<span class="box"></span>', cls: 'c' };
  const head: Cell[] = [
    { text: t(p, 'cetak.no'), num: true },
    kemasHead(p, 'nama_barang'),
    ...(wadah ? [{ text: t(p, 'cetak.periksa.wadah') }] : []),
    kemasHead(p, 'varian'),
    { text: t(p, 'cetak.satuan') },
    kemasHead(p, 'jumlah'),
    kemasHead(p, 'ikat_penuh'),
    kemasHead(p, 'sisa'),
    ...(check ? [{ text: t(p, 'cetak.periksa.sesuai') }, { text: t(p, 'cetak.periksa.tidak-sesuai') }, { text: t(p, 'cetak.periksa.keterangan') }] : []),
  ];
  const body = rows.map((r, i): Cell[] => [
    num(fmt(p, i + 1)),
    text(names.nama(r.kodeBarang)),
    ...(wadah ? [text(wadah(r))] : []),
    text(r.varian === '' ? t(p, 'cetak.tidak-ada') : r.varian),
    text(names.satuan(r.kodeBarang)),
    num(fmt(p, r.jumlah)),
    blankable(p, r.ikatPenuh),
    blankable(p, r.sisa),
    ...(check ? [box, box, text('')] : []),
  ]);
  const widths = check ? [4, 16, 13, 10, 8, 8, 7, 7, 7, 7, 13] : wadah ? [5, 32, 16, 12, 9, 10, 8, 8] : [5, 40, 16, 10, 11, 9, 9];
  return table({ head, rows: body, widths, cls: check ? 'check' : undefined });
}

/** Province, kab/kota, PPK, PPS and TPS of a TPS, as label and checklist heading rows. */
export function tpsIdentity(p: Paper, g: TpsGroup): [string, string][] {
  const region = regionOf(g.kodeKelurahan);
  const code = (kode: string): string => (kode === '' ? '' : ` (${kode})`);
  return [
    [t(p, 'cetak.provinsi'), region.provinsi || t(p, 'cetak.isian')],
    [t(p, 'cetak.kabkota'), region.kabkota === '' ? t(p, 'cetak.isian') : `${t(p, 'cetak.kode', { kode: region.kabkota })}`],
    [t(p, 'cetak.ppk'), g.kecamatan],
    [t(p, 'cetak.pps'), `${g.kelurahan}${code(g.kodeKelurahan)}`],
  ];
}
