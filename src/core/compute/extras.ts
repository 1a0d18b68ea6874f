/**
 * Fixed extras (`tambahan`: PSU ballots) where their holder keeps them. The law's 1,000 per dapil
 * (UU 7/2017 Ps. 344) and Pilkada's 2,000 per election are held by the body whose area holds the
 * dapil or runs the race (domain.md §10.5: Kab. Karimun; Kab. Lebak): a KPU Kab/Kota, a KPU
 * Provinsi or the KPU RI. A run counts a stock only when its `lingkup` covers the holder — a
 * kab/kota run the KPU Kab/Kota's, a province run also the KPU Provinsi's, no run the KPU RI's —
 * and then once per variant (dapil) and area of the holder in which the item applies, so a
 * province run carries each kab/kota's own stock. Nothing is guessed from the roll's extent.
 */
import type { Lembaga, Lingkup, ResolvedBarang } from '../config/index.js';
import { lingkupCovers } from '../config/lingkup.js';
import type { PlacedTps, VariantAt } from './units.js';

/** The area a body serves, as far as the roll tells it: kab/kota code, province code, or the nation. */
function areaOf(holder: Lembaga, p: PlacedTps): string {
  if (holder === 'kpu_kabkota') return p.kodeKabkota;
  return holder === 'kpu_provinsi' ? p.provinsi : '';
}

/** Calls `add(varian, jumlah, area)` once per (variant, holder's area) where the item applies. */
export function addExtras(
  item: ResolvedBarang,
  placed: readonly PlacedTps[],
  variantAt: VariantAt,
  lingkup: Lingkup,
  add: (varian: string, amount: number, area: string) => void,
): void {
  const extra = item.tambahan;
  // PSU stock exists only for races held in the roll: none for DPRD Kab/Kota in DKI (domain.md §8.2).
  if (extra === null || !lingkupCovers(lingkup, extra.disimpanDi)) return;
  const seen = new Set<string>();
  placed.forEach((p, i) => {
    const varian = variantAt[i];
    if (varian === null || varian === undefined) return;
    const area = areaOf(extra.disimpanDi, p);
    const key = `${varian}\u0000${area}`;
    if (seen.has(key)) return;
    seen.add(key);
    add(varian, extra.jumlah, area);
  });
}
