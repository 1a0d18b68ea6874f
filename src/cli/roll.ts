import type { Readable } from 'node:stream';
import type { InputStats, Issue, Layout, RollKind, TpsCount, ValidationSettings } from '../core/types.js';
import { addRow, checkRow, CleanVoterFolder, createRollState, finishRoll, nikHeaderOf } from '../core/validate/index.js';
import { pollingDay } from '../core/validate/dates.js';
import { byCodePoint } from '../core/report/sort.js';
import { expandInputs, type ResolvedInput } from '../io/inputs.js';
import { readInput, type ReadOptions, type RollSink } from '../io/read-roll.js';

export interface RollReadResult {
  readonly inputs: readonly ResolvedInput[];
  readonly stats: readonly InputStats[];
  readonly tps: readonly TpsCount[];
  readonly issues: readonly Issue[];
  readonly jumlah: { kecamatan: number; kelurahan: number; tps: number; pemilih: number };
}

export interface RollReadOptions {
  readonly read: ReadOptions;
  readonly stdin?: Readable;
  readonly settings: ValidationSettings;
}

interface FileOutcome {
  readonly input: ResolvedInput;
  readonly layout: Layout | null;
  readonly structuralRejects: number;
  readonly result: Awaited<ReturnType<typeof readInput>>;
}

/** Reads every input, checks every record, and folds them into one roll (io + core, no rendering). */
export async function readRoll(args: readonly string[], cwd: string, opts: RollReadOptions): Promise<RollReadResult> {
  const inputs = await expandInputs([...args], cwd);
  const state = createRollState();
  const issues: Issue[] = [];
  const outcomes: FileOutcome[] = [];
  for (const input of inputs) {
    let layout: Layout | null = null;
    let structuralRejects = 0;
    let folder: CleanVoterFolder | null = null;
    const sink: RollSink = {
      onHeader: (l) => {
        layout = l;
      },
      cleanVoter: {
        day: pollingDay(opts.settings.hariPemungutan),
        onClean: (line, id, hi, lo) => {
          if (folder === null) folder = new CleanVoterFolder(state, input.berkas, nikHeaderOf(layout!));
          folder.add(line, id, hi, lo);
        },
      },
      onRow: (row, line) => {
        if (layout === null) return;
        const ctx = { file: input.berkas, line };
        addRow(state, checkRow(row, layout, ctx, opts.settings), ctx);
      },
      onRejected: () => {
        structuralRejects++;
      },
      onIssue: (issue) => {
        issues.push(issue);
      },
    };
    const result = await readInput(input, { ...opts.read, ...(opts.stdin ? { stdin: opts.stdin } : {}) }, sink);
    outcomes.push({ input, layout: result.layout, structuralRejects, result });
  }
  const finished = finishRoll(state, opts.settings);
  issues.push(...finished.issues, ...mixedKindIssues(outcomes));
  const stats = outcomes.map((o) => inputStats(o, finished.perFile.get(o.input.berkas)));
  return {
    inputs,
    stats,
    tps: finished.tps,
    issues,
    jumlah: { kecamatan: finished.kecamatan, kelurahan: finished.kelurahan, tps: finished.tps.length, pemilih: finished.pemilih },
  };
}

function inputStats(o: FileOutcome, counted: { dihitung: number; ditolak: number } | undefined): InputStats {
  const r = o.result;
  // Without a usable header no record can be read safely: all of them are rejected (the
  // missing-column issue says why), so baris_data = dihitung + ditolak still holds.
  const dihitung = o.layout === null ? 0 : (counted?.dihitung ?? 0);
  const ditolak = o.layout === null ? r.barisData : (counted?.ditolak ?? 0) + o.structuralRejects;
  return {
    berkas: o.input.berkas,
    sha256: r.sha256,
    jenis: o.layout?.kind ?? 'pemilih',
    barisData: r.barisData,
    dihitung,
    ditolak,
    barisKosong: r.barisKosong,
    barisJudul: r.barisJudul,
    kolomTakDikenal: o.layout?.unknownColumns ?? [],
    delimiter: r.delimiter,
    encoding: r.encoding,
  };
}

/**
 * A recap and a voter-level roll in one run would count the same TPS twice. The first file in
 * code-point order sets the kind (not the first given: the result must not depend on input order).
 */
function mixedKindIssues(outcomes: readonly FileOutcome[]): Issue[] {
  const withKind = outcomes.filter((o) => o.layout !== null).sort((a, b) => byCodePoint(a.input.berkas, b.input.berkas));
  const first = withKind[0];
  if (!first || !first.layout) return [];
  const kind: RollKind = first.layout.kind;
  return withKind
    .filter((o) => o.layout?.kind !== kind)
    .map((o) => ({
      code: 'roll-kind-mixed',
      severity: 'galat' as const,
      file: o.input.berkas,
      line: 1,
      column: null,
      params: { kind: o.layout?.kind ?? '', expected: kind, first: first.input.berkas },
    }));
}
