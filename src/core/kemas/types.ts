/**
 * What `kemas` reads of a manifest, and what it makes of it. The input is the manifest reader's
 * typed rows (core/manifest), narrowed to the fields packing uses, so that a unit test can build
 * a manifest by hand and the reader's result fits as it is.
 */
import type { Issue } from '../types.js';
import type { Table } from '../report/table.js';
import type * as M from '../manifest/index.js';

export type PengadaanRow = Pick<M.PengadaanRow, 'baris' | 'kodeBarang' | 'varian' | 'tambahan' | 'jumlah' | 'jumlahPengadaan' | 'diTps' | 'diPps' | 'diPpk'>;
export type TpsRow = Pick<M.TpsRow, 'baris' | 'kodeKelurahan' | 'kecamatan' | 'kelurahan' | 'tps' | 'barang' | 'dapil'>;
export type KelurahanRow = Pick<M.KelurahanRow, 'baris' | 'kodeKelurahan' | 'kecamatan' | 'kelurahan' | 'barang'>;
export type KecamatanRow = Pick<M.KecamatanRow, 'baris' | 'kodeKecamatan' | 'kecamatan' | 'barang'>;

/** One distribution file: its item columns in file order and its rows. */
export type Level<R> = Pick<M.Level<R>, 'barang' | 'rows'>;

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
