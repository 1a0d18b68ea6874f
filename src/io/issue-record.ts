/**
 * One issue as bytes, for the issue sink (issue-sink.ts): a record whose key sorts byte by byte
 * in validasi.csv's order, followed by the issue's validasi.csv row in each variant.
 *
 * A record is `u32 keyLength, u32 rowLength × variants, key, rows` (lengths little-endian). The
 * key is `file, 0, line, column, 0, code, 0, JSON of params`, the line as 5 bytes of 7 bits,
 * most significant first (0 for none). UTF-8 compares byte by byte in code-point order and 0 is
 * below every byte of the texts, so comparing keys as bytes is compareIssues
 * (src/core/report/issue-order.ts), tie on params included. The rows are rendered once, when the
 * issue arrives (in the worker thread that found it, for byte ranges): merging is copying bytes.
 */
import type { Issue, Lang } from '../core/types.js';
import { validasiRow } from '../core/report/validasi.js';
import { csvRecord } from './csv-write.js';

/** One rendering of validasi.csv: the canonical file, or the spreadsheet copy of --excel. */
export interface CsvVariant {
  readonly delimiter: string;
  readonly bom: boolean;
}

export const CANONICAL_CSV: CsvVariant = { delimiter: ',', bom: false };
export const SPREADSHEET_CSV: CsvVariant = { delimiter: ';', bom: true };

/** What a record's rows hold: the message language and the variants, the same for a whole run. */
export interface RecordFormat {
  readonly lang: Lang;
  readonly variants: readonly CsvVariant[];
}

const U32 = 4;

export function headerBytes(variants: number): number {
  return U32 * (1 + variants);
}

export function recordLength(buf: Buffer, at: number, variants: number): number {
  let n = headerBytes(variants) + buf.readUInt32LE(at);
  for (let v = 0; v < variants; v++) n += buf.readUInt32LE(at + U32 * (1 + v));
  return n;
}

/** Negative, 0 or positive as the record at `a` in `x` sorts before, with or after the one at `b` in `y`. */
export function compareRecords(x: Buffer, a: number, y: Buffer, b: number, variants: number): number {
  const h = headerBytes(variants);
  const ka = a + h;
  const kb = b + h;
  return x.compare(y, kb, kb + y.readUInt32LE(b), ka, ka + x.readUInt32LE(a));
}

/** Where variant `v`'s row of the record at `at` starts, and its length. */
export function rowOf(buf: Buffer, at: number, variants: number, v: number): [start: number, length: number] {
  let start = at + headerBytes(variants) + buf.readUInt32LE(at);
  for (let i = 0; i < v; i++) start += buf.readUInt32LE(at + U32 * (1 + i));
  return [start, buf.readUInt32LE(at + U32 * (1 + v))];
}

/** An issue's record as texts, before it is written (so that its size is known first). */
export interface RecordTexts {
  readonly key: string;
  readonly rows: readonly string[];
  /** Bytes the record takes at most (UTF-8 needs at most 3 bytes per UTF-16 unit). */
  readonly room: number;
}

export function recordTexts(issue: Issue, format: RecordFormat): RecordTexts {
  const line = issue.line ?? 0;
  const key = `${issue.file}\u0000${String.fromCharCode((line / 0x10000000) & 0x7f, (line >>> 21) & 0x7f, (line >>> 14) & 0x7f, (line >>> 7) & 0x7f, line & 0x7f)}${issue.column ?? ''}\u0000${issue.code}\u0000${JSON.stringify(issue.params)}`;
  const cells = validasiRow(issue, format.lang);
  const rows = format.variants.map((v) => csvRecord(cells, v.delimiter));
  let chars = key.length;
  for (const row of rows) chars += row.length;
  return { key, rows, room: headerBytes(rows.length) + 3 * chars };
}

/** Writes the record at `at` (with `texts.room` bytes free there); returns where it ends. */
export function putRecord(buf: Buffer, at: number, texts: RecordTexts): number {
  const { key, rows } = texts;
  let p = at + headerBytes(rows.length);
  const keyBytes = buf.write(key, p, 'utf8');
  buf.writeUInt32LE(keyBytes, at);
  p += keyBytes;
  for (let v = 0; v < rows.length; v++) {
    const n = buf.write(rows[v]!, p, 'utf8');
    buf.writeUInt32LE(n, at + U32 * (1 + v));
    p += n;
  }
  return p;
}
