/**
 * Turns scanned records into the reader's events: title lines, the header, then data records that
 * are either well-formed rows or rejected with a structural issue.
 */
import { fieldOfHeader, mapHeader } from '../core/columns.js';
import { FIELDS, type Issue, type Layout, type Row } from '../core/types.js';
import type { FieldDecoder } from './decode.js';
import type { Dialect } from './dialect.js';
import { RepeatCache } from './repeat-cache.js';
import { RecordProblem, type ScannedRecord, type ScanSink } from './scanner.js';

/** What the reader tells its caller; see `RollSink` in read-roll.ts. */
export interface RollEvents {
  onHeader(layout: Layout): void;
  onRow(row: Row, line: number): void;
  onRejected(line: number): void;
  onIssue(issue: Issue): void;
}

export interface RollCounts {
  barisData: number;
  barisKosong: number;
  barisJudul: number;
}

export class RollAssembler implements ScanSink {
  readonly counts: RollCounts = { barisData: 0, barisKosong: 0, barisJudul: 0 };
  layout: Layout | null = null;
  private seenHeader = false;
  /** Physical columns the layout maps, and the field each fills: only these are decoded. */
  private mappedColumns: number[] = [];
  private mappedFields: number[] = [];
  private readonly row: (string | undefined)[] = new Array<string | undefined>(FIELDS.length).fill(undefined);
  private reportedUtf8 = false;
  private cache = new RepeatCache(0);
  /** The last first-cell value that was not a header name. */
  private notHeader = '';

  constructor(
    private readonly file: string,
    private readonly dialect: Dialect,
    private readonly decoder: FieldDecoder,
    private readonly events: RollEvents,
  ) {}

  onBlank(): void {
    this.counts.barisKosong++;
  }

  onRecord(r: ScannedRecord): void {
    if (!this.seenHeader) {
      if (this.counts.barisJudul < this.dialect.headerIndex) this.counts.barisJudul++;
      else this.header(r);
      return;
    }
    this.counts.barisData++;
    if (r.problem === RecordProblem.UnclosedQuote) {
      // Reported even when the header failed: it explains a file that swallowed its own end.
      this.issue('unclosed-quote', r.problemLine, {});
    }
    // With no layout the caller treats every record as rejected; nothing more per record.
    const layout = this.layout;
    if (layout === null) return;
    if (r.problem !== RecordProblem.None) {
      if (r.problem === RecordProblem.BadQuote) this.issue('invalid-quote', r.problemLine, {});
      if (r.problem === RecordProblem.TooLong) this.issue('record-too-long', r.line, {});
      this.events.onRejected(r.line);
      return;
    }
    if (r.count !== layout.width) {
      this.issue('ragged-row', r.line, { expected: layout.width, got: r.count });
      this.events.onRejected(r.line);
      return;
    }
    this.emitRow(r);
  }

  /** File-level issues once the input has ended. */
  finish(): void {
    if (!this.seenHeader) this.issue('empty-file', null, {});
    else if (this.layout !== null && this.counts.barisData === 0) this.issue('no-records', null, {});
  }

  private header(r: ScannedRecord): void {
    this.seenHeader = true;
    if (r.problem === RecordProblem.UnclosedQuote) this.issue('unclosed-quote', r.problemLine, {});
    const names: string[] = [];
    for (let i = 0; i < r.count; i++) names.push(this.decoder.decode(r.buf, r.starts[i]!, r.ends[i]!, r.escaped[i]!));
    const { layout, issues } = mapHeader(names, this.file, {
      line: r.line,
      allowTrailingBlank: this.dialect.allowTrailingBlank,
    });
    for (const issue of issues) this.events.onIssue(issue);
    if (layout === null) return;
    this.layout = layout;
    layout.fieldOfColumn.forEach((field, column) => {
      if (field < 0) return;
      this.mappedColumns.push(column);
      this.mappedFields.push(field);
    });
    this.cache = new RepeatCache(this.mappedColumns.length);
    this.events.onHeader(layout);
  }

  private emitRow(r: ScannedRecord): void {
    const { starts, ends, escaped, buf } = r;
    const row = this.row;
    const cols = this.mappedColumns;
    const fields = this.mappedFields;
    const decoder = this.decoder;
    const cache = this.cache;
    for (let k = 0; k < cols.length; k++) {
      const c = cols[k]!;
      const start = starts[c]!;
      const end = ends[c]!;
      let value = start === end ? '' : escaped[c] === 1 ? undefined : cache.get(k, buf, start, end);
      if (value === undefined) {
        value = decoder.decode(buf, start, end, escaped[c]!);
        if (escaped[c] === 0) cache.set(k, buf, start, end, value);
      }
      row[fields[k]!] = value;
    }
    if (this.repeatsHeader(row)) {
      this.issue('header-repeated', r.line, {});
      this.events.onRejected(r.line);
      return;
    }
    if (decoder.invalidUtf8 && !this.reportedUtf8) {
      this.reportedUtf8 = true;
      this.events.onIssue({ code: 'invalid-utf8', severity: 'peringatan', file: this.file, line: r.line, column: null, params: {} });
    }
    this.events.onRow(row, r.line);
  }

  /**
   * Two exports joined end to end carry the second header as a record: every mapped cell names its
   * own column (aliases included). This runs on every row, so the first cell is refused cheaply: a
   * digit (codes, NIKs) or the same string as the last refusal (repeated region names).
   */
  private repeatsHeader(row: readonly (string | undefined)[]): boolean {
    const fields = this.mappedFields;
    const f0 = fields[0];
    if (f0 === undefined) return false;
    const v0 = row[f0] ?? '';
    const c0 = v0.charCodeAt(0);
    if ((c0 >= 0x30 && c0 <= 0x39) || v0 === this.notHeader) return false;
    for (const f of fields) {
      if (fieldOfHeader(row[f] ?? '') !== FIELDS[f]) {
        if (f === f0) this.notHeader = v0;
        return false;
      }
    }
    return true;
  }

  private issue(code: string, line: number | null, params: Issue['params']): void {
    this.events.onIssue({ code, severity: 'galat', file: this.file, line, column: null, params });
  }
}
