import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapIssues, type TpsAgg } from '../../src/core/validate/finish-tps.js';
import { makeIssue } from '../../src/core/validate/issue.js';
import { describeTpsKey } from '../../src/core/validate/tps-key.js';
import { isSpecialTps } from '../../src/core/validate/tps-number.js';
import type { Issue } from '../../src/core/types.js';

/** gapIssues as it was before its no-hole shortcut (one Set and arrays per village), the reference. */
function reference(aggs: readonly TpsAgg[], present: ReadonlySet<string>): Issue[] {
  const out: Issue[] = [];
  const byVillage = new Map<string, TpsAgg[]>();
  for (const agg of aggs) {
    if (isSpecialTps(agg.tps)) continue;
    const village = agg.key.slice(0, agg.key.lastIndexOf('|'));
    byVillage.set(village, [...(byVillage.get(village) ?? []), agg]);
  }
  const numbers = new Map<string, number[]>();
  for (const key of present) {
    const village = key.slice(0, key.lastIndexOf('|'));
    if (byVillage.has(village)) numbers.set(village, [...(numbers.get(village) ?? []), Number(key.slice(key.lastIndexOf('|') + 1))]);
  }
  for (const [village, list] of byVillage) {
    const counted = list.map((a) => Number(a.tps));
    const max = Math.max(...counted);
    const all = [...counted, ...(numbers.get(village) ?? []).filter((n) => n < max)];
    const have = new Set(all);
    const missing: number[] = [];
    for (let n = 1; n < Math.max(0, ...all); n++) if (!have.has(n)) missing.push(n);
    const firstHole = missing[0];
    if (firstHole === undefined) continue;
    const after = list.filter((a) => Number(a.tps) > firstHole).sort((a, b) => Number(a.tps) - Number(b.tps))[0];
    if (after === undefined) continue;
    const shown = missing.slice(0, 10).map((n) => String(n).padStart(3, '0'));
    const hilang = shown.join(', ') + (missing.length > 10 ? ` (+${missing.length - 10})` : '');
    out.push(makeIssue('tps-gap', after.first.file, after.first.line, 'tps', { kelurahan: describeTpsKey(after.key).wilayah, hilang, jumlah: missing.length }));
  }
  return out;
}

describe('gapIssues', () => {
  it('reports what it reported before its no-hole shortcut, for any TPS numbers', () => {
    const village = fc.constantFrom('11.01.01.1001', '11.01.01.1002', '\u0000KEC\u0000KEL');
    const tps = fc.oneof(fc.integer({ min: 1, max: 14 }).map((n) => String(n).padStart(3, '0')), fc.constantFrom('000', '901', 'abc', '1', '-2', '1.5', '015'));
    const key = fc.tuple(village, tps).map(([v, t]) => `${v}|${t}`);
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 24 }), fc.array(key, { maxLength: 6 }), (counted, extra) => {
        const aggs: TpsAgg[] = counted.map((k, i) => {
          const bar = k.lastIndexOf('|');
          const kode = k.startsWith('\u0000') ? '' : k.slice(0, bar);
          return { key: k, kodeKelurahan: kode, kecamatan: 'KEC', kelurahan: 'KEL', tps: k.slice(bar + 1), dpt: 1, first: { file: 'a.csv', line: i + 2 }, names: new Map() };
        });
        const present = new Set([...counted, ...extra]);
        const got: Issue[] = [];
        gapIssues(aggs, present, { add: (issue) => void got.push(issue) });
        expect(got).toEqual(reference(aggs, present));
      }),
      { numRuns: 3000 },
    );
  });
});
