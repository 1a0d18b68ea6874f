/**
 * Where a run's issues go: counted per code as they come (core/report/issue-tally.ts), and kept
 * for validasi.csv in bounded memory. Each issue is rendered once into its validasi.csv row(s) and
 * encoded with a sort key (issue-runs.ts); up to `budgetBytes` of records stay in memory, beyond
 * that they are sorted and spilled to a run file, and writeValidasi k-way merges the runs (and
 * what is still in memory) into the files, in the contract's order (berkas, baris, kolom, kode).
 * A roll with one issue per row thus holds ~budget bytes of issues, not ~200 bytes per row.
 *
 * The spill folder is made on first use inside `dir` (default os.tmpdir()) and removed by close(),
 * which the caller runs whatever happens. A child sink (child()) collects the issues of something
 * that may be taken back (a file read in byte ranges that must be read again in one stream; a
 * first reading of the roll that is redone): commit() adds them to the parent, discard() drops
 * them. At most a parent and one growing child hold records at once.
 */
import { mkdtempSync, unlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Issue, IssueSink, Lang } from '../core/types.js';
import { IssueTally, type IssueSummary } from '../core/report/issue-tally.js';
import { VALIDASI_COLUMNS } from '../core/report/validasi.js';
import { CSV_BOM, csvRecord } from './csv-write.js';
import { CANONICAL_CSV, compareRecords, putRecord, recordLength, recordTexts, rowOf, type CsvVariant, type RecordFormat } from './issue-record.js';
import { mergeCursors, MemoryCursor, OutputFileWriter, RunCursor, writeRunSync, type Cursor } from './issue-runs.js';
import { checkMemory, limitGarbage } from './memory-guard.js';
import { explainOsError } from './commit/os-error.js';

export { CANONICAL_CSV, SPREADSHEET_CSV, type CsvVariant } from './issue-record.js';

export interface IssueSinkOptions {
  /** validasi.csv's message language (contract: Indonesian unless --lang was given). */
  readonly lang: Lang;
  readonly variants?: readonly CsvVariant[];
  /** Where the spill folder is made; default os.tmpdir(). */
  readonly dir?: string;
  /** The folder a message names when the disk fails (a run's --out as given); default `dir`. */
  readonly shownDir?: string;
  /** Bytes of records held in memory before a sorted run is spilled (default DEFAULT_BUDGET). */
  readonly budgetBytes?: number;
}

/** 32 MiB of records, ~130 k issues of a voter roll (~250 bytes each with their rendered row). */
export const DEFAULT_BUDGET = 32 * 1024 * 1024;
/** Runs merged at once (one read buffer of 256 KiB each); more are merged in passes first. */
const FAN_IN = 64;
/** The memory guard runs once per this many issues. */
const CHECK_EVERY = 1 << 16;
const MIN_ARENA = 64 * 1024;

export interface WrittenCsv {
  readonly path: string;
  readonly sha256: string;
}

/** The spill folder of a sink and its children: made on first use, removed by the root's close. */
class SpillFolder {
  private path: string | null = null;
  private files = 0;
  constructor(private readonly parent: string) {}

  file(name: string): string {
    this.path ??= mkdtempSync(join(this.parent, 'logistik-masalah-'));
    return join(this.path, `${this.files++}-${name}`);
  }

  async remove(): Promise<void> {
    if (this.path !== null) await rm(this.path, { recursive: true, force: true });
    this.path = null;
  }
}

export class SpillingIssueSink implements IssueSink {
  private readonly tally = new IssueTally();
  private readonly variants: readonly CsvVariant[];
  /** What a record holds; worker threads encode their issues in it (range-worker.ts). */
  readonly format: RecordFormat;
  private readonly budget: number;
  private arena: Buffer = Buffer.allocUnsafe(MIN_ARENA);
  private used = 0;
  private offsets: number[] = [];
  private runs: string[] = [];
  private added = 0;
  private done = false;

  private constructor(private readonly opts: IssueSinkOptions, private readonly folder: SpillFolder, private readonly parent: SpillingIssueSink | null) {
    this.variants = opts.variants ?? [CANONICAL_CSV];
    this.format = { lang: opts.lang, variants: this.variants };
    this.budget = Math.max(1, opts.budgetBytes ?? DEFAULT_BUDGET);
  }

  static create(opts: IssueSinkOptions): SpillingIssueSink {
    return new SpillingIssueSink(opts, new SpillFolder(opts.dir ?? tmpdir()), null);
  }

  add(issue: Issue): void {
    this.tally.add(issue);
    const texts = recordTexts(issue, this.format);
    const at = this.reserve(texts.room);
    this.used = putRecord(this.arena, at, texts);
    this.offsets.push(at);
    this.afterAdding(1);
  }

  /**
   * Records encoded elsewhere (a worker thread's batch, in this sink's format), back to back. Their
   * issues are counted by absorbTally, once the sender is done.
   */
  addRecords(batch: Buffer): void {
    const base = this.reserve(batch.length);
    batch.copy(this.arena, base);
    let n = 0;
    for (let at = 0; at < batch.length; at += recordLength(batch, at, this.variants.length), n++) this.offsets.push(base + at);
    this.used = base + batch.length;
    this.afterAdding(n);
  }

  absorbTally(tally: IssueTally): void {
    this.tally.absorb(tally);
  }

  /** Counts and first places of everything added (children committed included). */
  summary(): IssueSummary {
    return this.tally.summary();
  }

  /** Spill files written so far (tests check that a small budget really spilled). */
  get runCount(): number {
    return this.runs.length;
  }

  child(): SpillingIssueSink {
    return new SpillingIssueSink(this.opts, this.folder, this);
  }

  /** A child's issues become its parent's. */
  commit(): void {
    const parent = this.ownParent();
    parent.tally.absorb(this.tally);
    for (const run of this.runs) parent.runs.push(run);
    parent.takeRecords(this.arena, this.used, this.offsets);
    this.release();
  }

  /** A child's issues are dropped. */
  discard(): void {
    this.ownParent();
    for (const run of this.runs) this.onDisk(() => unlinkSync(run));
    this.release();
  }

  /**
   * Writes validasi.csv in each variant into the spill folder and returns the paths (for
   * writeFileSet to move into place) with their SHA-256. `durable` flushes them to disk first.
   */
  async writeValidasi(durable: boolean): Promise<WrittenCsv[]> {
    if (this.parent !== null) throw new Error('writeValidasi on a child sink');
    checkMemory();
    try {
      return await this.merge(durable);
    } catch (err) {
      throw explainOsError(err, this.shownDir);
    }
  }

  private async merge(durable: boolean): Promise<WrittenCsv[]> {
    while (this.runs.length >= FAN_IN) await this.mergeRuns(this.runs.splice(0, FAN_IN));
    const cursors: Cursor[] = [new MemoryCursor(this.arena, this.sorted())];
    const paths = this.variants.map((_, i) => this.folder.file(`validasi-${i}.csv`));
    const writers: OutputFileWriter[] = [];
    try {
      for (const run of this.runs) cursors.push(await RunCursor.open(run, this.variants.length));
      for (const path of paths) writers.push(await OutputFileWriter.create(path));
      for (const [i, v] of this.variants.entries()) {
        const header = Buffer.from(`${v.bom ? CSV_BOM : ''}${csvRecord(VALIDASI_COLUMNS, v.delimiter)}`, 'utf8');
        await writers[i]!.append(header, 0, header.length);
      }
      let n = 0;
      await mergeCursors(cursors, this.variants.length, (buf, at) => {
        if ((++n & (CHECK_EVERY - 1)) === 0) checkMemory();
        let pending: Promise<void> | undefined;
        for (let v = 0; v < writers.length; v++) {
          const [start, length] = rowOf(buf, at, this.variants.length, v);
          const p = writers[v]!.append(buf, start, length);
          if (p !== undefined) pending = pending === undefined ? p : Promise.all([pending, p]).then(() => undefined);
        }
        return pending;
      });
      const sums: string[] = [];
      for (const w of writers) sums.push(await w.finish(durable));
      return paths.map((path, i) => ({ path, sha256: sums[i]! }));
    } finally {
      for (const w of writers) await w.abandon();
      for (const c of cursors) await c.close();
    }
  }

  /** Removes the spill folder and everything in it; call once the written files were moved out. */
  async close(): Promise<void> {
    if (this.parent !== null) throw new Error('close on a child sink: commit or discard it');
    this.release();
    await this.folder.remove();
  }

  private afterAdding(n: number): void {
    if (this.used >= this.budget) this.spill();
    const before = this.added;
    this.added += n;
    if (Math.floor(before / CHECK_EVERY) !== Math.floor(this.added / CHECK_EVERY)) checkMemory();
  }

  /** Room for `bytes` more at the end of the arena (grown, never past what the budget needs); returns where. */
  private reserve(bytes: number): number {
    if (this.used + bytes > this.arena.length) {
      const size = Math.max(this.used + bytes, Math.min(this.arena.length * 2, this.budget + bytes));
      const grown = Buffer.allocUnsafe(size);
      this.arena.copy(grown, 0, 0, this.used);
      this.arena = grown;
    }
    return this.used;
  }

  /** A child's records in memory: taken over whole when this sink holds none, else copied in one piece. */
  private takeRecords(arena: Buffer, used: number, offsets: number[]): void {
    if (used === 0) return;
    if (this.offsets.length === 0) {
      this.arena = arena;
      this.used = used;
      this.offsets = offsets;
    } else {
      const base = this.reserve(used);
      arena.copy(this.arena, base, 0, used);
      for (const at of offsets) this.offsets.push(base + at);
      this.used = base + used;
    }
    if (this.used >= this.budget) this.spill();
  }

  /** The records in memory, sorted, as one run file; memory is then empty again. */
  private spill(): void {
    if (this.offsets.length === 0) return;
    const path = this.onDisk(() => this.folder.file('run'));
    this.onDisk(() => writeRunSync(path, this.arena, this.sorted(), this.variants.length));
    this.runs.push(path);
    this.offsets = [];
    this.used = 0;
    checkMemory();
    limitGarbage();
  }

  /** The in-memory records' offsets in key order (they mostly arrive in it: the sort is then ~linear). */
  private sorted(): number[] {
    const a = this.arena;
    const nv = this.variants.length;
    return this.offsets.sort((x, y) => compareRecords(a, x, a, y, nv));
  }

  /** Merges some runs into one new run (for more runs than FAN_IN). */
  private async mergeRuns(runs: readonly string[]): Promise<void> {
    const path = this.folder.file('run');
    const out = await OutputFileWriter.create(path);
    const cursors: Cursor[] = [];
    try {
      for (const run of runs) cursors.push(await RunCursor.open(run, this.variants.length));
      await mergeCursors(cursors, this.variants.length, (buf, at) => out.append(buf, at, recordLength(buf, at, this.variants.length)));
      await out.finish(false);
    } finally {
      await out.abandon();
      for (const c of cursors) await c.close();
    }
    for (const run of runs) unlinkSync(run);
    this.runs.push(path);
  }

  /** A disk that fails (full, read-only, the folder gone with an aborted run) is exit 3, in words. */
  private onDisk<T>(call: () => T): T {
    try {
      return call();
    } catch (err) {
      throw explainOsError(err, this.shownDir);
    }
  }

  private get shownDir(): string {
    return this.opts.shownDir ?? this.opts.dir ?? tmpdir();
  }

  private ownParent(): SpillingIssueSink {
    if (this.parent === null || this.done) throw new Error('commit or discard: only once, and only on a child sink');
    return this.parent;
  }

  private release(): void {
    this.done = true;
    this.arena = Buffer.allocUnsafe(0);
    this.offsets = [];
    this.runs = [];
    this.used = 0;
  }
}
