import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeAdd } from '../../src/core/compute/rounding.js';
import { Tally } from '../../src/core/kemas/tally.js';

/** The tally as one map keyed by `kode\0varian`: what Tally must give, in the same order. */
class Reference {
  private readonly amounts = new Map<string, number>();
  add(kode: string, varian: string, jumlah: number): void {
    const key = `${kode}\u0000${varian}`;
    this.amounts.set(key, safeAdd(this.amounts.get(key) ?? 0, jumlah));
  }
  get(kode: string, varian: string): number {
    return this.amounts.get(`${kode}\u0000${varian}`) ?? 0;
  }
  entries(): { kode: string; varian: string; jumlah: number }[] {
    return [...this.amounts].filter(([, j]) => j !== 0).map(([key, jumlah]) => ({ kode: key.split('\u0000')[0]!, varian: key.split('\u0000')[1]!, jumlah }));
  }
}

describe('Tally (amounts per item and variant)', () => {
  it('sums, reads back and lists as one map would, in the order each pair was first added', () => {
    const kode = fc.constantFrom('surat_suara_dpr', 'tinta', 'segel', '');
    const varian = fc.constantFrom('', 'dapil_1', 'dapil_2');
    const add = fc.tuple(kode, varian, fc.integer({ min: 0, max: 1000 }));
    fc.assert(
      fc.property(fc.array(add, { maxLength: 40 }), (adds) => {
        const tally = new Tally();
        const reference = new Reference();
        for (const [k, v, j] of adds) {
          tally.add(k, v, j);
          reference.add(k, v, j);
        }
        expect(tally.entries()).toEqual(reference.entries());
        for (const [k, v] of adds) expect(tally.get(k, v)).toBe(reference.get(k, v));
        expect(tally.get('tidak_ada', '')).toBe(0);
        const copy = new Tally();
        copy.addAll(tally);
        expect(copy.entries()).toEqual(tally.entries());
      }),
      { numRuns: 500 },
    );
  });

  it('leaves a pair whose amounts are all 0 out of the list, but keeps its place', () => {
    const tally = new Tally();
    tally.add('a', '', 0);
    tally.add('b', '', 2);
    tally.add('a', '', 3);
    expect(tally.entries()).toEqual([{ kode: 'a', varian: '', jumlah: 3 }, { kode: 'b', varian: '', jumlah: 2 }]);
  });

  it('refuses a sum past 2^53 as every quantity does', () => {
    const tally = new Tally();
    tally.add('a', '', Number.MAX_SAFE_INTEGER);
    expect(() => tally.add('a', '', 1)).toThrow(RangeError);
  });
});
