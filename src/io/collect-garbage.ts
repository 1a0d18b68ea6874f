/**
 * A full garbage collection on demand, for the memory guard (memory-guard.ts): a heap reading
 * past the limit is confirmed after one. hitung no longer calls it after releasing the NIK table:
 * the table stayed resident then only because the ranges' results kept it reachable (fixed in
 * parallel.ts merge()); V8 now frees it on its own soon after, and the peak RSS is earlier
 * (docs/benchmarks.md, "Memory").
 *
 * `gc` exists only under --expose-gc; the flag can be turned on at run time, and a new context
 * then gets the function (the documented caveat of v8.setFlagsFromString is about flags that
 * change behaviour already under way, which this one does not).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null = null;

export function collectGarbage(): void {
  if (gc === null) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
