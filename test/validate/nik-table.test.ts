import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MapNikIndex } from '../../src/core/validate/nik-index.js';
import { TypedNikIndex } from '../../src/core/validate/nik-table.js';

describe('TypedNikIndex', () => {
  it('behaves like MapNikIndex for any series of inserts, through several growths', () => {
    const op = fc.record({
      n: fc.integer({ min: 0, max: 9999 }),
      file: fc.constantFrom('a.csv', 'b.csv', 'B.csv', 'é.csv'),
      line: fc.integer({ min: 2, max: 100_000 }),
      key: fc.constantFrom('11.01.01.1001|001', '11.01.01.1001|002'),
    });
    fc.assert(
      fc.property(fc.array(op, { minLength: 5000, maxLength: 12_000 }), (ops) => {
        const typed = new TypedNikIndex();
        const map = new MapNikIndex();
        for (const o of ops) {
          const nik = `32${String(o.n * 7919).padStart(14, '0')}`;
          const origin = { file: o.file, line: o.line, key: o.key };
          expect(typed.insert(nik, origin)).toEqual(map.insert(nik, origin));
        }
        expect(typed.size).toBe(map.size);
        const seen: [string, unknown][] = [];
        typed.forEach((origin, nik) => seen.push([nik, origin]));
        const want: [string, unknown][] = [];
        map.forEach((origin, nik) => want.push([nik, origin]));
        expect(seen.sort()).toEqual(want.sort());
        for (const [nik] of want) expect(typed.get(nik)).toEqual(map.get(nik));
        expect(typed.get('0000000000000000')).toBeUndefined();
      }),
      { numRuns: 8 },
    );
  });

  it('round-trips through its transferable data', () => {
    const t = new TypedNikIndex();
    for (let i = 0; i < 5000; i++) t.insert(`1674${String(i).padStart(12, '0')}`, { file: 'a.csv', line: i + 2, key: 'k' });
    const u = TypedNikIndex.fromData(t.toData());
    expect(u.size).toBe(5000);
    expect(u.get('1674000000004999')).toEqual({ file: 'a.csv', line: 5001, key: 'k' });
    expect(u.insert('1674000000000007', { file: 'a.csv', line: 1, key: 'k' })).toEqual({ file: 'a.csv', line: 9, key: 'k' });
    const t2 = new TypedNikIndex();
    for (let i = 0; i < 5000; i++) t2.insert(`1674${String(i).padStart(12, '0')}`, { file: 'a.csv', line: i + 2, key: 'k' });
    const v = TypedNikIndex.fromData(t2.toData(false));
    expect(v.get('1674000000004999')).toEqual({ file: 'a.csv', line: 5001, key: 'k' });
    expect(v.insert('1674000000000007', { file: 'a.csv', line: 1, key: 'k' })).toEqual({ file: 'a.csv', line: 9, key: 'k' });
  });

  it('keeps every NIK through a reserve to a capacity that is not a power of two', () => {
    const t = new TypedNikIndex();
    t.reserve(10_001);
    for (let i = 0; i < 20_000; i++) t.insertRaw(32_010_101, i * 7, i + 2, t.pair('a.csv', 'k'));
    expect(t.size).toBe(20_000);
    for (let i = 0; i < 20_000; i += 997) expect(t.get(`32010101${String(i * 7).padStart(8, '0')}`)?.line).toBe(i + 2);
  });

  it('replays a drained table of several full chunks into another, reusing its chunks', () => {
    const n = (1 << 20) + 5000;
    const from = TypedNikIndex.fromData({ ...new TypedNikIndex().toData(false), appendOnly: true });
    for (let i = 0; i < n; i++) from.insertRaw(32_010_101, i, i + 2, from.pair('b.csv', 'k'));
    const into = new TypedNikIndex();
    into.insertRaw(32_010_101, 3, 1, into.pair('a.csv', 'k'));
    let clashes = 0;
    from.drainChunks((c, m) => {
      for (let o = 0; o < m << 2; o += 4) {
        if (into.insertRaw(c[o]!, c[o + 1]!, c[o + 2]!, into.pair(from.pairFile(c[o + 3]!), from.pairKey(c[o + 3]!))) >= 0) clashes++;
      }
    }, into);
    expect(from.size).toBe(0);
    expect([into.size, clashes]).toEqual([n, 1]);
    expect(into.get('3201010100000003')).toEqual({ file: 'a.csv', line: 1, key: 'k' });
    expect(into.get(`32010101${String(n - 1).padStart(8, '0')}`)).toEqual({ file: 'b.csv', line: n + 1, key: 'k' });
  });
});
