/**
 * Code-point string order. Never `localeCompare`: its result depends on ICU data and the locale,
 * and audited files must be byte-identical on every machine.
 */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
