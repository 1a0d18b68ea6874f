/**
 * `daftar-periksa-tps.html` (from a `kemas` folder): one page per TPS for the KPPS to check what
 * arrived against what was packed (domain.md §11 item 6: what is missing goes on the
 * special-incident form), every row of `kemas-tps.csv` for that TPS with boxes to tick, and the
 * signatures of whoever hands over and of the KPPS.
 */
import { htmlDocument } from '../document.js';
import { el, esc } from '../html.js';
import { ItemNames } from './names.js';
import { metaTable, signatures, sourceLine, t, titleBlock, type Paper } from './paper.js';
import { dapilOf, tpsGroups, wadahName, type TpsGroup } from './tps-groups.js';
import { contentsTable, tpsIdentity } from './kemas-common.js';
import type { KemasPageInput } from './label.js';

function checklist(p: Paper, g: TpsGroup, names: ItemNames, input: KemasPageInput): string {
  const dapil = dapilOf(g.rows);
  const wadah = (r: { wadah: string; kodeBarang: string }): string => wadahName(r.wadah, g.rows.filter((x) => x.wadah === r.wadah), names, p.lang, true);
  return el(
    'section',
    { class: 'page' },
    titleBlock(t(p, 'cetak.periksa.judul'), input.pemilihan ?? undefined),
    metaTable([...tpsIdentity(p, g), [t(p, 'cetak.tps'), g.tps], ...(dapil === '' ? [] : [[t(p, 'cetak.dapil'), dapil] as [string, string]])]),
    el('p', { class: 'muted' }, esc(t(p, 'cetak.periksa.petunjuk'))),
    contentsTable(p, g.rows, names, { wadah, check: true }),
    el('p', null, esc(t(p, 'cetak.periksa.diterima'))),
    signatures(p, [t(p, 'cetak.periksa.diserahkan'), t(p, 'cetak.periksa.ketua-kpps'), t(p, 'cetak.periksa.anggota-kpps')]),
    sourceLine(p, [input.sumber]),
  );
}

export function periksaPage(p: Paper, input: KemasPageInput): string {
  const names = new ItemNames(input.items, p.lang);
  const pages = tpsGroups(input.rows).map((g) => checklist(p, g, names, input));
  return htmlDocument({ lang: p.lang, title: t(p, 'cetak.periksa.judul'), generator: p.generator, body: pages.join('\n') });
}
