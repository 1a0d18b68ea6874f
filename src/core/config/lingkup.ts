/**
 * What a run covers: one kab/kota (the default), or a whole province (adds province-held stock).
 * Here, not in schema.ts, so the CLI can check `--lingkup` without loading zod and the schema
 * (every command's start-up pays for what program.ts imports; issue 16).
 */
export const LINGKUP = ['kabkota', 'provinsi'] as const;
export type Lingkup = (typeof LINGKUP)[number];

/** KPU bodies by the area they serve: who holds a stock, who replaces an item (domain.md §10.5, §11). */
export const LEMBAGA = ['kpu_ri', 'kpu_provinsi', 'kpu_kabkota'] as const;
export type Lembaga = (typeof LEMBAGA)[number];

/**
 * Which stock a run counts (domain.md §10.5): a kab/kota run the KPU Kab/Kota's own, a province run
 * also the KPU Provinsi's; no run the KPU RI's (the national stock is not any region's to order).
 */
export function lingkupCovers(lingkup: Lingkup, holder: Lembaga): boolean {
  return holder === 'kpu_kabkota' || (holder === 'kpu_provinsi' && lingkup === 'provinsi');
}
