/**
 * The reader's events folded into a RollState: checkRow + addRow for every well-formed record, the
 * byte-level fast way for clean voter records. Shared by the single-stream reader (cli/roll.ts)
 * and the range workers, so both do exactly the same per record.
 */
import { F, type IssueSink, type Layout, type ValidationSettings } from '../core/types.js';
import { pollingDay } from '../core/validate/dates.js';
import { addRow, checkRow, CleanVoterFolder, nikHeaderOf, noteFooter, type RollState, type RowObserver } from '../core/validate/index.js';
import type { RollSink } from './read-roll.js';
import type { CleanVoterEvents } from './roll-assembler.js';

/**
 * LOGISTIK_BENCH_NO_VALIDATE=1, hidden and for `npm run bench -- --read-only` only: the same
 * pipeline (sample and dialect detection, byte ranges over worker threads, SHA-256, the scanner,
 * TPS identities, manifests and output files) with the validation taken out: a voter record with
 * the right number of fields and a well-formed TPS identity is counted in its TPS without any
 * cell check and without duplicate-NIK detection. Its output is not a valid result.
 */
const COUNT_ONLY = process.env.LOGISTIK_BENCH_NO_VALIDATE === '1';

/** True when the benchmark switch is on: the run must then say loudly that nothing was validated. */
export function validationDisabled(): boolean {
  return COUNT_ONLY;
}

export interface FoldSink extends RollSink {
  /** The layout once the header mapped (or was given). */
  readonly layout: () => Layout | null;
  readonly structuralRejects: () => number;
  /** Call once the input has been read: the state is complete only then. */
  readonly finish: () => void;
}

/** Every issue, the reader's and the rows', goes to `issues` as it is found. */
export function foldSink(
  state: RollState, berkas: string, settings: ValidationSettings, issues: IssueSink, given: Layout | null = null, observer?: RowObserver,
): FoldSink {
  let layout: Layout | null = given;
  let structuralRejects = 0;
  let folder: CleanVoterFolder | null = null;
  const sink: FoldSink = {
    layout: () => layout,
    structuralRejects: () => structuralRejects,
    finish: () => folder?.flush(),
    onHeader: (l) => {
      layout = l;
    },
    onRow: (row, line) => {
      if (layout === null) return;
      const ctx = { file: berkas, line };
      const verdict = checkRow(row, layout, ctx, settings);
      for (const issue of verdict.issues) issues.add(issue);
      addRow(state, verdict, ctx);
    },
    cleanVoter: {
      day: pollingDay(settings.hariPemungutan),
      countOnly: COUNT_ONLY,
      onClean: (line, id, hi, lo) => {
        folder ??= new CleanVoterFolder(state, berkas, nikHeaderOf(layout!));
        if (COUNT_ONLY) folder.count(line, id);
        else folder.add(line, id, hi, lo);
      },
      onCleanRun: (line, n, id, his, los) => {
        folder ??= new CleanVoterFolder(state, berkas, nikHeaderOf(layout!));
        folder.addRun(line, n, id, his, los);
      },
    },
    onRejected: () => {
      structuralRejects++;
    },
    onFooter: (line, total) => {
      if (layout !== null) noteFooter(state, berkas, nikHeaderOf(layout), line, total);
    },
    onIssue: (issue) => {
      issues.add(issue);
    },
  };
  return observer === undefined ? sink : observed(sink, state, berkas, settings, issues, observer);
}

/**
 * The sink with a RowObserver (see core/validate/row-observer.ts): every counted record is shown
 * to it. A clean voter record still takes the byte-level fast way, with the cells the observer
 * reads (OBSERVED_FIELDS) decoded for it; every other record is decoded and checked by checkRow.
 * A separate sink, so that the plain one (hitung's) pays nothing for it.
 */
function observed(sink: FoldSink, state: RollState, berkas: string, settings: ValidationSettings, issues: IssueSink, observer: RowObserver): FoldSink {
  observer.beginFile(berkas);
  const { cleanVoter: fast, ...slow } = sink;
  const onRow: FoldSink['onRow'] = (row, line) => {
    const layout = sink.layout();
    if (layout === null) return;
    const ctx = { file: berkas, line };
    const verdict = checkRow(row, layout, ctx, settings);
    for (const issue of verdict.issues) issues.add(issue);
    addRow(state, verdict, ctx);
    if (verdict.counted) observer.counted(berkas, line, verdict, row);
  };
  // The benchmark's count-only mode checks nothing: the observer keeps the slow way there.
  if (fast === undefined || COUNT_ONLY) return { ...slow, onRow };
  const cleanVoter: CleanVoterEvents = {
    day: fast.day,
    fields: OBSERVED_FIELDS,
    onClean: (line, id, hi, lo, row) => {
      fast.onClean(line, id, hi, lo);
      observer.counted(berkas, line, { kind: 'pemilih', key: id.key, kelurahan: id.kelurahan }, row!);
    },
  };
  return { ...slow, onRow, cleanVoter };
}

/** What petakan's collector reads of a voter record besides its identity (core/petakan/collect.ts). */
const OBSERVED_FIELDS = [F.nkk, F.rw, F.rt, F.alamat];
