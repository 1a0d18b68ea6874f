/**
 * Scanned records of one table file → its rows: title lines, the header (mapped by the table's
 * spec), then rows that are either handed on or rejected with the same structural issues, and
 * codes, as a roll's (roll-assembler.ts, which has a fast path this small reader does not need).
 */
import type { Issue } from '../../core/types.js';
import { mapTableHeader, repeatsHeader, type TableLayout } from '../../core/table/header.js';
import type { TableRow, TableSpec } from '../../core/table/spec.js';
import type { FieldDecoder } from '../decode.js';
import type { Dialect } from '../dialect.js';
import { RecordProblem, type ScannedRecord, type ScanSink } from '../scanner.js';

export class TableAssembler<C extends string> implements ScanSink {
  barisData = 0;
  barisKosong = 0;
  barisJudul = 0;
  /** Records after the header that were not handed on (their issue says why). */
  ditolak = 0;
  layout: TableLayout<C> | null = null;
  readonly rows: TableRow<C>[] = [];
  readonly issues: Issue[] = [];
  private seenHeader = false;
  private reportedUtf8 = false;
  /** The layout's columns and their indexes as arrays, made once per layout (see row). */
  private placedFor: { readonly layout: TableLayout<C>; readonly columns: C[]; readonly indexes: number[] } | null = null;

  constructor(
    private readonly file: string,
    private readonly spec: TableSpec<C>,
    private readonly dialect: Dialect,
    private readonly decoder: FieldDecoder,
  ) {}

  onBlank(): void {
    this.barisKosong++;
  }

  onRecord(r: ScannedRecord): void {
    if (!this.seenHeader) {
      if (this.barisJudul < this.dialect.headerIndex) this.barisJudul++;
      else this.header(r);
      return;
    }
    this.barisData++;
    // Reported even when the header failed: it explains a file that swallowed its own end.
    if (r.problem === RecordProblem.UnclosedQuote) this.issue('unclosed-quote', r.problemLine, {});
    const layout = this.layout;
    // Without a layout every record is rejected; the header's issue says why.
    if (layout === null) {
      this.ditolak++;
      return;
    }
    if (r.problem !== RecordProblem.None) {
      if (r.problem === RecordProblem.BadQuote) this.issue('invalid-quote', r.problemLine, {});
      if (r.problem === RecordProblem.TooLong) this.issue('record-too-long', r.line, {});
      this.ditolak++;
      return;
    }
    if (r.count !== layout.width) {
      this.issue('ragged-row', r.line, { expected: layout.width, got: r.count });
      this.ditolak++;
      return;
    }
    this.row(r, layout);
  }

  /** File-level issues once the input has ended. */
  finish(): void {
    if (!this.seenHeader) this.issue('empty-file', null, {});
    else if (this.layout !== null && this.barisData === 0) this.issue('no-records', null, {});
  }

  private header(r: ScannedRecord): void {
    this.seenHeader = true;
    if (r.problem === RecordProblem.UnclosedQuote) this.issue('unclosed-quote', r.problemLine, {});
    const names = Array.from({ length: r.count }, (_, i) => this.decode(r, i));
    const { layout, issues } = mapTableHeader(names, this.spec, this.file, {
      line: r.line,
      allowTrailingBlank: this.dialect.allowTrailingBlank,
    });
    this.issues.push(...issues);
    this.layout = layout;
  }

  private row(r: ScannedRecord, layout: TableLayout<C>): void {
    const cells: Partial<Record<C, string>> = {};
    // The layout's columns as arrays, made once: iterating its Map with destructuring made an entry
    // array per cell (~10 % of reading 600,000 KPPS rows, issue 16.4).
    const { columns, indexes } = this.placed(layout);
    for (let i = 0; i < columns.length; i++) cells[columns[i]!] = this.decode(r, indexes[i]!);
    if (repeatsHeader(cells, layout, this.spec)) {
      this.issue('header-repeated', r.line, {});
      this.ditolak++;
      return;
    }
    if (this.decoder.invalidUtf8 && !this.reportedUtf8) {
      this.reportedUtf8 = true;
      this.issues.push({ code: 'invalid-utf8', severity: 'peringatan', file: this.file, line: r.line, column: null, params: {} });
    }
    this.rows.push({ file: this.file, line: r.line, cells });
  }

  private placed(layout: TableLayout<C>): { readonly columns: readonly C[]; readonly indexes: readonly number[] } {
    if (this.placedFor?.layout !== layout) this.placedFor = { layout, columns: [...layout.columns.keys()], indexes: [...layout.columns.values()] };
    return this.placedFor;
  }

  private decode(r: ScannedRecord, i: number): string {
    return this.decoder.decode(r.buf, r.starts[i]!, r.ends[i]!, r.escaped[i]!);
  }

  private issue(code: string, line: number | null, params: Issue['params']): void {
    this.issues.push({ code, severity: 'galat', file: this.file, line, column: null, params });
  }
}
