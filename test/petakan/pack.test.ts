/**
 * Merging one kelurahan's old TPS (src/core/petakan/pack.ts): the proposal order as defined, the
 * lower bounds, the heuristics and their bound, and the exact search against brute force.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBoundL1, lowerBoundL2, unmatchedBig } from '../../src/core/petakan/bounds.js';
import { firstFitDecreasing, improveRuns, nextFitInOrder } from '../../src/core/petakan/heuristics.js';
import { EXACT_LIMIT, pack } from '../../src/core/petakan/pack.js';
import { binsOf, compareProposals, groupsOf, runsOf, toRgs } from '../../src/core/petakan/proposal-order.js';
import { balancedSegments } from '../../src/core/petakan/segment.js';
import { bruteBest, groupLoads, minBinsDp } from './brute.js';

describe('the proposal order', () => {
  it('counts bins and runs of an RGS', () => {
    expect(binsOf([0, 0, 1, 1, 2])).toBe(3);
    expect(runsOf([0, 0, 1, 1, 2])).toBe(3);
    expect(runsOf([0, 1, 0, 1])).toBe(4);
    expect(runsOf([])).toBe(0);
    expect(groupsOf([0, 1, 0, 2])).toEqual([[0, 2], [1], [3]]);
    expect(toRgs([7, 7, 3, 7, 9])).toEqual([0, 0, 1, 0, 2]);
  });

  it('fewer new TPS first, then fewer runs (neighbours merged), then new TPS by new TPS', () => {
    // 3 bins always loses to 2
    expect(compareProposals([0, 1, 0, 1], [0, 1, 2, 2])).toBeLessThan(0);
    // same bins: 001+002 | 003+004 (2 runs) beats 001+003 | 002+004 (4 runs)
    expect(compareProposals([0, 0, 1, 1], [0, 1, 0, 1])).toBeLessThan(0);
    // same bins and runs: new TPS 001 = {1,2} beats {1}: it takes old 2, the other does not
    expect(compareProposals([0, 0, 1], [0, 1, 1])).toBeLessThan(0);
    // new TPS 001 = {1,2,4} beats {1,2}: at old 4 one takes it and the other does not (unlike
    // list order, where [1,2] is a prefix of [1,2,4] and would come first)
    expect(compareProposals([0, 0, 1, 0, 2], [0, 0, 1, 2, 1])).toBeLessThan(0);
    expect(compareProposals([0, 0, 1, 1], [0, 0, 1, 1])).toBe(0);
  });

  it('is a total order: antisymmetric and only equal on equal RGS', () => {
    const rgsArb = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 6 }).map(toRgs);
    fc.assert(
      fc.property(rgsArb, rgsArb, (a, b) => {
        const ab = compareProposals(a, b);
        const ba = compareProposals(b, a);
        expect(Math.sign(ab) + Math.sign(ba)).toBe(0);
        if (a.length === b.length) expect(ab === 0).toBe(a.every((g, i) => g === b[i]));
      }),
    );
  });
});

describe('lower bounds', () => {
  it('L1 is the total over the capacity, rounded up (0, exact multiples, one over)', () => {
    expect(lowerBoundL1([], 600)).toBe(0);
    expect(lowerBoundL1([600], 600)).toBe(1);
    expect(lowerBoundL1([300, 300], 600)).toBe(1);
    expect(lowerBoundL1([300, 301], 600)).toBe(2);
  });

  it('L2 sees items above half the capacity that cannot share a bin', () => {
    // Σ = 1220 → L1 = 3; but 4 items > 300 need 4 bins
    expect(lowerBoundL1([305, 305, 305, 305], 600)).toBe(3);
    expect(lowerBoundL2([305, 305, 305, 305], 600)).toBe(4);
    // α = 200: J1 = {450} (> 400), J2 = {350}, J3 = {200, 200}: 2 + ⌈(400 − 250) / 600⌉ = 3
    expect(lowerBoundL2([450, 350, 200, 200], 600)).toBe(3);
    // every item ≤ C/2: L2 = L1
    expect(lowerBoundL2([300, 300, 299], 600)).toBe(2);
  });

  it('L2 never exceeds the true optimum (random kelurahan, DP reference)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 600 }), { minLength: 1, maxLength: 10 }), (sizes) => {
        expect(lowerBoundL2(sizes, 600)).toBeLessThanOrEqual(minBinsDp(sizes, 600));
        expect(lowerBoundL2(sizes, 600)).toBeGreaterThanOrEqual(lowerBoundL1(sizes, 600));
      }),
    );
  });

  it('big items match open rooms one to one', () => {
    expect(unmatchedBig([500, 400], [450, 100])).toBe(1);
    expect(unmatchedBig([500, 400], [500, 400])).toBe(0);
    expect(unmatchedBig([350], [])).toBe(1);
  });
});

describe('heuristics', () => {
  it('next fit in number order fills each new TPS with the following old TPS', () => {
    expect(nextFitInOrder([300, 250, 100, 500, 50], 600)).toEqual([0, 0, 1, 1, 2]);
  });

  it('first-fit decreasing: largest first, into the first TPS with room', () => {
    // sorted 500, 300, 250, 100, 50 → bins [500, 100 → wait: 500+100 = 600] [300, 250, 50]
    expect(groupLoads([300, 250, 100, 500, 50], firstFitDecreasing([300, 250, 100, 500, 50], 600))).toEqual([600, 600]);
  });

  it('FFD never uses more than 11/9 · OPT + 6/9 bins (Dósa), checked against the DP optimum', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 600 }), { minLength: 1, maxLength: 11 }), (sizes) => {
        expect(9 * binsOf(firstFitDecreasing(sizes, 600))).toBeLessThanOrEqual(11 * minBinsDp(sizes, 600) + 6);
      }),
    );
  });

  it('improvement never adds bins, never breaks the capacity, never adds runs', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 30 }), (sizes) => {
        const ffd = firstFitDecreasing(sizes, 600);
        const better = improveRuns(sizes, 600, ffd);
        expect(binsOf(better)).toBeLessThanOrEqual(binsOf(ffd));
        expect(runsOf(better)).toBeLessThanOrEqual(runsOf(ffd));
        for (const load of groupLoads(sizes, better)) expect(load).toBeLessThanOrEqual(600);
      }),
    );
  });
});

describe('pack: the exact search', () => {
  it('gives the brute-force optimum of the whole order on random small kelurahan', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 40 }).chain((cap) => fc.tuple(fc.constant(cap), fc.array(fc.integer({ min: 0, max: cap }), { minLength: 0, maxLength: 8 }))),
        ([cap, sizes]) => {
          const got = pack(sizes, cap);
          expect(got.method).toBe('tepat');
          if (sizes.length === 0) expect(got.rgs).toEqual([]);
          else expect(got.rgs).toEqual(bruteBest(sizes, cap));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on Pemilu-sized TPS merged under 600 too (9 old TPS, brute force)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 100, max: 300 }), { minLength: 1, maxLength: 9 }), (sizes) => {
        expect(pack(sizes, 600).rgs).toEqual(bruteBest(sizes, 600));
      }),
      { numRuns: 60 },
    );
  });

  it('merges neighbours when that costs no TPS: 250 250 | 300 300 | 280 290', () => {
    const got = pack([250, 250, 300, 300, 280, 290], 600);
    expect(got.rgs).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('takes fewest TPS over neighbours: 400 300 200 300 → 400+200 | 300+300', () => {
    // in order, 400 | 300+200 | 300 needs 3; 2 is possible only by merging non-neighbours
    const got = pack([400, 300, 200, 300], 600);
    expect(binsOf(got.rgs)).toBe(2);
    expect(got.rgs).toEqual([0, 1, 0, 1]);
  });

  it(`is exact up to EXACT_LIMIT (${EXACT_LIMIT}) old TPS: fewest TPS as the DP says, on hard instances`, () => {
    // Near-full bins of Pemilu TPS under 600: the slowest kind found when choosing the limit.
    const hard = [
      [165, 150, 244, 237, 186, 167, 249, 255, 267, 172, 219, 225, 170, 216, 241, 236, 219, 235, 243, 254],
      [177, 182, 279, 253, 118, 175, 143, 111, 139, 154, 281, 109, 140, 239, 237, 273, 241, 263, 136, 237],
      [151, 258, 151, 247, 176, 209, 250, 191, 260, 212, 248, 166, 195, 236, 236, 229, 200, 161, 159, 164],
    ];
    for (const sizes of hard) {
      expect(sizes.length).toBe(EXACT_LIMIT);
      const got = pack(sizes, 600);
      expect(got.method).toBe('tepat');
      expect(binsOf(got.rgs)).toBe(minBinsDp(sizes, 600));
      for (const load of groupLoads(sizes, got.rgs)) expect(load).toBeLessThanOrEqual(600);
    }
  });

  it('beyond the limit: heuristic (unless next fit meets the bound), within capacity, no more TPS than FFD', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 50, max: 300 }), { minLength: EXACT_LIMIT + 1, maxLength: 70 }), (sizes) => {
        const got = pack(sizes, 600);
        const proven = binsOf(nextFitInOrder(sizes, 600)) === lowerBoundL2(sizes, 600);
        expect(got.method).toBe(proven ? 'tepat' : 'heuristik');
        expect(got.rgs.length).toBe(sizes.length);
        expect(binsOf(got.rgs)).toBeLessThanOrEqual(binsOf(firstFitDecreasing(sizes, 600)));
        for (const load of groupLoads(sizes, got.rgs)) expect(load).toBeLessThanOrEqual(600);
      }),
      { numRuns: 15 },
    );
  });

  it('beyond the limit, next fit that meets the lower bound is still proven optimal', () => {
    const sizes = Array.from({ length: 60 }, () => 300);
    const got = pack(sizes, 600);
    expect(got.method).toBe('tepat');
    expect(binsOf(got.rgs)).toBe(30);
    expect(runsOf(got.rgs)).toBe(30);
  });

  it('refuses sizes above the capacity (the caller keeps those whole)', () => {
    expect(() => pack([601], 600)).toThrow(RangeError);
  });
});

describe('balanced segments (voter-level families in order)', () => {
  it('as few TPS as greedy filling, the largest as small as possible, front first', () => {
    expect(balancedSegments(Array.from({ length: 1250 }, () => 1), 600).filter((s, i, a) => a.indexOf(s) === i)).toEqual([0, 1, 2]);
    const seg = balancedSegments(Array.from({ length: 1250 }, () => 1), 600);
    const loads = [0, 1, 2].map((s) => seg.filter((x) => x === s).length);
    expect(loads).toEqual([417, 417, 416]);
    expect(balancedSegments([], 600)).toEqual([]);
    expect(balancedSegments([600], 600)).toEqual([0]);
  });

  it('never cuts more pieces than greedy filling and keeps every piece within the capacity', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 300 }), fc.integer({ min: 8, max: 100 }), (sizes, cap) => {
        const seg = balancedSegments(sizes, cap);
        expect(binsOf(seg)).toBe(binsOf(nextFitInOrder(sizes, cap)));
        for (const load of groupLoads(sizes, seg)) expect(load).toBeLessThanOrEqual(cap);
        seg.forEach((s, i) => i > 0 && expect(s - seg[i - 1]!).toBeGreaterThanOrEqual(0));
      }),
    );
  });
});
