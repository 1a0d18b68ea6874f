/** Config: zod schema, built-in presets (data), extends/override → frozen ResolvedConfig. */
export { configSchema, LINGKUP, KEYAKINAN } from './schema.js';
export type { ConfigInput, BarangInput, AlokasiInput, Pembulatan, PembulatanCadangan, Tingkat, Basis, Keyakinan, Lembaga, Lingkup } from './schema.js';
export type { Rational } from './rational.js';
export { toRational, rationalToNumber, isConfigDecimal, MAX_DECIMAL_PLACES } from './rational.js';
export type { ResolvedConfig, ResolvedBarang, ResolvedAlokasi, ResolvedTambahan, ResolvedPengada, Berlaku, Sumber, ResolvedKemas, ResolvedIsi, ResolvedKoli } from './resolved.js';
export { WADAH_LEPAS } from './kemas.js';
export { PRESET_NAMES, DEFAULT_PRESET, presetCapacities } from './presets/index.js';
export { resolveConfig, type ResolveOptions } from './resolve.js';
export { configForDisplay, configText } from './display.js';
export { BALLOT_PREFIX } from './merge.js';
export { canonicalJson, compareCodePoints } from './canonical-json.js';
export { validationSettings } from './settings.js';
export { lingkupCovers } from './lingkup.js';
export { explainConfig, explainItem, weakestKeyakinan, KEYAKINAN_ORDER, type Bagian, type Penjelasan } from './explain.js';
