import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kodeKecamatanOf } from '../../src/core/compute/units.js';

describe('kodeKecamatanOf', () => {
  it('is the first three dotted parts, like split/slice/join, for any text', () => {
    const kode = fc.array(fc.constantFrom('.', '1', '0', 'a', ' '), { maxLength: 16 }).map((cs) => cs.join(''));
    fc.assert(fc.property(kode, (k) => {
      expect(kodeKecamatanOf(k)).toBe(k.split('.').slice(0, 3).join('.'));
    }), { numRuns: 2000 });
  });

  it('reads a Kemendagri code', () => {
    expect(kodeKecamatanOf('32.07.01.2001')).toBe('32.07.01');
    expect(kodeKecamatanOf('')).toBe('');
  });
});
