/**
 * The rows a page is printed from: the contract's columns of each CSV (the columns a command adds
 * after them are used where the page can: an item's name and unit). Every number was a whole
 * number ≥ 0 in its file; an empty bundle or carton cell is null.
 */

/** An item as the config names it, for files that carry only its code. */
export interface ItemName {
  readonly kode: string;
  readonly nama: string;
  readonly satuan: string;
}

export interface UsulanRow {
  readonly pengada: string;
  readonly kodeBarang: string;
  readonly namaBarang: string;
  readonly varian: string;
  readonly rusak: number;
  readonly kurangKirim: number;
  readonly kekurangan: number;
}

export interface PemusnahanRow {
  readonly kodeBarang: string;
  readonly namaBarang: string;
  readonly varian: string;
  readonly rusak: number;
  readonly kelebihan: number;
  readonly dimusnahkan: number;
}

export interface KemasTpsRow {
  readonly kodeKelurahan: string;
  readonly kecamatan: string;
  readonly kelurahan: string;
  readonly tps: string;
  readonly wadah: string;
  readonly kodeBarang: string;
  readonly varian: string;
  readonly jumlah: number;
  readonly ikatPenuh: number | null;
  readonly sisa: number | null;
}

export interface SerahTerimaPpkRow {
  readonly kodeKecamatan: string;
  readonly kecamatan: string;
  readonly kodeBarang: string;
  readonly varian: string;
  readonly jumlah: number;
}

export interface SerahTerimaPpsRow {
  readonly kodeKelurahan: string;
  readonly kecamatan: string;
  readonly kelurahan: string;
  readonly kodeBarang: string;
  readonly varian: string;
  readonly jumlah: number;
}
