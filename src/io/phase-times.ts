/**
 * LOGISTIK_DEBUG_PARALLEL=1: where a run's time goes, for the benchmark page (issue 16), as
 * `logistik: <phase> at <ms> ms` lines on stderr, in milliseconds since the process started, so
 * the lines of the main thread and of its workers' results make one timeline. Silent otherwise.
 */
const ON = process.env.LOGISTIK_DEBUG_PARALLEL !== undefined && process.env.LOGISTIK_DEBUG_PARALLEL !== '';

export function phaseTimesOn(): boolean {
  return ON;
}

export function markPhase(phase: string): void {
  if (ON) process.stderr.write(`logistik: ${phase} at ${performance.now().toFixed(0)} ms\n`);
}
