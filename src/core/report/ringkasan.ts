import type { InputStats, Issue } from '../types.js';
import { byCodePoint } from './sort.js';
import { compareIssues } from './issue-order.js';

/** Bumped on any breaking change of an output file (contract, "format version 1"). */
export const VERSI_FORMAT = 1;

export interface RingkasanInput {
  readonly alat: { readonly nama: string; readonly versi: string };
  readonly preset: string;
  readonly konfigurasiSha256: string;
  readonly masukan: readonly InputStats[];
  readonly jumlah: { readonly kecamatan: number; readonly kelurahan: number; readonly tps: number; readonly pemilih: number };
  readonly issues: readonly Issue[];
  /** Every other file written, with its SHA-256. */
  readonly keluaran: ReadonlyArray<{ readonly berkas: string; readonly sha256: string }>;
  /** The command that wrote the folder: which command a folder belongs to (src/io/commit). */
  readonly perintah: string;
  /** ISO time from SOURCE_DATE_EPOCH, or null: a time appears only when asked for. */
  readonly waktu: string | null;
}

/** How many places per issue code the summary names (the rest are in validasi.csv). */
export const FIRST_PLACES = 5;

export interface IssueCounts {
  readonly galat: number;
  readonly peringatan: number;
  readonly perKode: Record<string, number>;
  /** Per code, the first places in validasi.csv order, so the JSON says what the terminal says. */
  readonly barisPertama: Record<string, Array<{ berkas: string; baris: number | null }>>;
}

export function countIssues(issues: readonly Issue[]): IssueCounts {
  let galat = 0;
  let peringatan = 0;
  const byCode = new Map<string, Issue[]>();
  for (const issue of [...issues].sort(compareIssues)) {
    if (issue.severity === 'galat') galat++;
    else peringatan++;
    const group = byCode.get(issue.code);
    if (group) group.push(issue);
    else byCode.set(issue.code, [issue]);
  }
  const perKode: Record<string, number> = {};
  const barisPertama: IssueCounts['barisPertama'] = {};
  for (const code of [...byCode.keys()].sort(byCodePoint)) {
    const group = byCode.get(code) ?? [];
    perKode[code] = group.length;
    barisPertama[code] = group.slice(0, FIRST_PLACES).map((i) => ({ berkas: i.file, baris: i.line }));
  }
  return { galat, peringatan, perKode, barisPertama };
}

/**
 * The run summary with its keys in the contract's order. Inputs and outputs are sorted by name so
 * the document does not depend on the order the inputs were given in.
 */
export function buildRingkasan(r: RingkasanInput): Record<string, unknown> {
  const masalah = countIssues(r.issues);
  const doc: Record<string, unknown> = {
    versi_format: VERSI_FORMAT,
    alat: { nama: r.alat.nama, versi: r.alat.versi },
    preset: r.preset,
    konfigurasi_sha256: r.konfigurasiSha256,
    masukan: [...r.masukan].sort((a, b) => byCodePoint(a.berkas, b.berkas)).map(masukanEntry),
    jumlah: { ...r.jumlah },
    masalah: { galat: masalah.galat, peringatan: masalah.peringatan, per_kode: masalah.perKode, baris_pertama: masalah.barisPertama },
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
