/**
 * The voter lane (wasm/voter-lane.ts, built into dist/wasm/voter-lane.wasm) seen from the reader:
 * given the scanner's bytes from a record start, it takes the run of records that the JavaScript
 * fast way would prove clean one by one (scanner splitFields + RollAssembler.tryFast), in the TPS
 * whose identity it was given, and hands back their NIK halves. It stops at the first record it
 * cannot prove clean; the reader then reads that one as before. So it changes how fast a clean
 * record is read, never what is concluded about any record (test/io/voter-lane.test.ts holds the
 * two ways to the same verdicts).
 *
 * The scanner reads its chunks straight into two work areas in the module's memory (workBuffer),
 * so the lane reads them where they are. Bytes the scanner holds elsewhere (a record longer than a
 * work area) are copied into a window first, up to WINDOW bytes once per buffer.
 */
import { readFileSync } from 'node:fs';
import { PROVINCE } from '../core/validate/fast-voter.js';

/** The part of WebAssembly's API used here (the project's lib, ES2022 without DOM, does not declare it). */
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => LaneModule;
  Instance: new (module: LaneModule, imports: object) => { exports: unknown };
};
interface LaneModule {
  readonly lane: unique symbol;
}

const WINDOW = 2 * 1024 * 1024;
/** A work area: a read chunk (range-job.ts, 1 MiB) with the tail of the record before it. */
const WORK = 2 * 1024 * 1024;
/** Records per call at most: the NIK halves handed back (64 KiB each way). */
const ROWS = 16384;
const MAX_FIELDS = 256;
const IDENTITY_BYTES = 4096;

interface LaneExports {
  readonly memory: { readonly buffer: ArrayBuffer };
  init(fields: number, windowBytes: number, rows: number, identityBytes: number, workBytes: number): void;
  windowPtr(): number;
  workPtr(i: number): number;
  hiPtr(): number;
  loPtr(): number;
  identityPtr(): number;
  provincePtr(): number;
  stopAt(): number;
  layout(width: number, delim: number, nik: number, nkk: number, sex: number, status: number, birth: number, disab: number, day: number, maxBytes: number): void;
  identityColumns(c0: number, c1: number, c2: number, c3: number): void;
  identity(s0: number, e0: number, s1: number, e1: number, s2: number, e2: number, s3: number, e3: number): void;
  noIdentity(): void;
  run(start: number, limit: number, asciiOnly: number): number;
}

let compiled: LaneModule | null | undefined;

/** The compiled module, once per thread; null when it cannot be had (then the reader reads as before). */
function laneModule(): LaneModule | null {
  if (compiled !== undefined) return compiled;
  try {
    compiled = new WebAssembly.Module(readFileSync(new URL('../../dist/wasm/voter-lane.wasm', import.meta.url)));
  } catch {
    compiled = null;
  }
  return compiled;
}

/** Whether this build has the lane (a test of the built package asserts it). */
export function laneAvailable(): boolean {
  return laneModule() !== null;
}

/** The physical columns the lane checks: as FastVoterCheck finds them (columnOf), -1 when absent. */
export interface LaneColumns {
  readonly width: number;
  readonly delimiter: number;
  readonly nik: number;
  readonly nkk: number;
  readonly sex: number;
  readonly status: number;
  readonly birth: number;
  readonly disab: number;
  /** kode_kelurahan, kecamatan, kelurahan, tps. */
  readonly identity: readonly number[];
  /** Polling day as yyyymmdd. */
  readonly day: number;
  /** A record longer than this (first cell's start to last cell's end) is never clean (MAX_CELL_BYTES). */
  readonly maxRecordBytes: number;
}

export class VoterLane {
  /** NIK halves of the records the last run took. */
  readonly his: Uint32Array;
  readonly los: Uint32Array;
  /** Where the records the last run took end, in the buffer it was given (a record start). */
  end = 0;
  private readonly x: LaneExports;
  private readonly bytes: Uint8Array;
  private readonly win: number;
  private readonly work: Buffer[];
  private winBuf: Uint8Array | null = null;
  private winStart = 0;
  private winEnd = 0;

  static create(columns: LaneColumns): VoterLane | null {
    if (columns.width > MAX_FIELDS || columns.nik < 0) return null;
    const module = laneModule();
    if (module === null) return null;
    const instance = new WebAssembly.Instance(module, { env: { abort: () => { throw new Error('voter lane: abort'); } } });
    return new VoterLane(instance.exports as unknown as LaneExports, columns);
  }

  private constructor(x: LaneExports, c: LaneColumns) {
    this.x = x;
    x.init(MAX_FIELDS, WINDOW, ROWS, IDENTITY_BYTES, WORK);
    // init is the only thing that grows the memory: views made after it stay valid.
    const buffer = x.memory.buffer;
    this.bytes = new Uint8Array(buffer);
    this.his = new Uint32Array(buffer, x.hiPtr(), ROWS);
    this.los = new Uint32Array(buffer, x.loPtr(), ROWS);
    this.win = x.windowPtr();
    this.work = [0, 1].map((i) => Buffer.from(buffer, x.workPtr(i), WORK));
    this.bytes.set(PROVINCE, x.provincePtr());
    x.layout(c.width, c.delimiter, c.nik, c.nkk, c.sex, c.status, c.birth, c.disab, c.day, c.maxRecordBytes);
    const id = c.identity;
    x.identityColumns(id[0] ?? -1, id[1] ?? -1, id[2] ?? -1, id[3] ?? -1);
  }

  /**
   * The TPS identity records must have to be taken: the bytes of its four cells (`starts`/`ends`
   * in `bytes`, for the columns that exist), or null for none (no record is taken then).
   */
  setIdentity(bytes: Uint8Array | null, starts: readonly number[], ends: readonly number[]): void {
    const total = bytes === null ? 0 : Math.max(0, ...ends.slice(0, 4).map((e) => e ?? 0));
    if (bytes === null || total > IDENTITY_BYTES) {
      this.x.noIdentity();
      return;
    }
    this.bytes.set(bytes.subarray(0, total), this.x.identityPtr());
    const s = (k: number): number => starts[k] ?? 0;
    const e = (k: number): number => ends[k] ?? 0;
    this.x.identity(s(0), e(0), s(1), e(1), s(2), e(2), s(3), e(3));
  }

  /** Work area `i` (0 or 1) for the scanner's bytes (ScanSink.workBuffer), or null when `need` is more. */
  workBuffer(i: number, need: number): Buffer | null {
    return need <= WORK ? this.work[i]! : null;
  }

  /**
   * Takes records of `buf` from `start` (a record start) while each is whole before `limit`,
   * clean, and of the identity; returns how many (their NIK halves in his/los, `end` after them).
   * `asciiOnly`: a record with a byte >= 0x80 is not taken (the decoder has not settled on
   * Windows-1252, and skipping its cells must not change what it would conclude).
   */
  run(buf: Uint8Array, start: number, limit: number, asciiOnly: boolean): number {
    const ascii = asciiOnly ? 1 : 0;
    if (buf.buffer === this.bytes.buffer) {
      // A work area: the bytes are in place.
      const at = buf.byteOffset;
      const n = this.x.run(at + start, at + limit, ascii);
      this.end = this.x.stopAt() - at;
      return n;
    }
    if (buf !== this.winBuf || start < this.winStart || start >= this.winEnd) {
      const end = Math.min(limit, start + WINDOW);
      this.bytes.set(buf.subarray(start, end), this.win);
      this.winBuf = buf;
      this.winStart = start;
      this.winEnd = end;
    }
    const at = this.win - this.winStart;
    const n = this.x.run(at + start, at + Math.min(limit, this.winEnd), ascii);
    this.end = this.x.stopAt() - at;
    return n;
  }
}
