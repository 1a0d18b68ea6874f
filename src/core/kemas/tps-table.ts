/**
 * kemas-tps.csv, the one list that grows with the TPS (one row per TPS and item: ~600,000 rows for
 * 40,000 TPS). It is built in its final order instead of sorted: the TPS are sorted once (40,000
 * keys, not 600,000), and within a TPS the items follow one order for every TPS, (wadah,
 * kode_barang), since each item has one container and appears once per TPS. That is the order a
 * sort by the seven key columns gives, because the reader refuses two TPS rows of one identity; a
 * hand-made manifest that repeats one still gets it (its rows are merged, then sorted, as before).
 */
import { WADAH_LEPAS } from '../config/index.js';
import { compareKeys } from '../compute/units.js';
import { split } from './rules.js';
import { KEMAS_TPS_COLUMNS, type ItemInfo } from './tables.js';
import { LazyTable } from '../report/lazy-table.js';
import type { Table } from '../report/table.js';
import type { Level, TpsRow } from './types.js';
import type { VariantOf } from './shares.js';

type Cell = string | number;

/** What a row needs of an item, looked up once per item rather than once per row. */
interface ItemCells {
  readonly kode: string;
  readonly wadah: string;
  readonly isiIkat: number | null;
  readonly nama: string;
  readonly satuan: string;
}

export interface TpsTable {
  readonly table: Table;
  /** TPS containers to pack: one per TPS and container that holds something (`lepas` is none). */
  readonly wadah: number;
}

/** The items of distribusi-tps.csv in the order every TPS lists them: (wadah, kode_barang). */
function itemOrder(kodes: readonly string[], info: (kode: string) => ItemInfo): ItemCells[] {
  const items = kodes.map((kode) => {
    const i = info(kode);
    return { kode, wadah: i.kemas.wadah, isiIkat: i.kemas.isiIkat?.jumlah ?? null, nama: i.barang.nama, satuan: i.barang.satuan };
  });
  return items.sort((a, b) => compareKeys([a.wadah, a.kode], [b.wadah, b.kode]));
}

/** The TPS in key order, those of one identity together (in file order: the sort is stable). */
function tpsGroups(rows: readonly TpsRow[]): TpsRow[][] {
  const keyed = rows.map((tps) => ({ tps, key: [tps.kodeKelurahan, tps.kecamatan, tps.kelurahan, tps.tps] }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  const groups: TpsRow[][] = [];
  let last: string[] | null = null;
  for (const { tps, key } of keyed) {
    if (last !== null && compareKeys(last, key) === 0) groups[groups.length - 1]?.push(tps);
    else groups.push([tps]);
    last = key;
  }
  return groups;
}

function rowOf(tps: TpsRow, item: ItemCells, varian: string, jumlah: number): Cell[] {
  const b = item.isiIkat === null ? null : split(jumlah, item.isiIkat);
  return [tps.kodeKelurahan, tps.kecamatan, tps.kelurahan, tps.tps, item.wadah, item.kode, varian, jumlah, b?.penuh ?? '', b?.sisa ?? '', item.isiIkat ?? '', item.nama, item.satuan];
}

/** One TPS's rows (or a repeated TPS's, merged), items of 0 left out, in the file's order. */
function groupRows(group: readonly TpsRow[], items: readonly ItemCells[], variantOf: VariantOf): Cell[][] {
  const rows: Cell[][] = [];
  for (const tps of group) {
    for (const item of items) {
      const jumlah = tps.barang[item.kode] ?? 0;
      if (jumlah !== 0) rows.push(rowOf(tps, item, variantOf(item.kode, tps), jumlah));
    }
  }
  // Only a hand-made manifest repeats a TPS: its rows interleave by item, as a full sort puts them.
  return group.length > 1 ? rows.sort((a, b) => compareKeys(itemKey(a), itemKey(b))) : rows;
}

/** The item part of a row's sort key (wadah, kode_barang, varian). */
const itemKey = (r: readonly Cell[]): string[] => [String(r[4]), String(r[5]), String(r[6])];

/** Distinct containers a TPS fills: the items come sorted by wadah, so each container is one run. */
function containers(group: readonly TpsRow[], items: readonly ItemCells[]): number {
  let n = 0;
  let counted: string | null = null;
  for (const item of items) {
    if (item.wadah === WADAH_LEPAS || item.wadah === counted) continue;
    if (group.some((tps) => (tps.barang[item.kode] ?? 0) !== 0)) {
      n++;
      counted = item.wadah;
    }
  }
  return n;
}

/**
 * kemas-tps.csv and the containers it fills. Its rows are made as they are written (LazyTable):
 * held as arrays they were ~90 MB at 40,000 TPS.
 */
export function kemasTpsTable(level: Level<TpsRow>, info: (kode: string) => ItemInfo, variantOf: VariantOf): TpsTable {
  const items = itemOrder(level.barang, info);
  const groups = tpsGroups(level.rows);
  const wadah = groups.reduce((n, group) => n + containers(group, items), 0);
  const table = new LazyTable(KEMAS_TPS_COLUMNS, function* () {
    for (const group of groups) yield* groupRows(group, items, variantOf);
  });
  return { table, wadah };
}
