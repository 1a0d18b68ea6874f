import { describe, expect, it } from 'vitest';
import { maskNik } from '../../src/core/validate/index.js';
import { safeEcho } from '../../src/core/validate/mask.js';

describe('maskNik', () => {
  it('keeps the first 6 and last 4 digits', () => {
    expect(maskNik('1674010101900001')).toBe('167401******0001');
  });
  it('masks by digits, so damaged forms never leak the middle', () => {
    expect(maskNik('167401010190001')).toBe('167401*****0001');
    expect(maskNik('1674010101900001.0')).toBe('167401*******0010');
  });
  it('hides short values entirely', () => {
    expect(maskNik('123456789')).toBe('*********');
    expect(maskNik('1.67401E+15')).toMatch(/^\*+$/);
    expect(maskNik('')).toBe('*');
  });
});

describe('safeEcho', () => {
  it('shows public codes but masks long digit runs and drops words', () => {
    expect(safeEcho(' 1674011001 ')).toBe('1674011001');
    expect(safeEcho('1674010101900001')).toBe('167401******0001');
    expect(safeEcho('Budi Santoso')).toBe('…');
    expect(safeEcho('TPS 1A')).toBe('TPS 1A');
  });
});
