/**
 * Code-point order, the one string order of every sorted output. Never `localeCompare` (its result
 * depends on ICU data and the locale); and not plain `<` either, which compares UTF-16 units and so
 * puts U+E000..U+FFFF after characters outside the BMP.
 */
function unitRank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return unitRank(x) - unitRank(y);
  }
  return a.length - b.length;
}

/** Half of a character outside the BMP: where UTF-16 order and code-point order part. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * True when every UTF-16 unit of `s` is a code point of its own. Among such strings `<` (native)
 * is code-point order: a sort of many long keys can then skip compareCodePoints' walk.
 */
export function unitsAreCodePoints(s: string): boolean {
  return !SURROGATE.test(s);
}
