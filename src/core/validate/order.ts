import { compareCodePoints as compareCodePoint } from '../code-point.js';

export { compareCodePoint };

/** Where a record is. "First" and "later" always mean this order, never arrival order. */
export interface Origin {
  readonly file: string;
  readonly line: number;
}

export function compareOrigin(a: Origin, b: Origin): number {
  return compareCodePoint(a.file, b.file) || a.line - b.line;
}

export function minOrigin<T extends Origin>(a: T, b: T): T {
  // Mostly two lines of one file (finishRoll asks once or twice per TPS): no comparison of names.
  if (a.file === b.file) return a.line <= b.line ? a : b;
  return compareOrigin(a, b) <= 0 ? a : b;
}
