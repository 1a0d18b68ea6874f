/**
 * The later occurrences of NIKs, kept until finishRoll names each one's first occurrence: 16 bytes
 * each (`[hi, lo, line, file]` as u32, in chunks), not an object. A roll given twice under two
 * names has one per voter of the copy: as objects (~100 bytes each, plus the NIK as a string) they
 * outgrew everything else the run holds.
 */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK - 1;

/** A DuplicateNiks as plain transferable data (for worker threads). */
export interface DuplicateNikData {
  readonly chunks: Uint32Array[];
  readonly count: number;
  readonly files: string[];
}

export class DuplicateNiks {
  private chunks: Uint32Array[] = [];
  private count = 0;
  private readonly files: string[] = [];
  private readonly fileIds = new Map<string, number>();

  static fromData(data: DuplicateNikData): DuplicateNiks {
    const d = new DuplicateNiks();
    for (const f of data.files) d.fileId(f);
    d.chunks = data.chunks;
    d.count = data.count;
    return d;
  }

  /** Transfer `chunks` with it. */
  toData(): DuplicateNikData {
    return { chunks: this.chunks, count: this.count, files: this.files };
  }

  get size(): number {
    return this.count;
  }

  /** The NIK `hi`/`lo` (see nik-table.ts) seen again at `file`, `line`. */
  add(hi: number, lo: number, file: string, line: number): void {
    this.put(hi, lo, line, this.fileId(file));
  }

  forEach(visit: (hi: number, lo: number, file: string, line: number) => void): void {
    for (let e = 0; e < this.count; e++) {
      const c = this.chunks[e >>> CHUNK_BITS]!;
      const o = (e & CHUNK_MASK) << 2;
      visit(c[o]!, c[o + 1]!, this.files[c[o + 3]!]!, c[o + 2]!);
    }
  }

  /** Appends another list's entries (this one's are left as they were). */
  absorb(other: DuplicateNiks): void {
    const ids = other.files.map((f) => this.fileId(f));
    for (let e = 0; e < other.count; e++) {
      const c = other.chunks[e >>> CHUNK_BITS]!;
      const o = (e & CHUNK_MASK) << 2;
      this.put(c[o]!, c[o + 1]!, c[o + 2]!, ids[c[o + 3]!]!);
    }
  }

  /** Adds `delta` to every entry's line (see OriginRuns.shiftLines). */
  shiftLines(delta: number): void {
    for (let e = 0; e < this.count; e++) this.chunks[e >>> CHUNK_BITS]![((e & CHUNK_MASK) << 2) + 2]! += delta;
  }

  /** Drops every entry (once finishRoll has named each one's first occurrence); returns their buffers (see TypedNikIndex.release). */
  release(): ArrayBuffer[] {
    const buffers = this.chunks.map((c) => c.buffer as ArrayBuffer);
    this.chunks = [];
    this.count = 0;
    return buffers;
  }

  private put(hi: number, lo: number, line: number, file: number): void {
    const e = this.count++;
    const ci = e >>> CHUNK_BITS;
    if (ci === this.chunks.length) this.chunks.push(new Uint32Array(CHUNK << 2));
    const c = this.chunks[ci]!;
    const o = (e & CHUNK_MASK) << 2;
    c[o] = hi;
    c[o + 1] = lo;
    c[o + 2] = line;
    c[o + 3] = file;
  }

  private fileId(file: string): number {
    let id = this.fileIds.get(file);
    if (id === undefined) {
      id = this.files.length;
      this.files.push(file);
      this.fileIds.set(file, id);
    }
    return id;
  }
}
