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
