import type { InputStats, Lang } from '../types.js';
import { byCodePoint } from './sort.js';
import type { IssueSummary } from './issue-tally.js';

/** Bumped on any breaking change of an output file (contract, "format version 1"). */
export const VERSI_FORMAT = 1;

/** A file and the SHA-256 of its bytes, as `masukan`, `keluaran`, `konfigurasi` and `dapil` list them. */
export interface BerkasDigest {
  readonly berkas: string;
  readonly sha256: string;
}

/**
 * `opsi`: every option of hitung/validasi that changes an output, by its long name (`allow_invalid`
 * is `--allow-invalid`). `--config` and `--dapil` are recorded with their digests in `konfigurasi`
 * and `dapil`; `--out`, `--json`, `--quiet`, `--no-color`, `--debug` and `--check` change no output.
 * `hitung --check` reruns with these unless they are given again.
 */
export interface Opsi {
  /** `-p` as given; null when it was not (the config's `extends` or the default decided). */
  readonly preset: string | null;
  readonly allow_invalid: boolean;
  /** `--excel`: the copies in excel/ are outputs too. */
  readonly excel: boolean;
  /** `--xlsx`: buku-kerja.xlsx is an output too, its titles in `lang`. */
  readonly xlsx: boolean;
  /** The language of validasi.csv: `en` only when `--lang en` was given, else `id`. */
  readonly lang: Lang;
  readonly delimiter: string | null;
  readonly encoding: string | null;
  /** `--lingkup` as given; null when it was not (the config's `lingkup` decided). */
  readonly lingkup: string | null;
}

/** What every command records about its run (contract, second half: "ringkasan.json of every command"). */
export interface RunRecord {
  readonly alat: { readonly nama: string; readonly versi: string };
  /** The command's name: `hitung`, `validasi`, `terima`, `kemas`, `petakan`, `cetak`. */
  readonly perintah: string;
  /** The run's issues counted (core/report/issue-tally.ts; validasi.csv holds them all). */
  readonly masalah: IssueSummary;
  /** Every other file written, with its SHA-256. */
  readonly keluaran: readonly BerkasDigest[];
  /** ISO time from SOURCE_DATE_EPOCH, or null: a time appears only when asked for. */
  readonly waktu: string | null;
}

/** `hitung` and `validasi`: the first half of the contract's key order, then the audit keys. */
export interface RingkasanInput extends RunRecord {
  readonly preset: string;
  readonly konfigurasiSha256: string;
  readonly masukan: readonly InputStats[];
  readonly jumlah: { readonly kecamatan: number; readonly kelurahan: number; readonly tps: number; readonly pemilih: number };
  /** The `-c` file as given and its digest; null without one. */
  readonly konfigurasi: BerkasDigest | null;
  /** The `--dapil` file as given and its digest (a folder: also `isi`, its files); null without one. */
  readonly dapil: (BerkasDigest & { readonly isi?: readonly BerkasDigest[] }) | null;
  readonly opsi: Opsi;
}

/**
 * The later commands (terima, kemas, petakan, cetak): `versi_format, alat, perintah, masukan,
 * <their own totals>, masalah, keluaran`. `masukan` lists every file read (a manifest's files
 * included, as the manifest reader returns them), each with `berkas` and `sha256` first; a command
 * that reads rolls or receipt tables adds their counts after those two (see {@link rollMasukan}).
 */
export interface CommandRingkasanInput extends RunRecord {
  readonly masukan: ReadonlyArray<BerkasDigest & Readonly<Record<string, unknown>>>;
  /** The command's own totals, as top-level keys in this order (e.g. `{ rekonsiliasi: {…} }`). */
  readonly totals: Readonly<Record<string, unknown>>;
}

/**
 * The run summary of hitung/validasi with its keys in the contract's order. Inputs and outputs are
 * sorted by name so the document does not depend on the order the inputs were given in.
 */
export function buildRingkasan(r: RingkasanInput): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    versi_format: VERSI_FORMAT,
    alat: { nama: r.alat.nama, versi: r.alat.versi },
    preset: r.preset,
    konfigurasi_sha256: r.konfigurasiSha256,
    masukan: byBerkas(r.masukan).map(rollMasukan),
    jumlah: { ...r.jumlah },
    masalah: masalahEntry(r.masalah),
    keluaran: keluaranEntry(r.keluaran),
    perintah: r.perintah,
    konfigurasi: r.konfigurasi === null ? null : digestEntry(r.konfigurasi),
    dapil: r.dapil === null ? null : { ...digestEntry(r.dapil), ...(r.dapil.isi ? { isi: r.dapil.isi.map(digestEntry) } : {}) },
    opsi: { ...r.opsi },
  };
  if (r.waktu !== null) doc.waktu = r.waktu;
  return doc;
}

/** The run summary of every later command (contract, second half), keys in its order. */
export function buildCommandRingkasan(r: CommandRingkasanInput): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    versi_format: VERSI_FORMAT,
    alat: { nama: r.alat.nama, versi: r.alat.versi },
    perintah: r.perintah,
    masukan: byBerkas(r.masukan).map((m) => ({ ...digestEntry(m), ...m })),
  };
  for (const [key, value] of Object.entries(r.totals)) doc[key] = value;
  doc.masalah = masalahEntry(r.masalah);
  doc.keluaran = keluaranEntry(r.keluaran);
  if (r.waktu !== null) doc.waktu = r.waktu;
  return doc;
}

function byBerkas<T extends { readonly berkas: string }>(xs: readonly T[]): T[] {
  return [...xs].sort((a, b) => byCodePoint(a.berkas, b.berkas));
}

function digestEntry(d: BerkasDigest): { berkas: string; sha256: string } {
  return { berkas: d.berkas, sha256: d.sha256 };
}

function keluaranEntry(keluaran: readonly BerkasDigest[]): Array<{ berkas: string; sha256: string }> {
  return byBerkas(keluaran).map(digestEntry);
}

/** `masalah` of every command: counts, per code, the first places of each code, and how many the terminal did not name. */
export function masalahEntry(m: IssueSummary): Record<string, unknown> {
  return { galat: m.galat, peringatan: m.peringatan, per_kode: m.perKode, baris_pertama: m.barisPertama, tidak_ditampilkan: m.tidakDitampilkan };
}

/** One roll input as `masukan` lists it: the contract's six keys, then what was detected. */
export function rollMasukan(m: InputStats): Record<string, unknown> {
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
