/** FamilyTable numbers NKKs as a Map would (first appearance) and masks them as maskNik does. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskNik } from '../../src/core/echo.js';
import { FamilyTable, NOT_16_DIGITS } from '../../src/core/petakan/families.js';

function numberedLikeAMap(cells: readonly string[]): void {
  const table = new FamilyTable();
  const map = new Map<string, number>();
  const expected: number[] = [];
  const got: number[] = [];
  for (const text of cells) {
    expected.push(map.get(text) ?? map.set(text, map.size).get(text)!);
    const id = table.digits(text);
    if ((id === NOT_16_DIGITS) === /^\d{16}$/.test(text)) throw new Error(`digits() misjudged ${text}`);
    got.push(id === NOT_16_DIGITS ? table.other(text) : id);
  }
  expect(got).toEqual(expected);
  expect(table.count).toBe(map.size);
  const masks = [...map.keys()].map(maskNik);
  expect([...map.values()].map((id) => table.mask(id))).toEqual(masks);
  table.release();
  expect([...map.values()].map((id) => table.mask(id))).toEqual(masks);
  expect(() => table.digits('1674010101010001')).toThrow(/release/);
}

describe('FamilyTable', () => {
  it('numbers 16-digit and other NKKs in order of first appearance, masks them like maskNik', () => {
    const digit = fc.constantFrom(...'0123456789');
    const nkk16 = fc.array(digit, { minLength: 16, maxLength: 16 }).map((d) => d.join(''));
    const other = fc.array(fc.constantFrom(...'0123456789 x.'), { minLength: 1, maxLength: 18 }).map((d) => d.join('').trim()).filter((t) => t !== '');
    // Few distinct values, so that they repeat.
    fc.assert(fc.property(fc.array(fc.oneof(nkk16, other), { maxLength: 40 }).chain((pool) => fc.array(fc.constantFrom(...(pool.length ? pool : ['1'])), { maxLength: 120 })), (cells) => numberedLikeAMap(cells)));
  });

  it('keeps them apart through its growth (100,000 families, each seen twice)', () => {
    const cells: string[] = [];
    for (let i = 0; i < 100_000; i++) cells.push(`94${String(i * 7_919_017).padStart(14, '0')}`);
    numberedLikeAMap([...cells, ...cells.slice().reverse()]);
  });
});
