/**
 * `serah-terima.html` (from a `kemas` folder): the handover minutes (domain.md §11 item 7), one
 * page per PPK (what the KPU Kab/Kota hands it: `serah-terima-ppk.csv`) and then one per PPS (what
 * its PPK hands it: `serah-terima-pps.csv`), each with the signatures of the two sides.
 */
import { htmlDocument } from '../document.js';
import { el, esc, num, table, text, type Cell } from '../html.js';
import { ItemNames } from './names.js';
import type { ItemName, SerahTerimaPpkRow, SerahTerimaPpsRow } from './rows.js';
import { fmt, metaTable, signatures, sourceLine, t, titleBlock, type Paper, type SourceFile } from './paper.js';
import { kemasHead } from './kemas-common.js';

export interface SerahTerimaInput {
  readonly ppk: readonly SerahTerimaPpkRow[];
  readonly pps: readonly SerahTerimaPpsRow[];
  readonly items: readonly ItemName[];
  readonly pemilihan: string | null;
  readonly sumber: { readonly ppk: SourceFile; readonly pps: SourceFile };
}

interface Handover {
  readonly key: string;
  readonly rows: ReadonlyArray<{ readonly kodeBarang: string; readonly varian: string; readonly jumlah: number }>;
}

function groupBy<R>(rows: readonly R[], key: (r: R) => string): [R, R[]][] {
  const out: [R, R[]][] = [];
  let last: string | null = null;
  for (const r of rows) {
    const k = key(r);
    const current = out.at(-1);
    if (current && k === last) current[1].push(r);
    else out.push([r, [r]]);
    last = k;
  }
  return out;
}

function itemsTable(p: Paper, h: Handover, names: ItemNames, berkas: string): string {
  const rows = h.rows.map((r, i): Cell[] => [
    num(fmt(p, i + 1)),
    text(names.nama(r.kodeBarang)),
    text(r.varian === '' ? t(p, 'cetak.tidak-ada') : r.varian),
    text(names.satuan(r.kodeBarang)),
    num(fmt(p, r.jumlah)),
    text(''),
  ]);
  const head = [{ text: t(p, 'cetak.no'), num: true }, kemasHead(p, 'nama_barang', berkas), kemasHead(p, 'varian', berkas), { text: t(p, 'cetak.satuan') }, kemasHead(p, 'jumlah', berkas), { text: t(p, 'cetak.periksa.keterangan') }];
  return table({ head, rows, widths: [5, 38, 15, 9, 13, 20] });
}

function handoverPage(p: Paper, sub: string, ident: [string, string][], h: Handover, sides: [string, string], names: ItemNames, berkas: string, sumber: SourceFile, pemilihan: string | null): string {
  return el(
    'section',
    { class: 'page' },
    titleBlock(t(p, 'cetak.serah.judul'), sub),
    metaTable([...(pemilihan === null ? [] : [[t(p, 'cetak.pemilihan'), pemilihan] as [string, string]]), [t(p, 'cetak.nomor'), t(p, 'cetak.isian')], ...ident]),
    el('p', null, esc(t(p, 'cetak.serah.pembuka'))),
    itemsTable(p, h, names, berkas),
    el('p', null, esc(t(p, 'cetak.tempat-tanggal'))),
    signatures(p, [`${t(p, 'cetak.serah.menyerahkan')}: ${sides[0]}`, `${t(p, 'cetak.serah.menerima')}: ${sides[1]}`, t(p, 'cetak.serah.saksi')]),
    sourceLine(p, [sumber]),
  );
}

export function serahTerimaPage(p: Paper, input: SerahTerimaInput): string {
  const names = new ItemNames(input.items, p.lang);
  const ppk = groupBy(input.ppk, (r) => `${r.kodeKecamatan}\u0000${r.kecamatan}`).map(([first, rows]) =>
    handoverPage(
      p,
      t(p, 'cetak.serah.ppk-sub', { kecamatan: first.kecamatan }),
      [[t(p, 'cetak.ppk'), first.kodeKecamatan === '' ? first.kecamatan : `${first.kecamatan} (${first.kodeKecamatan})`]],
      { key: first.kodeKecamatan, rows },
      [t(p, 'cetak.serah.kpu'), t(p, 'cetak.serah.ppk', { kecamatan: first.kecamatan })],
      names, 'serah-terima-ppk.csv', input.sumber.ppk, input.pemilihan,
    ),
  );
  const pps = groupBy(input.pps, (r) => `${r.kodeKelurahan}\u0000${r.kecamatan}\u0000${r.kelurahan}`).map(([first, rows]) =>
    handoverPage(
      p,
      t(p, 'cetak.serah.pps-sub', { kecamatan: first.kecamatan, kelurahan: first.kelurahan }),
      [[t(p, 'cetak.ppk'), first.kecamatan], [t(p, 'cetak.pps'), first.kodeKelurahan === '' ? first.kelurahan : `${first.kelurahan} (${first.kodeKelurahan})`]],
      { key: first.kodeKelurahan, rows },
      [t(p, 'cetak.serah.ppk', { kecamatan: first.kecamatan }), t(p, 'cetak.serah.pps', { kelurahan: first.kelurahan })],
      names, 'serah-terima-pps.csv', input.sumber.pps, input.pemilihan,
    ),
  );
  return htmlDocument({ lang: p.lang, title: t(p, 'cetak.serah.judul'), generator: p.generator, body: [...ppk, ...pps].join('\n') });
}

/** Pages serah-terima.html has: one per PPK and one per PPS of the files. */
export function handoverCount(input: Pick<SerahTerimaInput, 'ppk' | 'pps'>): { ppk: number; pps: number } {
  return {
    ppk: groupBy(input.ppk, (r) => `${r.kodeKecamatan}\u0000${r.kecamatan}`).length,
    pps: groupBy(input.pps, (r) => `${r.kodeKelurahan}\u0000${r.kecamatan}\u0000${r.kelurahan}`).length,
  };
}
