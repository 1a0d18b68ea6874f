/**
 * Why an item comes out as 0: its `berlaku` rule leaves out every province of the roll (DKI
 * Jakarta's DPRD Kab/Kota ballots, DIY's governor ballots). The summary says so where it shows
 * the 0, so a staffer does not take a rule for a bug.
 */
import type { TpsCount } from '../types.js';
import type { ResolvedConfig } from '../config/index.js';
import { compareCodePoints } from '../config/canonical-json.js';
import { applies } from './units.js';

export interface NotIssued {
  readonly kode: string;
  /** `kecuali`: the rule excludes these provinces of the roll; `hanya`: it applies only to these. */
  readonly rule: 'kecuali' | 'hanya';
  readonly provinsi: readonly string[];
}

/** The items that apply at no TPS of the roll, by their `berlaku` rule; none for an empty roll. */
export function itemsNotIssued(tps: readonly TpsCount[], config: ResolvedConfig): NotIssued[] {
  // '' is the province of a names-only roll: no provinsi_hanya list holds it.
  const provinces = [...new Set(tps.map((t) => t.kodeKelurahan.slice(0, 2)))].sort(compareCodePoints);
  if (provinces.length === 0) return [];
  const out: NotIssued[] = [];
  for (const item of config.barang) {
    if (provinces.some((p) => applies(item.berlaku, p))) continue;
    const hanya = item.berlaku.provinsiHanya;
    if (hanya.length > 0 && !provinces.some((p) => hanya.includes(p))) out.push({ kode: item.kode, rule: 'hanya', provinsi: hanya });
    else out.push({ kode: item.kode, rule: 'kecuali', provinsi: provinces });
  }
  return out;
}
