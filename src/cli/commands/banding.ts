import { compareManifests, type Banding, type Delta } from '../../core/compare/banding.js';
import { VERSI_FORMAT } from '../../core/report/ringkasan.js';
import { t } from '../../core/messages/index.js';
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

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function deltaText(d: Delta): string {
  return `${d.lama} → ${d.baru} (${signed(d.selisih)})`;
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
      lines.push(`  ${t(lang, 'banding.item-changed', { name, jumlah: deltaText(i.jumlah), pengadaan: deltaText(i.jumlah_pengadaan) })}`);
    }
    for (const i of r.barang.hanya_a) lines.push(`  ${t(lang, 'banding.only-a', { name: i.varian ? `${i.kode_barang} [${i.varian}]` : i.kode_barang, a, jumlah: i.jumlah })}`);
    for (const i of r.barang.hanya_b) lines.push(`  ${t(lang, 'banding.only-b', { name: i.varian ? `${i.kode_barang} [${i.varian}]` : i.kode_barang, b, jumlah: i.jumlah })}`);
  }
  const tps = r.tps;
  if (tps.ditambah.length + tps.dihapus.length + tps.berubah.length > 0) {
    lines.push(c.bold(t(lang, 'banding.tps', { ditambah: tps.ditambah.length, dihapus: tps.dihapus.length, berubah: tps.berubah.length })));
    for (const x of tps.ditambah) lines.push(`  + ${t(lang, 'banding.tps-row', { kode: x.kode_kelurahan, kelurahan: x.kelurahan, tps: x.tps, dpt: x.dpt })}`);
    for (const x of tps.dihapus) lines.push(`  - ${t(lang, 'banding.tps-row', { kode: x.kode_kelurahan, kelurahan: x.kelurahan, tps: x.tps, dpt: x.dpt })}`);
    for (const x of tps.berubah) {
      const cols = Object.entries(x.kolom).map(([k, d]) => `${k} ${deltaText(d)}`);
      lines.push(`  ~ ${t(lang, 'banding.tps-changed', { kode: x.kode_kelurahan, tps: x.tps, kolom: cols.join('; ') })}`);
    }
  }
  for (const col of r.kolom_tps.hanya_a) lines.push(t(lang, 'banding.column-only', { kolom: col, folder: a }));
  for (const col of r.kolom_tps.hanya_b) lines.push(t(lang, 'banding.column-only', { kolom: col, folder: b }));
  return `${lines.join('\n')}\n`;
}
