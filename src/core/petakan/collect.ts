/**
 * What `petakan` keeps of each counted record while the roll is read (a RowObserver): where it is,
 * its TPS, and for voters their family and the RW, RT and address the assignment orders by.
 *
 * NKKs are interned into opaque family numbers the moment they are read (families.ts); only what
 * the masked form (`167401******0001`) shows is kept for messages, and the table from clear NKK
 * to number is dropped when the roll is finished. Nothing downstream can echo an NKK in clear because nothing has one.
 */
import { F, type InputStats, type Issue, type RollKind, type Row, type TpsCount } from '../types.js';
import { compareOrigin, type Origin } from '../validate/order.js';
import { nikShape } from '../validate/nik.js';
import type { RowObserver } from '../validate/row-observer.js';
import { tpsKey } from '../validate/tps-key.js';
import type { RowVerdict } from '../validate/verdict.js';
import { compareCodePoint } from '../validate/order.js';
import { FamilyTable, NOT_16_DIGITS } from './families.js';
import { ColumnInterner, IntList, Interner } from './int-list.js';
import { petakanIssue } from './issues.js';

/** Per counted voter, in (file, line) order; text columns as numbers into `strings`. */
export interface VoterTable {
  readonly count: number;
  readonly files: readonly string[];
  readonly file: IntList;
  readonly line: IntList;
  /** Index into the roll's TPS list. */
  readonly tps: IntList;
  /** Opaque family number, or -1 for a voter without a usable NKK (a family of one). */
  readonly family: IntList;
  readonly rw: IntList;
  readonly rt: IntList;
  readonly alamat: IntList;
  /** The kelurahan name written on the row (normalised), for the two-kelurahan check. */
  readonly kelurahan: IntList;
  readonly strings: readonly string[];
  /** How many family numbers there are, and each one's NKK masked. */
  readonly familyCount: number;
  readonly familyMask: (family: number) => string;
}

export interface ObservedRoll {
  readonly kind: RollKind;
  /** Per TPS of the roll's TPS list: its first counted record. */
  readonly tpsOrigin: readonly Origin[];
  /** Voter-level rolls only. */
  readonly voters: VoterTable | null;
  /** About families that cannot be told apart (no NKK column, masked NKKs). */
  readonly issues: readonly Issue[];
}

interface FileRows {
  readonly line: IntList;
  readonly key: IntList;
  readonly family: IntList;
  readonly rw: IntList;
  readonly rt: IntList;
  readonly alamat: IntList;
  readonly kelurahan: IntList;
  kind: RollKind | null;
  noNkk: boolean;
  masked: number;
  firstMasked: number;
}

/** Text as the assignment compares it: spaces collapsed, upper case. Never written out. */
export function normaliseText(raw: string | undefined): string {
  if (raw === undefined) return '';
  return isNormal(raw) ? raw : raw.trim().replace(/\s+/g, ' ').toUpperCase();
}

/**
 * True when normaliseText would return the text as it is: printable ASCII without lower case,
 * single spaces between words and none at the ends. Most cells of a roll are; anything else
 * (tabs, non-ASCII, where Unicode spaces and case live) takes the full way.
 */
function isNormal(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if (c < 32 || c > 126 || (c >= 97 && c <= 122)) return false;
    else space = false;
  }
  return true;
}

export class RollCollector implements RowObserver {
  private readonly files = new Map<string, FileRows>();
  private readonly keys = new Interner();
  private readonly strings = new Interner();
  private readonly key = new ColumnInterner(this.keys, (k) => k!);
  private readonly rw = new ColumnInterner(this.strings, normaliseText);
  private readonly rt = new ColumnInterner(this.strings, normaliseText);
  private readonly alamat = new ColumnInterner(this.strings, normaliseText);
  private readonly kelurahan = new ColumnInterner(this.strings, normaliseText);
  private readonly families = new FamilyTable();
  /** The last NKK cell that named a family, and its number (as ColumnInterner, for the same reason). */
  private lastNkk: string | undefined = undefined;
  private lastFamily = -1;
  private dropped: readonly Origin[] = [];
  private lastFile: string | undefined = undefined;
  private lastRows: FileRows | undefined = undefined;

  beginFile(file: string): void {
    this.lastFile = undefined;
    this.files.set(file, {
      line: new IntList(), key: new IntList(), family: new IntList(), rw: new IntList(), rt: new IntList(),
      alamat: new IntList(), kelurahan: new IntList(), kind: null, noNkk: false, masked: 0, firstMasked: 0,
    });
  }

  counted(file: string, line: number, verdict: Pick<RowVerdict, 'kind' | 'key' | 'kelurahan'>, row: Row): void {
    const rows = file === this.lastFile ? this.lastRows : this.files.get(file);
    if (rows === undefined) throw new Error(`RollCollector: ${file} was not begun`);
    this.lastFile = file;
    this.lastRows = rows;
    rows.kind = verdict.kind;
    rows.line.push(line);
    rows.key.push(this.key.id(verdict.key));
    if (verdict.kind !== 'pemilih') return;
    rows.family.push(this.familyOf(rows, row[F.nkk], line));
    rows.rw.push(this.rw.id(row[F.rw]));
    rows.rt.push(this.rt.id(row[F.rt]));
    rows.alamat.push(this.alamat.id(row[F.alamat]));
    rows.kelurahan.push(this.kelurahan.id(verdict.kelurahan));
  }

  uncounted(rows: readonly Origin[]): void {
    this.dropped = rows;
  }

  /**
   * The counted records of the finished roll: files the reader rejected whole (dihitung 0) and
   * later duplicates left out. Checks that what is left is exactly the roll's counts, TPS by TPS.
   */
  finish(stats: readonly InputStats[], tps: readonly TpsCount[]): ObservedRoll {
    this.families.release();
    const index = new Map<number, number>();
    tps.forEach((t, i) => {
      const id = this.keys.id(tpsKey(t.kodeKelurahan, t.kecamatan, t.kelurahan, t.tps));
      index.set(id, i);
    });
    const dropped = new Map<string, Set<number>>();
    for (const o of this.dropped) {
      const lines = dropped.get(o.file) ?? new Set<number>();
      lines.add(o.line);
      dropped.set(o.file, lines);
    }
    const counting = stats.filter((s) => s.dihitung > 0).map((s) => s.berkas).sort(compareCodePoint);
    const kind: RollKind = counting.map((f) => this.files.get(f)?.kind).find((k) => k !== null && k !== undefined) ?? 'rekap';
    const families = this.families;
    const table = emptyTable(counting, this.strings.values, families.count, (family) => families.mask(family));
    const origin: (Origin | null)[] = tps.map(() => null);
    const seen = tps.map(() => 0);
    const issues: Issue[] = [];
    counting.forEach((file, f) => {
      const rows = this.files.get(file);
      if (rows === undefined) return;
      const skip = dropped.get(file);
      for (const r of lineOrder(rows.line)) {
        const line = rows.line.at(r);
        if (skip?.has(line) === true) continue;
        const t = index.get(rows.key.at(r));
        if (t === undefined) throw new Error(`petakan: ${file}:${line} is counted in no TPS of the roll`);
        seen[t]!++;
        const here = { file, line };
        if (origin[t] === null || compareOrigin(here, origin[t]!) < 0) origin[t] = here;
        if (kind === 'pemilih') addVoter(table, rows, r, f, line, t);
      }
      if (kind === 'pemilih') for (const issue of familyIssues(file, rows)) issues.push(issue);
    });
    tps.forEach((t, i) => {
      const expected = kind === 'pemilih' ? t.dpt : 1;
      if (seen[i] !== expected) throw new Error(`petakan: TPS ${t.kodeKelurahan} ${t.tps} has ${seen[i]} records seen, ${expected} counted`);
    });
    return {
      kind,
      tpsOrigin: origin.map((o) => o ?? { file: '', line: 0 }),
      voters: kind === 'pemilih' ? { ...table, count: table.line.length } : null,
      issues,
    };
  }

  private familyOf(rows: FileRows, cell: string | undefined, line: number): number {
    if (cell === this.lastNkk && this.lastFamily >= 0) return this.lastFamily;
    if (cell === undefined) {
      rows.noNkk = true;
      return -1;
    }
    const text = cell.trim();
    if (text === '') return -1;
    let id = this.families.digits(text);
    if (id === NOT_16_DIGITS) {
      if (nikShape(text) === 'masked') {
        if (rows.masked === 0 || line < rows.firstMasked) rows.firstMasked = line;
        rows.masked++;
        return -1;
      }
      id = this.families.other(text);
    }
    this.lastNkk = cell;
    this.lastFamily = id;
    return id;
  }
}

function emptyTable(files: readonly string[], strings: readonly string[], familyCount: number, familyMask: (family: number) => string): Omit<VoterTable, 'count'> {
  return {
    files, strings, familyCount, familyMask,
    file: new IntList(), line: new IntList(), tps: new IntList(), family: new IntList(),
    rw: new IntList(), rt: new IntList(), alamat: new IntList(), kelurahan: new IntList(),
  };
}

function addVoter(table: Omit<VoterTable, 'count'>, rows: FileRows, r: number, f: number, line: number, t: number): void {
  table.file.push(f);
  table.line.push(line);
  table.tps.push(t);
  table.family.push(rows.family.at(r));
  table.rw.push(rows.rw.at(r));
  table.rt.push(rows.rt.at(r));
  table.alamat.push(rows.alamat.at(r));
  table.kelurahan.push(rows.kelurahan.at(r));
}

/** Row positions in line order (a file read in one stream already is; this does not assume it). */
function lineOrder(lines: IntList): number[] {
  const order = Array.from({ length: lines.length }, (_, i) => i);
  return order.sort((a, b) => lines.at(a) - lines.at(b));
}

function familyIssues(file: string, rows: FileRows): Issue[] {
  const out: Issue[] = [];
  if (rows.noNkk) out.push(petakanIssue('nkk-missing', file, null, 'nkk', {}));
  if (rows.masked > 0) out.push(petakanIssue('nkk-masked', file, null, 'nkk', { jumlah: rows.masked, barisPertama: rows.firstMasked }));
  return out;
}
