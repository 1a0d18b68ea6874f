import type { RowContext } from '../types.js';
import type { CleanIdentity } from './identity.js';
import type { NikOrigin } from './nik-index.js';
import { splitNik } from './nik-table.js';
import { namePair, pairKecamatan, pairKelurahan } from './name-pair.js';
import { compareOrigin, type Origin } from './order.js';
import { emptyFileAcc, uncount, type FileAcc, type NameTally, type PairTally, type RollState, type TpsAcc } from './roll-state.js';
import type { RowVerdict } from './verdict.js';

function fileAcc(state: RollState, file: string, nikHeader: string): FileAcc {
  let acc = state.files.get(file);
  if (acc === undefined) {
    acc = emptyFileAcc(nikHeader);
    state.files.set(file, acc);
  }
  return acc;
}

/** The file's footer (reader: a last JUMLAH/TOTAL row), checked against its counts in finishRoll. */
export function noteFooter(state: RollState, file: string, nikHeader: string, line: number, tertulis: string | null): void {
  fileAcc(state, file, nikHeader).footer = { line, tertulis };
}

/** Counts every 16-digit NIK, counted or not: the truncation check is about the column. */
function noteNik(file: FileAcc, verdict: RowVerdict, line: number): void {
  if (verdict.nik !== null) {
    file.nik16++;
    if (verdict.nik.endsWith('0')) file.nikZero++;
  } else if (verdict.nikMasked) {
    if (file.masked === 0 || line < file.firstMaskedLine) file.firstMaskedLine = line;
    file.masked++;
  }
}

/**
 * Settles a clash between `candidate` and the first occurrence stored until now: the later one by
 * (file, line) is the duplicate, whatever the arrival order; an earlier candidate uncounts the
 * previous one. Returns the duplicate (null when there was nothing before): the candidate counts
 * unless it is the one returned.
 */
export function settle(state: RollState, previous: NikOrigin | null, previousDpt: number, candidate: NikOrigin): Origin | null {
  if (previous === null) return null;
  if (compareOrigin(previous, candidate) < 0) return candidate;
  uncount(state, previous, previousDpt);
  return previous;
}

/** False when the row is a later duplicate (of a NIK, or of a recap TPS). */
function claim(state: RollState, verdict: RowVerdict, ctx: RowContext): boolean {
  if (verdict.kind === 'pemilih') {
    if (verdict.nik === null) return true;
    const origin = { file: ctx.file, line: ctx.line, key: verdict.key };
    const later = settle(state, state.nik.insert(verdict.nik, origin), 1, origin);
    if (later !== null) state.nikDuplicates.add(...splitNik(verdict.nik), later.file, later.line);
    return later !== origin;
  }
  const origin = { file: ctx.file, line: ctx.line, key: verdict.key, dpt: verdict.dpt };
  const previous = state.recapFirst.get(verdict.key) ?? null;
  if (previous === null || compareOrigin(origin, previous) < 0) state.recapFirst.set(verdict.key, origin);
  const later = settle(state, previous, previous?.dpt ?? 0, origin);
  if (later !== null) state.tpsDuplicates.push({ id: verdict.key, file: later.file, line: later.line });
  return later !== origin;
}

function tpsAcc(file: FileAcc, verdict: RowVerdict, line: number): TpsAcc {
  let acc = file.tps.get(verdict.key);
  if (acc === undefined) {
    acc = {
      kodeKelurahan: verdict.kodeKelurahan, kecamatan: verdict.kecamatan, kelurahan: verdict.kelurahan,
      tps: verdict.tps, rows: 0, dpt: 0, firstLine: line, names: [],
    };
    file.tps.set(verdict.key, acc);
  }
  return acc;
}

/**
 * The tally of the previous slow-path row, so that a run of rows with the same names skips the
 * lookup. One for all states, not a field per TPS (~3 words and two string copies per TPS once a
 * state is sent to another thread): it holds only while `acc` is the TPS it was found in, and a
 * tally is never replaced in its TPS (merge.ts adds to it in place).
 */
const last = { acc: null as TpsAcc | null, kecamatan: '', kelurahan: '', tally: null as unknown as PairTally };

/** The tally for this row's names; a run of rows with the same names skips the lookup. */
function nameTally(acc: TpsAcc, verdict: RowVerdict, ctx: RowContext): NameTally {
  if (last.acc === acc && last.kecamatan === verdict.kecamatan && last.kelurahan === verdict.kelurahan) return last.tally;
  let name = namePair(verdict.kecamatan, verdict.kelurahan);
  let found = tallyOf(acc.names, name);
  if (found === undefined && acc.names.length >= NAMES_PER_TPS) {
    // Past the cap a column holds no region names (voters' names, NKKs): counted, not kept.
    name = overflowKey(acc.names, verdict.kecamatan, verdict.kelurahan);
    found = tallyOf(acc.names, name);
  }
  if (found === undefined) {
    found = { pair: name, count: 0, first: { file: ctx.file, line: ctx.line } };
    acc.names.push(found);
  }
  last.acc = acc;
  last.kecamatan = verdict.kecamatan;
  last.kelurahan = verdict.kelurahan;
  last.tally = found;
  return found;
}

function tallyOf(names: readonly PairTally[], pair: string): PairTally | undefined {
  for (const t of names) if (t.pair === pair) return t;
  return undefined;
}

/**
 * Distinct region-name pairs kept per TPS. A TPS's rows name one kecamatan and one kelurahan,
 * spelt a few ways at most; a column of voters' names or NKKs would grow the map with every voter.
 */
export const NAMES_PER_TPS = 16;

/**
 * The key a pair past the cap is counted under: `\u0001` and the columns whose value is new to
 * the TPS (`kelurahan`, `kecamatan`, or both joined by `,`). Read by finish-regions.ts.
 */
function overflowKey(names: readonly PairTally[], kecamatan: string, kelurahan: string): string {
  let kecSeen = false;
  let kelSeen = false;
  for (const { pair } of names) {
    if (pair.startsWith('\u0001')) continue;
    kecSeen ||= pairKecamatan(pair) === kecamatan;
    kelSeen ||= pairKelurahan(pair) === kelurahan;
  }
  const columns = [...(kelSeen ? [] : ['kelurahan']), ...(kecSeen ? [] : ['kecamatan'])];
  return `\u0001${columns.join(',')}`;
}

function tallyNames(acc: TpsAcc, verdict: RowVerdict, ctx: RowContext): void {
  const tally = nameTally(acc, verdict, ctx);
  tally.count++;
  if (compareOrigin(ctx, tally.first) < 0) tally.first = { file: ctx.file, line: ctx.line };
}

/**
 * Folds one verdict into the state. Every record ends up counted or rejected in its file. Names
 * and first lines are taken from every row that passed its own checks, duplicates included: which
 * rows those are does not depend on arrival order, while which duplicate is counted "so far" does.
 * The verdict's issues are the caller's to hand on (see RollState).
 */
export function addRow(state: RollState, verdict: RowVerdict, ctx: RowContext): void {
  const file = fileAcc(state, ctx.file, verdict.nikHeader);
  file.records++;
  if (verdict.kind === 'pemilih') noteNik(file, verdict, ctx.line);
  if (!verdict.counted) {
    file.rejected++;
    if (verdict.key !== '') file.rejectedTps.add(verdict.key);
    return;
  }
  const acc = tpsAcc(file, verdict, ctx.line);
  if (ctx.line < acc.firstLine) acc.firstLine = ctx.line;
  if (verdict.kodeKelurahan !== '') tallyNames(acc, verdict, ctx);
  if (!claim(state, verdict, ctx)) {
    file.rejected++;
    return;
  }
  acc.rows++;
  acc.dpt += verdict.dpt;
}

/**
 * addRow for a voter row that FastVoterCheck proved clean, without a verdict object: the same
 * effect on the state as addRow(state, checkRow(row), ctx) for that row. Keeps the TPS, name tally
 * and NIK pair of the previous row, since rows come in runs of one TPS.
 */
export class CleanVoterFolder {
  private readonly file: FileAcc;
  private lastId: CleanIdentity | null = null;
  private acc: TpsAcc | null = null;
  private tally: NameTally | null = null;
  private pair = 0;
  /** NIKs waiting to be inserted (see flush). */
  private readonly his = new Uint32Array(BATCH);
  private readonly los = new Uint32Array(BATCH);
  private readonly lines = new Uint32Array(BATCH);
  private readonly refs = new Uint32Array(BATCH);
  private pending = 0;

  constructor(private readonly state: RollState, private readonly fileName: string, nikHeader: string) {
    this.file = fileAcc(state, fileName, nikHeader);
  }

  add(line: number, id: CleanIdentity, hi: number, lo: number): void {
    const file = this.file;
    file.nik16++;
    if (lo % 10 === 0) file.nikZero++;
    this.count(line, id);
    const k = this.pending++;
    this.his[k] = hi;
    this.los[k] = lo;
    this.lines[k] = line;
    this.refs[k] = this.pair;
    if (this.pending === BATCH) this.flush();
  }

  /** `n` calls of add, for consecutive lines from `line`, NIK halves in his/los[0, n). */
  addRun(line: number, n: number, id: CleanIdentity, his: Uint32Array, los: Uint32Array): void {
    const file = this.file;
    file.nik16 += n;
    for (let k = 0; k < n; k++) if (los[k]! % 10 === 0) file.nikZero++;
    this.countRun(line, n, id);
    const pair = this.pair;
    for (let k = 0; k < n; k++) {
      const p = this.pending++;
      this.his[p] = his[k]!;
      this.los[p] = los[k]!;
      this.lines[p] = line + k;
      this.refs[p] = pair;
      if (this.pending === BATCH) this.flush();
    }
  }

  /** `n` calls of count for consecutive lines from `line`: only the first line can be a first. */
  private countRun(line: number, n: number, id: CleanIdentity): void {
    this.count(line, id);
    if (n === 1) return;
    this.file.records += n - 1;
    const acc = this.acc!;
    if (this.tally !== null) this.tally.count += n - 1;
    acc.rows += n - 1;
    acc.dpt += n - 1;
  }

  /**
   * The record counted in its TPS (and its name tally), without its NIK. Alone, this is the
   * benchmark's "no validation" mode (fold.ts, LOGISTIK_BENCH_NO_VALIDATE): nothing is checked.
   */
  count(line: number, id: CleanIdentity): void {
    this.file.records++;
    if (id !== this.lastId) this.switchTo(id, line);
    const acc = this.acc!;
    if (line < acc.firstLine) acc.firstLine = line;
    const tally = this.tally;
    if (tally !== null) {
      tally.count++;
      if (line < tally.first.line && tally.first.file === this.fileName) tally.first = { file: this.fileName, line };
      else if (tally.first.file !== this.fileName && compareOrigin({ file: this.fileName, line }, tally.first) < 0) {
        tally.first = { file: this.fileName, line };
      }
    }
    // Counted now; a duplicate found when the batch is inserted is uncounted then, exactly as
    // when two states merge (the outcome does not depend on insertion order).
    acc.rows++;
    acc.dpt++;
  }

  /**
   * Inserts the waiting NIKs. Their hash slots are read first in a loop of independent loads, so
   * the cache misses of a large table overlap instead of coming one after the other. Must be
   * called before the state is finished, merged or sent elsewhere.
   */
  flush(): void {
    const n = this.pending;
    this.pending = 0;
    const nik = this.state.nik;
    const { his, los, lines, refs } = this;
    nik.touch(his, los, n);
    for (let i = 0; i < n; i++) {
      if (nik.insertRaw(his[i]!, los[i]!, lines[i]!, refs[i]!) < 0) continue;
      const previous = { file: nik.pairFile(nik.prevRef), line: nik.prevLine, key: nik.pairKey(nik.prevRef) };
      const origin = { file: this.fileName, line: lines[i]!, key: nik.pairKey(refs[i]!) };
      const later = settle(this.state, previous, 1, origin)!;
      this.state.nikDuplicates.add(his[i]!, los[i]!, later.file, later.line);
      if (later === origin) uncount(this.state, origin, 1);
    }
  }

  private switchTo(id: CleanIdentity, line: number): void {
    const verdictLike = { ...id, kind: 'pemilih' as const };
    this.acc = tpsAcc(this.file, verdictLike as unknown as RowVerdict, line);
    this.tally = id.kodeKelurahan !== '' ? nameTally(this.acc, verdictLike as unknown as RowVerdict, { file: this.fileName, line }) : null;
    this.pair = this.state.nik.pair(this.fileName, id.key);
    this.lastId = id;
  }
}

/** NIKs inserted per batch: enough loads in flight to hide memory latency, few enough to stay in L1. */
const BATCH = 64;
