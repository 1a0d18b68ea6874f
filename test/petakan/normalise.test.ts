/** normaliseText skips the work for text already normal: it must give what the full way gives. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/core/petakan/collect.js';

const full = (raw: string): string => raw.trim().replace(/\s+/g, ' ').toUpperCase();

describe('normaliseText', () => {
  it('equals trim, collapse spaces, upper case, for any text', () => {
    const char = fc.constantFrom('A', 'z', 'a', '0', ' ', '  ', '\t', '\n', '\r', '\u00a0', '\u3000', '\ufeff', 'é', 'ß', '.', '~', '\u007f', '/');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 8 }).map((cs) => cs.join('')), (raw) => normaliseText(raw) === full(raw)),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string(), (raw) => normaliseText(raw) === full(raw)), { numRuns: 2000 });
    expect(normaliseText(undefined)).toBe('');
  });
});
