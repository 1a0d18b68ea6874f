import type { Readable } from 'node:stream';
import type { InputStats, Issue, IssueSink, Layout, RollKind, TpsCount, ValidationSettings } from '../core/types.js';
import type { Origin, RowObserver } from '../core/validate/index.js';
import { stat } from 'node:fs/promises';
import { absorbRollState, createRollState, finishRoll, type RollState } from '../core/validate/index.js';
import { byCodePoint } from '../core/report/sort.js';
import { expandInputs, type ResolvedInput } from '../io/inputs.js';
import { planInputs, sameBytesIssue, type InputPlan } from '../io/duplicate-inputs.js';
import { foldSink, validationDisabled } from '../io/fold.js';
import type { SpillingIssueSink } from '../io/issue-sink.js';
import { checkMemory } from '../io/memory-guard.js';
import { freeBuffers, prepareFreeing } from '../io/free-buffers.js';
import { BYTES_PER_ROW, parallelFromEnv, readFileParallel, type ParallelOptions } from '../io/parallel.js';
import { readInput, type FileReadResult, type ReadOptions } from '../io/read-roll.js';
import { Progress, type ProgressOptions } from './progress.js';
import { markPhase } from '../io/phase-times.js';

export interface RollReadResult {
  readonly inputs: readonly ResolvedInput[];
  readonly stats: readonly InputStats[];
  readonly tps: readonly TpsCount[];
  readonly jumlah: { kecamatan: number; kelurahan: number; tps: number; pemilih: number };
}

/**
 * A RollReadResult whose stats wait for the digests of split files (ParallelOutcome.sha256):
 * the caller computes what needs only the TPS first, then settles it.
 */
export interface PendingRoll extends Omit<RollReadResult, 'stats'> {
  readonly stats: Promise<readonly InputStats[]>;
}

export async function settled(roll: PendingRoll): Promise<RollReadResult> {
  return { ...roll, stats: await roll.stats };
}

export interface RollReadOptions {
  readonly read: ReadOptions;
  /** Where every issue of the roll goes (the run's sink: validasi.csv, the summary). */
  readonly issues: SpillingIssueSink;
  readonly stdin?: Readable;
  readonly settings: ValidationSettings;
  /**
   * The progress line on stderr. The command passes `{ stream: ctx.io.stderr, enabled:
   * ctx.io.stderr.isTTY === true && !opts.json && !opts.quiet, lang: ctx.lang }`.
   */
  readonly progress?: ProgressOptions;
  /** Byte ranges over worker threads for large files; from LOGISTIK_THREADS / LOGISTIK_SPLIT_MIN_BYTES when absent. */
  readonly parallel?: ParallelOptions;
  /** Sees every counted record (core/validate/row-observer.ts); the roll is then read in one stream, the slow way. */
  readonly observer?: RowObserver;
}

interface FileOutcome {
  readonly input: ResolvedInput;
  readonly layout: Layout | null;
  readonly structuralRejects: number;
  readonly result: Omit<FileReadResult, 'sha256'>;
  /** A split file's digest may still be computing (ParallelOutcome.sha256). */
  readonly sha256: string | Promise<string>;
  /** Read (standard input), then found to be a copy of an earlier input: all its rows rejected. */
  readonly duplicate?: boolean;
}

/** Reads every input, checks every record, and folds them into one roll (io + core, no rendering). */
export async function readRoll(args: readonly string[], cwd: string, opts: RollReadOptions): Promise<PendingRoll> {
  const inputs = await expandInputs([...args], cwd);
  const plan = await planInputs(inputs);
  const attempt = opts.issues.child();
  const first = await readInputs(inputs, plan, opts, attempt);
  const mixed = mixedKind(first.outcomes);
  if (mixed === null) {
    noteValidationDisabled(attempt);
    attempt.commit();
    return first.result;
  }
  // A recap and a voter-level roll together would count the same TPS twice, and the rows of the
  // odd files are already folded in: read the roll again without them (a rare error case; stdin
  // sorts first, so it is never the one left out) and report those files as rejected whole.
  attempt.discard();
  const again = opts.issues.child();
  const second = await readInputs(inputs, { ...plan, read: plan.read.filter((i) => !mixed.files.has(i.berkas)) }, opts, again);
  for (const issue of mixed.issues) again.add(issue);
  noteValidationDisabled(again);
  again.commit();
  const odd = first.outcomes.filter((o) => mixed.files.has(o.input.berkas));
  const oddDigests = await Promise.all(odd.map((o) => o.sha256));
  const rejected = odd.map((o, i) => ({ ...inputStats(o, oddDigests[i]!, undefined), dihitung: 0, ditolak: o.result.barisData }));
  const stats = second.result.stats.then((kept) => [...kept, ...rejected].sort((a, b) => byCodePoint(a.berkas, b.berkas)));
  stats.catch(() => {});
  return { ...second.result, inputs, stats };
}

/** The benchmark's switch must never pass silently for a real run: it leaves a trace in validasi.csv, ringkasan.json and the summary. */
function noteValidationDisabled(issues: IssueSink): void {
  if (validationDisabled()) issues.add(VALIDATION_DISABLED);
}

const VALIDATION_DISABLED: Issue = { code: 'validation-disabled', severity: 'peringatan', file: '', line: null, column: null, params: {} };

async function readInputs(
  inputs: readonly ResolvedInput[], plan: InputPlan, opts: RollReadOptions, issues: SpillingIssueSink,
): Promise<{ result: PendingRoll; outcomes: FileOutcome[] }> {
  let state = createRollState();
  let folded = false;
  for (const issue of plan.issues) issues.add(issue);
  const outcomes: FileOutcome[] = [];
  const sameBytes = new Map(plan.sameBytes);
  const progress = opts.progress ? new Progress(opts.progress) : null;
  const parallel = opts.parallel ?? parallelFromEnv();
  let bytesBefore = 0;
  let rowsBefore = 0;
  const total = progress === null ? null : await totalBytes(plan.read);
  // Standard input first, into a state of its own: only once it is read can its bytes be compared
  // with the files', and the one that is first in code-point order is the one counted.
  const order = [...plan.read.filter((i) => i.path === null), ...plan.read.filter((i) => i.path !== null)];
  for (const input of order) {
    if (sameBytes.has(input.berkas)) continue;
    const onProgress = progress === null ? undefined : (bytes: number, rows: number) => progress.update(rowsBefore + rows, bytesBefore + bytes, total);
    const read: ReadOptions = { ...opts.read, ...(opts.stdin ? { stdin: opts.stdin } : {}), ...(onProgress ? { onProgress } : {}) };
    const par = opts.observer ? null : await readFileParallel(input, read, opts.settings, parallel, issues);
    if (par !== null) {
      // The first file's state is taken over whole: no need to replay millions of NIKs.
      if (folded) absorbRollState(state, par.state, true);
      else state = par.state;
      outcomes.push({ input, layout: par.layout, structuralRejects: par.structuralRejects, result: par.result, sha256: par.sha256 });
    } else if (input.path === null) {
      const own = createRollState();
      const ownIssues = issues.child();
      const sink = foldSink(own, input.berkas, opts.settings, ownIssues, null, opts.observer);
      const result = await readInput(input, read, sink);
      sink.finish();
      const first = await stdinTwin(plan, result, sameBytes);
      if (first !== null) {
        // A copy: none of its rows counts, so an observer forgets what it was shown.
        opts.observer?.beginFile(input.berkas);
        ownIssues.discard();
        sameBytes.set(input.berkas, first);
        outcomes.push({ input, layout: null, structuralRejects: 0, result, sha256: result.sha256, duplicate: true });
        continue;
      }
      state = own;
      ownIssues.commit();
      outcomes.push({ input, layout: result.layout, structuralRejects: sink.structuralRejects(), result, sha256: result.sha256 });
    } else {
      // Sized up front from the file (bytes / BYTES_PER_ROW ≈ rows): growing rehashes every NIK so far.
      if (!input.berkas.toLowerCase().endsWith('.gz')) state.nik.reserve(Math.floor((await sizeOf(input.path)) / BYTES_PER_ROW));
      const sink = foldSink(state, input.berkas, opts.settings, issues, null, opts.observer);
      const result = await readInput(input, read, sink);
      sink.finish();
      outcomes.push({ input, layout: result.layout, structuralRejects: sink.structuralRejects(), result, sha256: result.sha256 });
    }
    folded = true;
    checkMemory();
    const last = outcomes[outcomes.length - 1]!;
    bytesBefore += input.path === null ? 0 : await sizeOf(input.path);
    rowsBefore += last.result.barisData;
  }
  progress?.done();
  // Which records are later duplicates is settled once every input is in (finishRoll only names
  // their first occurrences, then the list is released with the NIK table).
  if (opts.observer) opts.observer.uncounted(laterDuplicates(state));
  // The NIK table is by far the largest thing alive; once the duplicates have their first
  // occurrences, the rest of finishRoll, the manifests and the output need none of it.
  markPhase('roll read');
  await prepareFreeing();
  const finished = finishRoll(state, opts.settings, issues, () => {
    // Freed now, not at V8's next old-generation collection (no forced one, issue 16.3): that came
    // only once finishRoll and the manifests had grown the heap by ~100-200 MiB over the table,
    // and was the run's peak (docs/benchmarks.md, "Memory").
    freeBuffers([...state.nik.release(), ...state.nikDuplicates.release()]);
  });
  for (const [berkas, first] of sameBytes) issues.add(sameBytesIssue(berkas, first));
  const jumlah = { kecamatan: finished.kecamatan, kelurahan: finished.kelurahan, tps: finished.tps.length, pemilih: finished.pemilih };
  const stats = statsOnceHashed(inputs, outcomes, sameBytes, finished.perFile);
  return { result: { inputs, stats, tps: finished.tps, jumlah }, outcomes: outcomes.filter((o) => o.duplicate !== true) };
}

/**
 * Each input's stats, once the digests of split files are in (ParallelOutcome.sha256): they are
 * computed in a worker while this thread finishes the roll and the manifests. Marked handled, so
 * that a run that stops before awaiting it does not die of a digest that failed.
 */
function statsOnceHashed(
  inputs: readonly ResolvedInput[], outcomes: readonly FileOutcome[], sameBytes: ReadonlyMap<string, string>,
  perFile: ReadonlyMap<string, { dihitung: number; ditolak: number }>,
): Promise<readonly InputStats[]> {
  const stats = Promise.all(outcomes.map((o) => o.sha256)).then((digests) => {
    const statsOf = new Map<string, InputStats>();
    for (const [i, o] of outcomes.entries()) {
      const m = inputStats(o, digests[i]!, perFile.get(o.input.berkas));
      statsOf.set(o.input.berkas, o.duplicate === true ? { ...m, dihitung: 0, ditolak: m.barisData } : m);
    }
    // A copy gets its first's counts, all rejected: baris_data = dihitung + ditolak still holds.
    for (const [berkas, first] of sameBytes) {
      const base = statsOf.get(first);
      if (!statsOf.has(berkas) && base !== undefined) statsOf.set(berkas, { ...base, berkas, dihitung: 0, ditolak: base.barisData });
    }
    // In the order the inputs were given, each once.
    return [...new Set(inputs.map((i) => i.berkas))].flatMap((b) => statsOf.get(b) ?? []);
  });
  stats.catch(() => {});
  return stats;
}

/**
 * The file whose bytes equal standard input's and that comes before `-` in code-point order (then
 * stdin is the copy), or null. A file equal to stdin but after `-` is marked a copy of stdin here.
 */
async function stdinTwin(plan: InputPlan, stdin: FileReadResult, sameBytes: Map<string, string>): Promise<string | null> {
  const twins: string[] = [];
  for (const [berkas, file] of plan.files) {
    if (file.size === stdin.storedBytes && !sameBytes.has(berkas) && (await file.sha256()) === stdin.sha256) twins.push(berkas);
  }
  twins.sort(byCodePoint);
  const first = twins[0];
  if (first !== undefined && byCodePoint(first, '-') < 0) return first;
  for (const berkas of twins) sameBytes.set(berkas, '-');
  return null;
}

function laterDuplicates(state: RollState): Origin[] {
  const later: Origin[] = [];
  state.nikDuplicates.forEach((_hi, _lo, file, line) => later.push({ file, line }));
  for (const d of state.tpsDuplicates) later.push({ file: d.file, line: d.line });
  return later;
}

async function sizeOf(path: string): Promise<number> {
  return (await stat(path).catch(() => null))?.size ?? 0;
}

/** The bytes to read, for "time left": unknown when stdin or a gzip file is among the inputs. */
async function totalBytes(inputs: readonly ResolvedInput[]): Promise<number | null> {
  let sum = 0;
  for (const input of inputs) {
    if (input.path === null || input.berkas.toLowerCase().endsWith('.gz')) return null;
    sum += await sizeOf(input.path);
  }
  return sum;
}

function inputStats(o: FileOutcome, sha256: string, counted: { dihitung: number; ditolak: number } | undefined): InputStats {
  const r = o.result;
  // Without a usable header no record can be read safely: all of them are rejected (the
  // missing-column issue says why), so baris_data = dihitung + ditolak still holds.
  const dihitung = o.layout === null ? 0 : (counted?.dihitung ?? 0);
  const ditolak = o.layout === null ? r.barisData : (counted?.ditolak ?? 0) + o.structuralRejects;
  return {
    berkas: o.input.berkas,
    sha256,
    jenis: (o.layout ?? r.layout)?.kind ?? 'pemilih',
    barisData: r.barisData,
    dihitung,
    ditolak,
    barisKosong: r.barisKosong,
    barisJudul: r.barisJudul,
    barisPenutup: r.barisPenutup,
    kolomTakDikenal: (o.layout ?? r.layout)?.unknownColumns ?? [],
    delimiter: r.delimiter,
    encoding: r.encoding,
  };
}

/**
 * The first file in code-point order sets the roll's kind (not the first given: the result must not
 * depend on input order); files of the other kind are named, each with a `roll-kind-mixed` issue.
 */
function mixedKind(outcomes: readonly FileOutcome[]): { files: Set<string>; issues: Issue[] } | null {
  const withKind = outcomes.filter((o) => o.layout !== null).sort((a, b) => byCodePoint(a.input.berkas, b.input.berkas));
  const first = withKind[0];
  if (!first || !first.layout) return null;
  const kind: RollKind = first.layout.kind;
  const odd = withKind.filter((o) => o.layout?.kind !== kind);
  if (odd.length === 0) return null;
  const issues = odd.map((o) => ({
    code: 'roll-kind-mixed',
    severity: 'galat' as const,
    file: o.input.berkas,
    line: 1,
    column: null,
    params: { kind: o.layout?.kind ?? '', expected: kind, first: first.input.berkas },
  }));
  return { files: new Set(odd.map((o) => o.input.berkas)), issues };
}
