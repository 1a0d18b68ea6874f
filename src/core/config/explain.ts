/**
 * What each number of a resolved config rests on, part by part, so that an auditor sees at once
 * which are law (`primary`), which reported and which inferred (`logistik preset NAME --jelaskan`,
 * and the "basis of the numbers" block after a run). Words are the renderer's (message catalogue);
 * this module only says which rule, with which values, from which source.
 */
import { lingkupCovers } from './lingkup.js';
import type { Keyakinan, Lingkup } from './schema.js';
import type { ResolvedAlokasi, ResolvedBarang, ResolvedConfig, Sumber } from './resolved.js';

export type Bagian =
  | ({ readonly jenis: 'alokasi'; readonly item: ResolvedBarang; readonly alokasi: ResolvedAlokasi } & Sumber)
  | ({ readonly jenis: 'cadangan'; readonly item: ResolvedBarang } & Sumber)
  | ({ readonly jenis: 'tambahan'; readonly item: ResolvedBarang; readonly dihitung: boolean } & Sumber)
  | ({ readonly jenis: 'pengada'; readonly item: ResolvedBarang } & Sumber);

export interface Penjelasan {
  readonly item: ResolvedBarang;
  readonly bagian: readonly Bagian[];
}

/** Weakest first: a number without a source is weaker than any with one. */
export const KEYAKINAN_ORDER: readonly (Keyakinan | null)[] = [null, 'inferred', 'reported', 'primary'];

/** A part's own source, else the item's (presets source an item once for all its allocations). */
function sourceOf(own: Sumber, item: ResolvedBarang): Sumber {
  return own.sumber !== null || own.keyakinan !== null ? own : { sumber: item.sumber, keyakinan: item.keyakinan };
}

export function explainItem(item: ResolvedBarang, lingkup: Lingkup): Penjelasan {
  const bagian: Bagian[] = item.alokasi.map((alokasi) => ({ jenis: 'alokasi', item, alokasi, ...sourceOf(alokasi, item) }));
  if (item.cadanganPersen.num > 0) bagian.push({ jenis: 'cadangan', item, sumber: item.sumber, keyakinan: item.keyakinan });
  if (item.tambahan !== null) {
    const { sumber, keyakinan } = item.tambahan;
    bagian.push({ jenis: 'tambahan', item, dihitung: lingkupCovers(lingkup, item.tambahan.disimpanDi), sumber, keyakinan });
  }
  if (item.pengada !== null) bagian.push({ jenis: 'pengada', item, sumber: item.pengada.sumber, keyakinan: item.pengada.keyakinan });
  return { item, bagian };
}

/** The weakest confidence among the numbers that count in a run (the PSU stock only when counted). */
export function weakestKeyakinan(p: Penjelasan): Keyakinan | null {
  const counting = p.bagian.filter((b) => b.jenis !== 'pengada' && (b.jenis !== 'tambahan' || b.dihitung));
  let weakest = KEYAKINAN_ORDER.length - 1;
  for (const b of counting) weakest = Math.min(weakest, KEYAKINAN_ORDER.indexOf(b.keyakinan));
  return KEYAKINAN_ORDER[weakest] ?? null;
}

export function explainConfig(c: ResolvedConfig): Penjelasan[] {
  return c.barang.map((item) => explainItem(item, c.lingkup));
}
