/**
 * Shared data types of the pure core. Every layer (core, io, cli) speaks these; the core never
 * imports from io or cli. See docs/architecture.md for how they flow.
 */

/** `galat` = error (the row is not counted), `peringatan` = warning (the row is counted). */
export type Severity = 'galat' | 'peringatan';

/**
 * A validation problem. Issues are data, never thrown. `params` feed the message templates of the
 * catalogue (src/core/messages/); they must never hold a NIK, NKK or name in clear: mask first.
 */
export interface Issue {
  /** Stable English slug, e.g. `nik-format`, `duplicate-nik`, `missing-column`. */
  readonly code: string;
  readonly severity: Severity;
  /** The input as given on the command line ('-' for stdin); '' for run-level issues. */
  readonly file: string;
  /** Physical line where the record starts (header = 1); null for file- or run-level issues. */
  readonly line: number | null;
  /** Canonical column name (e.g. `nik`), or null. */
  readonly column: string | null;
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * Where issues go as they are found. A roll can carry one per row (millions), so nothing hands
 * them on as one array: the run's sink counts them and spills them to disk (io/issue-sink.ts),
 * a test collects them.
 */
export interface IssueSink {
  add(issue: Issue): void;
}

/** The canonical columns of the contract, after alias mapping. Order is fixed: it indexes rows. */
export const FIELDS = [
  'kode_kelurahan',
  'kecamatan',
  'kelurahan',
  'tps',
  'nik',
  'nkk',
  'nama',
  'jenis_kelamin',
  'tempat_lahir',
  'tanggal_lahir',
  'status_kawin',
  'disabilitas',
  'alamat',
  'rt',
  'rw',
  'keterangan',
  'dpt',
  'dpt_l',
  'dpt_p',
] as const;
export type FieldName = (typeof FIELDS)[number];
/** Index of each canonical field in a {@link Row}. */
export const F: { readonly [K in FieldName]: number } = Object.freeze(
  Object.fromEntries(FIELDS.map((name, i) => [name, i])) as { [K in FieldName]: number },
);

/**
 * One record after header mapping: `row[F.nik]` is the NIK cell, or `undefined` when the roll has no
 * such column. Cells are raw text (not trimmed, not cast).
 */
export type Row = ReadonlyArray<string | undefined>;

export type RollKind = 'pemilih' | 'rekap';

/** Where a TPS is, after normalisation (`kode_kelurahan` dotted, `tps` 3 digits). */
export interface TpsIdentity {
  /** Dotted Kemendagri code `PP.KK.CC.DDDD`, or '' when the roll identifies TPS by names only. */
  readonly kodeKelurahan: string;
  readonly kecamatan: string;
  readonly kelurahan: string;
  /** Three digits, e.g. `001`. */
  readonly tps: string;
}

/** One TPS with its voter count: the input of the computation. */
export interface TpsCount extends TpsIdentity {
  readonly dpt: number;
}

/** Per input file, the counts `ringkasan.json` reports. `barisData = dihitung + ditolak`. */
export interface InputStats {
  readonly berkas: string;
  readonly sha256: string;
  readonly jenis: RollKind;
  readonly barisData: number;
  readonly dihitung: number;
  readonly ditolak: number;
  readonly barisKosong: number;
  readonly barisJudul: number;
  /** The footer's lines (a last JUMLAH/TOTAL row and the signature lines below it). */
  readonly barisPenutup: number;
  readonly kolomTakDikenal: readonly string[];
  readonly delimiter: string;
  readonly encoding: string;
}

export type Lang = 'id' | 'en';

/**
 * How one file's header maps onto the canonical fields. Built by `mapHeader` (src/core/columns.ts).
 * `fieldOfColumn[c]` is the index into FIELDS of physical column c, or -1 for an unknown column.
 */
export interface Layout {
  readonly kind: RollKind;
  readonly width: number;
  readonly fieldOfColumn: readonly number[];
  /** `present[F.nik]` is true when the header has a NIK column. */
  readonly present: readonly boolean[];
  /** Header names as written (trimmed), for messages. */
  readonly headerNames: readonly string[];
  /** Columns that matched no canonical name or alias: ignored, listed once in the summary. */
  readonly unknownColumns: readonly string[];
}

/** Where a record came from; handed to per-row checks so that issues can point at it. */
export interface RowContext {
  readonly file: string;
  /** Physical line where the record starts (header = 1). */
  readonly line: number;
}

/** Settings the validation needs, taken from the resolved config. */
export interface ValidationSettings {
  /** Polling day, `yyyy-mm-dd`: voters must be 17 on this day (or married). */
  readonly hariPemungutan: string;
  /** Warn when a TPS has more voters than this (300 Pemilu, 600 Pilkada). */
  readonly kapasitasTps: number;
}
