/** The two packing rules at their boundaries: 0, 1, one below, at and above a multiple. */
import { describe, expect, test } from 'vitest';
import { cartons, split } from '../../src/core/kemas/index.js';

const koli = (jumlah: number, psuTerpisah: boolean) => ({ jumlah, psuTerpisah, sumber: null, keyakinan: null });

describe('bundles: split(jumlah, isi)', () => {
  test.each([
    [0, 20, 0, 0],
    [1, 20, 0, 1],
    [19, 20, 0, 19],
    [20, 20, 1, 0],
    [21, 20, 1, 1],
    [40, 20, 2, 0],
    [306, 20, 15, 6],
    [306, 25, 12, 6],
    [7, 1, 7, 0],
  ])('%i sheets in bundles of %i: %i full, %i loose', (jumlah, isi, penuh, sisa) => {
    expect(split(jumlah, isi)).toEqual({ penuh, sisa });
    expect(penuh * isi + sisa).toBe(jumlah);
  });
});

describe('cartons: cartons(jumlah, psu, koli)', () => {
  test('Prabumulih, Pilkada 2024: 149,898 mayor ballots = 73 × 2,000 + 1,898, and the 2,000 PSU ballots in a carton of their own', () => {
    expect(cartons(149_898, 2_000, koli(2_000, true))).toEqual({ koliPenuh: 73, sisaLembar: 1_898, koliPsu: 1, lembarPsu: 2_000 });
    // The governor's 147,898: no PSU stock at the city (held by the KPU Provinsi).
    expect(cartons(147_898, 0, koli(2_000, true))).toEqual({ koliPenuh: 73, sisaLembar: 1_898, koliPsu: 0, lembarPsu: 0 });
  });

  test('without psu_terpisah the PSU sheets share the cartons', () => {
    expect(cartons(149_898, 2_000, koli(2_000, false))).toEqual({ koliPenuh: 74, sisaLembar: 1_898, koliPsu: 0, lembarPsu: 0 });
  });

  test('PSU stock that does not fill its carton still takes one (1,000 per dapil in cartons of 2,000)', () => {
    expect(cartons(5_000, 1_000, koli(2_000, true))).toEqual({ koliPenuh: 2, sisaLembar: 0, koliPsu: 1, lembarPsu: 1_000 });
    expect(cartons(1_000, 1_000, koli(500, true))).toEqual({ koliPenuh: 0, sisaLembar: 0, koliPsu: 2, lembarPsu: 1_000 });
  });

  test.each([
    [0, 0],
    [1, 0],
    [1_999, 0],
    [2_000, 0],
    [2_001, 0],
    [4_000, 2_000],
  ])('%i sheets with %i PSU: koliPenuh × isi + sisaLembar + lembarPsu = jumlah', (jumlah, psu) => {
    const c = cartons(jumlah, psu, koli(2_000, true));
    expect(c.koliPenuh * 2_000 + c.sisaLembar + c.lembarPsu).toBe(jumlah);
    expect(c.sisaLembar).toBeLessThan(2_000);
  });

  test('PSU stock above the delivery is a bug, not a carton count', () => {
    expect(() => cartons(10, 11, koli(2_000, true))).toThrow(RangeError);
  });
});
