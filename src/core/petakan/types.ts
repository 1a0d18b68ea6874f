import type { TpsCount } from '../types.js';

/** Why a proposed TPS is not an ordinary merge. */
export type Keterangan = '' | 'lokasi_khusus' | 'di_atas_kapasitas';

/** `tepat`: proven best by the proposal order; `heuristik`: FFD's bound (recaps); `berurutan`: families in order (voter-level). */
export type Metode = 'tepat' | 'heuristik' | 'berurutan';

export interface ProposedTps extends TpsCount {
  /** The old TPS numbers whose voters it holds, ascending. */
  readonly asal: readonly string[];
  readonly keterangan: Keterangan;
}

export interface KelurahanPlan {
  readonly kodeKelurahan: string;
  readonly kecamatan: string;
  readonly kelurahan: string;
  readonly dpt: number;
  readonly tpsSekarang: number;
  /** ⌈dpt / kapasitas⌉: no lawful mapping has fewer TPS (a TPS never spans two kelurahan). */
  readonly batasBawah: number;
  readonly tpsUsulan: number;
  readonly metode: Metode;
}

export interface Plan {
  /** Sorted by (code, kecamatan, kelurahan, tps). */
  readonly usulan: readonly ProposedTps[];
  readonly kelurahan: readonly KelurahanPlan[];
  /** Voter-level rolls: per voter (VoterTable order), the index of its proposed TPS in `usulan`. */
  readonly penempatan: Int32Array | null;
}
