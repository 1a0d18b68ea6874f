/**
 * `logistik petakan`: reads a roll exactly as hitung does (same validation, same issue report),
 * checks the current TPS layout and writes the proposed one (core/petakan).
 */
import { resolve } from 'node:path';
import { presetCapacities, type ResolvedConfig } from '../../core/config/index.js';
import type { Run } from '../../io/commit.js';
import { batasBawah, kitDifferences, penempatanRows, petakan, RollCollector } from '../../core/petakan/index.js';
import { capacityHint } from '../../core/validate/index.js';
import { ExitCode } from '../../errors.js';
import type { CommandContext } from '../context.js';
import { PETAKAN_FILES, petakanOutput, renderPetakanOutcome, renderPetakanTotals, writePenempatan, type PetakanResult } from '../petakan-output.js';
import { readRoll, settled } from '../roll.js';
import { openCommandRun } from '../run-session.js';
import { loadConfig } from '../config-load.js';
import { emitReport, renderHeader, renderIssues, type ReportStyle } from '../report/index.js';
import type { SpillingIssueSink } from '../../io/issue-sink.js';
import { commandIssueSink, stageFiles } from '../outputs.js';
import { inputLines, regionLines } from '../summary.js';
import { timeFromEpoch } from './hitung.js';

export interface PetakanOptions {
  readonly preset?: string;
  readonly config?: string;
  readonly out: string;
  /** Voters per TPS; the config's kapasitas_tps when absent. */
  readonly kapasitas?: number;
  readonly allowInvalid: boolean;
  readonly json: boolean;
  readonly quiet: boolean;
  readonly delimiter?: string;
  readonly encoding?: 'utf-8' | 'windows-1252';
}

export async function runPetakan(args: readonly string[], opts: PetakanOptions, ctx: CommandContext): Promise<ExitCode> {
  // Config and --out are checked before any input is read (exit precedence: 2 first).
  const config = await loadConfig({ ...(opts.preset ? { preset: opts.preset } : {}), ...(opts.config ? { config: opts.config } : {}) }, ctx);
  const reads = [opts.config, ...args].flatMap((p) => (p === undefined || p === '-' ? [] : [resolve(ctx.io.cwd, p)]));
  const run = await openCommandRun(ctx, opts.out, { command: 'petakan', reads, names: PETAKAN_FILES });
  // hitung's issue sink: issues spilled into the staging folder, validasi.csv merged there.
  const issues = commandIssueSink(ctx, { dir: run.stagingDir, shownDir: opts.out });
  try {
    return await mapAndWrite(args, opts, ctx, config, run, issues);
  } finally {
    await issues.close();
    await run.abort();
  }
}

async function mapAndWrite(
  args: readonly string[], opts: PetakanOptions, ctx: CommandContext, config: ResolvedConfig, run: Run, issues: SpillingIssueSink,
): Promise<ExitCode> {
  const kapasitas = opts.kapasitas ?? config.kapasitasTps;
  const collector = new RollCollector();
  const roll = await settled(await readRoll(args, ctx.io.cwd, {
    read: { ...(opts.delimiter ? { delimiter: opts.delimiter } : {}), ...(opts.encoding ? { encoding: opts.encoding } : {}) },
    ...(ctx.io.stdin ? { stdin: ctx.io.stdin } : {}),
    // The reader's own capacity check (tps-over-capacity) is the layout check against this capacity.
    settings: { hariPemungutan: config.hariPemungutan, kapasitasTps: kapasitas },
    progress: { stream: ctx.io.stderr, enabled: ctx.io.stderr.isTTY === true && !opts.json && !opts.quiet, lang: ctx.lang },
    observer: collector,
    issues,
  }));
  const hasErrors = issues.summary().galat > 0;
  const refused = hasErrors && !opts.allowInvalid;
  const observed = collector.finish(roll.stats, roll.tps);
  const mapped = petakan(roll.tps, observed, kapasitas, !refused);
  const kits = mapped.plan === null ? [] : kitDifferences(roll.tps, mapped.plan.usulan, config);
  // As in hitung: a roll made for the other election's TPS size gets one hint (not with --kapasitas,
  // where the capacity is the user's own choice).
  const hint = opts.kapasitas === undefined ? capacityHint(roll.tps, { preset: config.preset, kapasitas }, presetCapacities()) : null;
  if (hint) issues.add(hint);
  for (const issue of mapped.issues) issues.add(issue);
  const [validasi] = await issues.writeValidasi(false);
  const voters = observed.voters;
  const penempatan = mapped.plan === null || voters === null ? null : await writePenempatan(run.stagingDir, opts.out, penempatanRows(mapped.plan, voters));
  const result: PetakanResult = {
    config, kapasitas, roll, masalah: issues.summary(), validasi: { name: 'validasi.csv', ...validasi! }, batasBawah: batasBawah(roll.tps, kapasitas),
    plan: mapped.plan, penempatan, kits,
  };
  const output = petakanOutput(result, timeFromEpoch(ctx.io.env.SOURCE_DATE_EPOCH));
  await stageFiles(run, output.files);
  // The spill folder must not be in the staging folder when it becomes the commit.
  await issues.close();
  await run.commit();
  emitReport(ctx, { json: opts.json ? output.ringkasan : null, quiet: opts.quiet, mustShow: hasErrors }, (style) => report(result, style, opts));
  return refused ? ExitCode.DataInvalid : ExitCode.Ok;
}

/** hitung's header, inputs, regions and issue list, then petakan's own lines and outcome. */
function report(r: PetakanResult, style: ReportStyle, opts: PetakanOptions): string {
  const header = renderHeader(style, { command: 'petakan', preset: r.config.preset, ...(opts.config !== undefined ? { config: opts.config } : {}) });
  const lines = [
    ...(opts.quiet ? [] : [header, ...inputLines(r.roll, style), ...regionLines(r.roll, style)]),
    ...renderIssues(style, r.masalah),
    ...renderPetakanTotals(r, style, opts.quiet),
    ...renderPetakanOutcome(r, style, opts.out, opts.allowInvalid),
  ];
  return `${lines.join('\n')}\n`;
}
