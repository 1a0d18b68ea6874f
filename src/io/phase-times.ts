/**
 * LOGISTIK_DEBUG_PARALLEL=1: where a run's time goes, for the benchmark page (issue 16), as
 * `logistik: <phase> at <ms> ms` lines on stderr, in milliseconds since the process started, so
 * the lines of the main thread and of its workers' results make one timeline. Silent otherwise.
 */
import { readFileSync } from 'node:fs';

const ON = process.env.LOGISTIK_DEBUG_PARALLEL !== undefined && process.env.LOGISTIK_DEBUG_PARALLEL !== '';

export function phaseTimesOn(): boolean {
  return ON;
}

export function markPhase(phase: string): void {
  if (ON) process.stderr.write(`logistik: ${phase} at ${performance.now().toFixed(0)} ms\n`);
}

/**
 * The calling thread's own CPU time (user + system) in ms, from Linux's /proc/thread-self/stat
 * (10 ms ticks), or null elsewhere: what a byte range cost, whatever else the machine ran.
 */
export function threadCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'latin1');
    // Fields after the command name (which may hold spaces) start after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
