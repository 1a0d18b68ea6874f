import { compareManifests, type Banding, type Delta } from '../../core/compare/banding.js';
import { VERSI_FORMAT } from '../../core/report/ringkasan.js';
import { formatNumber, t } from '../../core/messages/index.js';
import type { Lang } from '../../core/types.js';
import { ExitCode } from '../../errors.js';
import { readManifestFolder } from '../../io/read-manifest.js';
import type { CommandContext } from '../context.js';

export interface BandingOptions {
  readonly json: boolean;
}

/** `logistik banding A B`: exit 0 when the manifests are equal, 1 when they differ. */
export async function runBanding(a: string, b: string, opts: BandingOptions, ctx: CommandContext): Promise<ExitCode> {
  const left = await readManifestFolder(a, ctx.io.cwd, VERSI_FORMAT);
  const right = await readManifestFolder(b, ctx.io.cwd, VERSI_FORMAT);
  const result = compareManifests(left, right);
  if (opts.json) ctx.io.stdout.write(`${JSON.stringify({ versi_format: VERSI_FORMAT, a, b, ...result }, null, 2)}\n`);
  else ctx.io.stdout.write(renderBanding(result, a, b, ctx));
  return result.sama ? ExitCode.Ok : ExitCode.DataInvalid;
}

function deltaText(d: Delta, lang: Lang): string {
  const n = (x: number): string => formatNumber(x, lang);
  return `${n(d.lama)} → ${n(d.baru)} (${d.selisih > 0 ? '+' : ''}${n(d.selisih)})`;
}

const sameDelta = (a: Delta, b: Delta): boolean => a.lama === b.lama && a.baru === b.baru;

/** Columns that changed alike are named together, so a line says each change once. */
function columnsText(kolom: Readonly<Record<string, Delta>>, lang: Lang): string {
  const groups: { names: string[]; delta: Delta }[] = [];
  for (const [name, delta] of Object.entries(kolom)) {
    const group = groups.find((g) => sameDelta(g.delta, delta));
    if (group) group.names.push(name);
    else groups.push({ names: [name], delta });
  }
  return groups.map((g) => `${g.names.join(', ')} ${deltaText(g.delta, lang)}`).join('; ');
}

/** A plain table for people; the same content as the JSON. */
export function renderBanding(r: Banding, a: string, b: string, ctx: CommandContext): string {
  const { lang, colorOut: c } = ctx;
  if (r.sama) return `${t(lang, 'banding.same', { a, b })}\n`;
  const lines = [c.bold(t(lang, 'banding.title', { a, b }))];
  if (r.barang.berubah.length + r.barang.hanya_a.length + r.barang.hanya_b.length > 0) {
    lines.push(c.bold(t(lang, 'banding.items')));
    for (const i of r.barang.berubah) {
      const name = i.varian ? `${i.kode_barang} [${i.varian}]` : i.kode_barang;
      // Packs of one: the amount to buy is the amount needed, said once.
      if (sameDelta(i.jumlah, i.jumlah_pengadaan)) lines.push(`  ${t(lang, 'banding.item-changed-same', { name, jumlah: deltaText(i.jumlah, lang) })}`);
      else lines.push(`  ${t(lang, 'banding.item-changed', { name, jumlah: deltaText(i.jumlah, lang), pengadaan: deltaText(i.jumlah_pengadaan, lang) })}`);
    }
    for (const i of r.barang.hanya_a) lines.push(`  ${t(lang, 'banding.only-a', { name: i.varian ? `${i.kode_barang} [${i.varian}]` : i.kode_barang, a, jumlah: formatNumber(i.jumlah, lang) })}`);
    for (const i of r.barang.hanya_b) lines.push(`  ${t(lang, 'banding.only-b', { name: i.varian ? `${i.kode_barang} [${i.varian}]` : i.kode_barang, b, jumlah: formatNumber(i.jumlah, lang) })}`);
  }
  const tps = r.tps;
  if (tps.ditambah.length + tps.dihapus.length + tps.berubah.length > 0) {
    const counts: [string, number][] = [['banding.tps-added', tps.ditambah.length], ['banding.tps-removed', tps.dihapus.length], ['banding.tps-changed-count', tps.berubah.length]];
    const bagian = counts.filter(([, n]) => n > 0).map(([key, n]) => t(lang, key, { n: formatNumber(n, lang) }));
    lines.push(c.bold(t(lang, 'banding.tps', { bagian: bagian.join(', ') })));
    for (const x of tps.ditambah) lines.push(`  + ${t(lang, 'banding.tps-row', { kode: x.kode_kelurahan, kelurahan: x.kelurahan, tps: x.tps, dpt: formatNumber(x.dpt, lang) })}`);
    for (const x of tps.dihapus) lines.push(`  - ${t(lang, 'banding.tps-row', { kode: x.kode_kelurahan, kelurahan: x.kelurahan, tps: x.tps, dpt: formatNumber(x.dpt, lang) })}`);
    for (const x of tps.berubah) lines.push(`  ~ ${t(lang, 'banding.tps-changed', { kode: x.kode_kelurahan, tps: x.tps, kolom: columnsText(x.kolom, lang) })}`);
  }
  for (const col of r.kolom_tps.hanya_a) lines.push(t(lang, 'banding.column-only', { kolom: col, folder: a }));
  for (const col of r.kolom_tps.hanya_b) lines.push(t(lang, 'banding.column-only', { kolom: col, folder: b }));
  return `${lines.join('\n')}\n`;
}
