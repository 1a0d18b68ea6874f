/**
 * Reading one large uncompressed file in parallel (perf-baseline §2e): split into byte ranges at
 * record starts (split.ts), each range read and checked into its own RollState (the first on this
 * thread, each other in a worker thread), the states merged in range order, while a low-priority
 * worker computes the file's SHA-256. The result is
 * the same as reading the file in one stream; when that cannot be guaranteed (quoting that fooled
 * the split, an encoding decided inside a later range, a worker failing) this returns null and the
 * caller reads the file in one stream. The ranges' issues stream into a child of the run's issue
 * sink as they are found, kept when the result is, dropped when the file is read again.
 */
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IssueSink, Layout, ValidationSettings } from '../core/types.js';
import { IssueTally, type IssueTallyData } from '../core/report/issue-tally.js';
import { absorbRollState, type RollState } from '../core/validate/index.js';
import { LogistikError, type ExitCode } from '../errors.js';
import { FieldDecoder } from './decode.js';
import type { ResolvedInput } from './inputs.js';
import type { SpillingIssueSink } from './issue-sink.js';
import { memoryError, memoryLimit } from './memory-guard.js';
import { dropState, fromStateData, runRange, toPosted, type RangeJob, type RangeResult } from './range-job.js';
import { detectInput, readSample, type FileReadResult, type ReadOptions } from './read-roll.js';
import { getHeapStatistics } from 'node:v8';
import { RollAssembler } from './roll-assembler.js';
import { RecordScanner } from './scanner.js';
import { sha256File } from './hash.js';
import { markPhase, phaseTimesOn, threadCpuMs } from './phase-times.js';
import { guessCuts, type ByteRange } from './split.js';
import { DEFAULT_MIN_BYTES, hasExited, RANGE_WORKER_URL, rangeWorker, startHasher, type Hasher, type ParallelOptions } from './worker-pool.js';

export { parallelFromEnv, type ParallelOptions } from './worker-pool.js';

export interface ParallelOutcome {
  readonly state: RollState;
  readonly result: Omit<FileReadResult, 'sha256'>;
  /**
   * The file's SHA-256, maybe still being computed (in a worker of its own): the caller awaits it
   * once it has done what does not need it (finishRoll), so that the digest is not the read's tail.
   */
  readonly sha256: Promise<string>;
  readonly structuralRejects: number;
  readonly layout: Layout | null;
}

/** Sample bytes scanned at a time while looking for the header (headerOf stops there). */
const HEADER_PIECE = 16 * 1024;
/**
 * A little under a generated voter row (~146 bytes): the NIK table is sized for bytes / 136
 * rows up front (load 0.85), and grows (doubles, rehashing every NIK) only past load 0.9, i.e.
 * for rows under ~128 bytes. Too high a figure costs that rehash; too low one, 4 bytes per
 * unused slot.
 */
export const BYTES_PER_ROW = 136;
/**
 * The first range's share against each other range's. It also builds the hash index the others
 * skip (they only append their NIKs), which made it 0.8 while it ran in a worker of its own. Read
 * on the main thread (no thread start, no state to post), it keeps up with the later range at an
 * even split: alternating runs, 1 M rows 0.971 s at 1.0 against 1.003 s at 0.8 (0.65: slower
 * still; 1.25: no better), 10 M rows 4.86 s against 5.12 s.
 */
const FIRST_RANGE_WEIGHT = 1.0;

/** Null when the file is not split, or must be read again in one stream (its issues are then dropped). */
export async function readFileParallel(
  input: ResolvedInput, opts: ReadOptions, settings: ValidationSettings, par: ParallelOptions, issues: SpillingIssueSink,
): Promise<ParallelOutcome | null> {
  const path = input.path;
  if (path === null || input.berkas.toLowerCase().endsWith('.gz')) return null;
  const parts = par.ranges ?? Math.min(2, availableParallelism());
  if (parts < 2) return null;
  if (!par.inline && !existsSync(fileURLToPath(RANGE_WORKER_URL))) return null;
  const size = (await stat(path)).size;
  if (size < (par.minBytes ?? DEFAULT_MIN_BYTES)) return null;
  // Started early when the command line showed this file (worker-pool.ts); else they load their
  // modules (~130 ms) while this thread samples, detects and splits the file.
  // The first range is read on this thread (its modules are loaded, its table becomes the file's):
  // one worker fewer to start, and no state to copy back from it.
  const workers = par.inline ? null : Array.from({ length: parts - 1 }, () => rangeWorker(par.workerEnv));
  const own = issues.child();
  try {
    const outcome = await splitAndRead(input, path, size, parts, opts, settings, par, workers, own);
    if (outcome === null) own.discard();
    else own.commit();
    return outcome;
  } finally {
    // Done, or not split after all: a worker without a job would wait for one forever. Issues
    // still queued from a worker of a failed read must not reach a sink already dropped.
    for (const w of workers ?? []) {
      w.removeAllListeners('message');
      void w.terminate();
    }
  }
}

async function splitAndRead(
  input: ResolvedInput, path: string, size: number, parts: number, opts: ReadOptions, settings: ValidationSettings,
  par: ParallelOptions, workers: Worker[] | null, issues: SpillingIssueSink,
): Promise<ParallelOutcome | null> {
  // The same sample, detection and header as the one-stream reader.
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
  const { sample, complete } = await readSample(stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>);
  stream.destroy();
  const { bom, crOnly, body, guess, dialect } = detectInput(sample, complete, input.berkas, opts);
  if (crOnly) return null;
  const header = headerOf(body, input.berkas, dialect, new FieldDecoder(guess), opts.maxRecordBytes);
  if (header === null) return null;
  const jobOf = (r: ByteRange, i: number, last: boolean): RangeJob => ({
    path, berkas: input.berkas, start: r.start, end: r.end, last,
    // Every range after the first is numbered from 1 until the lines before it are known.
    firstLine: 1, ...(i > 0 ? { linesFollow: true, ...(par.holdIssues !== undefined ? { holdIssues: par.holdIssues } : {}) } : {}),
    dialect, guess, layout: i === 0 ? null : header.layout, settings,
    ...(opts.maxRecordBytes !== undefined ? { maxRecordBytes: opts.maxRecordBytes } : {}),
    // The first range's table becomes the whole file's: sized for the file, the others for their range.
    expectNiks: Math.floor((i === 0 ? size : r.end - r.start) / BYTES_PER_ROW),
    issueFormat: issues.format,
  });
  let bytes = 0;
  let rows = 0;
  const progress = (b: number, r: number): void => {
    bytes += b;
    rows += r;
    opts.onProgress?.(bytes, rows);
  };
  const delimiter = dialect.delimiter.charCodeAt(0);
  const read = await readRanges({ path, size, parts, from: bom ? 3 : 0, delimiter, workers, issues, progress, jobOf });
  if (read === null) return null;
  const { first, later, sha } = read;
  const results = [first, ...later];
  const ok = consistent(results, header.line, guess.tentative);
  if (phaseTimesOn()) {
    process.stderr.write(`logistik: ${input.berkas} in ${results.length} ranges${ok ? '' : ', inconsistent: read again in one stream'}\n`);
  }
  if (!ok) return null;
  const cpu = phaseTimesOn() ? threadCpuMs() : null;
  const merged = merge(first, later, input.berkas, size, dialect.delimiter, issues);
  markPhase('merged');
  // This thread's own CPU for the merge: comparable under load, where the timeline is not.
  if (cpu !== null) process.stderr.write(`logistik: merge: ${threadCpuMs()! - cpu} ms of CPU\n`);
  return { ...merged, sha256: sha };
}

interface RangeContext {
  readonly path: string;
  readonly size: number;
  readonly parts: number;
  /** The first record start (after a BOM). */
  readonly from: number;
  readonly delimiter: number;
  readonly workers: Worker[] | null;
  readonly issues: SpillingIssueSink;
  readonly progress: (bytes: number, rows: number) => void;
  readonly jobOf: (r: ByteRange, i: number, last: boolean) => RangeJob;
}

/**
 * The ranges' results: the first's state live (read on this thread), the others' as their workers
 * posted them. These are made live one at a time by the merge, after their worker has exited: a
 * copy rebuilt while the worker's heap still held the original raised the peak RSS (30 M rows,
 * +15-35 MiB; 60 M rows, +55 MiB).
 */
interface RangesRead {
  readonly first: RangeResult<RollState>;
  readonly later: RangeResult[];
  /** The file's SHA-256, under way while the caller merges. */
  readonly sha: Promise<string>;
}

/**
 * Cuts the file where records most likely start (split.ts: a few KiB read around each target,
 * not the bytes before it) and reads every range at once. A range after the first learns its
 * first line when the range before it ends, or counts the lines before it itself if it cannot
 * wait (too many issues to hold). Null when the file is not split after all.
 */
async function readRanges(c: RangeContext): Promise<RangesRead | null> {
  const cuts = await guessCuts(c.path, c.size, c.from, c.parts, c.delimiter, FIRST_RANGE_WEIGHT);
  if (cuts.length === 0) return null;
  const bounds = [c.from, ...cuts, c.size];
  const jobs = bounds.slice(0, -1).map((start, i) => c.jobOf({ start, end: bounds[i + 1]! }, i, i === cuts.length));
  const lines = new RangeLines(jobs.length, (range, line) => {
    // A range that counted its line itself may have ended already: nothing to tell it then.
    try {
      c.workers?.[range - 1]!.postMessage({ type: 'lines', firstLine: line });
    } catch {
      // (the check of the ranges' lines compares what each range used with where the one before ended)
    }
  });
  let hasher: Hasher | null = null;
  let sha: Promise<string> | null = null;
  try {
    // Hashed in a worker of its own, asked now, at the lowest priority (hash-worker.ts): it takes
    // the idle moments of the ranges and the core the merge, finishRoll and the manifests leave.
    // A worker that cannot hash leaves it to this thread.
    hasher = c.workers === null ? null : startHasher();
    const hash = (): Promise<string> => {
      if (sha === null) {
        sha = hasher === null ? sha256File(c.path) : timed(hasher.digest(c.path).catch(() => sha256File(c.path)), 'sha256');
        // Not awaited when the ranges turn out inconsistent (the file is read again, hashed again).
        sha.catch(() => {});
      }
      return sha;
    };
    if (hasher !== null) hash();
    const read = c.workers === null ? await inline(c, jobs, lines) : await inWorkers(c, c.workers, jobs, lines, hash);
    return { ...read, sha: hash() };
  } catch (err) {
    // Out of memory is not cured by reading the file again: say so and stop.
    if (err instanceof LogistikError) throw err;
    if (isWorkerOutOfMemory(err)) {
      const limit = memoryLimit(getHeapStatistics().heap_size_limit);
      throw memoryError(limit, limit);
    }
    return null;
  } finally {
    if (sha === null) hasher?.end();
  }
}

/**
 * Tests under vitest: the ranges one after the other on this thread, each told its line by the one
 * before. A range after the first goes through the data a worker would post, as in a real run.
 */
async function inline(c: RangeContext, jobs: readonly RangeJob[], lines: RangeLines): Promise<Omit<RangesRead, 'sha'>> {
  const first = await runRange(jobs[0]!, c.issues, c.progress, lines.told[0]);
  lines.rangeDone(0, first.nextLine);
  const later: RangeResult[] = [];
  for (let i = 1; i < jobs.length; i++) {
    const result = await runRange(jobs[i]!, c.issues, c.progress, lines.told[i]);
    lines.rangeDone(i, result.nextLine);
    later.push(toPosted(result));
  }
  return { first, later };
}

async function inWorkers(
  c: RangeContext, workers: Worker[], jobs: readonly RangeJob[], lines: RangeLines, firstDone: () => void,
): Promise<Omit<RangesRead, 'sha'>> {
  markPhase('ranges started');
  const ended = <T extends RangeResult<unknown>>(i: number) => (result: T): T => {
    markPhase(`range ${i} done`);
    lines.rangeDone(i, result.nextLine);
    firstDone();
    return result;
  };
  const [first, later] = await Promise.all([
    onThisThread(jobs[0]!, c).then(ended(0)),
    Promise.all(jobs.slice(1).map((job, k) => inWorker(workers[k]!, job, c.issues, c.progress).then(ended(k + 1)))),
  ]);
  return { first, later };
}

/**
 * The first range, read here: this thread has the reader's modules loaded and would otherwise
 * only wait for the ranges, and the first range's table becomes the file's. Against a worker of its own (1 M
 * rows): a thread fewer to start (~100 CPU-ms), and no state to post and rebuild.
 */
async function onThisThread(job: RangeJob, c: RangeContext): Promise<RangeResult<RollState>> {
  const cpu = phaseTimesOn() ? threadCpuMs() : null;
  const result = await runRange(job, c.issues, c.progress);
  if (cpu !== null) process.stderr.write(`logistik: range from byte ${job.start}: ${threadCpuMs()! - cpu} ms of CPU (this thread)\n`);
  return result;
}

function timed<T>(p: Promise<T>, what: string): Promise<T> {
  return p.then((v) => {
    markPhase(`${what} done`);
    return v;
  });
}

/**
 * What each range after the first is told its first line is: the line the range before it ended
 * on, once that range has ended (a range may count it sooner itself: runRange's firstLineOf).
 */
class RangeLines {
  private readonly waiting: ((line: number) => void)[] = [];
  readonly told: Promise<number>[] = [];

  constructor(ranges: number, private readonly send: (range: number, line: number) => void) {
    for (let i = 0; i < ranges; i++) this.told.push(new Promise<number>((resolve) => this.waiting.push(resolve)));
  }

  rangeDone(i: number, nextLine: number): void {
    if (i + 1 >= this.waiting.length) return;
    this.waiting[i + 1]!(nextLine);
    this.send(i + 1, nextLine);
  }
}

/** The header's layout and line, scanned from the sample; null when it is not in the sample or does not map. */
function headerOf(
  body: Buffer, berkas: string, dialect: RangeJob['dialect'], decoder: FieldDecoder, maxRecordBytes?: number,
): { layout: Layout; line: number } | null {
  let layout: Layout | null = null;
  let line = 0;
  let done = false;
  const assembler = new RollAssembler(berkas, dialect, decoder, {
    onHeader: (l) => {
      layout = l;
    },
    onRow: () => {},
    onRejected: () => {},
    onIssue: () => {},
  });
  const scanner = new RecordScanner({ delimiter: dialect.delimiter.charCodeAt(0), maxRecordBytes }, {
    onRecord: (r) => {
      if (done) return;
      if (layout === null) line = r.line;
      assembler.onRecord(r);
      done = assembler.headerSeen;
    },
    onBlank: () => {},
  });
  // Only up to the header: the rows after it are the first range's.
  for (let at = 0; at < body.length && !done; at += HEADER_PIECE) scanner.push(body.subarray(at, at + HEADER_PIECE));
  return layout === null ? null : { layout, line };
}

interface WorkerMessage {
  readonly type: string;
  readonly bytes?: number;
  readonly rows?: number;
  readonly records?: Uint8Array;
  readonly tally?: IssueTallyData;
  readonly result?: RangeResult;
  readonly error?: unknown;
  readonly logistik?: { exitCode: ExitCode; key: string; params: Record<string, string | number> };
}

/**
 * The error a range worker's `error` message stands for. A typed one (the memory guard's) keeps
 * its exit code, message key and parameters across the thread (range-worker.ts posts them), so
 * the run stops with the same exit code and message as on this thread.
 */
export function rangeWorkerError(m: Pick<WorkerMessage, 'error' | 'logistik'>): Error {
  const l = m.logistik;
  if (l) return new LogistikError(l.exitCode, l.key, l.params);
  return m.error instanceof Error ? m.error : new Error(String(m.error));
}

function inWorker(worker: Worker, job: RangeJob, issues: SpillingIssueSink, progress: (bytes: number, rows: number) => void): Promise<RangeResult> {
  return new Promise((resolve, reject) => {
    if (hasExited(worker)) {
      reject(new Error('range worker exited before its job'));
      return;
    }
    let settled = false;
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') progress(m.bytes ?? 0, m.rows ?? 0);
      else if (m.type === 'records' && m.records) {
        issues.addRecords(Buffer.from(m.records.buffer, m.records.byteOffset, m.records.byteLength));
        worker.postMessage({ type: 'ack' });
      } else if (m.type === 'tally' && m.tally) issues.absorbTally(IssueTally.fromData(m.tally));
      else if (m.type === 'result' && m.result) {
        settled = true;
        // Its heap (its copy of the range's TPS state, ~1.4 KB per TPS) goes before the merge
        // rebuilds that state here (RangesRead).
        const result = m.result;
        void worker.terminate().then(() => resolve(result), () => resolve(result));
      } else if (m.type === 'error') {
        settled = true;
        reject(rangeWorkerError(m));
      }
    });
    worker.on('error', (e) => {
      if (!settled) reject(e);
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`range worker exited with ${code}`));
    });
    worker.postMessage(job);
  });
}

/**
 * Whether the ranges read as one stream would have: each ended at a record start on the line the
 * next was told it starts on (so the cut was a record start: the range before it was read exactly
 * from the file's start), the header was in the first range, and no later range had to decide an
 * encoding the first range left undecided (a later range that decoded only ASCII decodes the same
 * whatever was decided before it).
 */
function consistent(results: readonly RangeResult<unknown>[], headerLine: number, tentative: boolean): boolean {
  if (results.length > 1 && results[1]!.firstLine <= headerLine) return false;
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    // A NUL byte: the one-stream reader refuses the file and names the line.
    if (!r.clean || r.nul) return false;
    if (i + 1 < results.length && r.nextLine !== results[i + 1]!.firstLine) return false;
    if (i > 0 && tentative && !r.tentative) return false;
  }
  return results[0]!.layout !== null;
}

/** The merged ranges; the file's digest is added once its hash is done. */
type Merged = Omit<ParallelOutcome, 'sha256'>;

function merge(
  first: RangeResult<RollState>, later: readonly RangeResult[], berkas: string, storedBytes: number, delimiter: string, issues: IssueSink,
): Merged {
  const state = first.state;
  // The results stay reachable (from the workers' settled promises) for a while after this: they
  // must not keep the NIK tables and every range's TPS state alive through finishRoll and the
  // output. Kept, the table's memory was not freed by cli/roll.ts's collection (30 M rows: 394 MiB).
  dropState(first);
  for (const r of later) {
    absorbRollState(state, fromStateData(r.state), true);
    dropState(r);
  }
  const results = [first, ...later];
  const counts = { barisData: 0, barisKosong: 0, barisJudul: 0, barisPenutup: 0 };
  let structuralRejects = 0;
  for (const r of results) {
    counts.barisData += r.counts.barisData;
    counts.barisKosong += r.counts.barisKosong;
    counts.barisJudul += r.counts.barisJudul;
    counts.barisPenutup += r.counts.barisPenutup;
    structuralRejects += r.structuralRejects;
  }
  // Once per file, at its first row: the first range that has one has the earliest.
  const said = new Set<string>();
  for (const r of results) {
    for (const issue of r.oncePerFile) {
      if (said.has(issue.code)) continue;
      said.add(issue.code);
      issues.add(issue);
    }
  }
  const layout = results[0]!.layout;
  if (layout !== null && counts.barisData === 0) {
    issues.add({ code: 'no-records', severity: 'galat', file: berkas, line: null, column: null, params: {} });
  }
  return {
    state,
    structuralRejects,
    layout,
    result: { storedBytes, ...counts, delimiter, encoding: results[0]!.encoding, layout },
  };
}

/** A worker that died on its heap limit (V8 ends the thread, not the process). */
function isWorkerOutOfMemory(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && err.code === 'ERR_WORKER_OUT_OF_MEMORY';
}
