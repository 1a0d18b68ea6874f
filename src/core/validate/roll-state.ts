import { DuplicateNiks } from './duplicate-niks.js';
import type { NikOrigin } from './nik-index.js';
import { TypedNikIndex } from './nik-table.js';
import type { Origin } from './order.js';

/** How often a region-name pair (`kecamatan\0kelurahan`) was written, and where first. */
export interface NameTally {
  count: number;
  first: Origin;
}

/** A NameTally of one TPS with its pair: `kecamatan\0kelurahan`, or an overflow key (add-row.ts). */
export interface PairTally extends NameTally {
  readonly pair: string;
}

/** One TPS as seen in one file. Per file, so that a file rejected as a whole can be left out. */
export interface TpsAcc {
  readonly kodeKelurahan: string;
  readonly kecamatan: string;
  readonly kelurahan: string;
  readonly tps: string;
  /** Counted rows (a recap TPS is one row) and their voters; both drop when a duplicate is uncounted. */
  rows: number;
  dpt: number;
  firstLine: number;
  /**
   * Region names as written, one tally per pair; only for TPS keyed by code. An array, not a Map:
   * a TPS has one pair, a few at most (NAMES_PER_TPS), and a Map per TPS cost ~370 bytes more
   * (with 820 k TPS in the national roll, ~290 MiB).
   */
  readonly names: PairTally[];
}

export interface FileAcc {
  records: number;
  rejected: number;
  /** 16-digit NIKs, and how many of them end in 0 (the truncation check). */
  nik16: number;
  nikZero: number;
  masked: number;
  firstMaskedLine: number;
  nikHeader: string;
  readonly tps: Map<string, TpsAcc>;
  /** TPS of rows rejected for their own faults: present in the roll, so no gap (tps-gap). */
  readonly rejectedTps: Set<string>;
  /** The file's footer (a last JUMLAH/TOTAL row): where, and the total it states (digits) or null. */
  footer: { readonly line: number; readonly tertulis: string | null } | null;
}

/** The first occurrence of a recap TPS; `dpt` so that it can be uncounted when an earlier one turns up. */
export interface RecapOrigin extends NikOrigin {
  readonly dpt: number;
}

/** A later occurrence that was rejected; its "first" is looked up only in finishRoll. */
export interface Duplicate extends Origin {
  readonly id: string;
}

/**
 * Everything addRow accumulates. A plain value: two states merge (mergeRollStates), so byte ranges
 * of the roll can be checked in workers. Owned by whoever created it; callers treat it as opaque.
 * The rows' own issues are not in it: whoever checks a row hands them to the run's IssueSink.
 */
export interface RollState {
  readonly files: Map<string, FileAcc>;
  readonly nik: TypedNikIndex;
  readonly nikDuplicates: DuplicateNiks;
  readonly recapFirst: Map<string, RecapOrigin>;
  readonly tpsDuplicates: Duplicate[];
}

export function createRollState(): RollState {
  return {
    files: new Map(),
    nik: new TypedNikIndex(),
    nikDuplicates: new DuplicateNiks(),
    recapFirst: new Map(),
    tpsDuplicates: [],
  };
}

export function emptyFileAcc(nikHeader: string): FileAcc {
  return {
    records: 0, rejected: 0, nik16: 0, nikZero: 0, masked: 0, firstMaskedLine: 0, nikHeader, tps: new Map(),
    rejectedTps: new Set(), footer: null,
  };
}

/** Takes a counted row (or recap TPS) back out of its TPS: a duplicate found later, by order, than it. */
export function uncount(state: RollState, at: NikOrigin, dpt: number): void {
  const file = state.files.get(at.file);
  const acc = file?.tps.get(at.key);
  if (file === undefined || acc === undefined) throw new Error(`uncount: no row at ${at.file}:${at.line}`);
  file.rejected++;
  acc.rows--;
  acc.dpt -= dpt;
}
