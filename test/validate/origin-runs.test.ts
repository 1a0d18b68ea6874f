import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OriginRuns } from '../../src/core/validate/origin-runs.js';

describe('OriginRuns', () => {
  it('gives back every entry\'s (line, ref), in order and at random, with gaps, TPS changes and lines going back', () => {
    const step = fc.record({ gap: fc.integer({ min: -3, max: 3 }), tps: fc.boolean() });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 5000 }), (steps) => {
        const runs = new OriginRuns();
        const want: [number, number][] = [];
        let line = 2;
        let ref = 0;
        for (const s of steps) {
          // Mostly the next line; sometimes a gap, a repeat or an earlier line (a slow-path row).
          line = Math.max(1, line + (s.gap === 0 ? 1 : s.gap));
          if (s.tps) ref++;
          runs.add(line, ref);
          want.push([line, ref]);
        }
        const got = (e: number): [number, number] => {
          runs.find(e);
          return [runs.atLine, runs.atRef];
        };
        for (let e = 0; e < want.length; e++) expect(got(e)).toEqual(want[e]);
        for (let e = want.length - 1; e >= 0; e -= 7) expect(got(e)).toEqual(want[e]);
        const copy = OriginRuns.fromData(runs.toData());
        copy.add(line + 1, ref);
        copy.find(want.length);
        expect([copy.atLine, copy.atRef]).toEqual([line + 1, ref]);
        // The copy's added entry extends the last run, as it would have in the original.
        expect(copy.size).toBe(runs.size);
      }),
      { numRuns: 50 },
    );
  });

  it('codes a run of consecutive lines of one TPS as one run, and grows past its first arrays', () => {
    const runs = new OriginRuns();
    for (let tps = 0; tps < 3000; tps++) for (let i = 0; i < 250; i++) runs.add(2 + tps * 250 + i, tps);
    expect(runs.size).toBe(3000);
    runs.find(250 * 1234 + 17);
    expect([runs.atLine, runs.atRef]).toEqual([2 + 250 * 1234 + 17, 1234]);
  });

  it('hands any slice of its entries over a run at a time, and addRun rebuilds the same origins', () => {
    const step = fc.record({ gap: fc.integer({ min: -3, max: 3 }), tps: fc.boolean() });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 3000 }), fc.nat(), fc.nat(), (steps, a, b) => {
        const runs = new OriginRuns();
        let line = 2;
        let ref = 0;
        for (const s of steps) {
          line = Math.max(1, line + (s.gap === 0 ? 1 : s.gap));
          if (s.tps) ref++;
          runs.add(line, ref);
        }
        const from = a % steps.length;
        const to = from + (b % (steps.length - from + 1));
        const copy = new OriginRuns();
        copy.add(1, 99);
        runs.forEachRun(from, to, (l, r, count) => copy.addRun(l, r, count));
        for (let e = from; e < to; e++) {
          runs.find(e);
          copy.find(e - from + 1);
          expect([copy.atLine, copy.atRef]).toEqual([runs.atLine, runs.atRef]);
        }
      }),
      { numRuns: 50 },
    );
  });
});
