import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareOrigin, minOrigin, type Origin } from '../../src/core/validate/order.js';

describe('minOrigin', () => {
  it('is the first of two origins in compareOrigin order, the left one on a tie', () => {
    const origin = fc.record({ file: fc.constantFrom('a.csv', 'b.csv', '～.csv', '😀.csv'), line: fc.integer({ min: 1, max: 5 }) });
    fc.assert(fc.property(origin, origin, (a: Origin, b: Origin) => {
      expect(minOrigin(a, b)).toBe(compareOrigin(a, b) <= 0 ? a : b);
    }), { numRuns: 2000 });
  });
});
