/**
 * Integer rounding of exact rationals. Every quantity is `round(count × num / den)` with safe
 * integers; when `count × num` could pass 2^53 the product is taken in BigInt instead, so no
 * float ever decides a ballot (domain.md §8.1: `ceil(DPT × 2 / 100)`, `ceil(DPT × 25 / 1000)`).
 */
import type { Pembulatan, Rational } from '../config/index.js';

export type Rounding = Pembulatan;

function assertCount(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a safe integer ≥ 0, got ${n}`);
}

/** `n / d` rounded by `mode`: `atas` = ceil, `terdekat` = half up, `bawah` = floor. */
export function divRound(n: number, d: number, mode: Rounding): number {
  assertCount(n, 'numerator');
  if (!Number.isSafeInteger(d) || d < 1) throw new RangeError(`denominator must be a safe integer ≥ 1, got ${d}`);
  const r = n % d;
  const q = (n - r) / d;
  if (r === 0 || mode === 'bawah') return q;
  if (mode === 'atas') return q + 1;
  return r >= d - r ? q + 1 : q;
}

function divRoundBig(n: bigint, d: bigint, mode: Rounding): number {
  const q = n / d;
  const r = n % d;
  const up = r !== 0n && (mode === 'atas' || (mode === 'terdekat' && r >= d - r));
  const out = up ? q + 1n : q;
  if (out > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('quantity above 2^53');
  return Number(out);
}

/** `a × num / den` rounded by `mode`, exact for any safe inputs. */
export function mulDivRound(a: number, num: number, den: number, mode: Rounding): number {
  assertCount(a, 'count');
  assertCount(num, 'ratio numerator');
  if (a === 0 || num <= Number.MAX_SAFE_INTEGER / a) return divRound(a * num, den, mode);
  return divRoundBig(BigInt(a) * BigInt(num), BigInt(den), mode);
}

/** `count × ratio`, rounded: the base quantity of one holding unit. */
export function scale(count: number, ratio: Rational, mode: Rounding): number {
  return mulDivRound(count, ratio.num, ratio.den, mode);
}

/** The reserve on `base` at `pct` percent (a rational: 5/2 = 2.5 %), rounded per holding unit. */
export function reserve(base: number, pct: Rational, mode: Rounding): number {
  return mulDivRound(base, pct.num, pct.den * 100, mode);
}

export const ceilDiv = (n: number, d: number): number => divRound(n, d, 'atas');
export const floorDiv = (n: number, d: number): number => divRound(n, d, 'bawah');
export const roundHalfUpDiv = (n: number, d: number): number => divRound(n, d, 'terdekat');

/** Sum that refuses to leave the safe-integer range (a bug or absurd input, never silent). */
export function safeAdd(a: number, b: number): number {
  const s = a + b;
  if (!Number.isSafeInteger(s)) throw new RangeError('sum above 2^53');
  return s;
}

/**
 * Largest-remainder split ("Hamilton"): `total` whole units shared over `weights` in proportion,
 * each share `floor(total × w / W)` plus one for the `total − Σ floors` largest remainders; equal
 * remainders go to the earlier index (callers list units in manifest order, so ties fall by
 * `kode_kelurahan`, `tps`). Shares sum to `total` exactly and differ from the exact proportion by
 * less than one. All weights 0 share nothing (a total of 0 only: there is no proportion to follow).
 */
export function splitLargestRemainder(total: number, weights: readonly number[]): number[] {
  assertCount(total, 'total');
  let sum = 0;
  for (const w of weights) {
    assertCount(w, 'weight');
    sum = safeAdd(sum, w);
  }
  if (sum === 0) {
    if (total !== 0) throw new RangeError(`cannot split ${total} over weights that are all 0`);
    return weights.map(() => 0);
  }
  const shares: number[] = [];
  const remainders: number[] = [];
  let given = 0;
  for (const w of weights) {
    const [q, r] = quotientRemainder(total, w, sum);
    shares.push(q);
    remainders.push(r);
    given += q;
  }
  const order = weights.map((_, i) => i).sort((a, b) => (remainders[b] ?? 0) - (remainders[a] ?? 0) || a - b);
  for (let k = 0; k < total - given; k++) {
    const i = order[k] as number;
    shares[i] = (shares[i] ?? 0) + 1;
  }
  return shares;
}

/** `a × b = q × d + r`, exact: BigInt only when the product could pass 2^53. */
function quotientRemainder(a: number, b: number, d: number): [number, number] {
  if (b === 0 || a <= Number.MAX_SAFE_INTEGER / b) {
    const p = a * b;
    const r = p % d;
    return [(p - r) / d, r];
  }
  const p = BigInt(a) * BigInt(b);
  const bd = BigInt(d);
  return [Number(p / bd), Number(p % bd)];
}

/** Whole packs covering `jumlah` and what they hold (`jumlah_kemasan`, `jumlah_pengadaan`), exact. */
export function packs(jumlah: number, isi: number): { kemasan: number; pengadaan: number } {
  const kemasan = divRound(jumlah, isi, 'atas');
  const pengadaan = kemasan * isi;
  if (!Number.isSafeInteger(pengadaan)) throw new RangeError('quantity above 2^53');
  return { kemasan, pengadaan };
}
