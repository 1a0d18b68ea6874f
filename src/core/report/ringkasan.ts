import type { InputStats } from '../types.js';
import { byCodePoint } from './sort.js';
import type { IssueSummary } from './issue-tally.js';

/** Bumped on any breaking change of an output file (contract, "format version 1"). */
export const VERSI_FORMAT = 1;

export interface RingkasanInput {
  readonly alat: { readonly nama: string; readonly versi: string };
  readonly preset: string;
  readonly konfigurasiSha256: string;
  readonly masukan: readonly InputStats[];
  readonly jumlah: { readonly kecamatan: number; readonly kelurahan: number; readonly tps: number; readonly pemilih: number };
  /** The run's issues counted (io/issue-sink.ts): validasi.csv holds them all. */
  readonly masalah: IssueSummary;
  /** Every other file written, with its SHA-256. */
  readonly keluaran: ReadonlyArray<{ readonly berkas: string; readonly sha256: string }>;
  /** The command that wrote the folder: which command a folder belongs to (src/io/commit). */
  readonly perintah: string;
  /** ISO time from SOURCE_DATE_EPOCH, or null: a time appears only when asked for. */
  readonly waktu: string | null;
}

/**
 * The run summary with its keys in the contract's order. Inputs and outputs are sorted by name so
 * the document does not depend on the order the inputs were given in.
 */
export function buildRingkasan(r: RingkasanInput): Record<string, unknown> {
  const masalah = r.masalah;
  const doc: Record<string, unknown> = {
    versi_format: VERSI_FORMAT,
    alat: { nama: r.alat.nama, versi: r.alat.versi },
    preset: r.preset,
    konfigurasi_sha256: r.konfigurasiSha256,
    masukan: [...r.masukan].sort((a, b) => byCodePoint(a.berkas, b.berkas)).map(masukanEntry),
    jumlah: { ...r.jumlah },
    masalah: {
      galat: masalah.galat,
      peringatan: masalah.peringatan,
      per_kode: masalah.perKode,
      baris_pertama: masalah.barisPertama,
      tidak_ditampilkan: masalah.tidakDitampilkan,
    },
    keluaran: [...r.keluaran].sort((a, b) => byCodePoint(a.berkas, b.berkas)).map((k) => ({ berkas: k.berkas, sha256: k.sha256 })),
    perintah: r.perintah,
  };
  if (r.waktu !== null) doc.waktu = r.waktu;
  return doc;
}

function masukanEntry(m: InputStats): Record<string, unknown> {
  return {
    berkas: m.berkas,
    sha256: m.sha256,
    jenis: m.jenis,
    baris_data: m.barisData,
    dihitung: m.dihitung,
    ditolak: m.ditolak,
    baris_kosong: m.barisKosong,
    baris_judul: m.barisJudul,
    baris_penutup: m.barisPenutup,
    pemisah: m.delimiter,
    pengkodean: m.encoding,
    kolom_tak_dikenal: [...m.kolomTakDikenal],
  };
}

/** 2-space indent and a trailing newline, as the contract fixes. */
export function ringkasanText(doc: Record<string, unknown>): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
