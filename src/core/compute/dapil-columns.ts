/**
 * The `dapil_<jenis>` columns of distribusi-tps.csv and distribusi-kelurahan.csv (contract, issue
 * 13.1): one per dapil type of the config, so packing, labels and audits never re-read the mapping.
 * A TPS's value is the variant its own ballots of that type carry (the same lookup the quantities
 * used), so the column and the ballots can never disagree; empty without `--dapil`, and where no
 * ballot of the type is issued (DKI's DPRD Kab/Kota).
 */
import type { ItemQuantities } from './quantities.js';

/** Column name of a dapil type. */
export const dapilColumn = (jenis: string): string => `dapil_${jenis}`;

/** The dapil types of the config, in the order their first item appears. */
export function dapilTypes(items: readonly ItemQuantities[]): string[] {
  const out: string[] = [];
  for (const { item } of items) if (item.jenisDapil !== null && !out.includes(item.jenisDapil)) out.push(item.jenisDapil);
  return out;
}

/**
 * The dapil of TPS `index` for one type: the variant of the first item of that type issued there.
 * `items` are the config's items of that type only, in config order (`itemsOfJenis`).
 */
export function tpsDapil(items: readonly ItemQuantities[], index: number): string {
  for (let k = 0; k < items.length; k++) {
    const varian = items[k]!.variantAt[index];
    if (varian !== null && varian !== undefined) return varian;
  }
  return '';
}

/** The items of one dapil type, in config order: what tpsDapil and sharedDapil look through. */
export function itemsOfJenis(items: readonly ItemQuantities[], jenis: string): ItemQuantities[] {
  return items.filter((q) => q.item.jenisDapil === jenis);
}

/** A kelurahan's dapil: the one all its TPS share, or '' when they do not (or have none). */
export function sharedDapil(items: readonly ItemQuantities[], members: readonly number[]): string {
  if (members.length === 0) return '';
  const first = tpsDapil(items, members[0]!);
  for (let m = 1; m < members.length; m++) if (tpsDapil(items, members[m]!) !== first) return '';
  return first;
}
