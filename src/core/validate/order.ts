/**
 * Code-point ordering. JS `<` compares UTF-16 code units, which puts U+E000..U+FFFF after astral
 * characters; the contract wants code-point order (and never `localeCompare`, which depends on ICU).
 */
function rank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}

export function compareCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return rank(x) - rank(y);
  }
  return a.length - b.length;
}

/** Where a record is. "First" and "later" always mean this order, never arrival order. */
export interface Origin {
  readonly file: string;
  readonly line: number;
}

export function compareOrigin(a: Origin, b: Origin): number {
  return compareCodePoint(a.file, b.file) || a.line - b.line;
}

export function minOrigin<T extends Origin>(a: T, b: T): T {
  return compareOrigin(a, b) <= 0 ? a : b;
}
