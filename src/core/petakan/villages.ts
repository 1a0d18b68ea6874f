/**
 * The roll's TPS grouped by kelurahan/desa: a TPS never spans two, so every proposal is made one
 * kelurahan at a time. A kelurahan is its code, or its kecamatan + kelurahan names in a roll
 * without codes.
 */
import type { TpsCount, TpsIdentity } from '../types.js';
import { compareCodePoint } from '../validate/order.js';
import { isSpecialTps } from '../validate/tps-number.js';

export interface Village {
  readonly key: string;
  readonly kodeKelurahan: string;
  readonly kecamatan: string;
  readonly kelurahan: string;
  /** Indices into the roll's TPS list, by TPS number. */
  readonly tps: readonly number[];
  readonly dpt: number;
}

export function villageKey(t: TpsIdentity): string {
  return t.kodeKelurahan !== '' ? t.kodeKelurahan : `\u0000${t.kecamatan}\u0000${t.kelurahan}`;
}

/** How a kelurahan reads in a message: its code, or `kecamatan / kelurahan` (public names). */
export function describeVillage(t: Pick<TpsIdentity, 'kodeKelurahan' | 'kecamatan' | 'kelurahan'>): string {
  return t.kodeKelurahan !== '' ? t.kodeKelurahan : `${t.kecamatan} / ${t.kelurahan}`;
}

/** Sorted by (code, kecamatan, kelurahan) in code-point order. */
export function villagesOf(tps: readonly TpsCount[]): Village[] {
  const byKey = new Map<string, number[]>();
  tps.forEach((t, i) => {
    const key = villageKey(t);
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [i]);
    else list.push(i);
  });
  const villages = [...byKey.entries()].map(([key, list]) => {
    const sorted = [...list].sort((a, b) => compareCodePoint(tps[a]!.tps, tps[b]!.tps));
    const first = tps[sorted[0]!]!;
    const dpt = sorted.reduce((sum, i) => sum + tps[i]!.dpt, 0);
    return { key, kodeKelurahan: first.kodeKelurahan, kecamatan: first.kecamatan, kelurahan: first.kelurahan, tps: sorted, dpt };
  });
  return villages.sort(
    (a, b) => compareCodePoint(a.kodeKelurahan, b.kodeKelurahan) || compareCodePoint(a.kecamatan, b.kecamatan) || compareCodePoint(a.kelurahan, b.kelurahan),
  );
}

/** A special-location TPS (9xx): kept as it is, never merged (domain.md §12). */
export function isSpecial(t: TpsIdentity): boolean {
  return isSpecialTps(t.tps);
}

/** TPS numbers are written with three digits, `001` … */
export function tpsNumber(n: number): string {
  return String(n).padStart(3, '0');
}
