/**
 * A table as the UTF-8 bytes of tableToCsv's text, written a cell at a time into chunks of a
 * megabyte. For the lists that grow with the TPS (kemas-tps.csv, status-tps.csv: ~600,000 rows and
 * ~8 M cells at 40,000 TPS) this is most of the command's time if each row is first made a string:
 * csvRecord's per-cell string, the row's join, the megabyte of text and its encoding cost ~1 µs
 * a row and as much again in garbage collection. Here a cell of plain ASCII (nothing to quote, no
 * formula start: nearly every cell of these lists) and a small whole number go straight into the
 * buffer, a byte per character; any other cell is csvCell's text, encoded as it stands. So the
 * rules stay in one place (csv-write.ts), and test/output/csv-bytes.test.ts holds the bytes to
 * tableToCsv's for any cells. A LazyTable's rows are made as they are written.
 */
import { rowsOf } from '../core/report/lazy-table.js';
import type { Table } from '../core/report/table.js';
import { csvCell, FORMULA_START, tableToCsv } from './csv-write.js';

const CHUNK_BYTES = 1 << 20;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
/** Above this, a number is written through csvCell (String), not digit by digit. */
const SMALL = 0x7fffffff;
/** 1 at each ASCII code that starts a formula (FORMULA_START's others are not ASCII: never plain). */
const FORMULA_ASCII = new Uint8Array(0x80);
for (const c of FORMULA_START) if (c.charCodeAt(0) < 0x80) FORMULA_ASCII[c.charCodeAt(0)] = 1;

export function tableToCsvBytes(table: Table): Buffer {
  const out = new ChunkedBytes();
  out.text(tableToCsv({ columns: table.columns, rows: [] }));
  const width = table.columns.length;
  // Like tableToCsv (and csv-stringify), a row longer than the header is cut to its width.
  for (const row of rowsOf(table)) out.record(row, Math.min(row.length, width));
  return out.done();
}

class ChunkedBytes {
  private readonly chunks: Buffer[] = [];
  private buf = Buffer.allocUnsafe(CHUNK_BYTES);
  private pos = 0;

  record(cells: ReadonlyArray<string | number>, n: number): void {
    for (let i = 0; i < n; i++) {
      if (i > 0) {
        this.room(1);
        this.buf[this.pos++] = COMMA;
      }
      const cell = cells[i]!;
      if (typeof cell === 'number' ? !this.smallNumber(cell) : !this.plain(cell)) this.text(csvCell(cell, ','));
    }
    this.room(1);
    this.buf[this.pos++] = LF;
  }

  /** Text as it stands, in UTF-8. */
  text(s: string): void {
    this.room(3 * s.length);
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }

  done(): Buffer {
    this.chunks.push(this.buf.subarray(0, this.pos));
    return Buffer.concat(this.chunks);
  }

  /** A whole number in [0, 2^31) as its digits; false (nothing written) for any other number. */
  private smallNumber(n: number): boolean {
    if (!(n >= 0 && n <= SMALL) || n !== Math.floor(n)) return false;
    let digits = 1;
    for (let rest = n; rest >= 10; rest = (rest / 10) | 0) digits++;
    this.room(digits);
    const buf = this.buf;
    let at = this.pos + digits;
    this.pos = at;
    let rest = n;
    do {
      buf[--at] = 0x30 + (rest % 10);
      rest = (rest / 10) | 0;
    } while (rest > 0);
    return true;
  }

  /**
   * A cell that csvCell would give back as it is, written byte by byte: ASCII only, no quote,
   * comma, CR or LF, and not starting like a formula. False (nothing written) for any other.
   */
  private plain(s: string): boolean {
    const n = s.length;
    if (n === 0) return true;
    const first = s.charCodeAt(0);
    if (first < 0x80 && FORMULA_ASCII[first] === 1) return false;
    this.room(n);
    const buf = this.buf;
    const start = this.pos;
    for (let k = 0; k < n; k++) {
      const c = s.charCodeAt(k);
      if (c >= 0x80 || c === QUOTE || c === COMMA || c === LF || c === CR) return false;
      buf[start + k] = c;
    }
    this.pos = start + n;
    return true;
  }

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    this.chunks.push(this.buf.subarray(0, this.pos));
    this.buf = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, n));
    this.pos = 0;
  }
}
