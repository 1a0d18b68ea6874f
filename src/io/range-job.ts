/**
 * One byte range of a file, read and checked by itself (in a worker thread, or inline in tests):
 * the scanner starts at `start` on line `firstLine` and folds every record into its own RollState.
 */
import { open } from 'node:fs/promises';
import type { Issue, IssueSink, Layout, ValidationSettings } from '../core/types.js';
import { createRollState, DuplicateNiks, shiftRollLines, type DuplicateNikData, type RollState } from '../core/validate/index.js';
import { TypedNikIndex, type NikTableData } from '../core/validate/nik-table.js';
import { filesFromData, filesToData, StringTable, stringsOf, type FilesData, type StringsData } from '../core/validate/tps-columns.js';
import { FieldDecoder, type Encoding, type EncodingGuess } from './decode.js';
import type { Dialect } from './dialect.js';
import { foldSink } from './fold.js';
import { HeldIssues, type FirstLine, type RangeIssues } from './held-issues.js';
import { markPhase } from './phase-times.js';
import { lineStarts } from './split.js';

export type { RangeIssues } from './held-issues.js';
import type { RecordFormat } from './issue-record.js';
import { checkMemory } from './memory-guard.js';
import { PROGRESS_BYTES } from './read-roll.js';
import { RollAssembler, type RollCounts } from './roll-assembler.js';
import { RecordScanner } from './scanner.js';

export interface RangeJob {
  readonly path: string;
  readonly berkas: string;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /**
   * Physical line of the first byte. With `linesFollow` the range is read before the lines above
   * it are counted: it is numbered from 1 and shifted once runRange is given its real first line.
   */
  readonly firstLine: number;
  readonly linesFollow?: boolean;
  /** Issues of a `linesFollow` range held until its first line is known; past this, it counts it and waits. */
  readonly holdIssues?: number;
  /** The last range ends the file: its last record may lack a line end. */
  readonly last: boolean;
  readonly dialect: Dialect;
  readonly guess: EncodingGuess;
  /** Null for the first range, which reads title lines and the header itself. */
  readonly layout: Layout | null;
  readonly settings: ValidationSettings;
  readonly maxRecordBytes?: number;
  /** Room to make in the NIK table up front (growing it rehashes everything: ~0.5 s per 5 M NIKs). */
  readonly expectNiks?: number;
  /** How a worker thread encodes the issues it posts (the run's issue sink's format). */
  readonly issueFormat: RecordFormat;
}

/**
 * A RollState as structured-clone data: its NIK table and its TPS as transferable typed arrays,
 * every distinct string of the TPS (and of the table's (file, TPS) pairs) once (tps-columns.ts).
 */
export interface StateData {
  readonly strings: StringsData;
  readonly files: FilesData;
  /** Its pairFiles and pairKeys are empty: they are `pairs`. */
  readonly nik: NikTableData;
  /** The NIK table's (file, TPS key) pairs as string ids, two per pair. */
  readonly pairs: Uint32Array;
  readonly nikDuplicates: DuplicateNikData;
  readonly recapFirst: RollState['recapFirst'];
  readonly tpsDuplicates: RollState['tpsDuplicates'];
}

/**
 * What a range read: its state live (RollState) on the thread that read it, as StateData once
 * posted from a worker (toPosted; the merge makes it live again with fromStateData).
 */
export interface RangeResult<S = StateData> {
  readonly state: S;
  /**
   * The range's first issue of each ONCE_PER_FILE code, held back: the file has one, at the first
   * row it concerns, so only the earliest range's stands (parallel.ts picks it).
   */
  readonly oncePerFile: readonly Issue[];
  readonly counts: RollCounts;
  readonly structuralRejects: number;
  readonly layout: Layout | null;
  readonly encoding: Encoding;
  /** The decoder never had to decide (only ASCII decoded). */
  readonly tentative: boolean;
  /** The range ended at a record start (always true for the last range). */
  readonly clean: boolean;
  /** The range holds a NUL byte (the file is then read again in one stream, which refuses it). */
  readonly nul: boolean;
  /** The line the range was numbered from (for a `linesFollow` range, the one it was given). */
  readonly firstLine: number;
  /** The line the next range must start on. */
  readonly nextLine: number;
}

const CHUNK = 1024 * 1024;

/** Reader issues said once per file, at the first row they concern. */
export const ONCE_PER_FILE: ReadonlySet<string> = new Set(['invalid-utf8', 'mixed-encoding']);

/**
 * A `linesFollow` range's first line: `told` by the reader once the range before it has ended, or
 * counted here (the line ends before the range's start) when the range asks first, whichever
 * comes first: both are the same when the cut is a record start, which the reader checks.
 */
export function firstLineOf(job: RangeJob, told: Promise<number>): FirstLine {
  let known: (line: number) => void = () => {};
  const firstLine = new Promise<number>((resolve) => {
    known = resolve;
  });
  void told.then(known);
  let asked = false;
  return {
    firstLine,
    request: () => {
      if (asked) return;
      asked = true;
      lineStarts(job.path, [job.start]).then(([line]) => {
        markPhase(`lines before byte ${job.start} counted`);
        known(line!);
      }, () => {});
    },
  };
}

/**
 * `onProgress` gets the bytes and records done since its previous call; `told` gives the range's
 * real first line when the job was started before it was known (`linesFollow`, firstLineOf).
 */
export async function runRange(
  job: RangeJob, ownIssues: RangeIssues, onProgress?: (bytes: number, rows: number) => void, told?: Promise<number>,
): Promise<RangeResult<RollState>> {
  if (job.linesFollow === true && told === undefined) throw new Error('a range job whose lines follow needs its first line');
  const lines = job.linesFollow === true ? firstLineOf(job, told!) : null;
  const issues = lines !== null ? new HeldIssues(ownIssues, lines, job.holdIssues) : ownIssues;
  const state = createRollState();
  // A later range's NIKs are all replayed into the first range's table: no index of its own.
  if (job.layout !== null) state.nik.startAppendOnly();
  else if (job.expectNiks !== undefined) state.nik.reserve(job.expectNiks);
  const oncePerFile = new Map<string, Issue>();
  const sorted: IssueSink = {
    add: (issue) => {
      if (!ONCE_PER_FILE.has(issue.code)) issues.add(issue);
      else if (!oncePerFile.has(issue.code)) oncePerFile.set(issue.code, issue);
    },
  };
  const sink = foldSink(state, job.berkas, job.settings, sorted, job.layout);
  const decoder = new FieldDecoder(job.guess);
  const assembler = new RollAssembler(job.berkas, job.dialect, decoder, sink);
  if (job.layout !== null) assembler.startRange(job.layout);
  const scanner = new RecordScanner(
    { delimiter: job.dialect.delimiter.charCodeAt(0), firstLine: job.firstLine, maxRecordBytes: job.maxRecordBytes },
    assembler,
  );
  const fh = await open(job.path, 'r');
  let nul = false;
  let done = 0;
  let reported = 0;
  let rowsReported = 0;
  const report = (): void => {
    onProgress?.(done - reported, assembler.counts.barisData - rowsReported);
    reported = done;
    rowsReported = assembler.counts.barisData;
  };
  // Two buffers: the next chunk is read (on libuv's pool) while this one is scanned, so this thread
  // does not wait for each read. The scanner copies what it keeps: a pushed buffer is free again.
  const bufs = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
  const end = job.end;
  const readAt = (pos: number, i: number): Promise<{ bytesRead: number }> => fh.read(bufs[i]!, 0, Math.min(CHUNK, end - pos), pos);
  let next = job.start < end ? readAt(job.start, 0) : null;
  try {
    for (let pos = job.start, i = 0; next !== null; i ^= 1) {
      const { bytesRead } = await next;
      next = null;
      if (bytesRead === 0) break;
      if (pos + bytesRead < end) next = readAt(pos + bytesRead, i ^ 1);
      checkMemory();
      const chunk = bufs[i]!.subarray(0, bytesRead);
      if (chunk.indexOf(0) !== -1) {
        nul = true;
        break;
      }
      scanner.push(chunk);
      const paced = issues.pace?.();
      if (paced !== undefined) await paced;
      pos += bytesRead;
      done += bytesRead;
      if (done - reported >= PROGRESS_BYTES) report();
    }
  } finally {
    // A read still under way (the range stopped early) is waited for by close().
    await fh.close();
  }
  // A range that ends holding a possible footer cannot know whether the next range continues it.
  const clean = job.last || (scanner.atRecordStart() && !assembler.holding);
  if (job.last) {
    scanner.end();
    assembler.endFooter();
  }
  sink.finish();
  // Numbered from 1 until now: every line the range holds moves to where the range really starts.
  const firstLine = lines !== null ? await lines.firstLine : job.firstLine;
  const delta = firstLine - job.firstLine;
  shiftRollLines(state, delta);
  issues.flush?.();
  report();
  return {
    state,
    oncePerFile: [...oncePerFile.values()].map((issue) => (delta === 0 || issue.line === null ? issue : { ...issue, line: issue.line + delta })),
    counts: assembler.counts,
    structuralRejects: sink.structuralRejects(),
    layout: sink.layout() ?? assembler.layout,
    encoding: decoder.encoding,
    tentative: decoder.isTentative,
    clean,
    nul,
    firstLine,
    nextLine: scanner.nextLine + delta,
  };
}

/** A result as a worker posts it. A later range's table has no index to send (startAppendOnly). */
export function toPosted(result: RangeResult<RollState>): RangeResult {
  return { ...result, state: toStateData(result.state) };
}

export function toStateData(state: RollState): StateData {
  const table = new StringTable();
  const files = filesToData(state.files, table);
  const nik = state.nik.toData();
  const pairs = new Uint32Array(nik.pairKeys.length * 2);
  for (let i = 0; i < nik.pairKeys.length; i++) {
    pairs[i * 2] = table.id(nik.pairFiles[i]!);
    pairs[i * 2 + 1] = table.id(nik.pairKeys[i]!);
  }
  return {
    strings: table.toData(),
    files,
    nik: { ...nik, pairFiles: [], pairKeys: [] },
    pairs,
    nikDuplicates: state.nikDuplicates.toData(),
    recapFirst: state.recapFirst,
    tpsDuplicates: state.tpsDuplicates,
  };
}

export function fromStateData(data: StateData): RollState {
  const strings = stringsOf(data.strings);
  const pairFiles: string[] = [];
  const pairKeys: string[] = [];
  for (let i = 0; i < data.pairs.length; i += 2) {
    pairFiles.push(strings[data.pairs[i]!]!);
    pairKeys.push(strings[data.pairs[i + 1]!]!);
  }
  return {
    files: filesFromData(data.files, strings),
    nik: TypedNikIndex.fromData({ ...data.nik, pairFiles, pairKeys }),
    nikDuplicates: DuplicateNiks.fromData(data.nikDuplicates),
    recapFirst: data.recapFirst,
    tpsDuplicates: data.tpsDuplicates,
  };
}

/** Lets go of a result's state once the merge has taken it in (parallel.ts). */
export function dropState(result: RangeResult<unknown>): void {
  (result as { state: unknown }).state = null;
}

/** The buffers to transfer (not copy) with a RangeResult. */
export function transferList(result: RangeResult): ArrayBuffer[] {
  const { state } = result;
  const { ids, counts, tallies, names, tpsCounts } = state.files;
  const columns = [state.strings.ends, state.pairs, ids, counts, tallies, names, tpsCounts];
  return [...TypedNikIndex.buffers(state.nik), ...[...state.nikDuplicates.chunks, ...columns].map((c) => c.buffer as ArrayBuffer)];
}
