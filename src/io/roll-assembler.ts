/**
 * Turns scanned records into the reader's events: title lines, the header, then data records that
 * are either well-formed rows or rejected with a structural issue.
 */
import { fieldOfHeader, mapHeader } from '../core/columns.js';
import { isAscii } from 'node:buffer';
import { echoLabel, looksLikeData } from '../core/echo.js';
import { canBeRecord, footerTotal, HEADER_WINDOW, isFooterCandidate } from '../core/roll-lines.js';
import { F, FIELDS, type Issue, type Layout, type Row } from '../core/types.js';
import { cleanIdentity, type CleanIdentity } from '../core/validate/identity.js';
import { columnOf, FastVoterCheck } from '../core/validate/fast-voter.js';
import type { FieldDecoder } from './decode.js';
import type { Dialect } from './dialect.js';
import { RepeatCache } from './repeat-cache.js';
import { RecordProblem, type ScannedRecord, type ScanSink } from './scanner.js';
import { VoterLane } from './voter-lane.js';

/** What the reader tells its caller; see `RollSink` in read-roll.ts. */
export interface RollEvents {
  onHeader(layout: Layout): void;
  onRow(row: Row, line: number): void;
  onRejected(line: number): void;
  onIssue(issue: Issue): void;
  /** The file's footer (a last JUMLAH/TOTAL row): its line and the total it states (digits), if any. */
  onFooter?(line: number, total: string | null): void;
  /**
   * When present, voter records that FastVoterCheck proves clean skip decoding and checkRow and
   * come here instead of onRow, with their TPS identity and NIK halves.
   */
  readonly cleanVoter?: CleanVoterEvents;
}

export interface CleanVoterEvents {
  /** Polling day as yyyymmdd (pollingDay of the settings). */
  readonly day: number;
  /** The benchmark's no-validation mode (fold.ts): every record with a TPS identity is "clean". */
  readonly countOnly?: boolean;
  /**
   * Fields the listener needs besides the identity and the NIK (petakan's row observer), decoded
   * as the slow way would and given to onClean in `row` (other fields undefined). A record where
   * one of them is quoted or not ASCII takes the slow way: decoding it here could change what the
   * decoder concludes about the encoding, which hitung's fast way never looks at.
   */
  readonly fields?: readonly number[];
  onClean(line: number, id: CleanIdentity, hi: number, lo: number, row?: Row): void;
  /**
   * `n` clean records on consecutive lines from `line`, all of identity `id`, NIK halves in
   * his/los[0, n): the same as n calls of onClean. When present (and `fields` is not), the reader
   * may take whole runs of records in the voter lane (voter-lane.ts).
   */
  onCleanRun?(line: number, n: number, id: CleanIdentity, his: Uint32Array, los: Uint32Array): void;
}

export interface RollCounts {
  barisData: number;
  barisKosong: number;
  barisJudul: number;
  /** The footer's lines: the JUMLAH/TOTAL row and the signature lines below it. */
  barisPenutup: number;
}

/**
 * A cell longer than this many bytes refuses its record (`cell-too-long`): no value of a roll
 * comes near it (an address is ~100 bytes), and an unclosed quote or joined lines do.
 */
export const MAX_CELL_BYTES = 4096;

/** A record kept back (a possible footer and what follows it), with its own copy of the bytes. */
interface HeldRecord {
  readonly record: ScannedRecord;
  readonly cells: string[];
}

const CR = 0x0d;
/** See RollAssembler.missed. A clean roll misses once per TPS (its first record), between runs. */
const LANE_MISSES = 4;
const LANE_PAUSE_MIN = 16;
const LANE_PAUSE_MAX = 4096;

export class RollAssembler implements ScanSink {
  readonly counts: RollCounts = { barisData: 0, barisKosong: 0, barisJudul: 0, barisPenutup: 0 };
  layout: Layout | null = null;
  private seenHeader = false;
  /** Non-blank lines seen above the header. */
  private above = 0;
  private reportedMixed = false;
  /** A possible footer and the lines after it that cannot be records; released if a record follows. */
  private held: HeldRecord[] = [];
  /** Physical columns the layout maps, and the field each fills: only these are decoded. */
  private mappedColumns: number[] = [];
  private mappedFields: number[] = [];
  private readonly row: (string | undefined)[] = new Array<string | undefined>(FIELDS.length).fill(undefined);
  private reportedUtf8 = false;
  private cache = new RepeatCache(0);
  private fast: FastVoterCheck | null = null;
  /** Identity columns (kode, kecamatan, kelurahan, tps; -1 when absent) and the last clean identity's bytes. */
  private idCols: number[] = [];
  private idBytes: Uint8Array = new Uint8Array(256);
  private idStarts: number[] = [];
  private idEnds: number[] = [];
  private id: CleanIdentity | null = null;
  private readonly idRow: (string | undefined)[] = new Array<string | undefined>(FIELDS.length).fill(undefined);
  /** CleanVoterEvents.fields as positions in mappedColumns, and the row they are decoded into. */
  private wanted: number[] = [];
  private fastRow: (string | undefined)[] = [];
  private asciiBuf: Buffer | null = null;
  private asciiFlag = false;
  /** Records checked the fast way (for the benchmark's curiosity and tests). */
  fastRows = 0;
  /** Of fastRows, those the voter lane took. */
  laneRows = 0;
  /** See ScanSink.takeRun. */
  runEnd = 0;
  private lane: VoterLane | null = null;
  /** The identity the lane was last given. */
  private laneId: CleanIdentity | null = null;
  /** Lane calls in a row that took nothing, records to leave to the JavaScript way, and the next such pause. */
  private laneMisses = 0;
  private laneRest = 0;
  private lanePause = LANE_PAUSE_MIN;
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

  /** True once the header line has been read (whether or not it mapped). */
  get headerSeen(): boolean {
    return this.seenHeader;
  }

  /** True while a possible footer is held back (a byte range must not end there). */
  get holding(): boolean {
    return this.held.length > 0;
  }

  onRecord(r: ScannedRecord): void {
    if (!this.seenHeader) {
      const i = this.above++;
      if (i >= this.dialect.headerIndex) this.header(r);
      else if (this.dialect.aboveIsRecord[i] === true) this.aboveHeader(r);
      else this.counts.barisJudul++;
      return;
    }
    this.record(r, true);
  }

  /** A record-shaped line above the header: data (counted), and rejected. */
  private aboveHeader(r: ScannedRecord): void {
    this.counts.barisData++;
    this.issue('row-above-header', r.line, {});
    this.events.onRejected(r.line);
  }

  /**
   * The footer must be the last record: a JUMLAH/TOTAL row is held back, with the lines after it
   * that cannot be records (signatures), until a record follows (then they are all read as usual)
   * or the input ends (then they are the footer). Records the fast way proves clean are never
   * looked at: they hold a TPS identity and a NIK.
   */
  private startHold(r: ScannedRecord): boolean {
    const cells = this.cellsOf(r);
    if (!isFooterCandidate(cells)) return false;
    this.held.push({ record: copyRecord(r), cells });
    return true;
  }

  /** While holding: a line that cannot be a record joins the footer; anything else ends the hold. */
  private holdMore(r: ScannedRecord): boolean {
    const cells = this.cellsOf(r);
    if (r.problem === RecordProblem.None && !canBeRecord(cells, this.layout!)) {
      this.held.push({ record: copyRecord(r), cells });
      return true;
    }
    this.release();
    return false;
  }

  /** Cheap first look: the first non-blank cell starts with J or T (either case). */
  private footerByte(r: ScannedRecord): boolean {
    for (let i = 0; i < r.count; i++) {
      for (let p = r.starts[i]!; p < r.ends[i]!; p++) {
        const b = r.buf[p]!;
        if (b === 0x20 || b === 0x09) continue;
        const u = b & ~0x20;
        return u === 0x4a || u === 0x54;
      }
    }
    return false;
  }

  private cellsOf(r: ScannedRecord): string[] {
    const cells: string[] = [];
    for (let i = 0; i < r.count; i++) cells.push(this.decoder.decode(r.buf, r.starts[i]!, r.ends[i]!, r.escaped[i]!));
    return cells;
  }

  /** What was held back turns out not to be the footer: every record of it is read as usual. */
  private release(): void {
    const held = this.held;
    this.held = [];
    for (const h of held) this.record(h.record, false);
  }

  /** One record after the header; `mayHold` is false for records released from a hold. */
  private record(r: ScannedRecord, mayHold: boolean): void {
    const layout = this.layout;
    if (layout !== null && mayHold && this.held.length > 0 && this.holdMore(r)) return;
    // The fast way first: a record it proves clean is data, and no footer.
    if (layout !== null && r.problem === RecordProblem.None && r.count === layout.width && this.fast !== null && this.tryFast(r)) {
      this.counts.barisData++;
      return;
    }
    if (layout !== null && mayHold && this.held.length === 0 && this.footerByte(r) && this.startHold(r)) return;
    this.counts.barisData++;
    if (r.problem === RecordProblem.UnclosedQuote) {
      // Reported even when the header failed: it explains a file that swallowed its own end.
      this.issue('unclosed-quote', r.problemLine, {});
    }
    // With no layout the caller treats every record as rejected; nothing more per record.
    if (layout === null) return;
    if (r.problem !== RecordProblem.None) {
      if (r.problem === RecordProblem.BadQuote) this.issue('invalid-quote', r.problemLine, {});
      if (r.problem === RecordProblem.TooLong) this.issue('record-too-long', r.line, {});
      this.events.onRejected(r.line);
      return;
    }
    if (r.count !== layout.width) {
      // A CR alone inside a CRLF file is a line end of another kind: name it, it explains the count.
      const loneCr = hasLoneCr(r);
      this.issue(loneCr ? 'lone-cr' : 'ragged-row', r.line, { expected: layout.width, got: r.count });
      this.events.onRejected(r.line);
      return;
    }
    if (this.tooLongCell(r)) return;
    this.emitRow(r);
  }

  /** A cell past MAX_CELL_BYTES refuses the record; the message names its column and length only. */
  private tooLongCell(r: ScannedRecord): boolean {
    if (r.ends[r.count - 1]! - r.starts[0]! <= MAX_CELL_BYTES) return false;
    for (let c = 0; c < r.count; c++) {
      const n = r.ends[c]! - r.starts[c]!;
      if (n <= MAX_CELL_BYTES) continue;
      const kolom = echoLabel(this.layout!.headerNames[c] ?? String(c + 1));
      this.issue('cell-too-long', r.line, { kolom, panjang: n, batas: MAX_CELL_BYTES });
      this.events.onRejected(r.line);
      return true;
    }
    return false;
  }

  /**
   * The fast way for a clean voter record: nothing decoded unless the TPS identity changed. Only
   * for records whose bytes are all ASCII (or when the file is settled as Windows-1252), so that
   * skipping their other cells cannot change what the decoder would have concluded about the encoding.
   */
  private tryFast(r: ScannedRecord): boolean {
    if (this.events.cleanVoter!.countOnly === true) return this.countOnly(r);
    const buf = r.buf;
    // Unless the file is Windows-1252, a record that passes this is all ASCII.
    const ascii = this.decoder.encoding !== 'windows-1252';
    if (ascii) {
      if (buf !== this.asciiBuf) {
        this.asciiBuf = buf;
        this.asciiFlag = isAscii(buf);
      }
      if (!this.asciiFlag) {
        const end = r.ends[r.count - 1]!;
        for (let i = r.starts[0]!; i < end; i++) if (buf[i]! >= 0x80) return false;
      }
    }
    if (this.wanted.length > 0 && !this.plainCells(r, ascii)) return false;
    const fast = this.fast!;
    if (!fast.check(buf, r.starts, r.ends, r.escaped)) return false;
    // Longer than one allowed cell: maybe a cell past MAX_CELL_BYTES, which the slow way refuses.
    if (r.ends[r.count - 1]! - r.starts[0]! > MAX_CELL_BYTES) return false;
    const id = this.sameIdentity(r) ? this.id : this.newIdentity(r);
    if (id === null) return false;
    this.fastRows++;
    if (this.wanted.length > 0) this.events.cleanVoter!.onClean(r.line, id, fast.hi, fast.lo, this.wantedRow(r));
    else this.events.cleanVoter!.onClean(r.line, id, fast.hi, fast.lo);
    return true;
  }

  /** The wanted cells (CleanVoterEvents.fields) are unquoted ASCII; `ascii`: the record's bytes are known to be. */
  private plainCells(r: ScannedRecord, ascii: boolean): boolean {
    const { buf, starts, ends, escaped } = r;
    for (const k of this.wanted) {
      const c = this.mappedColumns[k]!;
      if (escaped[c] === 1) return false;
      if (!ascii) for (let i = starts[c]!; i < ends[c]!; i++) if (buf[i]! >= 0x80) return false;
    }
    return true;
  }

  /** The wanted cells decoded as emitRow decodes them (ASCII: the decoder's state cannot change). */
  private wantedRow(r: ScannedRecord): Row {
    const { starts, ends, buf } = r;
    const row = this.fastRow;
    for (const k of this.wanted) {
      const c = this.mappedColumns[k]!;
      const start = starts[c]!;
      const end = ends[c]!;
      let value = start === end ? '' : this.cache.get(k, buf, start, end);
      if (value === undefined) {
        value = this.decoder.decode(buf, start, end, 0);
        this.cache.set(k, buf, start, end, value);
      }
      row[this.mappedFields[k]!] = value;
    }
    return row;
  }

  /** No cell checked, no NIK read: only the TPS identity (see fold.ts, LOGISTIK_BENCH_NO_VALIDATE). */
  private countOnly(r: ScannedRecord): boolean {
    const id = this.sameIdentity(r) ? this.id : this.newIdentity(r);
    if (id === null) return false;
    this.fastRows++;
    this.events.cleanVoter!.onClean(r.line, id, 0, 0);
    return true;
  }

  private sameIdentity(r: ScannedRecord): boolean {
    if (this.id === null) return false;
    const { buf, starts, ends, escaped } = r;
    const saved = this.idBytes;
    const cols = this.idCols;
    for (let k = 0; k < 4; k++) {
      const c = cols[k]!;
      if (c < 0) continue;
      const s = starts[c]!;
      const n = ends[c]! - s;
      const ss = this.idStarts[k]!;
      if (escaped[c] === 1 || n !== this.idEnds[k]! - ss) return false;
      for (let i = n - 1; i >= 0; i--) if (buf[s + i] !== saved[ss + i]) return false;
    }
    return true;
  }

  private newIdentity(r: ScannedRecord): CleanIdentity | null {
    this.id = null;
    const { buf, starts, ends, escaped } = r;
    const cols = this.idCols;
    const row = this.idRow;
    const fields = [F.kode_kelurahan, F.kecamatan, F.kelurahan, F.tps];
    let total = 0;
    for (let k = 0; k < 4; k++) {
      const c = cols[k]!;
      if (c < 0) continue;
      if (escaped[c] === 1) return null;
      total += ends[c]! - starts[c]!;
      row[fields[k]!] = this.decoder.decode(buf, starts[c]!, ends[c]!, 0);
    }
    const layout = this.layout!;
    for (let k = 0; k < 4; k++) if (cols[k]! < 0) row[fields[k]!] = layout.present[fields[k]!] === true ? '' : undefined;
    this.reportMixed(r.line);
    const id = cleanIdentity(row, layout);
    if (id === null) return null;
    if (total > this.idBytes.length) this.idBytes = new Uint8Array(total * 2);
    let p = 0;
    for (let k = 0; k < 4; k++) {
      const c = cols[k]!;
      if (c < 0) continue;
      this.idStarts[k] = p;
      this.idBytes.set(buf.subarray(starts[c]!, ends[c]!), p);
      p += ends[c]! - starts[c]!;
      this.idEnds[k] = p;
    }
    this.id = id;
    return id;
  }

  /**
   * A roll where no record is clean (a warning on every row) would pay a lane call per record
   * for nothing: after LANE_MISSES calls in a row that took nothing, the lane rests for a number
   * of records that doubles each time (up to LANE_PAUSE_MAX) until it takes a run again. Resting
   * changes nothing but speed: those records are read the JavaScript way.
   */
  private missed(): void {
    if (++this.laneMisses < LANE_MISSES) return;
    this.laneMisses = 0;
    this.laneRest = this.lanePause;
    this.lanePause = Math.min(2 * this.lanePause, LANE_PAUSE_MAX);
  }

  /** The input has ended: what is still held back is the footer. */
  endFooter(): void {
    const footer = this.held[0];
    if (footer === undefined) return;
    this.counts.barisPenutup += this.held.length;
    this.held = [];
    this.events.onFooter?.(footer.record.line, footerTotal(footer.cells, this.layout!));
  }

  /** File-level issues once the input has ended (after endFooter). */
  finish(): void {
    this.endFooter();
    if (!this.seenHeader) this.issue('empty-file', null, {});
    else if (this.layout !== null && this.counts.barisData === 0) this.issue('no-records', null, {});
  }

  private header(r: ScannedRecord): void {
    this.seenHeader = true;
    if (r.problem === RecordProblem.UnclosedQuote) this.issue('unclosed-quote', r.problemLine, {});
    const names = this.cellsOf(r);
    this.reportMixed(r.line);
    const { layout, issues } = mapHeader(names, this.file, {
      line: r.line,
      allowTrailingBlank: this.dialect.allowTrailingBlank,
    });
    if (layout === null && names.some(looksLikeData)) {
      // No header in the window and the first line holds data: it is a record, counted and
      // rejected with the rest, and nothing of it is quoted.
      this.counts.barisData++;
      this.issue('no-header', null, { batas: HEADER_WINDOW });
      return;
    }
    for (const issue of issues) this.events.onIssue(issue);
    if (layout === null) return;
    this.adopt(layout);
    this.events.onHeader(layout);
  }

  /** Starts a byte range of a file whose header was read elsewhere (a worker thread). */
  startRange(layout: Layout): void {
    this.seenHeader = true;
    this.adopt(layout);
  }

  /** Takes a mapped header: which physical columns to decode, into which fields. */
  private adopt(layout: Layout): void {
    this.layout = layout;
    layout.fieldOfColumn.forEach((field, column) => {
      if (field < 0) return;
      this.mappedColumns.push(column);
      this.mappedFields.push(field);
    });
    this.cache = new RepeatCache(this.mappedColumns.length);
    this.setupFast(layout);
  }

  private setupFast(layout: Layout): void {
    const cv = this.events.cleanVoter;
    if (cv === undefined || !FastVoterCheck.applies(layout)) return;
    this.fast = new FastVoterCheck(layout, cv.day);
    // Positions in mappedColumns of the wanted fields the layout has (the others stay undefined).
    this.wanted = (cv.fields ?? []).map((f) => this.mappedFields.indexOf(f)).filter((k) => k >= 0);
    this.fastRow = new Array<string | undefined>(FIELDS.length).fill(undefined);
    this.idCols = [F.kode_kelurahan, F.kecamatan, F.kelurahan, F.tps].map((f) => columnOf(layout, f));
    this.idStarts = [0, 0, 0, 0];
    this.idEnds = [0, 0, 0, 0];
    if (cv.countOnly !== true && this.wanted.length === 0 && cv.onCleanRun !== undefined) this.lane = this.makeLane(layout, cv.day);
  }

  private makeLane(layout: Layout, day: number): VoterLane | null {
    const col = (f: number): number => columnOf(layout, f);
    return VoterLane.create({
      width: layout.width, delimiter: this.dialect.delimiter.charCodeAt(0), nik: col(F.nik), nkk: col(F.nkk), sex: col(F.jenis_kelamin),
      status: col(F.status_kawin), birth: col(F.tanggal_lahir), disab: col(F.disabilitas), identity: this.idCols, day, maxRecordBytes: MAX_CELL_BYTES,
    });
  }

  /** The voter lane's memory for the scanner's work buffers (ScanSink.workBuffer), once there is a lane. */
  workBuffer(i: number, need: number): Buffer | null {
    return this.lane === null ? null : this.lane.workBuffer(i, need);
  }

  /**
   * The voter lane's run of clean records of the current TPS (see ScanSink.takeRun): what
   * record() would do for each of them through tryFast, for all at once. Never while a possible
   * footer is held (record() looks at those first) or before a record has given the identity.
   */
  takeRun(buf: Buffer, start: number, limit: number, line: number): number {
    const lane = this.lane;
    const id = this.id;
    if (lane === null || id === null || this.held.length > 0) return 0;
    if (this.laneRest > 0) {
      this.laneRest--;
      return 0;
    }
    if (this.laneId !== id) {
      lane.setIdentity(this.idBytes, this.idStarts, this.idEnds);
      this.laneId = id;
    }
    const n = lane.run(buf, start, limit, this.decoder.encoding !== 'windows-1252');
    if (n === 0) {
      this.missed();
      return 0;
    }
    this.laneMisses = 0;
    this.lanePause = LANE_PAUSE_MIN;
    this.runEnd = lane.end;
    this.counts.barisData += n;
    this.fastRows += n;
    this.laneRows += n;
    this.events.cleanVoter!.onCleanRun!(line, n, id, lane.his, lane.los);
    return n;
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
    this.reportMixed(r.line);
    this.events.onRow(row, r.line);
  }

  /** Once per file, at the first line where a cell was decoded in the other encoding. */
  private reportMixed(line: number): void {
    if (!this.decoder.mixed || this.reportedMixed) return;
    this.reportedMixed = true;
    this.events.onIssue({ code: 'mixed-encoding', severity: 'peringatan', file: this.file, line, column: null, params: {} });
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

/** A CR byte inside the record (the CR of a CRLF line end is not part of it). */
function hasLoneCr(r: ScannedRecord): boolean {
  const end = r.ends[r.count - 1]!;
  for (let i = r.starts[0]!; i < end; i++) if (r.buf[i] === CR) return true;
  return false;
}

/** A record that outlives the scanner's reused buffers. */
function copyRecord(r: ScannedRecord): ScannedRecord {
  const from = r.count > 0 ? r.starts[0]! : 0;
  const to = r.count > 0 ? r.ends[r.count - 1]! : 0;
  const buf = Buffer.from(r.buf.subarray(from, to));
  const shift = (a: Int32Array): Int32Array => a.slice(0, r.count).map((v) => v - from);
  return {
    buf, count: r.count, starts: shift(r.starts), ends: shift(r.ends), escaped: r.escaped.slice(0, r.count),
    line: r.line, problem: r.problem, problemLine: r.problemLine,
  };
}
