/**
 * What every page shares: the language, numbers grouped for paper (`1.234.567`, English
 * `1,234,567`; never in a CSV), catalogue words, signature blocks, and the line that says which
 * file and digest a page was printed from.
 */
import type { Lang } from '../../types.js';
import { formatNumber, t as message } from '../../messages/index.js';
import { provinceName } from '../../validate/provinces.js';
import { BALLOT_PREFIX } from '../../config/index.js';
import { el, esc } from '../html.js';

export interface Paper {
  readonly lang: Lang;
  /** `logistik 0.1.0`. */
  readonly generator: string;
  /** ISO time from SOURCE_DATE_EPOCH, or null: a page holds a time only when one is asked for. */
  readonly waktu: string | null;
}

/** A file a page is printed from, as its folder's ringkasan.json lists it. */
export interface SourceFile {
  /** `kemas/kemas-tps.csv`: the folder as given (an absolute one by its base name) and the file. */
  readonly berkas: string;
  readonly sha256: string;
}

export const fmt = (p: Paper, n: number): string => formatNumber(n, p.lang);
export const t = (p: Paper, key: string, params: Readonly<Record<string, string | number>> = {}): string => message(p.lang, key, params);

/** A signature block: role, room to sign, a line for the name. */
export function signature(role: string): string {
  return el('div', { class: 'sig' }, el('div', { class: 'role' }, esc(role)), el('div', { class: 'space' }), el('div', { class: 'name' }));
}

export function signatures(p: Paper, roles: readonly string[]): string {
  return el('div', { class: 'sigs' }, ...roles.map(signature)) + el('p', { class: 'muted' }, esc(t(p, 'cetak.nama-terang')));
}

/** The last line of a document: what printed it, from which file, with which digest. */
export function sourceLine(p: Paper, files: readonly SourceFile[]): string {
  const lines = files.map((f) => t(p, 'cetak.sumber-berkas', { alat: p.generator, berkas: f.berkas, sha256: f.sha256 }));
  if (p.waktu !== null) lines.push(t(p, 'cetak.dibuat-pada', { waktu: p.waktu }));
  return el('p', { class: 'muted hash' }, lines.map(esc).join('<br>'));
}

/** Province and kab/kota of a kelurahan code (`16.74.01.1001` or `1674011001`), for labels and headings. */
export interface Region {
  readonly provinsi: string;
  readonly kabkota: string;
}

export function regionOf(kodeKelurahan: string): Region {
  const digits = kodeKelurahan.replace(/\D/g, '');
  if (digits.length < 4) return { provinsi: '', kabkota: '' };
  const pp = digits.slice(0, 2);
  const name = provinceName(pp);
  return { provinsi: name === null ? pp : `${name} (${pp})`, kabkota: `${pp}.${digits.slice(2, 4)}` };
}

/** Ballots are counted in sheets whatever the file says; other items in the unit the config gives them. */
export function isBallot(kode: string): boolean {
  return kode.startsWith(BALLOT_PREFIX);
}

/** A document's title block: the centred title and an optional line under it. */
export function titleBlock(title: string, sub?: string): string {
  return el('p', { class: 'title' }, esc(title.toUpperCase())) + (sub === undefined ? '' : el('p', { class: 'subtitle' }, esc(sub)));
}

/** A two-column list of labels and values (`Nomor: ....`). */
export function metaTable(rows: ReadonlyArray<readonly [string, string]>, cls = 'meta'): string {
  return el('table', { class: cls }, el('tbody', null, ...rows.map(([k, v]) => el('tr', null, el('th', null, esc(k)), el('td', null, esc(v))))));
}
