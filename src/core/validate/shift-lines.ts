import type { RollState } from './roll-state.js';

/**
 * Adds `delta` to every line a RollState holds. A later byte range of a roll is read before the
 * lines above it are counted (parallel.ts): it numbers its lines from 1 and is shifted here once
 * the ranges before it say where it starts. Every field that holds a line is in this function;
 * a field added to the state with a line must be added here too (test/validate/shift-lines.test.ts).
 */
export function shiftRollLines(state: RollState, delta: number): void {
  if (delta === 0) return;
  for (const file of state.files.values()) {
    if (file.masked > 0) file.firstMaskedLine += delta;
    if (file.footer !== null) file.footer = { ...file.footer, line: file.footer.line + delta };
    for (const acc of file.tps.values()) {
      acc.firstLine += delta;
      for (const tally of acc.names) tally.first = { file: tally.first.file, line: tally.first.line + delta };
    }
  }
  state.nik.shiftLines(delta);
  state.nikDuplicates.shiftLines(delta);
  for (const [key, origin] of state.recapFirst) state.recapFirst.set(key, { ...origin, line: origin.line + delta });
  state.tpsDuplicates.forEach((dup, i) => {
    state.tpsDuplicates[i] = { ...dup, line: dup.line + delta };
  });
}
