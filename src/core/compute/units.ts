/**
 * Where a TPS sits: province (for `berlaku`), its PPS (kelurahan/desa) and PPK (kecamatan).
 * Rolls that identify TPS by names only (kodeKelurahan '') are grouped by names; their province is
 * unknown, so `provinsi_hanya` rules never match them and `provinsi_kecuali` rules never exclude them.
 */
import type { TpsCount } from '../types.js';
// Only a type from the config's index: its values load zod and the schema, which computing needs
// not (start-up; issue 16).
import type { Berlaku } from '../config/index.js';
import { compareCodePoints, unitsAreCodePoints } from '../code-point.js';

/** Names-only keys start with NUL so they cannot collide with a dotted code. */
const NAMES = '\u0000';

export interface PlacedTps {
  readonly tps: TpsCount;
  readonly provinsi: string;
  readonly kel: string;
  readonly kec: string;
  readonly kodeKecamatan: string;
  /** `PP.KK`, or '' for names-only rolls (their kab/kota is unknown: all one). */
  readonly kodeKabkota: string;
  /** Manifest order as one string: fields joined by NUL, which sorts below every other character. */
  readonly order: string;
}

/** Per TPS of the placed list: null when the item does not apply there (berlaku), else its variant. */
export type VariantAt = readonly (string | null)[];

/** The first three dotted parts (`PP.KK.CC`): what comes before the third dot, or all of it. */
export function kodeKecamatanOf(kodeKelurahan: string): string {
  // indexOf, not split/slice/join: this runs for every TPS (40,000 at 10 M voters).
  let dot = -1;
  for (let n = 0; n < 3; n++) {
    dot = kodeKelurahan.indexOf('.', dot + 1);
    if (dot < 0) return kodeKelurahan;
  }
  return kodeKelurahan.slice(0, dot);
}

export function place(tps: TpsCount): PlacedTps {
  if (!Number.isSafeInteger(tps.dpt) || tps.dpt < 0) throw new RangeError(`dpt must be a whole number ≥ 0: ${tps.dpt}`);
  const kode = tps.kodeKelurahan;
  const kodeKecamatan = kodeKecamatanOf(kode);
  return {
    tps,
    provinsi: kode.slice(0, 2),
    kel: kode !== '' ? kode : `${NAMES}${tps.kecamatan}${NAMES}${tps.kelurahan}`,
    kec: kode !== '' ? kodeKecamatan : `${NAMES}${tps.kecamatan}`,
    kodeKecamatan,
    kodeKabkota: kode.slice(0, 5),
    order: `${kode}${NAMES}${tps.kecamatan}${NAMES}${tps.kelurahan}${NAMES}${tps.tps}`,
  };
}

export function applies(b: Berlaku, provinsi: string): boolean {
  if (b.provinsiHanya.length > 0 && !b.provinsiHanya.includes(provinsi)) return false;
  return !b.provinsiKecuali.includes(provinsi);
}

/** Code-point order of the first differing key part. */
export function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = compareCodePoints(a[i] ?? '', b[i] ?? '');
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** TPS order of every manifest: (kode_kelurahan, tps), names breaking ties for names-only rolls. */
export function sortPlaced(tps: readonly TpsCount[]): PlacedTps[] {
  const placed = tps.map(place);
  // The keys share long prefixes (code, kecamatan, kelurahan), and compareCodePoints walks them a
  // UTF-16 unit at a time, ~50,000 times per million voters, mostly before V8 has optimised it.
  const byUnit = placed.every((p) => unitsAreCodePoints(p.order));
  return placed.sort(byUnit ? (a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0) : (a, b) => compareCodePoints(a.order, b.order));
}
