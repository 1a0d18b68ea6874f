/**
 * The two packing rules, in whole numbers: sheets tied into bundles after sorting, and a delivery
 * split into the supplier's cartons. Each keeps its sum exact (`penuh × isi + sisa = jumlah`), so
 * every number a warehouse worker counts adds back up to the manifest.
 */
import type { ResolvedKoli } from '../config/index.js';
import { floorDiv, ceilDiv } from '../compute/index.js';

export interface Split {
  /** Whole bundles (cartons) of `isi`. */
  readonly penuh: number;
  /** What is left over: fewer than `isi`, a bundle (carton) not full. */
  readonly sisa: number;
}

/** `jumlah` in units of `isi`: `penuh × isi + sisa = jumlah`, `0 ≤ sisa < isi`. */
export function split(jumlah: number, isi: number): Split {
  const penuh = floorDiv(jumlah, isi);
  return { penuh, sisa: jumlah - penuh * isi };
}

export interface Cartons {
  readonly koliPenuh: number;
  readonly sisaLembar: number;
  /** Cartons of re-vote (PSU) stock packed apart; the last may not be full. */
  readonly koliPsu: number;
  readonly lembarPsu: number;
}

/**
 * A delivery of `jumlah` sheets of which `psu` are re-vote stock: with `psuTerpisah` the PSU sheets
 * come in cartons of their own and the rest is split as usual (Prabumulih: 147,898 = 73 × 2,000 +
 * 1,898, plus one carton of 2,000 PSU ballots; domain.md §6.1). Always
 * `koliPenuh × isi + sisaLembar + lembarPsu = jumlah`.
 */
export function cartons(jumlah: number, psu: number, koli: ResolvedKoli): Cartons {
  if (psu < 0 || psu > jumlah) throw new RangeError(`PSU stock ${psu} outside 0..${jumlah}`);
  const lembarPsu = koli.psuTerpisah ? psu : 0;
  const rest = split(jumlah - lembarPsu, koli.jumlah);
  return { koliPenuh: rest.penuh, sisaLembar: rest.sisa, koliPsu: ceilDiv(lembarPsu, koli.jumlah), lembarPsu };
}
