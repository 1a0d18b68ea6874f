/**
 * What every number of `pengadaan.csv` rests on, part by part (allocation, reserve, extras), with
 * its source and confidence from the config the run used, and which of an item's numbers rest on
 * an inferred rule (marked † on the page).
 * TODO(merge): the rule in words is the presets' `ruleText` (logistik preset --jelaskan) once it
 * lands on main: move it to core and use it here instead of the short forms below.
 */
import type { ResolvedBarang, Sumber } from '../../config/index.js';
import { rationalToNumber } from '../../config/index.js';
import type { Lang } from '../../types.js';
import { formatNumber } from '../../messages/index.js';

export interface RulePart {
  readonly bagian: 'alokasi' | 'cadangan' | 'tambahan';
  readonly aturan: string;
  readonly sumber: string | null;
  readonly keyakinan: string | null;
}

function decimal(n: number, lang: Lang): string {
  const [whole = '0', fraction] = String(n).split('.');
  const grouped = formatNumber(Number(whole), lang);
  return fraction === undefined ? grouped : `${grouped}${lang === 'en' ? '.' : ','}${fraction}`;
}

/** A part's own source, else the item's (presets source an item once for all its allocations). */
function sourceOf(own: Sumber, item: ResolvedBarang): Sumber {
  return own.sumber !== null || own.keyakinan !== null ? own : { sumber: item.sumber, keyakinan: item.keyakinan };
}

export function ruleParts(item: ResolvedBarang, lang: Lang): RulePart[] {
  const parts: RulePart[] = item.alokasi.map((a) => ({
    bagian: 'alokasi',
    aturan: `${decimal(rationalToNumber(a.rasio), lang)} × ${a.basis} @ ${a.tingkat}`,
    ...sourceOf(a, item),
  }));
  if (item.cadanganPersen.num > 0) parts.push({ bagian: 'cadangan', aturan: `${decimal(rationalToNumber(item.cadanganPersen), lang)} % (${item.pembulatan})`, sumber: item.sumber, keyakinan: item.keyakinan });
  if (item.tambahan !== null) parts.push({ bagian: 'tambahan', aturan: `${formatNumber(item.tambahan.jumlah, lang)} / ${item.tambahan.per}`, sumber: item.tambahan.sumber, keyakinan: item.tambahan.keyakinan });
  return parts;
}

/** Which of an item's numbers rest on an inferred rule: its base need, reserve, extras. */
export interface Inferred {
  readonly kebutuhan: boolean;
  readonly cadangan: boolean;
  readonly tambahan: boolean;
}

export function inferredParts(item: ResolvedBarang): Inferred {
  const parts = ruleParts(item, 'id');
  const inferred = (b: RulePart['bagian']): boolean => parts.some((p) => p.bagian === b && p.keyakinan === 'inferred');
  return { kebutuhan: inferred('alokasi'), cadangan: inferred('cadangan'), tambahan: inferred('tambahan') };
}
