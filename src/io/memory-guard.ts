/**
 * The guard that turns "JavaScript heap out of memory" (V8 aborts the process: no message, no
 * cleanup, exit 134) into a clear stop: exit 4 with a message, no file written.
 *
 * V8 gives no hook before it aborts, so the run looks at its own heap at safe points (every chunk
 * of input read, every batch of issues, the output merge: src/io/read-roll.ts, range-job.ts,
 * issue-sink.ts) and stops there with a ResourceError when the live heap is past LIMIT_SHARE of
 * V8's limit. Garbage counts as used until V8 collects it, so a reading past the limit is
 * confirmed after a full collection first. Each worker thread has its own heap and checks it
 * itself. What grows with the roll's problems is bounded elsewhere (issues spill to disk); this
 * is for what grows with the roll (per-TPS state of a pathological roll) and for a machine whose
 * Node was given little memory. It does not cover off-heap memory (typed arrays: a failed
 * allocation is a RangeError, mapped to the same message in cli/handle-error.ts) nor the OS
 * killing a process that outgrows the machine.
 *
 * LOGISTIK_MEMORY_LIMIT_MIB (hidden) lowers the limit: tests show the stop on a small roll.
 */
import { getHeapStatistics } from 'node:v8';
import { ResourceError } from '../errors.js';
import { collectGarbage } from './collect-garbage.js';

/** The share of V8's heap limit a run may hold: the rest is V8's room to work in near the limit. */
const LIMIT_SHARE = 0.85;
const MIB = 1024 * 1024;

/** The limit in bytes: LIMIT_SHARE of V8's heap limit, or the injected one when it is lower. */
export function memoryLimit(heapSizeLimit: number, env: NodeJS.ProcessEnv = process.env): number {
  const own = Math.floor(heapSizeLimit * LIMIT_SHARE);
  const injected = Number(env.LOGISTIK_MEMORY_LIMIT_MIB);
  return Number.isFinite(injected) && injected > 0 ? Math.min(own, injected * MIB) : own;
}

/** Throws ResourceError (exit 4) when the live heap is past the limit. ~1 µs: call at safe points. */
export function checkMemory(env: NodeJS.ProcessEnv = process.env): void {
  const stats = getHeapStatistics();
  const limit = memoryLimit(stats.heap_size_limit, env);
  if (stats.used_heap_size <= limit) return;
  const live = collect();
  if (live > limit) throw memoryError(live, limit);
}

/** Garbage the heap may hold beyond what was live at the last full collection. */
const GARBAGE_SLACK = 64 * MIB;
let liveAtLastCollection = 0;

function collect(): number {
  collectGarbage();
  liveAtLastCollection = getHeapStatistics().used_heap_size;
  return liveAtLastCollection;
}

/**
 * For the places that make garbage by the gigabyte (millions of issues rendered: the issue sink
 * calls it at each spill): a full collection once the heap holds GARBAGE_SLACK more than was live
 * at the last one. V8 lets its heap grow to a multiple of what is live before it collects (with
 * ~100 MiB of per-TPS state live, ~200 MiB of dead issues sat in the heap at the peak of a roll
 * read twice); a collection costs ~50 ms per 64 MiB of garbage here, and clean rows never call it.
 */
export function limitGarbage(): void {
  if (getHeapStatistics().used_heap_size > liveAtLastCollection + GARBAGE_SLACK) collect();
}

export function memoryError(used: number, limit: number): ResourceError {
  return new ResourceError('error.memory', { dipakai: Math.ceil(used / MIB), batas: Math.floor(limit / MIB) }, 'out of memory');
}
