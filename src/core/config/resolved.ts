/** The resolved config: complete, defaults applied, decimals as exact rationals, deep-frozen. */
import type { Rational } from './rational.js';
import type { Basis, Keyakinan, Lembaga, Lingkup, Pembulatan, PembulatanCadangan, Tingkat } from './schema.js';

export type { Basis, Keyakinan, Lembaga, Lingkup, Pembulatan, PembulatanCadangan, Tingkat } from './schema.js';

/** Empty lists mean "no restriction". A TPS whose province is unknown (names-only roll) is in
 * no `provinsiHanya` list and in no `provinsiKecuali` list. */
export interface Berlaku {
  readonly provinsiHanya: readonly string[];
  readonly provinsiKecuali: readonly string[];
}

export interface Sumber {
  readonly sumber: string | null;
  readonly keyakinan: Keyakinan | null;
}

export interface ResolvedAlokasi extends Sumber {
  readonly tingkat: Tingkat;
  readonly basis: Basis;
  readonly rasio: Rational;
  readonly berlaku: Berlaku;
}

export interface ResolvedTambahan extends Sumber {
  readonly jumlah: number;
  readonly per: 'dapil' | 'kegiatan';
  /** Who holds the stock: counted once per variant and area of this body, when the run's lingkup covers it. */
  readonly disimpanDi: Lembaga;
}

export interface ResolvedPengada extends Sumber {
  readonly lembaga: Lembaga;
}

export interface ResolvedBarang extends Sumber {
  readonly kode: string;
  readonly nama: string;
  readonly satuan: string;
  readonly alokasi: readonly ResolvedAlokasi[];
  /** Percent, e.g. 5/2 for 2.5 %. */
  readonly cadanganPersen: Rational;
  readonly pembulatan: Pembulatan;
  /** `per_unit`: the reserve is rounded in each holding unit (per TPS); `total`: once per variant and kab/kota, then split. */
  readonly pembulatanCadangan: PembulatanCadangan;
  readonly tambahan: ResolvedTambahan | null;
  readonly isiKemasan: number;
  /** The `jenis` of the --dapil mapping this item varies by, or null. */
  readonly jenisDapil: string | null;
  readonly berlaku: Berlaku;
  /** Who replaces the item (logistik terima), or null when the config does not say. */
  readonly pengada: ResolvedPengada | null;
}

/** A packing size (kemas section): sheets or pieces per bundle or per carton. */
export interface ResolvedIsi extends Sumber {
  readonly jumlah: number;
}

export interface ResolvedKoli extends ResolvedIsi {
  /** Re-vote (PSU) stock comes in cartons of its own. */
  readonly psuTerpisah: boolean;
}

/** One item's packing rule (kemas.ts); its own `sumber` is the reason for its container. */
export interface ResolvedKemas extends Sumber {
  readonly kode: string;
  /** The container at the TPS; `lepas`: travels as itself. */
  readonly wadah: string;
  readonly isiIkat: ResolvedIsi | null;
  readonly isiKoli: ResolvedKoli | null;
}

export interface ResolvedConfig {
  /** The built-in preset this config extends (or is). */
  readonly preset: string;
  readonly nama: string;
  readonly pemilihan: 'pemilu' | 'pilkada';
  readonly hariPemungutan: string;
  readonly kapasitasTps: number;
  /** What the run covers: `provinsi` adds the stock the KPU Provinsi holds (PSU ballots). */
  readonly lingkup: Lingkup;
  /** In config order: the base preset's order, overrides in place, new items appended. */
  readonly barang: readonly ResolvedBarang[];
  /** Codes of the preset's items the config removed (`hapus`), kept so the display round-trips. */
  readonly dihapus: readonly string[];
  /** Packing rules, one per item in `barang` order (read by logistik kemas, never by hitung). */
  readonly kemas: readonly ResolvedKemas[];
}
