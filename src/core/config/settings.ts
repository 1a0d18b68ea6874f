import type { ValidationSettings } from '../types.js';
import type { ResolvedConfig } from './resolved.js';

/** What core/validate needs from the config (polling day for age, TPS capacity warning). */
export function validationSettings(c: ResolvedConfig): ValidationSettings {
  return { hariPemungutan: c.hariPemungutan, kapasitasTps: c.kapasitasTps };
}
