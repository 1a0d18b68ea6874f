import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namePair, pairKecamatan, pairKelurahan } from '../../src/core/validate/name-pair.js';

describe('name pairs', () => {
  it('read back the first and second parts that split gives, for any text', () => {
    const text = fc.array(fc.constantFrom('\u0000', 'a', 'B', ' ', 'é', '😀'), { maxLength: 10 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, (pair) => {
      const parts = pair.split('\u0000');
      expect(pairKecamatan(pair)).toBe(parts[0]);
      expect(pairKelurahan(pair)).toBe(parts[1] ?? '');
    }), { numRuns: 3000 });
  });

  it('give back the names a pair was made of', () => {
    expect(pairKecamatan(namePair('TEGAL TENGAH', 'MEKAR SARI'))).toBe('TEGAL TENGAH');
    expect(pairKelurahan(namePair('TEGAL TENGAH', 'MEKAR SARI'))).toBe('MEKAR SARI');
    expect(pairKelurahan(namePair('', ''))).toBe('');
  });
});
