/**
 * The range workers of a split roll, started as soon as the command line shows they will be
 * needed: before the command's modules, its config and the roll's first bytes are read. A worker
 * takes ~130 ms to be ready (Node's own start in the thread, then the worker bundle's modules);
 * started from readFileParallel, the ranges' jobs waited for it (1 M rows, issue 16.2: the first
 * record was read 50-300 ms after "ranges started", by load). Workers started early and never
 * taken are unref'd (they never hold the process open) and ended with the command.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** How a file may be read in byte ranges (parallel.ts); here, where the workers are, so that parallel.ts imports this file and not the other way round. */
export interface ParallelOptions {
  /** Byte ranges, the first read on the calling thread, each other in a worker thread; default min(2, CPUs): with 2 cores a third thread only adds switching. */
  readonly ranges?: number;
  /** Files smaller than this are read in one stream (default 64 MiB: thread start-up is ~50 ms). */
  readonly minBytes?: number;
  /** Run the ranges one after the other in this thread (tests under vitest, where no built worker exists). */
  readonly inline?: boolean;
  /** Issues a later range holds before it asks for its first line (held-issues.ts; tests make it tiny). */
  readonly holdIssues?: number;
  /** The environment a range worker starts with, instead of one started early (tests give a worker alone a memory limit). */
  readonly workerEnv?: NodeJS.ProcessEnv;
}

/** parallel.ts's worker entry: the two sit in one folder, in dist/io/ as in dist/bundle/. */
export const RANGE_WORKER_URL = new URL('./range-worker.js', import.meta.url);
/** Files smaller than this are read in one stream (thread start-up is ~50-130 ms). */
export const DEFAULT_MIN_BYTES = 64 * 1024 * 1024;

/**
 * From the environment: LOGISTIK_THREADS (1 = never split), LOGISTIK_SPLIT_MIN_BYTES (tests force
 * tiny ranges); LOGISTIK_DEBUG_PARALLEL=1 says on stderr when a file was split, and when each
 * phase ended (phase-times.ts).
 */
export function parallelFromEnv(env: NodeJS.ProcessEnv = process.env): ParallelOptions {
  const threads = Number(env.LOGISTIK_THREADS);
  const minBytes = Number(env.LOGISTIK_SPLIT_MIN_BYTES);
  const hold = Number(env.LOGISTIK_SPLIT_HOLD_ISSUES);
  return {
    ...(Number.isInteger(threads) && threads >= 1 ? { ranges: threads } : {}),
    ...(Number.isInteger(minBytes) && minBytes >= 0 ? { minBytes } : {}),
    ...(Number.isInteger(hold) && hold >= 0 ? { holdIssues: hold } : {}),
  };
}

/** Workers that have exited (a start-up error, say) before they were given a job. */
const exited = new WeakSet<Worker>();
const early: Worker[] = [];

export function hasExited(worker: Worker): boolean {
  return exited.has(worker);
}

/**
 * A worker that waits for its RangeJob (range-worker.ts): one started early when there is one and
 * no `env` is asked for, else a new one. An error before it has a job makes parallel.ts's inWorker fail.
 */
export function rangeWorker(env?: NodeJS.ProcessEnv): Worker {
  if (env !== undefined) return newWorker(env);
  const started = early.shift();
  if (started === undefined) return newWorker();
  started.ref();
  return started;
}

function newWorker(env?: NodeJS.ProcessEnv): Worker {
  const worker = new Worker(RANGE_WORKER_URL, env === undefined ? {} : { env });
  worker.on('error', () => {});
  worker.once('exit', () => exited.add(worker));
  return worker;
}

/**
 * Starts `ranges - 1` workers now (the first range is read on the main thread) when `paths` (as the user typed them, against `cwd`) hold a file
 * readFileParallel will split: uncompressed, at least `minBytes`. Only a guess from the command
 * line: a worker it starts for nothing costs a thread start, never a different result.
 */
export function startEarly(paths: readonly string[], cwd: string, opts: ParallelOptions): void {
  const ranges = opts.ranges ?? Math.min(2, availableParallelism());
  // Under vitest there is no built worker (parallel.ts then reads the ranges inline).
  if (ranges < 2 || early.length > 0 || !existsSync(fileURLToPath(RANGE_WORKER_URL))) return;
  const min = opts.minBytes ?? DEFAULT_MIN_BYTES;
  const large = paths.some((p) => {
    if (p === '-' || p.toLowerCase().endsWith('.gz')) return false;
    const s = statSync(resolve(cwd, p), { throwIfNoEntry: false });
    return s !== undefined && s.isFile() && s.size >= min;
  });
  if (!large) return;
  for (let i = 1; i < ranges; i++) {
    const worker = newWorker();
    worker.unref();
    early.push(worker);
  }
}

const HASH_WORKER_URL = new URL('./hash-worker.js', import.meta.url);

export interface Hasher {
  /** The SHA-256 of the file at `path`; the worker ends once it answers. */
  digest(path: string): Promise<string>;
  /** Ends the worker unasked (the ranges failed). */
  end(): void;
}

/**
 * A worker that waits for a path and answers its SHA-256 (hash-worker.ts). Started with the
 * ranges, it is ready when the first range ends, and the digest starts at once: started then, it
 * took ~60-130 ms to start (more under load), and on the 1 M-row roll the digest, not the merge,
 * was what the read waited for last. Unref'd until asked: it never holds the process open idle.
 */
export function startHasher(): Hasher {
  const worker = new Worker(HASH_WORKER_URL);
  worker.unref();
  const answer = new Promise<string>((resolve, reject) => {
    worker.once('message', (m: { sha?: string; error?: string }) => {
      if (m.sha !== undefined) resolve(m.sha);
      else reject(new Error(m.error ?? 'hash worker failed'));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', () => reject(new Error('hash worker exited before answering')));
  });
  // Never asked (the ranges failed): nobody waits for it.
  answer.catch(() => {});
  return {
    digest: (path) => {
      worker.ref();
      worker.postMessage({ path });
      return answer;
    },
    end: () => void worker.terminate(),
  };
}

/** Ends the workers started early and never taken (a run that failed before its roll, say). */
export function endEarly(): void {
  for (const worker of early.splice(0)) void worker.terminate();
}
