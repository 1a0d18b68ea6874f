/**
 * `label-kotak.html` (from a `kemas` folder): one label per TPS container (domain.md §11 item 6:
 * TPS number, PPS, PPK, kab/kota, province, election type; DPRD ballots per dapil), two to an A4
 * sheet to cut in half, each with the contents of its box as `kemas-tps.csv` gives them. Items that
 * travel as themselves (boxes, booths) are in no container and get no label.
 */
import { htmlDocument } from '../document.js';
import { el, esc } from '../html.js';
import { ItemNames } from './names.js';
import type { ItemName, KemasTpsRow } from './rows.js';
import { fmt, metaTable, sourceLine, t, type Paper, type SourceFile } from './paper.js';
import { containers, dapilOf, tpsGroups, wadahName, type Container } from './tps-groups.js';
import { contentsTable, tpsIdentity } from './kemas-common.js';

export interface KemasPageInput {
  readonly rows: readonly KemasTpsRow[];
  readonly items: readonly ItemName[];
  readonly pemilihan: string | null;
  readonly sumber: SourceFile;
}

function label(p: Paper, c: Container, names: ItemNames, pemilihan: string | null): string {
  const dapil = dapilOf(c.rows);
  return el(
    'div',
    { class: 'label' },
    pemilihan === null ? '' : el('div', null, el('strong', null, esc(pemilihan.toUpperCase()))),
    el('div', { class: 'jenis' }, esc(wadahName(c.wadah, c.rows, names, p.lang))),
    el('div', { class: 'tps' }, esc(`${t(p, 'cetak.tps')} ${c.tps.tps}`)),
    metaTable([...tpsIdentity(p, c.tps), [t(p, 'cetak.dapil'), dapil === '' ? t(p, 'cetak.tidak-ada') : dapil]], 'id'),
    contentsTable(p, c.rows, names),
  );
}

/** How many labels a kemas-tps.csv gives: one per TPS and container. */
export function labelCount(rows: readonly KemasTpsRow[]): number {
  return containers(tpsGroups(rows)).length;
}

export function labelPage(p: Paper, input: KemasPageInput): string {
  const names = new ItemNames(input.items, p.lang);
  const all = containers(tpsGroups(input.rows));
  const body = [
    el('div', { class: 'labels' }, ...all.map((c) => label(p, c, names, input.pemilihan))),
    el('div', { class: 'keep' }, el('p', { class: 'muted' }, esc(t(p, 'cetak.label.jumlah-label', { n: fmt(p, all.length) }))), sourceLine(p, [input.sumber])),
  ].join('\n');
  return htmlDocument({ lang: p.lang, title: t(p, 'cetak.label.judul'), generator: p.generator, body });
}
