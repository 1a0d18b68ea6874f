import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RepeatCache } from '../../src/io/repeat-cache.js';

describe('RepeatCache (a cell equal to the one above in its column reuses that string)', () => {
  it('gives back the string of the last cell set in a column exactly when the bytes are equal', () => {
    // Cells that repeat, short and long: past the first width (64 bytes) the cache widens, and
    // past 256 bytes it keeps nothing.
    const pool = [1, 2, 3, 70, 200, 300].map((n, j) => new Uint8Array(n).map((_, i) => (i * 7 + j) % 251));
    const cell = fc.oneof(fc.constantFrom(...pool), fc.uint8Array({ maxLength: 300 }));
    const op = fc.record({ k: fc.integer({ min: 0, max: 2 }), cell, set: fc.boolean() });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const cache = new RepeatCache(3);
        const model = new Map<number, { bytes: Uint8Array; value: string }>();
        for (const [n, { k, cell, set }] of ops.entries()) {
          // The cell sits inside a larger buffer that is overwritten afterwards, as the scanner's is.
          const buf = new Uint8Array(cell.length + 10).fill(7);
          buf.set(cell, 5);
          const kept = model.get(k);
          const want = kept !== undefined && Buffer.from(kept.bytes).equals(Buffer.from(cell)) ? kept.value : undefined;
          expect(cache.get(k, buf, 5, 5 + cell.length)).toBe(want);
          if (set) {
            const value = `v${n}`;
            cache.set(k, buf, 5, 5 + cell.length, value);
            if (cell.length <= 256) model.set(k, { bytes: cell.slice(), value });
            else model.delete(k);
          }
          buf.fill(9);
        }
      }),
      { numRuns: 500 },
    );
  });
});
