/**
 * Delimiter and header detection on the first bytes of a roll. Printed KPU exports put title lines
 * ("DAFTAR PEMILIH TETAP", "PROVINSI : …") above the header, so the header is the first of the
 * first HEADER_WINDOW non-blank lines whose names map to a readable layout; the delimiter is the
 * one that finds such a header soonest.
 */
import { mapHeader, MIN_ROLL_COLUMNS } from '../core/columns.js';
import { canBeRecord, HEADER_WINDOW } from '../core/roll-lines.js';
import { UsageError } from '../errors.js';
import type { FieldDecoder } from './decode.js';
import { RecordScanner, type ScannedRecord } from './scanner.js';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
const SAMPLE_RECORDS = HEADER_WINDOW + 20;

export interface Dialect {
  readonly delimiter: string;
  /** Index of the header among the non-blank records; the ones before it are title lines. */
  readonly headerIndex: number;
  /** False when the header ends in a blank name but the first data row lacks that empty cell. */
  readonly allowTrailingBlank: boolean;
  /**
   * Per non-blank line above the header: true when it can be a record of this roll (a sorted
   * export whose header landed lower down), which is data, not a title line.
   */
  readonly aboveIsRecord: readonly boolean[];
}

/** `--delimiter` as typed: `,` `;` `|`, or a tab (also written `tab` or `\\t`). */
export function parseDelimiter(value: string): string {
  const d = value === 'tab' || value === '\\t' ? '\t' : value;
  if (!(DELIMITERS as readonly string[]).includes(d)) throw new UsageError('usage.delimiter', { value });
  return d;
}

/**
 * Sample bytes handed to the scanner at a time: it stops once it has SAMPLE_RECORDS records, not
 * after the whole 1 MiB sample (four delimiters × ~7,000 records were ~40 ms of every run).
 */
const SAMPLE_PIECE = 16 * 1024;

/** The first non-blank records of the sample, every field decoded. */
function sampleRecords(sample: Buffer, complete: boolean, delimiter: string, decoder: FieldDecoder): string[][] {
  const records: string[][] = [];
  const scanner = new RecordScanner(
    { delimiter: delimiter.charCodeAt(0) },
    {
      onRecord(r: ScannedRecord) {
        if (records.length >= SAMPLE_RECORDS) return;
        const fields: string[] = [];
        for (let i = 0; i < r.count; i++) fields.push(decoder.decode(r.buf, r.starts[i]!, r.ends[i]!, r.escaped[i]!));
        records.push(fields);
      },
      onBlank() {},
    },
  );
  // The scanner gives the same records however its input is cut.
  for (let at = 0; at < sample.length && records.length < SAMPLE_RECORDS; at += SAMPLE_PIECE) {
    scanner.push(sample.subarray(at, at + SAMPLE_PIECE));
  }
  if (complete && records.length < SAMPLE_RECORDS) scanner.end();
  return records;
}

interface Candidate {
  readonly delimiter: string;
  readonly records: string[][];
  readonly headerIndex: number;
}

/**
 * Tells a header from a title line or a data row. A roll's header is one `mapHeader` reads as a
 * roll; other tables pass their own test (table/read-table.ts).
 */
export type HeaderTest = (names: readonly string[]) => boolean;

export function detectDialect(
  sample: Buffer,
  complete: boolean,
  decoder: FieldDecoder,
  file: string,
  forced?: string,
  // Fewer names cannot map (MIN_ROLL_COLUMNS): a data line read whole under a wrong delimiter is
  // not normalised and described as a header with missing columns, 50 times per delimiter.
  isHeader: HeaderTest = (names) => names.length >= MIN_ROLL_COLUMNS && mapHeader(names, file).layout !== null,
): Dialect {
  const delimiters = forced === undefined ? DELIMITERS : [parseDelimiter(forced)];
  const candidates: Candidate[] = delimiters.map((delimiter) => {
    const records = sampleRecords(sample, complete, delimiter, decoder);
    const window = records.slice(0, HEADER_WINDOW);
    const headerIndex = window.findIndex(isHeader);
    return { delimiter, records, headerIndex };
  });
  const found = candidates.filter((c) => c.headerIndex !== -1);
  const best =
    found.length > 0
      ? pickBest(found, (c) => [-c.headerIndex, consistency(c.records, c.headerIndex)])
      : pickBest(candidates, (c) => [modalWidthCount(c.records)]);
  const headerIndex = Math.max(best.headerIndex, 0);
  const header = best.records[headerIndex] ?? [];
  const next = best.records[headerIndex + 1];
  const trailingBlank = header.length > 1 && header[header.length - 1]?.trim() === '';
  const layout = headerIndex > 0 ? mapHeader(header, file).layout : null;
  return {
    delimiter: best.delimiter,
    headerIndex,
    allowTrailingBlank: !(trailingBlank && next !== undefined && next.length === header.length - 1),
    aboveIsRecord: layout === null ? [] : best.records.slice(0, headerIndex).map((r) => canBeRecord(r, layout)),
  };
}

/** How many records after `from` have the field count of record `from`; 0 for single fields. */
function consistency(records: readonly string[][], from: number): number {
  const width = records[from]?.length ?? 0;
  if (width < 2) return 0;
  return records.slice(from).filter((r) => r.length === width).length;
}

/** Without a header to go by: the delimiter that splits most records into the same number of fields. */
function modalWidthCount(records: readonly string[][]): number {
  const counts = new Map<number, number>();
  for (const r of records) if (r.length > 1) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  return Math.max(0, ...counts.values());
}

/** The candidate with the greatest score (compared in order); ties go to the earlier candidate. */
function pickBest(candidates: readonly Candidate[], score: (c: Candidate) => number[]): Candidate {
  let best = candidates[0]!;
  let bestScore = score(best);
  for (const c of candidates.slice(1)) {
    const s = score(c);
    const i = s.findIndex((v, k) => v !== bestScore[k]);
    if (i !== -1 && s[i]! > bestScore[i]!) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}
