/**
 * Sorted runs of issue records (issue-record.ts) in files, and their k-way merge, for the issue
 * sink (issue-sink.ts): runs are written synchronously (a spill happens inside IssueSink.add),
 * read back a buffer at a time, and merged with a binary heap into new runs or the final files.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { createHash, type Hash } from 'node:crypto';
import { compareRecords, headerBytes, recordLength } from './issue-record.js';

const OUT_BYTES = 1024 * 1024;
/** Bytes read at a time from each run while merging: 64 runs × 256 KiB = 16 MiB. */
const READ_BYTES = 256 * 1024;

/** A sequence of records in key order: the sorted records in memory, or a run file. */
export interface Cursor {
  readonly buf: Buffer;
  /** The current record's offset in buf; valid after next() returned READY. */
  readonly at: number;
  /** Moves to the following record (the first, on the first call). */
  next(): CursorState;
  /** Called when next() said REFILL: reads more, then next() again. */
  refill(): Promise<void>;
  close(): Promise<void>;
}

export const READY = 0;
export const END = 1;
export const REFILL = 2;
export type CursorState = typeof READY | typeof END | typeof REFILL;

/** Records held in memory, in the order of `order` (offsets into buf). */
export class MemoryCursor implements Cursor {
  at = 0;
  private i = -1;
  constructor(readonly buf: Buffer, private readonly order: readonly number[]) {}

  next(): CursorState {
    if (++this.i >= this.order.length) return END;
    this.at = this.order[this.i]!;
    return READY;
  }

  async refill(): Promise<void> {}
  async close(): Promise<void> {}
}

/** A run file read a buffer at a time. */
export class RunCursor implements Cursor {
  buf = Buffer.allocUnsafe(READ_BYTES);
  at = 0;
  private end = 0;
  private length = 0;
  private eof = false;

  private constructor(private readonly fh: FileHandle, private readonly variants: number) {}

  static async open(path: string, variants: number): Promise<RunCursor> {
    return new RunCursor(await open(path, 'r'), variants);
  }

  next(): CursorState {
    this.at += this.length;
    this.length = 0;
    const left = this.end - this.at;
    const header = headerBytes(this.variants);
    if (left >= header) {
      const n = recordLength(this.buf, this.at, this.variants);
      if (left >= n) {
        this.length = n;
        return READY;
      }
    }
    if (this.eof) {
      if (left !== 0) throw new Error('issue run file ends inside a record');
      return END;
    }
    return REFILL;
  }

  async refill(): Promise<void> {
    const left = this.end - this.at;
    // A record longer than the buffer (a long cell echoed in a message) grows it.
    const need = left >= headerBytes(this.variants) ? recordLength(this.buf, this.at, this.variants) : 0;
    const size = Math.max(READ_BYTES, need * 2);
    const buf = size > this.buf.length ? Buffer.allocUnsafe(size) : this.buf;
    this.buf.copy(buf, 0, this.at, this.end);
    this.buf = buf;
    this.at = 0;
    this.end = left;
    const { bytesRead } = await this.fh.read(buf, left, buf.length - left, null);
    this.end += bytesRead;
    if (bytesRead === 0) this.eof = true;
  }

  async close(): Promise<void> {
    await this.fh.close();
  }
}

/**
 * Writes records into a new run file, synchronously (spills happen inside IssueSink.add). Records
 * that follow each other in `buf` too (issues mostly arrive in order) go out as one span.
 */
export function writeRunSync(path: string, buf: Buffer, order: readonly number[], variants: number): void {
  const fd = openSync(path, 'wx');
  try {
    const out = Buffer.allocUnsafe(OUT_BYTES);
    let pos = 0;
    const put = (start: number, end: number): void => {
      const n = end - start;
      if (pos + n > out.length) {
        writeAllSync(fd, out, pos);
        pos = 0;
      }
      if (n > out.length) writeAllSync(fd, buf.subarray(start, end), n);
      else pos += buf.copy(out, pos, start, end);
    };
    let start = -1;
    let end = -1;
    for (const at of order) {
      const n = recordLength(buf, at, variants);
      if (at !== end) {
        if (start >= 0) put(start, end);
        start = at;
      }
      end = at + n;
    }
    if (start >= 0) put(start, end);
    writeAllSync(fd, out, pos);
  } finally {
    closeSync(fd);
  }
}

function writeAllSync(fd: number, buf: Buffer, n: number): void {
  for (let done = 0; done < n; ) done += writeSync(fd, buf, done, n - done);
}

/** A file written a buffer at a time, with its SHA-256 computed on the way. */
export class OutputFileWriter {
  private readonly buf = Buffer.allocUnsafe(OUT_BYTES);
  private pos = 0;
  private closed = false;
  private readonly hash: Hash = createHash('sha256');

  private constructor(private readonly fh: FileHandle) {}

  static async create(path: string): Promise<OutputFileWriter> {
    return new OutputFileWriter(await open(path, 'wx'));
  }

  /** Appends bytes; a promise only when the buffer had to be written first (await it then). */
  append(src: Buffer, start: number, length: number): Promise<void> | void {
    if (this.pos + length <= this.buf.length) {
      this.pos += src.copy(this.buf, this.pos, start, start + length);
      return;
    }
    return this.flush().then(() => {
      if (length > this.buf.length) return this.put(src.subarray(start, start + length));
      this.pos += src.copy(this.buf, this.pos, start, start + length);
    });
  }

  /** Flushes (to disk too when `durable`), closes, and returns the file's SHA-256. */
  async finish(durable: boolean): Promise<string> {
    await this.flush();
    if (durable) await this.fh.sync();
    this.closed = true;
    await this.fh.close();
    return this.hash.digest('hex');
  }

  /** Closes the file if finish() did not (after a failure); the caller removes it. */
  async abandon(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.fh.close().catch(() => undefined);
  }

  private async flush(): Promise<void> {
    if (this.pos === 0) return;
    const n = this.pos;
    this.pos = 0;
    await this.put(this.buf.subarray(0, n));
  }

  private async put(bytes: Buffer): Promise<void> {
    this.hash.update(bytes);
    for (let done = 0; done < bytes.length; ) done += (await this.fh.write(bytes, done, bytes.length - done)).bytesWritten;
  }
}

/**
 * Merges cursors into key order, calling `emit(buf, at)` for each record; `emit` may return a
 * promise (then it is awaited before the next record). A binary heap of the cursors' current
 * records: O(log k) comparisons per record.
 */
export async function mergeCursors(
  cursors: readonly Cursor[], variants: number, emit: (buf: Buffer, at: number) => void | Promise<void>,
): Promise<void> {
  const heap: Cursor[] = [];
  for (const c of cursors) if (await advance(c)) heap.push(c);
  const less = (i: number, j: number): boolean => compareRecords(heap[i]!.buf, heap[i]!.at, heap[j]!.buf, heap[j]!.at, variants) < 0;
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      if (l >= heap.length) return;
      const m = l + 1 < heap.length && less(l + 1, l) ? l + 1 : l;
      if (!less(m, i)) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
  while (heap.length > 0) {
    const top = heap[0]!;
    const pending = emit(top.buf, top.at);
    if (pending !== undefined) await pending;
    let state = top.next();
    while (state === REFILL) {
      await top.refill();
      state = top.next();
    }
    if (state === READY) down(0);
    else {
      heap[0] = heap[heap.length - 1]!;
      heap.pop();
      down(0);
    }
  }
}

async function advance(c: Cursor): Promise<boolean> {
  let s = c.next();
  while (s === REFILL) {
    await c.refill();
    s = c.next();
  }
  return s === READY;
}
