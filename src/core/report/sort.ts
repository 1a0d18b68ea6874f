import { compareCodePoints } from '../config/canonical-json.js';

/**
 * Code-point string order. Never `localeCompare`: its result depends on ICU data and the locale,
 * and audited files must be byte-identical on every machine. Not JS `<` either: that compares
 * UTF-16 code units, which puts U+E000..U+FFFF (say `～`) after astral characters (say `😀`), unlike
 * the code-point order the contract names and the rest of the tool uses (compute, validate).
 */
export function byCodePoint(a: string, b: string): number {
  return compareCodePoints(a, b);
}
