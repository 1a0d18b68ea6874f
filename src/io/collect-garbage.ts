/**
 * A full garbage collection on demand, for the one moment it pays: right after the NIK table of a
 * large roll is released (cli/roll.ts). Its hundreds of MiB are typed arrays whose memory V8
 * frees only when it next collects the old generation, which the small JS allocations of the
 * manifests and output do not trigger soon: the table stayed resident while they were built, and
 * that was the peak RSS of a 30 M-row run (1154 MiB; 1060 MiB with this collection).
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
