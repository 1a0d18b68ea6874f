import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/core/types.js';
import { compareIssues } from '../../src/core/report/issue-order.js';
import { FIRST_PLACES, IssueTally, summarizeIssues } from '../../src/core/report/issue-tally.js';
import { byCodePoint } from '../../src/core/report/sort.js';
import { arbitraryIssue } from './issues.js';

/** The summary as the code before the tally computed it: every issue held, sorted, grouped. */
function byHand(issues: readonly Issue[]) {
  const sorted = [...issues].sort(compareIssues);
  const place = (i: Issue): string => (i.line === null ? i.file : `${i.file}:${i.line}`);
  const codes = [...new Set(sorted.map((i) => i.code))].sort(byCodePoint);
  const groups = codes.map((code) => {
    const group = sorted.filter((i) => i.code === code);
    const where = [...new Set(group.map(place))].slice(0, FIRST_PLACES);
    const rest = group.filter((i) => !where.includes(place(i))).length;
    return { code, count: group.length, first: group[0], where, rest, barisPertama: group.slice(0, FIRST_PLACES).map((i) => ({ berkas: i.file, baris: i.line })) };
  });
  return {
    galat: issues.filter((i) => i.severity === 'galat').length,
    groups,
    tidakDitampilkan: groups.reduce((n, g) => n + g.rest, 0),
  };
}

describe('IssueTally', () => {
  it('says what grouping every issue by hand says: counts, first issue, first places, how many not shown', () => {
    fc.assert(
      fc.property(fc.array(arbitraryIssue, { maxLength: 60 }), (issues) => {
        const s = summarizeIssues(issues);
        const hand = byHand(issues);
        expect(s.galat).toBe(hand.galat);
        expect(s.peringatan).toBe(issues.length - hand.galat);
        expect(s.tidakDitampilkan).toBe(hand.tidakDitampilkan);
        expect(s.groups.map((g) => g.code)).toEqual(hand.groups.map((g) => g.code));
        for (const [i, g] of s.groups.entries()) {
          const h = hand.groups[i]!;
          expect(g.count).toBe(h.count);
          expect(s.perKode[g.code]).toBe(h.count);
          expect(g.first).toEqual(h.first);
          expect(g.places.map((p) => (p.line === null ? p.file : `${p.file}:${p.line}`))).toEqual(h.where);
          expect(g.count - g.places.reduce((n, p) => n + p.count, 0)).toBe(h.rest);
          expect(s.barisPertama[g.code]).toEqual(h.barisPertama);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same summary however the issues are split, ordered and absorbed (also through plain data)', () => {
    fc.assert(
      fc.property(fc.array(arbitraryIssue, { maxLength: 60 }), fc.array(fc.nat(3), { minLength: 60, maxLength: 60 }), (issues, parts) => {
        const tallies = [0, 1, 2, 3].map(() => new IssueTally());
        [...issues].reverse().forEach((issue, i) => tallies[parts[i]!]!.add(issue));
        const whole = new IssueTally();
        for (const t of [tallies[2]!, tallies[0]!, tallies[3]!, tallies[1]!]) whole.absorb(IssueTally.fromData(t.toData()));
        expect(whole.summary()).toEqual(summarizeIssues(issues));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a few places per code, however many issues (one warning on each of 200,000 rows)', () => {
    const tally = new IssueTally();
    for (let line = 200_001; line >= 2; line--) {
      tally.add({ code: 'disabilitas', severity: 'peringatan', file: 'a.csv', line, column: 'disabilitas', params: {} });
    }
    const s = tally.summary();
    expect(s.groups[0]!.places.map((p) => p.line)).toEqual([2, 3, 4, 5, 6]);
    expect(s.tidakDitampilkan).toBe(200_000 - FIRST_PLACES);
  });
});
