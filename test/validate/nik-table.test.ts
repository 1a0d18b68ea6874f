import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MapNikIndex } from '../../src/core/validate/nik-index.js';
import { DEAD, TypedNikIndex } from '../../src/core/validate/nik-table.js';
import { compareOrigin } from '../../src/core/validate/order.js';

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
    from.drainChunks((c, m, first) => {
      for (let k = 0; k < m; k++) {
        const line = from.lineOf(first + k);
        const ref = from.lastRef;
        if (into.insertRaw(c[2 * k]!, c[2 * k + 1]!, line, into.pair(from.pairFile(ref), from.pairKey(ref))) >= 0) clashes++;
      }
    }, into);
    expect(from.size).toBe(0);
    expect([into.size, clashes]).toEqual([n, 1]);
    expect(into.get('3201010100000003')).toEqual({ file: 'a.csv', line: 1, key: 'k' });
    expect(into.get(`32010101${String(n - 1).padStart(8, '0')}`)).toEqual({ file: 'b.csv', line: n + 1, key: 'k' });
  });

  it('keeps run-coded origins right across chunk boundaries and TPS changes, through a round trip', () => {
    const t = new TypedNikIndex();
    const n = (1 << 20) * 2 + 777;
    // 300 rows per TPS, a skipped line every 1000 rows: runs cross the chunks' edges.
    const lineOf = (i: number): number => 2 + i + Math.floor(i / 1000);
    const keyOf = (i: number): string => `11.01.01.2001|${String(Math.floor(i / 300)).padStart(5, '0')}`;
    for (let i = 0; i < n; i++) t.insertRaw(11_010_101, i, lineOf(i), t.pair('a.csv', keyOf(i)));
    const u = TypedNikIndex.fromData(t.toData());
    for (const i of [0, 299, 300, 999, 1000, (1 << 20) - 1, 1 << 20, (1 << 21) - 1, 1 << 21, n - 1]) {
      const want = { file: 'a.csv', line: lineOf(i), key: keyOf(i) };
      expect(t.get(`11010101${String(i).padStart(8, '0')}`)).toEqual(want);
      expect(u.get(`11010101${String(i).padStart(8, '0')}`)).toEqual(want);
    }
    let seen = 0;
    u.forEachChunk((_c, m, first) => {
      for (let k = 0; k < m; k += 4099) {
        expect(u.lineOf(first + k)).toBe(lineOf(first + k));
        expect(u.pairKey(u.lastRef)).toBe(keyOf(first + k));
      }
      seen += m;
    });
    expect(seen).toBe(n);
  });

  it('keeps an earlier origin that replaces a stored one, also after a round trip and a replay', () => {
    const t = new TypedNikIndex();
    for (let i = 0; i < 1000; i++) t.insertRaw(32_010_101, i, 100 + i, t.pair('b.csv', 'k1'));
    // The same NIKs from a file that sorts first (a.csv), and a later line of b.csv: only the first wins.
    expect(t.insert('3201010100000005', { file: 'a.csv', line: 50, key: 'k2' })).toEqual({ file: 'b.csv', line: 105, key: 'k1' });
    expect(t.insert('3201010100000005', { file: 'b.csv', line: 3, key: 'k1' })).toEqual({ file: 'a.csv', line: 50, key: 'k2' });
    expect(t.insert('3201010100000006', { file: 'b.csv', line: 7, key: 'k3' })).toEqual({ file: 'b.csv', line: 106, key: 'k1' });
    const u = TypedNikIndex.fromData(t.toData());
    expect(u.get('3201010100000005')).toEqual({ file: 'a.csv', line: 50, key: 'k2' });
    expect(u.get('3201010100000006')).toEqual({ file: 'b.csv', line: 7, key: 'k3' });
    expect(u.get('3201010100000007')).toEqual({ file: 'b.csv', line: 107, key: 'k1' });
    // Replayed into another table, each entry carries its replaced origin.
    const into = new TypedNikIndex();
    u.forEachChunk((c, m, first) => {
      for (let k = 0; k < m; k++) {
        const line = u.lineOf(first + k);
        const ref = u.lastRef;
        into.insertRaw(c[2 * k]!, c[2 * k + 1]!, line, into.pair(u.pairFile(ref), u.pairKey(ref)));
      }
    });
    expect(into.get('3201010100000005')).toEqual({ file: 'a.csv', line: 50, key: 'k2' });
    expect(into.get('3201010100000006')).toEqual({ file: 'b.csv', line: 7, key: 'k3' });
  });

  it('grows its index past load 0.9 and stays at or under it, with every NIK found', () => {
    const t = new TypedNikIndex();
    t.reserve(100_000);
    const before = t.bytes;
    // Sized for load 0.85: 100,000 NIKs take ~117,648 slots (4 bytes each).
    expect(before).toBeLessThan(4 * 118_000 + 3 * 4 * 1024 + 1);
    let clashes = 0;
    for (let i = 0; i < 250_000; i++) if (t.insertRaw(35_000_000 + (i % 97), i * 13, i + 2, t.pair('a.csv', 'k')) >= 0) clashes++;
    expect(clashes).toBe(0);
    // Two doublings (117,648 → 235,296 → 470,592 slots), beside one chunk of entries and the runs.
    expect((t.bytes - (1 << 20) * 8 - 3 * 4 * 1024) / 4).toBe(470_592);
    for (let i = 0; i < 250_000; i += 1237) expect(t.getRaw(35_000_000 + (i % 97), i * 13)?.line).toBe(i + 2);
    expect(t.insertRaw(35_000_000 + (4 % 97), 4 * 13, 1, t.pair('a.csv', 'k'))).toBe(4);
  });

  it('absorbs a table exactly as replaying its NIKs one at a time does: the same firsts, the same later rows', () => {
    const op = fc.record({
      n: fc.integer({ min: 0, max: 2000 }),
      file: fc.constantFrom('a.csv', 'b.csv', 'é.csv'),
      line: fc.integer({ min: 2, max: 50_000 }),
      key: fc.constantFrom('k1', 'k2'),
    });
    const nikOf = (n: number): string => `32${String(n * 7919).padStart(14, '0')}`;
    fc.assert(
      fc.property(fc.array(op, { maxLength: 3000 }), fc.array(op, { maxLength: 3000 }), fc.boolean(), (mine, theirs, spent) => {
        const laterOf = (prev: { file: string; line: number }, cand: { file: string; line: number }): string => {
          const later = compareOrigin(prev, cand) < 0 ? cand : prev;
          return `${later.file}:${later.line}`;
        };
        const fill = (t: TypedNikIndex, ops: typeof mine, laters: string[]): TypedNikIndex => {
          for (const o of ops) {
            const prev = t.insert(nikOf(o.n), o);
            if (prev !== null) laters.push(laterOf(prev, o));
          }
          return t;
        };
        // By hand: one insert per NIK, target first, then the other table's in its order.
        const wantLaters: string[] = [];
        const want = fill(fill(new TypedNikIndex(), mine, wantLaters), theirs, wantLaters);
        const gotLaters: string[] = [];
        const into = fill(new TypedNikIndex(), mine, gotLaters);
        const from = fill(TypedNikIndex.fromData({ ...new TypedNikIndex().toData(false), appendOnly: true }), theirs, gotLaters);
        const refs = new Int32Array(from.pairCount).fill(-1);
        const clash = (_hi: number, _lo: number, line: number, ref: number): void => {
          const prev = { file: into.pairFile(into.prevRef), line: into.prevLine };
          gotLaters.push(laterOf(prev, { file: into.pairFile(ref), line }));
        };
        const absorb = (c: Uint32Array, m: number, first: number): void => into.absorbChunk(from, c, m, first, refs, clash, spent);
        if (spent) from.drainChunks(absorb, into);
        else from.forEachChunk(absorb);
        into.dropSpares();
        expect(gotLaters.sort()).toEqual(wantLaters.sort());
        const entries = (t: TypedNikIndex): [string, unknown][] => {
          const seen: [string, unknown][] = [];
          t.forEach((origin, nik) => seen.push([nik, origin]));
          return seen.sort((x, y) => (x[0] < y[0] ? -1 : 1));
        };
        const wanted = entries(want);
        expect(into.size).toBe(want.size);
        expect(entries(into)).toEqual(wanted);
        for (const [nik, origin] of wanted) expect(into.get(nik)).toEqual(origin);
        // Its dead entries go nowhere: not through a round trip, nor absorbed again into another table.
        const back = TypedNikIndex.fromData(into.toData(false));
        expect(back.size).toBe(want.size);
        const again = new TypedNikIndex();
        const refs2 = new Int32Array(back.pairCount).fill(-1);
        back.forEachChunk((c, m, first) => again.absorbChunk(back, c, m, first, refs2, () => expect.unreachable()));
        expect(entries(again)).toEqual(wanted);
      }),
      { numRuns: 25 },
    );
  });

  it('absorbs several full chunks into a small table, growing its index on the way', () => {
    const n = (1 << 20) * 2 + 999;
    const from = TypedNikIndex.fromData({ ...new TypedNikIndex().toData(false), appendOnly: true });
    // Each NIK twice: entry i and i + n/2 (within a chunk and across chunks).
    for (let i = 0; i < n; i++) from.insertRaw(32_010_101, i % (n >> 1), i + 2, from.pair('b.csv', 'k'));
    const into = new TypedNikIndex();
    into.insertRaw(32_010_101, 3, 1, into.pair('a.csv', 'k'));
    const refs = new Int32Array(from.pairCount).fill(-1);
    let clashes = 0;
    from.drainChunks((c, m, first) => into.absorbChunk(from, c, m, first, refs, () => clashes++, true), into);
    into.dropSpares();
    expect([into.size, clashes]).toEqual([n >> 1, n - (n >> 1) + 1]);
    expect(into.get('3201010100000003')).toEqual({ file: 'a.csv', line: 1, key: 'k' });
    expect(into.get('3201010100000004')).toEqual({ file: 'b.csv', line: 6, key: 'k' });
    expect(into.get(`32010101${String((n >> 1) - 1).padStart(8, '0')}`)).toEqual({ file: 'b.csv', line: (n >> 1) + 1, key: 'k' });
    let dead = 0;
    into.forEachChunk((c, m) => {
      for (let k = 0; k < m; k++) if (c[2 * k] === DEAD) dead++;
    });
    expect(dead).toBe(clashes);
  });
});
