import type { Table } from '../report/table.js';
import { byCodePoint } from '../report/sort.js';

/** One side of a comparison: the parsed manifest tables of a folder. Cells are text as read. */
export interface ManifestSide {
  readonly pengadaan: Table;
  readonly distribusiTps: Table;
}

export interface ItemChange {
  readonly kode_barang: string;
  readonly varian: string;
  readonly jumlah: Delta;
  readonly jumlah_pengadaan: Delta;
}

export interface Delta {
  readonly lama: number;
  readonly baru: number;
  readonly selisih: number;
}

export interface TpsChange {
  readonly kode_kelurahan: string;
  readonly tps: string;
  /** Per changed column (dpt or an item code): old, new, difference. */
  readonly kolom: Readonly<Record<string, Delta>>;
}

export interface TpsRowRef {
  readonly kode_kelurahan: string;
  readonly kelurahan: string;
  readonly tps: string;
  readonly dpt: number;
}

export interface Banding {
  readonly sama: boolean;
  readonly barang: {
    readonly berubah: readonly ItemChange[];
    readonly hanya_a: ReadonlyArray<{ kode_barang: string; varian: string; jumlah: number }>;
    readonly hanya_b: ReadonlyArray<{ kode_barang: string; varian: string; jumlah: number }>;
  };
  readonly tps: {
    readonly ditambah: readonly TpsRowRef[];
    readonly dihapus: readonly TpsRowRef[];
    readonly berubah: readonly TpsChange[];
  };
  /** Item columns of distribusi-tps.csv present in one folder only. */
  readonly kolom_tps: { readonly hanya_a: readonly string[]; readonly hanya_b: readonly string[] };
}

/** Compares two manifest folders item by item and TPS by TPS (A = old, B = new). */
export function compareManifests(a: ManifestSide, b: ManifestSide): Banding {
  const barang = compareItems(a.pengadaan, b.pengadaan);
  const tps = compareTps(a.distribusiTps, b.distribusiTps);
  const sama =
    barang.berubah.length + barang.hanya_a.length + barang.hanya_b.length === 0 &&
    tps.ditambah.length + tps.dihapus.length + tps.berubah.length === 0 &&
    tps.kolom.hanya_a.length + tps.kolom.hanya_b.length === 0;
  return { sama, barang, tps: { ditambah: tps.ditambah, dihapus: tps.dihapus, berubah: tps.berubah }, kolom_tps: tps.kolom };
}

type Rec = Record<string, string>;

function records(t: Table): Rec[] {
  return t.rows.map((row) => Object.fromEntries(t.columns.map((c, i) => [c, String(row[i] ?? '')])));
}

function num(v: string | undefined): number {
  const n = Number(v ?? '');
  return Number.isFinite(n) ? n : 0;
}

function delta(lama: number, baru: number): Delta {
  return { lama, baru, selisih: baru - lama };
}

function keyed(recs: Rec[], key: (r: Rec) => string): Map<string, Rec> {
  return new Map(recs.map((r) => [key(r), r]));
}

function sortedKeys(...maps: Map<string, Rec>[]): string[] {
  return [...new Set(maps.flatMap((m) => [...m.keys()]))].sort(byCodePoint);
}

function compareItems(a: Table, b: Table): Banding['barang'] {
  const key = (r: Rec): string => `${r.kode_barang}\u0000${r.varian ?? ''}`;
  const ma = keyed(records(a), key);
  const mb = keyed(records(b), key);
  const berubah: ItemChange[] = [];
  const hanyaA: { kode_barang: string; varian: string; jumlah: number }[] = [];
  const hanyaB: { kode_barang: string; varian: string; jumlah: number }[] = [];
  for (const k of sortedKeys(ma, mb)) {
    const ra = ma.get(k);
    const rb = mb.get(k);
    if (ra && !rb) hanyaA.push({ kode_barang: ra.kode_barang ?? '', varian: ra.varian ?? '', jumlah: num(ra.jumlah) });
    else if (!ra && rb) hanyaB.push({ kode_barang: rb.kode_barang ?? '', varian: rb.varian ?? '', jumlah: num(rb.jumlah) });
    else if (ra && rb && (ra.jumlah !== rb.jumlah || ra.jumlah_pengadaan !== rb.jumlah_pengadaan)) {
      berubah.push({
        kode_barang: ra.kode_barang ?? '',
        varian: ra.varian ?? '',
        jumlah: delta(num(ra.jumlah), num(rb.jumlah)),
        jumlah_pengadaan: delta(num(ra.jumlah_pengadaan), num(rb.jumlah_pengadaan)),
      });
    }
  }
  return { berubah, hanya_a: hanyaA, hanya_b: hanyaB };
}

const TPS_PLACE_COLUMNS = new Set(['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps']);

function compareTps(a: Table, b: Table) {
  // A roll identified by names has no kode_kelurahan: the names then are the key.
  const key = (r: Rec): string => [r.kode_kelurahan, r.kode_kelurahan ? '' : `${r.kecamatan}\u0000${r.kelurahan}`, r.tps].join('\u0000');
  const ma = keyed(records(a), key);
  const mb = keyed(records(b), key);
  const valueCols = (t: Table): string[] => t.columns.filter((c) => !TPS_PLACE_COLUMNS.has(c));
  const colsB = new Set(valueCols(b));
  const shared = valueCols(a).filter((c) => colsB.has(c));
  const ref = (r: Rec): TpsRowRef => ({ kode_kelurahan: r.kode_kelurahan ?? '', kelurahan: r.kelurahan ?? '', tps: r.tps ?? '', dpt: num(r.dpt) });
  const ditambah: TpsRowRef[] = [];
  const dihapus: TpsRowRef[] = [];
  const berubah: TpsChange[] = [];
  for (const k of sortedKeys(ma, mb)) {
    const ra = ma.get(k);
    const rb = mb.get(k);
    if (ra && !rb) dihapus.push(ref(ra));
    else if (!ra && rb) ditambah.push(ref(rb));
    else if (ra && rb) {
      const kolom: Record<string, Delta> = {};
      for (const c of shared) if (ra[c] !== rb[c]) kolom[c] = delta(num(ra[c]), num(rb[c]));
      if (Object.keys(kolom).length > 0) berubah.push({ kode_kelurahan: ra.kode_kelurahan ?? '', tps: ra.tps ?? '', kolom });
    }
  }
  const colsA = new Set(valueCols(a));
  const kolom = { hanya_a: valueCols(a).filter((c) => !colsB.has(c)), hanya_b: valueCols(b).filter((c) => !colsA.has(c)) };
  return { ditambah, dihapus, berubah, kolom };
}
