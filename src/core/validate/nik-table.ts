import { compareCodePoint } from './order.js';
import type { NikIndex, NikOrigin } from './nik-index.js';
import { OriginRuns, type OriginRunsData } from './origin-runs.js';

/**
 * An off-heap open-addressing NIK index (docs/perf-baseline §3): no JS object per NIK, no 2^24
 * ceiling of a JS Map, ~8 bytes per NIK plus 4 bytes per slot of the hash index (~12.7 bytes per
 * NIK in all; the bound of issue 16 is 16 bytes per voter for everything).
 *
 * - Entries are dense, in insertion order, in chunks of 2^20: `[hi, lo]` as u32, the first and
 *   last 8 digits of the NIK (16 digits do not fit a double exactly). Chunks grow without copying
 *   the old ones. Each entry's origin (line, and `ref`, a (file, TPS key) pair interned here) is
 *   run-length coded by entry number (origin-runs.ts): rows come in runs of consecutive lines of
 *   one TPS. The rare origin that replaces an entry's first one (an earlier row inserted later:
 *   another file, a slow-path row ahead of a fast batch) is kept in a small side map.
 * - The hash index holds `entry + 1` (0 = empty), linear probing, sized for load 0.85 and grown
 *   (doubled) past 0.9. Its capacity is any number, not a power of two: a slot's home is a
 *   multiply-shift of the hash (`fastrange`). The slot's bits above `bits` (enough for any entry)
 *   hold the same bits of the hash (4 or more at any roll up to 2^28 NIKs), so a probe that passes
 *   a different NIK rarely has to read its entry (a random cache miss): that is what makes a load
 *   of 0.85 cost little more than 0.75 did. It is rebuilt from the entries when it grows, after
 *   the old one is dropped, so growing never holds two indexes at once.
 * - Another table's entries are absorbed a chunk at a time (absorbChunk: the merge of a roll's
 *   byte ranges, or of several files): copied, then indexed in the order of their home slots. An
 *   entry whose NIK was there already stays where it is, marked DEAD (8 bytes until the table
 *   goes; a clean roll has a few hundred).
 *
 * Like MapNikIndex, each NIK keeps its first origin by (file in code-point order, line), whatever
 * the insertion order.
 */
const CHUNK_BITS = 20;
const CHUNK = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK - 1;
const MIN_CAPACITY = 1 << 12;
/** Load the index is sized for, and the load past which it grows. */
const SIZE_LOAD = 0.85;
const GROW_LOAD = 0.9;
const TWO_32 = 4294967296;
const EMPTY_CHUNK = new Uint32Array(0);
/**
 * `hi` of an entry that an earlier occurrence of its NIK kept out of the index (absorbChunk): no
 * NIK's (`hi` is under 10^8). Walks over the entries skip it.
 */
export const DEAD = 0xffffffff;
/**
 * Slots per bucket when a block of entries is indexed in the order of their home slots
 * (indexBlock): 16 KiB of index, read in order before its probes, which then hit the cache.
 */
const BUCKET_BITS = 12;

/** A NIK absorbed that was there already: its origin; prevLine/prevRef hold the one stored before. */
export type AbsorbClash = (hi: number, lo: number, line: number, ref: number) => void;

function hash(hi: number, lo: number): number {
  let h = Math.imul(hi, 0x9e3779b1) ^ lo;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * The home slot: the hash remixed (its top bits are the tag) and scaled to [0, capacity); `scale`
 * is capacity / 2^32, so the product stays below capacity whatever the rounding.
 */
function home(h: number, scale: number): number {
  return Math.floor((Math.imul(h, 0x2c1b3c6d) >>> 0) * scale);
}

/** Bits that hold any `entry + 1` of an index of this capacity (entries stay below it). */
function entryBits(capacity: number): number {
  return Math.ceil(Math.log2(capacity + 1));
}

/** `hi`/`lo` of a 16-digit NIK string. */
export function splitNik(nik: string): [number, number] {
  if (nik.length !== 16 || !/^\d{16}$/.test(nik)) throw new RangeError('TypedNikIndex holds 16-digit NIKs only');
  return [Number(nik.slice(0, 8)), Number(nik.slice(8))];
}

export function joinNik(hi: number, lo: number): string {
  return String(hi).padStart(8, '0') + String(lo).padStart(8, '0');
}

/** The entries of a TypedNikIndex as plain transferable data (for worker threads). */
export interface NikTableData {
  readonly chunks: Uint32Array[];
  readonly count: number;
  readonly origins: OriginRunsData;
  /** Origins that replaced an entry's run-coded one: entry → line, entry → ref. */
  readonly movedLine: Map<number, number> | null;
  readonly movedRef: Map<number, number> | null;
  readonly slots: Uint32Array;
  readonly pairFiles: string[];
  readonly pairKeys: string[];
  /** Entries of an append-only table (one NIK may be there several times). */
  readonly appendOnly?: boolean;
  /** Entries marked DEAD. */
  readonly dead?: number;
}

export class TypedNikIndex implements NikIndex {
  private chunks: Uint32Array[] = [];
  private count = 0;
  /** Entries marked DEAD (counted in `count`, not in `size`). */
  private dead = 0;
  private origins = new OriginRuns();
  /** See NikTableData; null until an origin is replaced. */
  private movedLine: Map<number, number> | null = null;
  private movedRef: Map<number, number> | null = null;
  /** Set by originAt. */
  private atLine = 0;
  private atRef = 0;
  private slots: Uint32Array = new Uint32Array(MIN_CAPACITY);
  private capacity = MIN_CAPACITY;
  private scale = MIN_CAPACITY / TWO_32;
  /** A slot holds `entry + 1` in its low `bits` and a tag of the hash above them; mask = 2^bits - 1. */
  private bits = entryBits(MIN_CAPACITY);
  private mask = 2 ** this.bits - 1;
  private limit = Math.floor(MIN_CAPACITY * GROW_LOAD);
  /** Interned (file, TPS key) pairs. */
  private readonly pairFiles: string[] = [];
  private readonly pairKeys: string[] = [];
  private readonly pairIds = new Map<string, Map<string, number>>();
  private lastFile = '';
  private lastKey = '';
  private lastPair = -1;
  private lastKeys: Map<string, number> | null = null;
  /** The origin stored until now, set by insertRaw when it returns an entry. */
  prevLine = 0;
  prevRef = 0;
  /** Written by touch only. */
  touched = 0;

  static fromData(data: NikTableData): TypedNikIndex {
    const t = new TypedNikIndex();
    // A copied (structured-cloned) table has its own string per pair for the few file names.
    const files = new Map<string, string>();
    for (let i = 0; i < data.pairFiles.length; i++) {
      const file = data.pairFiles[i]!;
      let one = files.get(file);
      if (one === undefined) files.set(file, (one = file));
      t.pair(one, data.pairKeys[i]!);
    }
    t.chunks = data.chunks;
    t.count = data.count;
    t.dead = data.dead ?? 0;
    t.origins = OriginRuns.fromData(data.origins);
    t.movedLine = data.movedLine;
    t.movedRef = data.movedRef;
    const capacity = data.slots.length;
    if (capacity === 0) {
      // Sent without its index (a state that is only ever replayed into another): built if used.
      t.indexless = true;
      t.appendOnly = data.appendOnly === true;
      return t;
    }
    t.useSlots(data.slots);
    return t;
  }

  /**
   * The table as plain data, for sending to another thread (transfer `chunks`, `slots` and the
   * origins' arrays: buffers()). Without the index (`withIndex` false) it is 4 bytes per slot
   * smaller; it is rebuilt if used.
   */
  toData(withIndex = true): NikTableData {
    const slots = withIndex ? this.slots : new Uint32Array(0);
    return {
      chunks: this.chunks, count: this.count, origins: this.origins.toData(), movedLine: this.movedLine, movedRef: this.movedRef,
      slots, pairFiles: this.pairFiles, pairKeys: this.pairKeys, appendOnly: this.appendOnly, dead: this.dead,
    };
  }

  /** The buffers of toData() to transfer rather than copy. */
  static buffers(data: NikTableData): ArrayBuffer[] {
    const { start, line, ref } = data.origins;
    const arrays = [...data.chunks, start, line, ref, ...(data.slots.length > 0 ? [data.slots] : [])];
    return arrays.map((a) => a.buffer as ArrayBuffer);
  }

  private indexless = false;
  /**
   * Chunks of a table drained into this one (drainChunks), used again for new entries: the replay
   * then needs no new memory, where freed chunks would stay resident until V8 next collects.
   */
  private spare: Uint32Array[] = [];
  /**
   * Entries only, no index and no look-ups: every insert says "new". For a part of a roll whose
   * NIKs are all replayed into another table anyway (a later byte range): its duplicates are found
   * there, with the same outcome (inserts are order-independent), and the index is not built twice.
   */
  private appendOnly = false;

  /** Adds `delta` to every entry's line (see OriginRuns.shiftLines). */
  shiftLines(delta: number): void {
    this.origins.shiftLines(delta);
    if (this.movedLine !== null) for (const [e, line] of this.movedLine) this.movedLine.set(e, line + delta);
  }

  /** Switches an empty table to append-only (see above); toData then sends no index. */
  startAppendOnly(): void {
    if (this.count !== 0) throw new Error('startAppendOnly on a table with entries');
    this.appendOnly = true;
    this.indexless = true;
    this.slots = new Uint32Array(0);
  }

  private append(hi: number, lo: number, line: number, ref: number): number {
    this.writeEntry(hi, lo, line, ref);
    return -1;
  }

  /** Stores one entry at the end of the chunks (a spare chunk first) and returns its number. */
  private writeEntry(hi: number, lo: number, line: number, ref: number): number {
    const e = this.count++;
    const ci = e >>> CHUNK_BITS;
    if (ci === this.chunks.length) this.chunks.push(this.spare.pop() ?? new Uint32Array(CHUNK << 1));
    const c = this.chunks[ci]!;
    const o = (e & CHUNK_MASK) << 1;
    c[o] = hi;
    c[o + 1] = lo;
    this.origins.add(line, ref);
    return e;
  }

  /** Sets atLine and atRef to entry e's origin. */
  private originAt(e: number): void {
    if (this.movedLine !== null) {
      const line = this.movedLine.get(e);
      if (line !== undefined) {
        this.atLine = line;
        this.atRef = this.movedRef!.get(e)!;
        return;
      }
    }
    const runs = this.origins;
    runs.find(e);
    this.atLine = runs.atLine;
    this.atRef = runs.atRef;
  }

  /** An earlier origin for entry e than the one it had (rare: see the class comment). */
  private replaceOrigin(e: number, line: number, ref: number): void {
    this.movedLine ??= new Map();
    this.movedRef ??= new Map();
    this.movedLine.set(e, line);
    this.movedRef.set(e, ref);
  }

  /** Entry e's line and ref, for a walk over the entries (see forEachChunk). */
  lineOf(e: number): number {
    this.originAt(e);
    return this.atLine;
  }

  /** The ref of the entry lineOf was last asked for. */
  get lastRef(): number {
    return this.atRef;
  }

  private ensureIndex(): void {
    // Its entries may hold one NIK several times: an index over them would not keep the first.
    if (this.appendOnly) throw new Error('an append-only NIK table is only ever replayed into another');
    this.indexless = false;
    this.rebuild(capacityFor(this.count));
  }

  get size(): number {
    return this.count - this.dead;
  }

  /** Bytes held by the entries, their origins and the index. */
  get bytes(): number {
    let n = this.slots.byteLength + this.origins.bytes;
    for (const c of this.chunks) n += c.byteLength;
    return n;
  }

  /** The id of a (file, TPS key) pair; the last one is cached (rows come in runs of one TPS). */
  pair(file: string, key: string): number {
    if (file === this.lastFile && key === this.lastKey && this.lastPair >= 0) return this.lastPair;
    let keys = file === this.lastFile ? this.lastKeys : this.pairIds.get(file);
    if (keys === undefined || keys === null) {
      keys = new Map();
      this.pairIds.set(file, keys);
    }
    let id = keys.get(key);
    if (id === undefined) {
      id = this.pairFiles.length;
      this.pairFiles.push(file);
      this.pairKeys.push(key);
      keys.set(key, id);
    }
    this.lastFile = file;
    this.lastKey = key;
    this.lastKeys = keys;
    this.lastPair = id;
    return id;
  }

  get pairCount(): number {
    return this.pairFiles.length;
  }

  pairFile(ref: number): string {
    return this.pairFiles[ref]!;
  }

  pairKey(ref: number): string {
    return this.pairKeys[ref]!;
  }

  /**
   * Inserts a NIK at (line, pair ref). Returns -1 when it is new; otherwise its entry, with the
   * origin stored until now in prevLine/prevRef, and the entry now keeping the earlier of the two.
   */
  insertRaw(hi: number, lo: number, line: number, ref: number): number {
    if (this.appendOnly) return this.append(hi, lo, line, ref);
    if (this.indexless) this.ensureIndex();
    const slots = this.slots;
    const mask = this.mask;
    const capacity = this.capacity;
    const h = hash(hi, lo);
    const tag = (h >>> this.bits) << this.bits;
    let i = home(h, this.scale);
    for (;;) {
      const s = slots[i]!;
      if (s === 0) break;
      if ((s & ~mask) === tag) {
        const e = (s & mask) - 1;
        const c = this.chunks[e >>> CHUNK_BITS]!;
        const o = (e & CHUNK_MASK) << 1;
        if (c[o] === hi && c[o + 1] === lo) {
          this.originAt(e);
          const pl = this.atLine;
          const pr = this.atRef;
          this.prevLine = pl;
          this.prevRef = pr;
          if (this.earlier(line, ref, pl, pr)) this.replaceOrigin(e, line, ref);
          return e;
        }
      }
      if (++i === capacity) i = 0;
    }
    const e = this.writeEntry(hi, lo, line, ref);
    slots[i] = (tag | (e + 1)) >>> 0;
    if (this.count > this.limit) this.rebuild(this.capacity * 2);
    return -1;
  }

  /** Reads the home slot of each NIK (and keeps the sum, so the loads are not dropped). */
  touch(his: Uint32Array, los: Uint32Array, n: number): void {
    if (this.appendOnly) return;
    if (this.indexless) this.ensureIndex();
    const slots = this.slots;
    const scale = this.scale;
    let sum = 0;
    for (let i = 0; i < n; i++) sum ^= slots[home(hash(his[i]!, los[i]!), scale)]!;
    this.touched = sum;
  }

  private earlier(line: number, ref: number, pl: number, pr: number): boolean {
    if (ref === pr) return line < pl;
    const f = this.pairFiles[ref]!;
    const pf = this.pairFiles[pr]!;
    if (f === pf) return line < pl;
    return compareCodePoint(f, pf) < 0;
  }

  private find(hi: number, lo: number): number {
    if (this.indexless) this.ensureIndex();
    const mask = this.mask;
    const h = hash(hi, lo);
    const tag = (h >>> this.bits) << this.bits;
    for (let i = home(h, this.scale); ; i = i + 1 === this.capacity ? 0 : i + 1) {
      const s = this.slots[i]!;
      if (s === 0) return -1;
      if ((s & ~mask) !== tag) continue;
      const e = (s & mask) - 1;
      const c = this.chunks[e >>> CHUNK_BITS]!;
      const o = (e & CHUNK_MASK) << 1;
      if (c[o] === hi && c[o + 1] === lo) return e;
    }
  }

  /** A new index of the entries below `upTo` (all by default). */
  private rebuild(capacity: number, upTo = this.count): void {
    // Drop the old index first: the new one is built from the entries alone.
    this.slots = new Uint32Array(0);
    this.useSlots(new Uint32Array(capacity));
    const keep = this.scratch;
    for (let b = 0; b < upTo; b += CHUNK) this.indexBlock(b, Math.min(CHUNK, upTo - b), null);
    this.scratch = keep;
  }

  /** indexBlock's two arrays (up to CHUNK u32 each), kept through an absorb (dropSpares lets go of them). */
  private scratch: Uint32Array | null = null;

  /**
   * Indexes entries [b, b + n) (not in the index yet, at most CHUNK) in the order of their home
   * slots, not of the entries: a bucket's probes then walk a few KiB of the index where each would
   * otherwise miss the cache and the TLB somewhere in tens of MB (the serial merge after the byte
   * ranges: 5.6 M NIKs, 1.7 CPU-s in entry order at 10 M rows). Inserts have the same outcome in
   * any order (see insertRaw); only where colliding NIKs sit in a run differs. With `clash`, a
   * NIK indexed already keeps the earlier origin of the two and the other entry becomes DEAD.
   * Returns the number of entries that were DEAD already (skipped).
   */
  private indexBlock(b: number, n: number, clash: AbsorbClash | null, free?: Uint32Array): number {
    let scratch = free !== undefined && free.length >= n * 2 ? free : this.scratch;
    if (scratch === null || scratch.length < n * 2) scratch = this.scratch = new Uint32Array(n * 2);
    // The hash and entry of each, in home-slot order: read in order below, as random reads of an
    // array indexed by entry they cost about what they save.
    const hashes = scratch.subarray(0, n);
    const entries = scratch.subarray(n, n * 2);
    const { slots, capacity, scale, bits, mask } = this;
    const buckets = new Uint32Array((capacity >>> BUCKET_BITS) + 2);
    let dead = 0;
    for (let e = b; e < b + n; e++) {
      const c = this.chunks[e >>> CHUNK_BITS]!;
      const o = (e & CHUNK_MASK) << 1;
      if (c[o] !== DEAD) buckets[(home(hash(c[o]!, c[o + 1]!), scale) >>> BUCKET_BITS) + 1]!++;
      else dead++;
    }
    for (let i = 1; i < buckets.length; i++) buckets[i]! += buckets[i - 1]!;
    for (let e = b; e < b + n; e++) {
      const c = this.chunks[e >>> CHUNK_BITS]!;
      const o = (e & CHUNK_MASK) << 1;
      if (c[o] === DEAD) continue;
      const h = hash(c[o]!, c[o + 1]!);
      const at = buckets[home(h, scale) >>> BUCKET_BITS]!++;
      hashes[at] = h;
      entries[at] = e;
    }
    let touched = 0;
    for (let q = 0, j = 0; q < buckets.length - 1; q++) {
      const end = buckets[q]!;
      if (j === end) continue;
      // The bucket's slots read in order first (the hardware prefetches them), not where each
      // NIK's probe lands: in random order within it every cache line is a miss of its own.
      const last = Math.min(capacity, (q + 1) << BUCKET_BITS);
      for (let i = q << BUCKET_BITS; i < last; i += 16) touched ^= slots[i]!;
      for (; j < end; j++) {
        const h = hashes[j]!;
        const e = entries[j]!;
        const tag = (h >>> bits) << bits;
        let i = home(h, scale);
        let s = slots[i]!;
        for (; s !== 0; s = slots[i]!) {
          if ((s & ~mask) === tag && clash !== null && this.sameNik((s & mask) - 1, e)) break;
          if (++i === capacity) i = 0;
        }
        if (s === 0) slots[i] = (tag | (e + 1)) >>> 0;
        else this.kill((s & mask) - 1, e, clash!);
      }
    }
    this.touched = touched;
    return dead;
  }

  private sameNik(e: number, f: number): boolean {
    const c = this.chunks[e >>> CHUNK_BITS]!;
    const d = this.chunks[f >>> CHUNK_BITS]!;
    const o = (e & CHUNK_MASK) << 1;
    const p = (f & CHUNK_MASK) << 1;
    return c[o] === d[p] && c[o + 1] === d[p + 1];
  }

  /** Entry f's NIK is entry e's: e keeps the earlier origin (as insertRaw), f becomes DEAD. */
  private kill(e: number, f: number, clash: AbsorbClash): void {
    const c = this.chunks[f >>> CHUNK_BITS]!;
    const o = (f & CHUNK_MASK) << 1;
    const hi = c[o]!;
    this.originAt(f);
    const line = this.atLine;
    const ref = this.atRef;
    this.originAt(e);
    this.prevLine = this.atLine;
    this.prevRef = this.atRef;
    if (this.earlier(line, ref, this.prevLine, this.prevRef)) this.replaceOrigin(e, line, ref);
    c[o] = DEAD;
    this.dead++;
    clash(hi, c[o + 1]!, line, ref);
  }

  /**
   * Adds the `n` entries of another table's chunk from its entry `first` on (forEachChunk,
   * drainChunks; DEAD ones skipped), then indexes them by home slot (indexBlock). `refs` maps
   * `from`'s pair refs to this table's (-1: not yet). A NIK here already (or again in the chunk)
   * is reported to `clash` with the new entry's origin, the one stored until now in
   * prevLine/prevRef; the entry keeps the earlier one, as insertRaw does. With `spent`, `entries`
   * is the caller's to overwrite once read (a drained chunk): it is the scratch space then, no
   * new memory.
   */
  absorbChunk(
    from: TypedNikIndex, entries: Uint32Array, n: number, first: number, refs: Int32Array, clash: AbsorbClash, spent = false,
  ): void {
    if (this.appendOnly) throw new Error('absorbChunk into an append-only NIK table');
    if (this.indexless) this.ensureIndex();
    const start = this.count;
    // Copied as they are (a DEAD one stays dead), their origins a run at a time: no work per entry.
    this.appendEntries(entries, n);
    const mine = (theirs: number): number => {
      let ref = refs[theirs]!;
      if (ref < 0) ref = refs[theirs] = this.pair(from.pairFile(theirs), from.pairKey(theirs));
      return ref;
    };
    from.origins.forEachRun(first, first + n, (line, ref, count) => this.origins.addRun(line, mine(ref), count));
    if (from.movedLine !== null) {
      for (const [e, line] of from.movedLine) if (e >= first && e < first + n) this.replaceOrigin(start + e - first, line, mine(from.movedRef!.get(e)!));
    }
    if (this.count > this.limit) this.rebuild(capacityFor(this.count), start);
    for (let b = start; b < this.count; b += CHUNK) {
      // Not `this.dead += …`: indexBlock counts the entries it kills in this.dead itself.
      const deadAlready = this.indexBlock(b, Math.min(CHUNK, this.count - b), clash, spent ? entries : undefined);
      this.dead += deadAlready;
    }
  }

  /** Appends `n` entries (`[hi, lo]` pairs) without their origins or index (absorbChunk). */
  private appendEntries(entries: Uint32Array, n: number): void {
    for (let k = 0; k < n; ) {
      const e = this.count;
      const ci = e >>> CHUNK_BITS;
      if (ci === this.chunks.length) this.chunks.push(this.spare.pop() ?? new Uint32Array(CHUNK << 1));
      const m = Math.min(n - k, CHUNK - (e & CHUNK_MASK));
      this.chunks[ci]!.set(entries.subarray(k << 1, (k + m) << 1), (e & CHUNK_MASK) << 1);
      this.count += m;
      k += m;
    }
  }

  private useSlots(slots: Uint32Array): void {
    const capacity = slots.length;
    this.slots = slots;
    this.capacity = capacity;
    this.scale = capacity / TWO_32;
    this.bits = entryBits(capacity);
    this.mask = 2 ** this.bits - 1;
    this.limit = Math.floor(capacity * GROW_LOAD);
  }

  private origin(e: number): NikOrigin {
    this.originAt(e);
    const ref = this.atRef;
    return { file: this.pairFiles[ref]!, line: this.atLine, key: this.pairKeys[ref]! };
  }

  insert(nik: string, origin: NikOrigin): NikOrigin | null {
    const [hi, lo] = splitNik(nik);
    const e = this.insertRaw(hi, lo, origin.line, this.pair(origin.file, origin.key));
    if (e < 0) return null;
    return { file: this.pairFiles[this.prevRef]!, line: this.prevLine, key: this.pairKeys[this.prevRef]! };
  }

  get(nik: string): NikOrigin | undefined {
    const [hi, lo] = splitNik(nik);
    return this.getRaw(hi, lo);
  }

  /** get() for a NIK as its `hi`/`lo` halves. */
  getRaw(hi: number, lo: number): NikOrigin | undefined {
    const e = this.find(hi, lo);
    return e < 0 ? undefined : this.origin(e);
  }

  forEach(visit: (origin: NikOrigin, nik: string) => void): void {
    for (let e = 0; e < this.count; e++) {
      const c = this.chunks[e >>> CHUNK_BITS]!;
      const o = (e & CHUNK_MASK) << 1;
      if (c[o] !== DEAD) visit(this.origin(e), joinNik(c[o]!, c[o + 1]!));
    }
  }

  /**
   * Visits the entries a chunk at a time: `visit(entries, n, first)`, entry `first + k` with
   * hi, lo at `entries[2k]`, `entries[2k + 1]` (hi DEAD: no entry); its origin from
   * lineOf(first + k) and lastRef.
   */
  forEachChunk(visit: (entries: Uint32Array, n: number, first: number) => void): void {
    for (let ci = 0; ci < this.chunks.length; ci++) visit(this.chunks[ci]!, Math.min(CHUNK, this.count - ci * CHUNK), ci * CHUNK);
  }

  /**
   * forEachChunk that empties the table as it goes, releasing each chunk once visited (or giving
   * it to `recycleTo`, whose new entries then reuse it): replaying a table into another then never
   * holds both copies of its entries. `visit` must copy what it keeps of a chunk.
   */
  drainChunks(visit: (entries: Uint32Array, n: number, first: number) => void, recycleTo?: TypedNikIndex): void {
    const count = this.count;
    const chunks = this.chunks;
    this.chunks = [];
    this.slots = new Uint32Array(0);
    this.indexless = true;
    // The origins (small) stay until the end: visit reads them through lineOf.
    for (let ci = 0; ci < chunks.length; ci++) {
      const c = chunks[ci]!;
      chunks[ci] = EMPTY_CHUNK;
      visit(c, Math.min(CHUNK, count - ci * CHUNK), ci * CHUNK);
      if (recycleTo !== undefined && c.length === CHUNK << 1) recycleTo.spare.push(c);
    }
    this.count = 0;
    this.dead = 0;
    this.origins = new OriginRuns();
    this.movedLine = null;
    this.movedRef = null;
  }

  /**
   * Drops the drained chunks no new entry took (a table replayed into this one whose NIKs were all
   * here already: a roll given twice), and absorbChunk's scratch arrays. Kept, they would hold
   * their memory until the table goes.
   */
  dropSpares(): void {
    this.spare = [];
    this.scratch = null;
  }

  /**
   * Drops every entry and the index (once the roll is finished: they are ~13 bytes per voter),
   * and the (file, TPS) pairs (a Map entry and two slots per TPS, through finishRoll otherwise).
   * Returns the buffers let go of, for a caller that can free them at once (io/free-buffers.ts):
   * dropped, they stay resident until V8's next old-generation collection.
   */
  release(): ArrayBuffer[] {
    const { start, line, ref } = this.origins.toData();
    const arrays = [...this.chunks, ...this.spare, this.slots, start, line, ref];
    this.pairFiles.length = 0;
    this.pairKeys.length = 0;
    this.pairIds.clear();
    this.lastKeys = null;
    this.lastPair = -1;
    this.chunks = [];
    this.spare = [];
    this.scratch = null;
    this.count = 0;
    this.dead = 0;
    this.origins = new OriginRuns();
    this.movedLine = null;
    this.movedRef = null;
    this.slots = new Uint32Array(0);
    this.indexless = true;
    return arrays.map((a) => a.buffer as ArrayBuffer);
  }

  /** Makes room for `n` more entries at once (one rebuild instead of several). */
  reserve(n: number): void {
    if (this.appendOnly) return;
    if (this.indexless) this.ensureIndex();
    const want = capacityFor(this.count + n);
    if (want > this.capacity) this.rebuild(want);
  }
}

function capacityFor(n: number): number {
  return Math.max(MIN_CAPACITY, Math.ceil(n / SIZE_LOAD));
}
