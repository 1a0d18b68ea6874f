/** The built-in presets by name. Each is complete data under `configSchema` (test/config). */
import type { ConfigInput } from '../schema.js';
import { deepFreeze } from '../freeze.js';
import { PEMILU_2024 } from './pemilu-2024.js';
import { PILKADA_2024 } from './pilkada-2024.js';
import { PEMILU_2024_KEMAS, PILKADA_2024_KEMAS } from './kemas.js';

export const DEFAULT_PRESET = 'pemilu-2024';

export const PRESETS: Readonly<Record<string, ConfigInput>> = deepFreeze({
  'pemilu-2024': { ...PEMILU_2024, kemas: PEMILU_2024_KEMAS },
  'pilkada-2024': { ...PILKADA_2024, kemas: PILKADA_2024_KEMAS },
});

export const PRESET_NAMES: readonly string[] = Object.freeze(Object.keys(PRESETS));

export function presetInput(name: string): ConfigInput | undefined {
  return Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined;
}

/** Each built-in preset with its TPS capacity (for the hint that a roll fits another election). */
export function presetCapacities(): Array<{ preset: string; kapasitas: number }> {
  return PRESET_NAMES.flatMap((preset) => {
    const kapasitas = PRESETS[preset]?.kapasitas_tps;
    return kapasitas === undefined ? [] : [{ preset, kapasitas }];
  });
}
