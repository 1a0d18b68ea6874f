/**
 * Issue 10, point 4: a roll made for Pilkada TPS (up to 600 voters) run with the Pemilu preset
 * (300) gets one hint naming the other preset. The rule and its boundaries: the TPS over this
 * run's capacity are at least a quarter of all TPS, and more than half of them fit the other
 * preset's capacity.
 */
import { describe, expect, it } from 'vitest';
import { capacityHint, type PresetCapacity } from '../../src/core/validate/index.js';
import type { TpsCount } from '../../src/core/types.js';
import { presetCapacities } from '../../src/core/config/index.js';

const PEMILU: PresetCapacity = { preset: 'pemilu-2024', kapasitas: 300 };
const PILKADA: PresetCapacity = { preset: 'pilkada-2024', kapasitas: 600 };
const BOTH = [PEMILU, PILKADA];

/** TPS with these voter counts, numbered 001… in one kelurahan. */
function roll(...dpt: number[]): TpsCount[] {
  return dpt.map((d, i) => ({ kodeKelurahan: '32.07.01.2001', kecamatan: 'K', kelurahan: 'D', tps: String(i + 1).padStart(3, '0'), dpt: d }));
}

const times = (n: number, dpt: number): number[] => Array.from({ length: n }, () => dpt);

describe('capacityHint', () => {
  it('the built-in presets are 300 (pemilu-2024) and 600 (pilkada-2024)', () => {
    expect(presetCapacities()).toEqual(BOTH);
  });

  it('a Pilkada-sized roll under the Pemilu preset: one warning naming pilkada-2024, with the counts', () => {
    const hint = capacityHint(roll(450, 520, 600, 280), PEMILU, BOTH);
    expect(hint).toEqual({
      code: 'capacity-fits-other-preset',
      severity: 'peringatan',
      file: '',
      line: null,
      column: null,
      // 3 of 4 TPS above 300; all 3 fit 600: 100 %
      params: { lebih: 3, tps: 4, kapasitas: 300, preset: 'pemilu-2024', muat_persen: 100, kapasitas_lain: 600, preset_lain: 'pilkada-2024' },
    });
  });

  it('a TPS of exactly the capacity is not over it (300 under pemilu, 600 fits pilkada)', () => {
    expect(capacityHint(roll(300, 300, 300, 300), PEMILU, BOTH)).toBeNull();
    expect(capacityHint(roll(600), PEMILU, BOTH)?.params.muat_persen).toBe(100);
    // 601 fits neither: no other preset explains it
    expect(capacityHint(roll(601), PEMILU, BOTH)).toBeNull();
  });

  it('share boundary: 1 TPS over capacity in 4 gives the hint, 1 in 5 does not (a few crowded TPS are real warnings)', () => {
    expect(capacityHint(roll(301, ...times(3, 200)), PEMILU, BOTH)).not.toBeNull();
    expect(capacityHint(roll(301, ...times(4, 200)), PEMILU, BOTH)).toBeNull();
    expect(capacityHint(roll(...times(25, 400), ...times(75, 250)), PEMILU, BOTH)?.params.lebih).toBe(25);
    expect(capacityHint(roll(...times(24, 400), ...times(76, 250)), PEMILU, BOTH)).toBeNull();
  });

  it('fit boundary: more than half of the TPS over capacity must fit the other preset (2 of 4 is not more than half)', () => {
    expect(capacityHint(roll(400, 400, 700, 700), PEMILU, BOTH)).toBeNull();
    const hint = capacityHint(roll(400, 400, 400, 700), PEMILU, BOTH);
    expect(hint?.params).toMatchObject({ lebih: 4, muat_persen: 75 });
  });

  it('nothing for an empty roll, a roll within capacity, or a run that already has the largest capacity', () => {
    expect(capacityHint([], PEMILU, BOTH)).toBeNull();
    expect(capacityHint(roll(250, 299), PEMILU, BOTH)).toBeNull();
    expect(capacityHint(roll(650, 700), PILKADA, BOTH)).toBeNull();
  });

  it('a Pemilu roll run with the Pilkada preset gets no hint (nothing is over 600)', () => {
    expect(capacityHint(roll(250, 280, 300), PILKADA, BOTH)).toBeNull();
  });
});
