import { compareManifests, type Banding, type Delta, type TextChange, type TpsChange, type TpsRowRef } from '../../core/compare/banding.js';
import { VERSI_FORMAT } from '../../core/report/ringkasan.js';
import { byCodePoint } from '../../core/report/sort.js';
import { formatNumber, t } from '../../core/messages/index.js';
import type { Lang } from '../../core/types.js';
import { ExitCode } from '../../errors.js';
import { manifestOf, MANIFEST_PARTS, openRunFolder, requireHitung, type RunFolder } from '../../io/manifest/index.js';
import type { CommandContext } from '../context.js';
import { reportStyle, type ReportStyle } from '../report/index.js';

export interface BandingOptions {
  readonly json: boolean;
}

/** A file of either folder that changed after it was written (`folder`: as given). */
export interface ChangedAfterWriting {
  readonly folder: string;
  readonly berkas: string;
  readonly status: 'diubah' | 'hilang';
}

/** `--json`: `perbedaan` holds the comparison, or null sections when a folder changed after writing. */
export interface BandingJson {
  readonly versi_format: number;
  readonly a: string;
  readonly b: string;
  readonly sama: boolean;
  readonly perbedaan: { readonly diubah_setelah_ditulis: readonly ChangedAfterWriting[] } & ({ [K in Exclude<keyof Banding, 'sama'>]: Banding[K] } | { [K in Exclude<keyof Banding, 'sama'>]: null });
}

/**
 * `logistik banding A B`: exit 0 when the manifests are equal, 1 when they differ or a file of
 * either changed after it was written (the numbers are then not compared: never a comparison of
 * files that are not what the tool wrote). Exit 3 for a folder that is not a readable manifest.
 */
export async function runBanding(a: string, b: string, opts: BandingOptions, ctx: CommandContext): Promise<ExitCode> {
  const left = await open(a, ctx);
  const right = await open(b, ctx);
  // What can be parsed is parsed first: a damaged but unchanged file is exit 3 before anything else.
  const parsed = [left, right].map((run) => (run.changed.length === 0 ? manifestOf(run) : null));
  const changed = [left, right].flatMap((run) => run.changed.map((c) => ({ folder: run.folder, berkas: c.berkas, status: c.status })));
  const [ma, mb] = parsed;
  const result = changed.length === 0 && ma && mb ? compareManifests(ma, mb) : null;
  const sama = result?.sama ?? false;
  if (opts.json) ctx.io.stdout.write(`${JSON.stringify(bandingJson(a, b, changed, result), null, 2)}\n`);
  else ctx.io.stdout.write(result === null ? renderChanged(changed, a, b, ctx) : renderBanding(result, a, b, ctx));
  return sama ? ExitCode.Ok : ExitCode.DataInvalid;
}

async function open(folder: string, ctx: CommandContext): Promise<RunFolder> {
  const run = await openRunFolder(folder, ctx.io.cwd, { load: MANIFEST_PARTS });
  requireHitung(run);
  return run;
}

function bandingJson(a: string, b: string, changed: readonly ChangedAfterWriting[], r: Banding | null): BandingJson {
  const sections = r === null
    ? { barang: null, kecamatan: null, tps: null, kolom_tps: null }
    : { barang: r.barang, kecamatan: r.kecamatan, tps: r.tps, kolom_tps: r.kolom_tps };
  return { versi_format: VERSI_FORMAT, a, b, sama: r?.sama ?? false, perbedaan: { diubah_setelah_ditulis: changed, ...sections } };
}

/** `1.234 → 1.250 (+16)`: numbers grouped for the screen, in the language of the messages. */
function deltaText(d: Delta, lang: Lang): string {
  const n = (x: number): string => formatNumber(x, lang);
  return `${n(d.lama)} → ${n(d.baru)} (${d.selisih > 0 ? '+' : ''}${n(d.selisih)})`;
}

const sameDelta = (a: Delta, b: Delta): boolean => a.lama === b.lama && a.baru === b.baru;

function textChange(d: TextChange): string {
  return `${d.lama === '' ? '∅' : d.lama} → ${d.baru === '' ? '∅' : d.baru}`;
}

function itemName(kode: string, varian: string): string {
  return varian ? `${kode} [${varian}]` : kode;
}

/**
 * `dpt 200 → 210 (+10); surat_suara_ppwp, surat_suara_dpr 204 → 215 (+11); dapil_dpr A → B`:
 * columns that changed alike are named together, so a line says each change once.
 */
function columnsText(kolom: Readonly<Record<string, Delta>>, lang: Lang, dapil: Readonly<Record<string, TextChange>> = {}): string {
  const groups: { names: string[]; delta: Delta }[] = [];
  for (const [name, delta] of Object.entries(kolom)) {
    const group = groups.find((g) => sameDelta(g.delta, delta));
    if (group) group.names.push(name);
    else groups.push({ names: [name], delta });
  }
  const numbers = groups.map((g) => `${g.names.join(', ')} ${deltaText(g.delta, lang)}`);
  return [...numbers, ...Object.entries(dapil).map(([j, d]) => `dapil_${j} ${textChange(d)}`)].join('; ');
}

/** `1 ditambah, 2 berubah`: only the parts that are there. */
function counts(x: { ditambah: readonly unknown[]; dihapus: readonly unknown[]; berubah: readonly unknown[] }, lang: Lang): string {
  const parts: [string, number][] = [['banding.added', x.ditambah.length], ['banding.removed', x.dihapus.length], ['banding.changed-count', x.berubah.length]];
  return parts.filter(([, n]) => n > 0).map(([key, n]) => t(lang, key, { n: formatNumber(n, lang) })).join(', ');
}

function renderChanged(changed: readonly ChangedAfterWriting[], a: string, b: string, ctx: CommandContext): string {
  const { lang, c } = reportStyle(ctx, 'stdout');
  const lines = [c.bold(t(lang, 'banding.title', { a, b })), c.bold(t(lang, 'banding.changed'))];
  for (const x of changed) lines.push(`  ${t(lang, x.status === 'hilang' ? 'banding.missing-file' : 'banding.changed-file', { berkas: `${x.folder}/${x.berkas}` })}`);
  lines.push(t(lang, 'banding.changed-hint'));
  return `${lines.join('\n')}\n`;
}

/** A plain table for people; the same content as the JSON: items, then kecamatan, then TPS per kecamatan. */
export function renderBanding(r: Banding, a: string, b: string, ctx: CommandContext): string {
  const s = reportStyle(ctx, 'stdout');
  const { lang, c } = s;
  if (r.sama) return `${t(lang, 'banding.same', { a, b })}\n`;
  const lines = [c.bold(t(lang, 'banding.title', { a, b }))];
  lines.push(...renderItems(r, a, b, s));
  const kec = r.kecamatan;
  if (kec.ditambah.length + kec.dihapus.length + kec.berubah.length > 0) {
    lines.push(c.bold(t(lang, 'banding.kecamatan', { bagian: counts(kec, lang) })));
    const row = (x: { kode_kecamatan: string; kecamatan: string; jumlah_tps: number; dpt: number }): string =>
      t(lang, 'banding.kecamatan-row', { kode: x.kode_kecamatan, kecamatan: x.kecamatan, jumlah_tps: formatNumber(x.jumlah_tps, lang), dpt: formatNumber(x.dpt, lang) });
    for (const x of kec.ditambah) lines.push(`  + ${row(x)}`);
    for (const x of kec.dihapus) lines.push(`  - ${row(x)}`);
    for (const x of kec.berubah) lines.push(`  ~ ${t(lang, 'banding.kecamatan-changed', { kode: x.kode_kecamatan, kecamatan: x.kecamatan, kolom: columnsText(x.kolom, lang) })}`);
  }
  lines.push(...renderTps(r, s));
  for (const col of r.kolom_tps.hanya_a) lines.push(t(lang, 'banding.column-only', { kolom: col, folder: a }));
  for (const col of r.kolom_tps.hanya_b) lines.push(t(lang, 'banding.column-only', { kolom: col, folder: b }));
  return `${lines.join('\n')}\n`;
}

/** The item lines, in the style of the stream they go to. */
export function renderItems(r: Pick<Banding, 'barang'>, a: string, b: string, s: ReportStyle): string[] {
  const { lang, c } = s;
  if (r.barang.berubah.length + r.barang.hanya_a.length + r.barang.hanya_b.length === 0) return [];
  const lines = [c.bold(t(lang, 'banding.items'))];
  for (const i of r.barang.berubah) {
    const name = itemName(i.kode_barang, i.varian);
    // Packs of one: the amount to buy is the amount needed, said once.
    if (sameDelta(i.jumlah, i.jumlah_pengadaan)) lines.push(`  ${t(lang, 'banding.item-changed-same', { name, jumlah: deltaText(i.jumlah, lang) })}`);
    else lines.push(`  ${t(lang, 'banding.item-changed', { name, jumlah: deltaText(i.jumlah, lang), pengadaan: deltaText(i.jumlah_pengadaan, lang) })}`);
  }
  for (const i of r.barang.hanya_a) lines.push(`  ${t(lang, 'banding.only-a', { name: itemName(i.kode_barang, i.varian), a, jumlah: formatNumber(i.jumlah, lang) })}`);
  for (const i of r.barang.hanya_b) lines.push(`  ${t(lang, 'banding.only-b', { name: itemName(i.kode_barang, i.varian), b, jumlah: formatNumber(i.jumlah, lang) })}`);
  return lines;
}

type TpsLine = { mark: '+' | '-' | '~'; ref: TpsRowRef | TpsChange };

/** The TPS lines grouped under their kecamatan, each group in TPS order (+ added, - removed, ~ changed). */
export function renderTps(r: Pick<Banding, 'tps'>, s: ReportStyle, indent = '  '): string[] {
  const { lang, c } = s;
  const tps = r.tps;
  if (tps.ditambah.length + tps.dihapus.length + tps.berubah.length === 0) return [];
  const lines = [c.bold(t(lang, 'banding.tps', { bagian: counts(tps, lang) }))];
  const all: TpsLine[] = [
    ...tps.ditambah.map((ref) => ({ mark: '+' as const, ref })),
    ...tps.dihapus.map((ref) => ({ mark: '-' as const, ref })),
    ...tps.berubah.map((ref) => ({ mark: '~' as const, ref })),
  ];
  const groups = new Map<string, TpsLine[]>();
  for (const x of all) {
    const key = `${x.ref.kode_kecamatan}\u0000${x.ref.kecamatan}`;
    groups.set(key, [...(groups.get(key) ?? []), x]);
  }
  const order = (x: TpsLine): string => `${x.ref.kode_kelurahan}\u0000${x.ref.kelurahan}\u0000${x.ref.tps}`;
  for (const key of [...groups.keys()].sort(byCodePoint)) {
    const group = (groups.get(key) ?? []).sort((x, y) => byCodePoint(order(x), order(y)));
    const first = group[0]?.ref;
    lines.push(`${indent}${t(lang, 'banding.tps-group', { kode: first?.kode_kecamatan ?? '', kecamatan: first?.kecamatan ?? '' })}`);
    for (const x of group) lines.push(`${indent}  ${x.mark} ${tpsText(x, lang)}`);
  }
  return lines;
}

function tpsText(x: TpsLine, lang: Lang): string {
  const { ref } = x;
  if ('kolom' in ref) return t(lang, 'banding.tps-changed', { kode: ref.kode_kelurahan, kelurahan: ref.kelurahan, tps: ref.tps, kolom: columnsText(ref.kolom, lang, ref.dapil) });
  return t(lang, 'banding.tps-row', { kode: ref.kode_kelurahan, kelurahan: ref.kelurahan, tps: ref.tps, dpt: formatNumber(ref.dpt, lang) });
}
