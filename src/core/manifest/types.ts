/**
 * A `hitung` manifest as typed data, the way the manifest reader returns it to `banding`,
 * `hitung --check`, `terima`, `kemas` and `cetak`. Every number was a whole number ≥ 0 in its CSV;
 * every key (TPS, kelurahan, kecamatan, kab/kota, item and variant) is unique in its file; the item
 * and dapil columns are exactly those of the manifest's own konfigurasi.json. `baris` is the line of
 * the row in its file (the header is line 1), for messages that point back to it.
 */

/** Item code → amount, for every item column of the file. */
export type Amounts = Readonly<Record<string, number>>;
/** Dapil type (`dpr`, `dprd_prov`, …) → the dapil of this row, '' when none (no --dapil, or not shared). */
export type DapilOf = Readonly<Record<string, string>>;

export interface PengadaanRow {
  readonly baris: number;
  readonly kodeBarang: string;
  readonly namaBarang: string;
  readonly satuan: string;
  readonly varian: string;
  readonly kebutuhan: number;
  readonly cadangan: number;
  readonly tambahan: number;
  readonly jumlah: number;
  readonly isiKemasan: number;
  readonly jumlahKemasan: number;
  readonly jumlahPengadaan: number;
  readonly diTps: number;
  readonly diPps: number;
  readonly diPpk: number;
  readonly diKpu: number;
  readonly jumlahTps: number;
  readonly dpt: number;
}

export interface TpsRow {
  readonly baris: number;
  /** '' in a roll identified by names only. */
  readonly kodeKelurahan: string;
  readonly kecamatan: string;
  readonly kelurahan: string;
  readonly tps: string;
  readonly dpt: number;
  readonly barang: Amounts;
  readonly dapil: DapilOf;
}

export interface KelurahanRow {
  readonly baris: number;
  readonly kodeKelurahan: string;
  readonly kecamatan: string;
  readonly kelurahan: string;
  readonly jumlahTps: number;
  readonly dpt: number;
  readonly barang: Amounts;
  readonly dapil: DapilOf;
}

export interface KecamatanRow {
  readonly baris: number;
  readonly kodeKecamatan: string;
  readonly kecamatan: string;
  readonly jumlahTps: number;
  readonly dpt: number;
  readonly barang: Amounts;
}

export interface KpuRow {
  readonly baris: number;
  readonly kodeKabkota: string;
  readonly jumlahTps: number;
  readonly dpt: number;
  readonly barang: Amounts;
}

/** One distribution file: its item columns and dapil types in file order, and its rows in file order. */
export interface Level<R> {
  readonly barang: readonly string[];
  readonly dapil: readonly string[];
  readonly rows: readonly R[];
}

export interface ManifestData {
  readonly pengadaan: readonly PengadaanRow[];
  readonly tps: Level<TpsRow>;
  readonly kelurahan: Level<KelurahanRow>;
  readonly kecamatan: Level<KecamatanRow>;
  readonly kpu: Level<KpuRow>;
}

/** A CSV file read strictly (io/manifest/csv.ts): header and rows of text cells with their start lines. */
export interface CsvCells {
  /** The file as messages name it: `manifest/distribusi-tps.csv`. */
  readonly berkas: string;
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<{ readonly line: number; readonly cells: readonly string[] }>;
}
