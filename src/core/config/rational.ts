/**
 * Exact rationals for config decimals. Ratios and percentages are written as JSON decimals (`2.5`)
 * and turned into integers over a power of ten once, when the config is resolved, so that no float
 * ever takes part in a quantity (docs/architecture.md, "Quantities are integers").
 */

/** `num / den`, both safe non-negative integers, reduced, `den ≥ 1`. */
export interface Rational {
  readonly num: number;
  readonly den: number;
}

/** More places than this is almost certainly a typo or a float artefact, not a logistics rule. */
export const MAX_DECIMAL_PLACES = 6;

/** Digits after the point in the shortest round-trip text of `n`, or null when not representable. */
export function decimalPlaces(n: number): number | null {
  if (!Number.isFinite(n)) return null;
  const text = String(Math.abs(n));
  // Exponent forms are below 1e-6 or at least 1e21: outside what a config can mean.
  if (text.includes('e')) return null;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** True for a finite number with at most {@link MAX_DECIMAL_PLACES} decimals (the schema's check). */
export function isConfigDecimal(n: number): boolean {
  const places = decimalPlaces(n);
  return places !== null && places <= MAX_DECIMAL_PLACES;
}

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** `2.5` → 5/2. Throws on what the schema must already have rejected (a bug if it happens). */
export function toRational(n: number): Rational {
  const places = decimalPlaces(n);
  if (places === null || places > MAX_DECIMAL_PLACES || n < 0) {
    throw new RangeError(`not a config decimal: ${String(n)}`);
  }
  // Read the digits from the text, not from n × 10^k, which can be off by one ulp.
  const digits = Number(String(n).replace('.', ''));
  const den = 10 ** places;
  if (!Number.isSafeInteger(digits)) throw new RangeError(`decimal too large: ${String(n)}`);
  const g = gcd(digits, den) || 1;
  return Object.freeze({ num: digits / g, den: den / g });
}

/** Back to the JSON number the config held (exact: den divides 10^6, see configForDisplay). */
export function rationalToNumber(r: Rational): number {
  return r.num / r.den;
}
