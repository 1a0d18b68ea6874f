/**
 * Axis ticks for whole-number quantities: a step of 1, 2 or 5 times a power of ten, so that the
 * axis reads 0, 500, 1.000, 1.500 … and never 0, 437, 874. The axis ends on the first tick at or
 * above the largest value, so the longest bar reaches at most the end of the axis.
 */

export interface Axis {
  /** The value at the end of the axis (the last tick); at least 1, so an axis of zeros still has a length. */
  readonly max: number;
  readonly step: number;
  /** 0, step, 2·step, … max. */
  readonly ticks: readonly number[];
}

/** The smallest 1/2/5 × 10^k step (k ≥ 0: quantities are whole) that covers `max` in at most `count` steps. */
export function niceStep(max: number, count: number): number {
  if (!(max > 0) || count < 1) return 1;
  const raw = max / count;
  let power = 1;
  while (power * 10 <= raw) power *= 10;
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

export function axisFor(max: number, count = 5): Axis {
  const step = niceStep(max, count);
  const top = Math.max(step, Math.ceil(Math.max(0, max) / step) * step);
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  return { max: top, step, ticks };
}

/** A coordinate with two decimals: stable text for SVG, the same on every machine. */
export function coord(x: number): number {
  return Math.round(x * 100) / 100;
}
