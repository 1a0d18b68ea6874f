/**
 * The four manifests as tables (contract "Output files"). Item columns follow the config's item
 * order; a file lists the items held at its level or below (distribusi-tps: items with a TPS
 * allocation; -kelurahan: TPS or PPS; -kecamatan: TPS, PPS or PPK), so its header depends only on
 * the config, never on the roll. What each KPU Kab/Kota holds is in distribusi-kpu.csv (levels.ts).
 */
import type { Tingkat } from '../config/index.js';
import { packs, safeAdd } from './rounding.js';
import type { ItemQuantities } from './quantities.js';
import { compareKeys, type PlacedTps } from './units.js';
import { dapilColumn, dapilTypes, itemsOfJenis, tpsDapil } from './dapil-columns.js';

/** Same shape as the report layer's Table (defined here so core/compute stands alone). */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<string | number>>;
}

export const PENGADAAN_COLUMNS = [
  'kode_barang', 'nama_barang', 'satuan', 'varian', 'kebutuhan', 'cadangan', 'tambahan', 'jumlah',
  'isi_kemasan', 'jumlah_kemasan', 'jumlah_pengadaan',
  // Audit columns: where the amount is held (sum = jumlah), and what it was computed from.
  'di_tps', 'di_pps', 'di_ppk', 'di_kpu', 'jumlah_tps', 'dpt',
] as const;

export function pengadaanTable(items: readonly ItemQuantities[]): Table {
  const rows = items.flatMap(({ item, variants }) =>
    variants.map((v) => {
      const jumlah = safeAdd(safeAdd(v.kebutuhan, v.cadangan), v.tambahan);
      // Smallest whole number of packs; ballots have isi_kemasan 1, so never padded (UU 7/2017 Ps. 514).
      const { kemasan, pengadaan } = packs(jumlah, item.isiKemasan);
      return [
        item.kode, item.nama, item.satuan, v.varian, v.kebutuhan, v.cadangan, v.tambahan, jumlah,
        item.isiKemasan, kemasan, pengadaan,
        v.held.tps, v.held.pps, v.held.ppk, v.held.kpu, v.jumlahTps, v.dpt,
      ];
    }),
  );
  rows.sort((a, b) => compareKeys([String(a[0]), String(a[3])], [String(b[0]), String(b[3])]));
  return { columns: [...PENGADAAN_COLUMNS], rows };
}

export function heldAt(q: ItemQuantities, levels: readonly Tingkat[]): boolean {
  return q.item.alokasi.some((a) => levels.includes(a.tingkat));
}

export function distribusiTpsTable(placed: readonly PlacedTps[], items: readonly ItemQuantities[]): Table {
  const cols = items.filter((q) => heldAt(q, ['tps']));
  const jenis = dapilTypes(items);
  const ofJenis = jenis.map((j) => itemsOfJenis(items, j));
  // One row per TPS (40,000 at 10 M voters), at the end of a run, mostly before V8 has optimised
  // it: indexed loops and pushes, no iterators, no spread of mapped arrays.
  const perTps = cols.map((q) => q.perTps);
  const rows: (string | number)[][] = new Array<(string | number)[]>(placed.length);
  for (let i = 0; i < placed.length; i++) {
    const t = placed[i]!.tps;
    const row: (string | number)[] = [t.kodeKelurahan, t.kecamatan, t.kelurahan, t.tps, t.dpt];
    for (let c = 0; c < perTps.length; c++) row.push(perTps[c]![i] ?? 0);
    for (let j = 0; j < ofJenis.length; j++) row.push(tpsDapil(ofJenis[j]!, i));
    rows[i] = row;
  }
  return { columns: ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'dpt', ...cols.map((q) => q.item.kode), ...jenis.map(dapilColumn)], rows };
}
