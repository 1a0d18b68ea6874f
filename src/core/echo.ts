/**
 * The one echo policy: what of a cell may be quoted in a message, in `validasi.csv`, in a manifest
 * or on the terminal. The rule (issue 9.2): echo only what the column's own format allows, mask the
 * rest. A shifted or swapped column can put a NIK, an NKK or a voter's name under any header, so the
 * policy looks at the characters, never at the header alone:
 *
 * - identity numbers (`nik`, `nkk`) show their first 6 and last 4 digits (`167401******0001`);
 * - any run of 11 or more digits, also when written with spaces, dashes or other marks between
 *   the digits, is masked the same way, whatever the column;
 * - letters a column's format does not allow (every letter in a region code, a count or a TPS
 *   number other than the word `TPS`) become `*`, so a short name in a `tps` cell shows as `***`;
 * - person columns (`nama`, `alamat`, `tempat_lahir`, `tanggal_lahir`, …) are never echoed: `…`;
 * - an invisible character (control, zero-width, bidi mark, no-break space …) is shown by its code
 *   point, `[U+200B]`, so that the message says what the eye cannot see;
 * - what is left is cut at MAX_ECHO characters (`…` marks the cut).
 */
import type { FieldName } from './types.js';

/** Longest echo, in characters, before it is cut with `…`. */
export const MAX_ECHO = 32;

/**
 * Characters a reader cannot see or tell from a space: C0 and C1 controls (CR, LF and tab
 * included: inside a cell they are damage), DEL, no-break and other odd spaces, soft hyphen,
 * combining grapheme joiner, zero-width and joiner marks, bidi controls, the BOM inside text,
 * Hangul fillers. Inclusive code point ranges.
 */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x001f], [0x007f, 0x00a0], [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160],
  [0x17b4, 0x17b5], [0x180b, 0x180f], [0x2000, 0x200f], [0x2028, 0x202f], [0x205f, 0x2064], [0x2066, 0x206f],
  [0x3000, 0x3000], [0x3164, 0x3164], [0xfeff, 0xfeff], [0xffa0, 0xffa0], [0xfff9, 0xfffb],
];

function isInvisible(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  // Printable ASCII, the whole of nearly every cell, in one comparison.
  if (cp >= 0x20 && cp < 0x7f) return false;
  return INVISIBLE_RANGES.some(([from, to]) => cp >= from && cp <= to);
}

/** `U+200B` for a character (four hex digits at least, upper case). */
export function codePointName(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first invisible character of `text` and its 1-based position, or null. */
export function firstInvisible(text: string): { karakter: string; posisi: number } | null {
  let posisi = 0;
  for (const ch of text) {
    posisi++;
    if (isInvisible(ch)) return { karakter: codePointName(ch), posisi };
  }
  return null;
}

/** Whether `text` holds an invisible character. */
export function hasInvisible(text: string): boolean {
  return firstInvisible(text) !== null;
}

/** First 6 + `*` + last 4 of the digits (`167401******0001`); fewer than 10 digits → all `*`. */
export function maskNik(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 10) return '*'.repeat(Math.max(value.trim().length, 1));
  return digits.slice(0, 6) + '*'.repeat(digits.length - 10) + digits.slice(-4);
}

/**
 * 11 or more digits with at most three other characters between any two of them (`1674 0101 …`,
 * `1674-01O1-…`): an identity number however it was written or damaged.
 */
const DIGIT_RUN = /\d(?:\D{0,3}\d){10,}/gu;
/** A run of 10 or more digits, separators allowed: the mark of a record (region code, NIK, NKK). */
const RECORD_DIGITS = /\d(?:[ .\-/]*\d){9,}/;
const DATE = /\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b/;

/**
 * Whether a cell carries what only a record holds: a region code or identity number (10 or more
 * digits, separators allowed) or a full date. Used to tell a data row from a header or a title line.
 */
export function looksLikeData(cell: string): boolean {
  return RECORD_DIGITS.test(cell) || DATE.test(cell);
}

type Policy = 'identity' | 'code' | 'tps' | 'count' | 'name' | 'never';

const POLICY: Readonly<Record<FieldName, Policy>> = {
  kode_kelurahan: 'code',
  kecamatan: 'name',
  kelurahan: 'name',
  tps: 'tps',
  nik: 'identity',
  nkk: 'identity',
  nama: 'never',
  jenis_kelamin: 'never',
  tempat_lahir: 'never',
  tanggal_lahir: 'never',
  status_kawin: 'never',
  disabilitas: 'never',
  alamat: 'never',
  rt: 'never',
  rw: 'never',
  keterangan: 'never',
  dpt: 'count',
  dpt_l: 'count',
  dpt_p: 'count',
};

/** The cell of `column` as it may be shown (see the module comment). */
export function echoCell(column: FieldName, raw: string): string {
  const policy = POLICY[column];
  const text = raw.trim();
  if (policy === 'never') return '…';
  if (policy === 'identity') return maskNik(text);
  return echoText(text, policy);
}

/** A header name or another text that is not a cell of a known column: names allowed, digit runs masked. */
export function echoLabel(raw: string): string {
  return echoText(raw.trim(), 'name');
}

/** The text as shown, in pieces the cut may not split: one character, or a `[U+200B]` name. */
function pieces(text: string, policy: Policy): string[] {
  const tpsWord = policy === 'tps' && /^tps/i.test(text);
  const out: string[] = [];
  let from = 0;
  const plain = (end: number): void => {
    let at = from;
    for (const ch of text.slice(from, end)) {
      if (isInvisible(ch)) out.push(`[${codePointName(ch)}]`);
      else if (/\p{L}/u.test(ch) && policy !== 'name' && !(tpsWord && at < 3)) out.push('*');
      else out.push(ch);
      at += ch.length;
    }
  };
  for (const m of text.matchAll(DIGIT_RUN)) {
    plain(m.index);
    // Cut anywhere, a mask shows nothing more than its first 6 and last 4 digits.
    out.push(...maskNik(m[0]));
    from = m.index + m[0].length;
  }
  plain(text.length);
  return out;
}

function echoText(text: string, policy: Policy): string {
  const out = pieces(text, policy);
  const total = out.reduce((n, piece) => n + piece.length, 0);
  if (total <= MAX_ECHO) return out.join('');
  let length = 0;
  let i = 0;
  while (length + out[i]!.length < MAX_ECHO) length += out[i++]!.length;
  return `${out.slice(0, i).join('')}…`;
}

/**
 * The names of a header row as they may be quoted. A file without a header row offers a data row
 * here: when any cell looks like data, every name the tool does not know (which may be a NIK, an
 * NKK or a voter's name) is shown as `…`; known names are shown as they are.
 */
export function echoHeaderNames(names: readonly string[], isKnown: (name: string) => boolean): (name: string) => string {
  const dataLike = names.some(looksLikeData);
  return (n) => (isKnown(n) ? echoLabel(n) : dataLike ? '…' : echoLabel(n));
}
