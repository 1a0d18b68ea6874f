import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kodeKecamatanOf, place, sortPlaced } from '../../src/core/compute/units.js';
import { compareCodePoints } from '../../src/core/code-point.js';
import type { TpsCount } from '../../src/core/types.js';

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

describe('sortPlaced', () => {
  // Names from a few characters whose UTF-16 order and code-point order disagree: U+FF5E (one unit,
  // above the surrogates) and U+1F600 (two surrogate units, which `<` puts first).
  const name = fc.array(fc.constantFrom('A', 'a', 'é', '～', '😀', ' '), { maxLength: 4 }).map((cs) => cs.join(''));
  const tps = fc.record({
    kodeKelurahan: fc.constantFrom('', '16.74.01.1001', '16.74.01.1002'),
    kecamatan: name,
    kelurahan: name,
    tps: fc.constantFrom('001', '002'),
    dpt: fc.nat({ max: 5 }),
  });
  const byCodePoint = (list: readonly TpsCount[]): string[] => list.map((t) => place(t).order).sort(compareCodePoints);

  it('is code-point order of the TPS key, with and without surrogates in the roll', () => {
    fc.assert(fc.property(fc.array(tps, { maxLength: 12 }), (list) => {
      expect(sortPlaced(list).map((p) => p.order)).toEqual(byCodePoint(list));
    }), { numRuns: 3000 });
  });

  it('puts ～ before 😀, which UTF-16 order gets backwards', () => {
    const at = (kelurahan: string): TpsCount => ({ kodeKelurahan: '', kecamatan: 'K', kelurahan, tps: '001', dpt: 1 });
    expect(sortPlaced([at('😀'), at('～'), at('b')]).map((p) => p.tps.kelurahan)).toEqual(['b', '～', '😀']);
    expect(sortPlaced([at('c'), at('b')]).map((p) => p.tps.kelurahan)).toEqual(['b', 'c']);
  });
});
