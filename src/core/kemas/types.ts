/**
 * What `kemas` reads of a manifest, and what it makes of it. The input is the manifest reader's
 * typed rows (field names as src/io/manifest returns them); only what packing needs is named here.
 * TODO(merge): these are the fields of core/manifest/types.ts (audit); import them from there.
 */
import type { Issue } from '../types.js';
import type { Table } from '../report/table.js';

/** Item code → amount; dapil type (`dpr`, …) → the row's dapil ('' without --dapil). */
export type Amounts = Readonly<Record<string, number>>;
export type DapilOf = Readonly<Record<string, string>>;

export interface PengadaanRow {
  readonly baris: number;
  readonly kodeBarang: string;
  readonly varian: string;
  readonly tambahan: number;
  readonly jumlah: number;
  readonly jumlahPengadaan: number;
  readonly diTps: number;
  readonly diPps: number;
  readonly diPpk: number;
}

export interface TpsRow {
  readonly baris: number;
  readonly kodeKelurahan: string;
  readonly kecamatan: string;
  readonly kelurahan: string;
  readonly tps: string;
  readonly barang: Amounts;
  readonly dapil: DapilOf;
}

export interface KelurahanRow {
  readonly baris: number;
  readonly kodeKelurahan: string;
  readonly kecamatan: string;
  readonly kelurahan: string;
  readonly barang: Amounts;
}

export interface KecamatanRow {
  readonly baris: number;
  readonly kodeKecamatan: string;
  readonly kecamatan: string;
  readonly barang: Amounts;
}

/** One distribution file: its item columns in file order and its rows. */
export interface Level<R> {
  readonly barang: readonly string[];
  readonly rows: readonly R[];
}

export interface KemasManifest {
  /** How `masukan` and messages name the folder's files: `<folder>/pengadaan.csv`. */
  readonly folder: string;
  readonly pengadaan: readonly PengadaanRow[];
  readonly tps: Level<TpsRow>;
  readonly kelurahan: Level<KelurahanRow>;
  readonly kecamatan: Level<KecamatanRow>;
  /** From the manifest's ringkasan.json: its errors and rejected roll rows (kept out of every list). */
  readonly recorded?: { readonly galat: number; readonly ditolak: number };
}

/** Per kecamatan: what the warehouse pulls for its PPK, as the summary shows it. */
export interface KecamatanPull {
  readonly kodeKecamatan: string;
  readonly kecamatan: string;
  /** Over the items packed in cartons (ballots): full cartons, loose sheets, and their sum in sheets. */
  readonly koliPenuh: number;
  readonly sisaLembar: number;
  readonly lembar: number;
}

/** The totals of a kemas run: `ringkasan.json` key `jumlah`, and what the summary says. */
export interface KemasTotals {
  readonly kecamatan: number;
  readonly kelurahan: number;
  readonly tps: number;
  /** TPS containers to pack and label (one per TPS and container; items that travel `lepas` are not in one). */
  readonly wadah: number;
  /** Over ambil-koli.csv rows with a carton rule: full cartons, loose sheets, sheets in all. */
  readonly koliPenuh: number;
  readonly sisaLembar: number;
  readonly lembar: number;
  /** Re-vote (PSU) stock the KPU Kab/Kota keeps in cartons of its own (koli-kabkota.csv). */
  readonly koliPsu: number;
  readonly lembarPsu: number;
}

export interface KemasResult {
  /** Null when the manifest's files do not add up (an issue of level galat). */
  readonly tables: {
    readonly kemasTps: Table;
    readonly ambilKoli: Table;
    readonly koliKabkota: Table;
    readonly serahTerimaPpk: Table;
    readonly serahTerimaPps: Table;
  } | null;
  readonly perKecamatan: readonly KecamatanPull[];
  /** The manifest's units, counted whether or not anything was packed. */
  readonly counts: Pick<KemasTotals, 'kecamatan' | 'kelurahan' | 'tps'>;
  readonly totals: KemasTotals | null;
  /** Places where the manifest's files do not add up: the tables are then not to be written. */
  readonly issues: readonly Issue[];
}
