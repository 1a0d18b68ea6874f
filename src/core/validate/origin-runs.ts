/**
 * The origin (line, (file, TPS) pair ref) of each entry of a NIK table, run-length coded by entry
 * number instead of stored per entry: 8 bytes per NIK less (nik-table.ts). Entries are appended in
 * reading order, so entry e + 1 is almost always on the line after entry e and in the same TPS:
 * a run is `(first entry, its line, ref)` and covers every following entry whose line is one more
 * than the previous one's and whose ref is the same. A run ends at a TPS change, a row without a
 * counted NIK (rejected, a repeat, a blank line), or a record of several lines: ~1 run per TPS on
 * a clean roll, 12 bytes each. Worst case (every entry its own run) 12 bytes per entry.
 */
const FIRST_RUNS = 1024;

/** Runs as plain transferable data (for worker threads); the first `runs` items of each array are used. */
export interface OriginRunsData {
  readonly start: Uint32Array;
  readonly line: Uint32Array;
  readonly ref: Uint32Array;
  readonly runs: number;
  readonly entries: number;
}

export class OriginRuns {
  private start: Uint32Array = new Uint32Array(FIRST_RUNS);
  private line: Uint32Array = new Uint32Array(FIRST_RUNS);
  private ref: Uint32Array = new Uint32Array(FIRST_RUNS);
  private runs = 0;
  /** Entries covered so far (the next add is this entry). */
  private entries = 0;
  /** The line that would extend the last run. */
  private nextLine = -1;
  /** The run found last: sequential reads (a replay, a walk) then need no search. */
  private cursor = 0;
  /** Set by find. */
  atLine = 0;
  atRef = 0;

  static fromData(data: OriginRunsData): OriginRuns {
    const r = new OriginRuns();
    r.start = data.start;
    r.line = data.line;
    r.ref = data.ref;
    r.runs = data.runs;
    r.entries = data.entries;
    if (r.runs > 0) {
      const last = r.runs - 1;
      r.nextLine = r.line[last]! + (r.entries - r.start[last]!);
    }
    return r;
  }

  /** Transfer the three arrays' buffers with it. */
  toData(): OriginRunsData {
    return { start: this.start, line: this.line, ref: this.ref, runs: this.runs, entries: this.entries };
  }

  get size(): number {
    return this.runs;
  }

  /** Adds `delta` to every origin's line (a byte range numbered from 1, once its first line is known). */
  shiftLines(delta: number): void {
    for (let r = 0; r < this.runs; r++) this.line[r]! += delta;
    if (this.runs > 0) this.nextLine += delta;
  }

  get bytes(): number {
    return this.start.byteLength * 3;
  }

  /** The origin of the next entry (entries are numbered 0, 1, … in the order of these calls). */
  add(line: number, ref: number): void {
    const last = this.runs - 1;
    if (last < 0 || line !== this.nextLine || ref !== this.ref[last]) this.open(line, ref);
    this.entries++;
    this.nextLine = line + 1;
  }

  /** `add` for `count` entries on consecutive lines from `line`, all of pair `ref`. */
  addRun(line: number, ref: number, count: number): void {
    if (count === 0) return;
    const last = this.runs - 1;
    if (last < 0 || line !== this.nextLine || ref !== this.ref[last]) this.open(line, ref);
    this.entries += count;
    this.nextLine = line + count;
  }

  /** The origins of entries [from, to) as runs: `visit(line, ref, count)`, in entry order. */
  forEachRun(from: number, to: number, visit: (line: number, ref: number, count: number) => void): void {
    if (from >= to) return;
    for (let r = this.search(from); r < this.runs && this.start[r]! < to; r++) {
      const start = Math.max(this.start[r]!, from);
      const end = Math.min(r + 1 < this.runs ? this.start[r + 1]! : this.entries, to);
      visit(this.line[r]! + (start - this.start[r]!), this.ref[r]!, end - start);
    }
  }

  private open(line: number, ref: number): void {
    if (this.runs === this.start.length) this.grow();
    const r = this.runs++;
    this.start[r] = this.entries;
    this.line[r] = line;
    this.ref[r] = ref;
  }

  private grow(): void {
    const bigger = (a: Uint32Array): Uint32Array => {
      const b = new Uint32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.start = bigger(this.start);
    this.line = bigger(this.line);
    this.ref = bigger(this.ref);
  }

  /** Sets atLine and atRef to entry e's origin (e below the entries added). */
  find(e: number): void {
    let r = this.cursor;
    const start = this.start;
    if (r >= this.runs || start[r]! > e || (r + 1 < this.runs && start[r + 1]! <= e)) {
      // Step to the next run first (a walk in order), else search.
      if (r + 1 < this.runs && start[r + 1]! <= e && (r + 2 >= this.runs || start[r + 2]! > e)) r++;
      else r = this.search(e);
      this.cursor = r;
    }
    this.atLine = this.line[r]! + (e - start[r]!);
    this.atRef = this.ref[r]!;
  }

  /** The last run that starts at or before entry e. */
  private search(e: number): number {
    let lo = 0;
    let hi = this.runs - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.start[mid]! <= e) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
