/**
 * Which kelurahan (PPS) a TPS belongs to and which kecamatan (PPK) a kelurahan belongs to, the way
 * the manifests group them: by code, or by names for a roll identified by names only (the NUL
 * prefix keeps a names key apart from every code).
 */
import { kodeKecamatanOf } from '../compute/units.js';

const NAMES = '\u0000';

export function kelurahanKey(r: { readonly kodeKelurahan: string; readonly kecamatan: string; readonly kelurahan: string }): string {
  return r.kodeKelurahan !== '' ? r.kodeKelurahan : `${NAMES}${r.kecamatan}${NAMES}${r.kelurahan}`;
}

/** The kecamatan of a TPS or kelurahan row. */
export function kecamatanKeyOf(r: { readonly kodeKelurahan: string; readonly kecamatan: string }): string {
  return r.kodeKelurahan !== '' ? kodeKecamatanOf(r.kodeKelurahan) : `${NAMES}${r.kecamatan}`;
}

export function kecamatanKey(r: { readonly kodeKecamatan: string; readonly kecamatan: string }): string {
  return r.kodeKecamatan !== '' ? r.kodeKecamatan : `${NAMES}${r.kecamatan}`;
}

/** Rows by key, each list in the order given. */
export function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = out.get(key);
    if (list) list.push(row);
    else out.set(key, [row]);
  }
  return out;
}
