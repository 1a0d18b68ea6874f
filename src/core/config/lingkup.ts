import type { Lembaga, Lingkup } from './schema.js';

/**
 * Which stock a run counts (domain.md §10.5): a kab/kota run the KPU Kab/Kota's own, a province run
 * also the KPU Provinsi's; no run the KPU RI's (the national stock is not any region's to order).
 */
export function lingkupCovers(lingkup: Lingkup, holder: Lembaga): boolean {
  return holder === 'kpu_kabkota' || (holder === 'kpu_provinsi' && lingkup === 'provinsi');
}
