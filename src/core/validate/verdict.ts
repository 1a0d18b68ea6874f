import type { Issue, RollKind } from '../types.js';
import { NO_ISSUES } from './issue.js';

/**
 * What checkRow says about one record: everything addRow needs, nothing more. One object per row;
 * clean rows share the frozen NO_ISSUES array.
 */
export interface RowVerdict {
  readonly kind: RollKind;
  /** False when the row has a row-level `galat`: it is rejected (ditolak). */
  readonly counted: boolean;
  readonly issues: readonly Issue[];
  /** Identifies the TPS across files (see tpsKey); '' when the identity is unusable. */
  readonly key: string;
  /** Dotted code, or '' when the roll names kelurahan without codes. */
  readonly kodeKelurahan: string;
  readonly kecamatan: string;
  readonly kelurahan: string;
  readonly tps: string;
  /** 1 for a voter row; the DPT of a recap row. */
  readonly dpt: number;
  /** The 16-digit NIK, for duplicates and the truncation check; null when absent or unusable. */
  readonly nik: string | null;
  readonly nikMasked: boolean;
  /** The NIK column's header as written, so the file-level truncation issue can name it. */
  readonly nikHeader: string;
}

/** Mutable while checkRow fills it; handed out as a RowVerdict. */
export class VerdictDraft implements RowVerdict {
  counted = true;
  issues: readonly Issue[] = NO_ISSUES;
  key = '';
  kodeKelurahan = '';
  kecamatan = '';
  kelurahan = '';
  tps = '';
  dpt = 0;
  nik: string | null = null;
  nikMasked = false;
  nikHeader = 'nik';

  constructor(readonly kind: RollKind) {}

  add(issue: Issue): void {
    if (this.issues === NO_ISSUES) this.issues = [issue];
    else (this.issues as Issue[]).push(issue);
    if (issue.severity === 'galat') this.counted = false;
  }
}
