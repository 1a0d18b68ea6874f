import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ceilDiv, divRound, mulDivRound, reserve, splitLargestRemainder } from '../../src/core/compute/index.js';
import { toRational } from '../../src/core/config/index.js';

const P2 = toRational(2);
const P25 = toRational(2.5);

// Expected values by hand: reserve = ceil(dpt × 2 / 100) and ceil(dpt × 25 / 1000) (domain.md §8.1).
const CASES: ReadonlyArray<[number, number, number]> = [
  // dpt, reserve at 2 %, reserve at 2.5 %
  [0, 0, 0],
  [1, 1, 1], // 0.02 → 1, 0.025 → 1
  [49, 1, 2], // 0.98 → 1, 1.225 → 2
  [50, 1, 2], // 1 exactly → 1, 1.25 → 2
  [51, 2, 2], // 1.02 → 2, 1.275 → 2
  [99, 2, 3], // 1.98 → 2, 2.475 → 3
  [100, 2, 3], // 2 exactly, 2.5 → 3
  [101, 3, 3], // 2.02 → 3, 2.525 → 3
  [300, 6, 8], // KPU: 300 → 306 (domain.md §1.2); 7.5 → 8
  [600, 12, 15], // 600 at 2.5 % → 615
];

describe('ballot reserve per TPS, rounded up', () => {
  test.each(CASES)('dpt %i → +%i (2 %%), +%i (2.5 %%)', (dpt, r2, r25) => {
    expect(reserve(dpt, P2, 'atas')).toBe(r2);
    expect(reserve(dpt, P25, 'atas')).toBe(r25);
    expect(dpt + reserve(dpt, P2, 'atas')).toBe(dpt + r2);
  });

  test('the two headline examples', () => {
    expect(300 + reserve(300, P2, 'atas')).toBe(306);
    expect(600 + reserve(600, P25, 'atas')).toBe(615);
    expect(1 + reserve(1, P2, 'atas')).toBe(2);
  });

  test('matches the integer formulas for every dpt up to 1000', () => {
    for (let dpt = 0; dpt <= 1000; dpt++) {
      expect(reserve(dpt, P2, 'atas')).toBe(Math.ceil((dpt * 2) / 100));
      expect(reserve(dpt, P25, 'atas')).toBe(Math.ceil((dpt * 25) / 1000));
    }
  });
});

describe('rounding modes', () => {
  test('exact multiples are not rounded in any mode', () => {
    for (const mode of ['atas', 'terdekat', 'bawah'] as const) {
      expect(divRound(0, 7, mode)).toBe(0);
      expect(divRound(100, 50, mode)).toBe(2);
      expect(reserve(50, P2, mode)).toBe(1);
      expect(reserve(200, P25, mode)).toBe(5);
    }
  });
  test('ceil, half up, floor just around a half', () => {
    expect([divRound(5, 2, 'atas'), divRound(5, 2, 'terdekat'), divRound(5, 2, 'bawah')]).toEqual([3, 3, 2]);
    expect([divRound(7, 4, 'atas'), divRound(7, 4, 'terdekat'), divRound(7, 4, 'bawah')]).toEqual([2, 2, 1]);
    expect([divRound(5, 4, 'atas'), divRound(5, 4, 'terdekat'), divRound(5, 4, 'bawah')]).toEqual([2, 1, 1]);
    // 250 voters at 2 % = 5 exactly: ceil keeps 5 (the PPK chair's "6" is floor + 1, domain.md §1.2).
    expect(reserve(250, P2, 'atas')).toBe(5);
    // 60 at 2.5 % = 1.5: half up → 2, floor → 1.
    expect(reserve(60, P25, 'terdekat')).toBe(2);
    expect(reserve(60, P25, 'bawah')).toBe(1);
  });
  test('products beyond 2^53 are exact (BigInt path)', () => {
    const big = 9_000_000_000_000; // × 1,000,000 > 2^53
    expect(mulDivRound(big, 1_000_001, 1_000_000, 'atas')).toBe(big + 9_000_000);
    expect(() => mulDivRound(Number.MAX_SAFE_INTEGER, 3, 1, 'atas')).toThrow(RangeError);
    expect(() => divRound(1.5, 1, 'atas')).toThrow(RangeError);
  });
  test('property: ceil/floor/half-up bracket the true quotient', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.integer({ min: 1, max: 1_000_000 }), (n, d) => {
        const c = ceilDiv(n, d);
        const f = divRound(n, d, 'bawah');
        const h = divRound(n, d, 'terdekat');
        expect(f * d <= n && n <= c * d).toBe(true);
        expect(c - f).toBe(n % d === 0 ? 0 : 1);
        expect(Math.abs(2 * (h * d - n)) <= d).toBe(true);
      }),
    );
  });
});

describe('largest-remainder split (reserve rounded once on the total)', () => {
  test('0 to share, or nothing to share it over', () => {
    expect(splitLargestRemainder(0, [3, 5, 0])).toEqual([0, 0, 0]);
    expect(splitLargestRemainder(0, [])).toEqual([]);
    expect(splitLargestRemainder(0, [0, 0])).toEqual([0, 0]);
    expect(() => splitLargestRemainder(1, [0, 0])).toThrow(RangeError);
    expect(() => splitLargestRemainder(1, [])).toThrow(RangeError);
  });
  test('1 goes to the largest remainder; equal remainders to the earlier unit', () => {
    expect(splitLargestRemainder(1, [1, 3, 2])).toEqual([0, 1, 0]); // remainders 1, 3, 2 (of 6)
    expect(splitLargestRemainder(1, [2, 2, 2])).toEqual([1, 0, 0]);
    expect(splitLargestRemainder(2, [2, 2, 2])).toEqual([1, 1, 0]);
    expect(splitLargestRemainder(1, [0, 5])).toEqual([0, 1]); // a unit of weight 0 gets nothing
  });
  test('exact multiples split exactly, with no remainder to hand out', () => {
    expect(splitLargestRemainder(6, [1, 2, 3])).toEqual([1, 2, 3]);
    expect(splitLargestRemainder(12, [1, 2, 3])).toEqual([2, 4, 6]);
    expect(splitLargestRemainder(5, [5])).toEqual([5]);
  });
  test('Tapanuli Selatan style: 5,454 over 671 TPS of ~325 voters', () => {
    const dpts = Array.from({ length: 671 }, (_, i) => 300 + (i % 51));
    const reserveTotal = Math.ceil((dpts.reduce((a, b) => a + b, 0) * 25) / 1000);
    const shares = splitLargestRemainder(reserveTotal, dpts);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(reserveTotal);
    expect(new Set(shares)).toEqual(new Set([7, 8, 9]));
  });
  test('products past 2^53 are exact (BigInt path)', () => {
    // 2^40 × 2^40 > 2^53: floors 366,503,875,925 each and 0; the one left goes to the weight-1 unit,
    // whose remainder (2^40) is the largest (exact values from Python's integers).
    const big = 2 ** 40;
    expect(splitLargestRemainder(big, [big, big, big, 1])).toEqual([366503875925, 366503875925, 366503875925, 1]);
  });
  test('property: shares sum to the total, each within 1 of its exact share, larger weights never get less', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.array(fc.nat(10_000), { minLength: 1, maxLength: 40 }), (total, weights) => {
        const sum = weights.reduce((a, b) => a + b, 0);
        fc.pre(sum > 0);
        const shares = splitLargestRemainder(total, weights);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
        weights.forEach((w, i) => {
          const share = shares[i] ?? -1;
          // floor(total × w / sum) ≤ share ≤ floor + 1 (all products here stay below 2^53)
          expect(share).toBeGreaterThanOrEqual(Math.floor((total * w) / sum));
          expect(share).toBeLessThanOrEqual(Math.floor((total * w) / sum) + 1);
        });
        weights.forEach((w, i) => weights.forEach((v, j) => {
          if (w > v) expect(shares[i] ?? 0).toBeGreaterThanOrEqual(shares[j] ?? 0);
        }));
      }),
    );
  });
});
