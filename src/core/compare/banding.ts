/**
 * `banding`: two manifests compared item by item (pengadaan.csv), kecamatan by kecamatan
 * (distribusi-kecamatan.csv), then TPS by TPS (distribusi-tps.csv), A = old, B = new. The
 * kecamatan roll-up comes first because that is where a change is read (which PPK gets more or
 * less); the TPS rows then say where inside it. `hitung --check` uses the same comparison to show
 * the numbers behind a drift.
 */
import type { Amounts, KecamatanRow, Level, PengadaanRow, TpsRow } from '../manifest/types.js';
import { byCodePoint } from '../report/sort.js';
import { kodeKecamatanOf } from '../compute/units.js';

/** What a comparison needs of a manifest (ManifestData has it). */
export interface ManifestSide {
  readonly pengadaan: readonly PengadaanRow[];
  readonly kecamatan: Level<KecamatanRow>;
  readonly tps: Level<TpsRow>;
}

export interface Delta {
  readonly lama: number;
  readonly baru: number;
  readonly selisih: number;
}

export interface TextChange {
  readonly lama: string;
  readonly baru: string;
}

export interface ItemRef {
  readonly kode_barang: string;
  readonly varian: string;
  readonly jumlah: number;
}

export interface ItemChange {
  readonly kode_barang: string;
  readonly varian: string;
  readonly jumlah: Delta;
  readonly jumlah_pengadaan: Delta;
}

export interface KecamatanRef {
  readonly kode_kecamatan: string;
  readonly kecamatan: string;
  readonly jumlah_tps: number;
  readonly dpt: number;
}

export interface KecamatanChange {
  readonly kode_kecamatan: string;
  readonly kecamatan: string;
  /** Per changed column (jumlah_tps, dpt or an item code): old, new, difference. */
  readonly kolom: Readonly<Record<string, Delta>>;
}

export interface TpsRowRef {
  readonly kode_kecamatan: string;
  readonly kecamatan: string;
  readonly kode_kelurahan: string;
  readonly kelurahan: string;
  readonly tps: string;
  readonly dpt: number;
}

export interface TpsChange {
  readonly kode_kecamatan: string;
  readonly kecamatan: string;
  readonly kode_kelurahan: string;
  readonly kelurahan: string;
  readonly tps: string;
  /** Per changed number column (dpt or an item code): old, new, difference. */
  readonly kolom: Readonly<Record<string, Delta>>;
  /** Per dapil type whose dapil changed. */
  readonly dapil: Readonly<Record<string, TextChange>>;
}

export interface Added<T> {
  readonly ditambah: readonly T[];
  readonly dihapus: readonly T[];
}

export interface Banding {
  readonly sama: boolean;
  readonly barang: { readonly berubah: readonly ItemChange[]; readonly hanya_a: readonly ItemRef[]; readonly hanya_b: readonly ItemRef[] };
  readonly kecamatan: Added<KecamatanRef> & { readonly berubah: readonly KecamatanChange[] };
  readonly tps: Added<TpsRowRef> & { readonly berubah: readonly TpsChange[] };
  /** Item and dapil columns of distribusi-tps.csv present in one folder only. */
  readonly kolom_tps: { readonly hanya_a: readonly string[]; readonly hanya_b: readonly string[] };
}

export function compareManifests(a: ManifestSide, b: ManifestSide): Banding {
  const barang = compareItems(a.pengadaan, b.pengadaan);
  const kecamatan = compareKecamatan(a.kecamatan, b.kecamatan);
  const tps = compareTps(a.tps, b.tps);
  const kolom_tps = onlyIn([...a.tps.barang, ...a.tps.dapil.map((j) => `dapil_${j}`)], [...b.tps.barang, ...b.tps.dapil.map((j) => `dapil_${j}`)]);
  const counts = [barang.berubah, barang.hanya_a, barang.hanya_b, kecamatan.ditambah, kecamatan.dihapus, kecamatan.berubah, tps.ditambah, tps.dihapus, tps.berubah, kolom_tps.hanya_a, kolom_tps.hanya_b];
  return { sama: counts.every((xs) => xs.length === 0), barang, kecamatan, tps, kolom_tps };
}

function delta(lama: number, baru: number): Delta {
  return { lama, baru, selisih: baru - lama };
}

function onlyIn(a: readonly string[], b: readonly string[]): { hanya_a: string[]; hanya_b: string[] } {
  return { hanya_a: a.filter((c) => !b.includes(c)), hanya_b: b.filter((c) => !a.includes(c)) };
}

/** Pairs rows of both sides by key, in code-point order of the keys. */
function pairs<T>(a: readonly T[], b: readonly T[], key: (r: T) => string): Array<[T | undefined, T | undefined]> {
  const ma = new Map(a.map((r) => [key(r), r]));
  const mb = new Map(b.map((r) => [key(r), r]));
  return [...new Set([...ma.keys(), ...mb.keys()])].sort(byCodePoint).map((k) => [ma.get(k), mb.get(k)]);
}

/** Number columns that differ, among those both sides have. */
function changedNumbers(fixed: Record<string, [number, number]>, a: Amounts, b: Amounts, shared: readonly string[]): Record<string, Delta> {
  const out: Record<string, Delta> = {};
  for (const [col, [x, y]] of Object.entries(fixed)) if (x !== y) out[col] = delta(x, y);
  for (const col of shared) {
    const x = a[col] ?? 0;
    const y = b[col] ?? 0;
    if (x !== y) out[col] = delta(x, y);
  }
  return out;
}

function compareItems(a: readonly PengadaanRow[], b: readonly PengadaanRow[]): Banding['barang'] {
  const berubah: ItemChange[] = [];
  const hanyaA: ItemRef[] = [];
  const hanyaB: ItemRef[] = [];
  const ref = (r: PengadaanRow): ItemRef => ({ kode_barang: r.kodeBarang, varian: r.varian, jumlah: r.jumlah });
  for (const [ra, rb] of pairs(a, b, (r) => `${r.kodeBarang}\u0000${r.varian}`)) {
    if (ra && !rb) hanyaA.push(ref(ra));
    else if (!ra && rb) hanyaB.push(ref(rb));
    else if (ra && rb && (ra.jumlah !== rb.jumlah || ra.jumlahPengadaan !== rb.jumlahPengadaan)) {
      berubah.push({ kode_barang: ra.kodeBarang, varian: ra.varian, jumlah: delta(ra.jumlah, rb.jumlah), jumlah_pengadaan: delta(ra.jumlahPengadaan, rb.jumlahPengadaan) });
    }
  }
  return { berubah, hanya_a: hanyaA, hanya_b: hanyaB };
}

/** A roll identified by names only has no codes: the names then are the key. */
const kecKey = (kode: string, nama: string): string => (kode !== '' ? kode : `\u0000${nama}`);

function compareKecamatan(a: Level<KecamatanRow>, b: Level<KecamatanRow>): Banding['kecamatan'] {
  const shared = a.barang.filter((c) => b.barang.includes(c));
  const ref = (r: KecamatanRow): KecamatanRef => ({ kode_kecamatan: r.kodeKecamatan, kecamatan: r.kecamatan, jumlah_tps: r.jumlahTps, dpt: r.dpt });
  const out = { ditambah: [] as KecamatanRef[], dihapus: [] as KecamatanRef[], berubah: [] as KecamatanChange[] };
  for (const [ra, rb] of pairs(a.rows, b.rows, (r) => kecKey(r.kodeKecamatan, r.kecamatan))) {
    if (ra && !rb) out.dihapus.push(ref(ra));
    else if (!ra && rb) out.ditambah.push(ref(rb));
    else if (ra && rb) {
      const kolom = changedNumbers({ jumlah_tps: [ra.jumlahTps, rb.jumlahTps], dpt: [ra.dpt, rb.dpt] }, ra.barang, rb.barang, shared);
      if (Object.keys(kolom).length > 0) out.berubah.push({ kode_kecamatan: ra.kodeKecamatan, kecamatan: ra.kecamatan, kolom });
    }
  }
  return out;
}

function tpsRef(r: TpsRow): TpsRowRef {
  return { kode_kecamatan: kodeKecamatanOf(r.kodeKelurahan), kecamatan: r.kecamatan, kode_kelurahan: r.kodeKelurahan, kelurahan: r.kelurahan, tps: r.tps, dpt: r.dpt };
}

function compareTps(a: Level<TpsRow>, b: Level<TpsRow>): Banding['tps'] {
  const shared = a.barang.filter((c) => b.barang.includes(c));
  const sharedDapil = a.dapil.filter((j) => b.dapil.includes(j));
  const out = { ditambah: [] as TpsRowRef[], dihapus: [] as TpsRowRef[], berubah: [] as TpsChange[] };
  // Kecamatan first in the key, so the lists come grouped by kecamatan for names-only rolls too.
  const key = (r: TpsRow): string => [kecKey(kodeKecamatanOf(r.kodeKelurahan), r.kecamatan), r.kodeKelurahan, r.kodeKelurahan ? '' : r.kelurahan, r.tps].join('\u0000');
  for (const [ra, rb] of pairs(a.rows, b.rows, key)) {
    if (ra && !rb) out.dihapus.push(tpsRef(ra));
    else if (!ra && rb) out.ditambah.push(tpsRef(rb));
    else if (ra && rb) {
      const kolom = changedNumbers({ dpt: [ra.dpt, rb.dpt] }, ra.barang, rb.barang, shared);
      const dapil: Record<string, TextChange> = {};
      for (const j of sharedDapil) if ((ra.dapil[j] ?? '') !== (rb.dapil[j] ?? '')) dapil[j] = { lama: ra.dapil[j] ?? '', baru: rb.dapil[j] ?? '' };
      if (Object.keys(kolom).length + Object.keys(dapil).length > 0) {
        const { dpt: _dpt, ...place } = tpsRef(ra);
        out.berubah.push({ ...place, kolom, dapil });
      }
    }
  }
  return out;
}
