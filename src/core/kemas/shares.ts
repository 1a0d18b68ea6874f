/**
 * What each level hands over, per item and variant: a kelurahan (PPS) its TPS plus what the PPS
 * itself holds, a kecamatan (PPK) its kelurahan plus what the PPK holds. The manifest gives the
 * holders' own shares only inside its totals (a kelurahan row = its TPS + PPS share), so each share
 * is the row less what it contains; the variant of a share is the dapil all of the unit's TPS
 * share. A share below 0, or one that belongs to TPS of several dapil, is a manifest that does not
 * add up: an issue naming its file and line, never a guess.
 */
import type { Issue } from '../types.js';
import { safeAdd } from '../compute/rounding.js';
import { kemasIssue } from './issue.js';
import { groupBy, kecamatanKey, kecamatanKeyOf, kelurahanKey } from './places.js';
import { Tally } from './tally.js';
import type { KecamatanRow, KelurahanRow, KemasManifest, TpsRow } from './types.js';

/** The variant of an item at a TPS: its dapil of the item's type, '' when the item has none. */
export type VariantOf = (kode: string, tps: TpsRow) => string;

export interface Handover<R> {
  readonly row: R;
  readonly tally: Tally;
  /** Its TPS, for the variants a share can take. */
  readonly tps: readonly TpsRow[];
}

interface Holder {
  readonly berkas: string;
  readonly baris: number;
  /** The unit's own amounts, each its contents plus its share. */
  readonly barang: Readonly<Record<string, number>>;
  /** The unit as a message names it. */
  readonly nama: string;
}

/**
 * Adds the holder's own share of each item to `tally`: its amount less `contained` (what its TPS or
 * kelurahan already count). `columns` are the items of the holder's file.
 */
function addShares(h: Holder, columns: readonly string[], contained: (kode: string) => number, tps: readonly TpsRow[], variantOf: VariantOf, tally: Tally, issues: Issue[]): void {
  for (const kode of columns) {
    const share = (h.barang[kode] ?? 0) - contained(kode);
    if (share === 0) continue;
    if (share < 0) {
      issues.push(kemasIssue('kemas-share-negative', h.berkas, h.baris, kode, { kode, unit: h.nama, jumlah: h.barang[kode] ?? 0, isi: contained(kode) }));
      continue;
    }
    const variants = [...new Set(tps.map((t) => variantOf(kode, t)))];
    const only = variants.length === 1 ? variants[0] : undefined;
    if (only === undefined) {
      issues.push(kemasIssue('kemas-share-variant', h.berkas, h.baris, kode, { kode, unit: h.nama, jumlah: share, dapil: variants.map((v) => (v === '' ? '""' : v)).join(', ') || '-' }));
      continue;
    }
    tally.add(kode, only, share);
  }
}

function sumOf(rows: readonly { readonly barang: Readonly<Record<string, number>> }[], kode: string): number {
  return rows.reduce((s, r) => safeAdd(s, r.barang[kode] ?? 0), 0);
}

export function kelurahanHandovers(m: KemasManifest, variantOf: VariantOf, issues: Issue[]): Handover<KelurahanRow>[] {
  const tpsOf = groupBy(m.tps.rows, kelurahanKey);
  const tpsColumns = new Set(m.tps.barang);
  const berkas = `${m.folder}/distribusi-kelurahan.csv`;
  return m.kelurahan.rows.map((row) => {
    const tps = tpsOf.get(kelurahanKey(row)) ?? [];
    const tally = new Tally();
    for (const t of tps) for (const kode of m.tps.barang) tally.add(kode, variantOf(kode, t), t.barang[kode] ?? 0);
    const holder = { berkas, baris: row.baris, barang: row.barang, nama: `${row.kodeKelurahan} ${row.kelurahan}`.trim() };
    addShares(holder, m.kelurahan.barang, (kode) => (tpsColumns.has(kode) ? sumOf(tps, kode) : 0), tps, variantOf, tally, issues);
    return { row, tally, tps };
  });
}

export function kecamatanHandovers(m: KemasManifest, kelurahan: readonly Handover<KelurahanRow>[], variantOf: VariantOf, issues: Issue[]): Handover<KecamatanRow>[] {
  const kelOf = groupBy(kelurahan, (h) => kecamatanKeyOf(h.row));
  const kelColumns = new Set(m.kelurahan.barang);
  const berkas = `${m.folder}/distribusi-kecamatan.csv`;
  return m.kecamatan.rows.map((row) => {
    const kels = kelOf.get(kecamatanKey(row)) ?? [];
    const tally = new Tally();
    for (const k of kels) tally.addAll(k.tally);
    const tps = kels.flatMap((k) => k.tps);
    const holder = { berkas, baris: row.baris, barang: row.barang, nama: `${row.kodeKecamatan} ${row.kecamatan}`.trim() };
    const rows = kels.map((k) => k.row);
    addShares(holder, m.kecamatan.barang, (kode) => (kelColumns.has(kode) ? sumOf(rows, kode) : 0), tps, variantOf, tally, issues);
    return { row, tally, tps };
  });
}
