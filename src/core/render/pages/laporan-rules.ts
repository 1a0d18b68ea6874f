/**
 * What every number of `pengadaan.csv` rests on, part by part, with its source and confidence from
 * the config the run used (the parts of `logistik preset --jelaskan`, in its words), and which of
 * an item's numbers rest on an inferred rule (marked † on the page).
 */
import { explainItem, type Bagian, type Lingkup, type ResolvedBarang } from '../../config/index.js';
import type { Lang } from '../../types.js';
import { ruleText } from '../rule-text.js';

export interface RulePart {
  readonly bagian: Bagian['jenis'];
  readonly aturan: string;
  readonly sumber: string | null;
  readonly keyakinan: string | null;
}

export function ruleParts(item: ResolvedBarang, lingkup: Lingkup, lang: Lang): RulePart[] {
  return explainItem(item, lingkup).bagian.map((b) => ({ bagian: b.jenis, aturan: ruleText(b, lang, lingkup), sumber: b.sumber, keyakinan: b.keyakinan }));
}

/** Which of an item's numbers rest on an inferred rule: its base need, reserve, extras. */
export interface Inferred {
  readonly kebutuhan: boolean;
  readonly cadangan: boolean;
  readonly tambahan: boolean;
}

export function inferredParts(item: ResolvedBarang, lingkup: Lingkup): Inferred {
  const parts = explainItem(item, lingkup).bagian;
  const inferred = (jenis: Bagian['jenis']): boolean => parts.some((b) => b.jenis === jenis && b.keyakinan === 'inferred');
  return { kebutuhan: inferred('alokasi'), cadangan: inferred('cadangan'), tambahan: inferred('tambahan') };
}
