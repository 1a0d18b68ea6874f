// Not the config index: it loads zod and the schema, which only a --config file needs (config-load.ts).
import type { ResolvedConfig } from '../../core/config/index.js';
import { presetCapacities } from '../../core/config/presets/index.js';
import { checkDapilCoverage, computeManifests, itemsNotIssued, type Manifests } from '../../core/compute/index.js';
import { capacityHint } from '../../core/validate/index.js';
import type { IssueSummary } from '../../core/report/issue-tally.js';
import { ExitCode, UsageError } from '../../errors.js';
import { outFolder } from '../../io/commit.js';
import type { RunFolder } from '../../io/manifest/index.js';
import type { SpillingIssueSink } from '../../io/issue-sink.js';
import { loadConfigSource } from '../config-load.js';
import { sha256 } from '../../io/hash.js';
import { resolve } from 'node:path';
import type { CommandContext } from '../context.js';
import { buildOutputSet, commandIssueSink, configText, EXCEL_DIR, runNames, stageFiles, type OutputSet, type WrittenFile } from '../outputs.js';
import { openCommandRun } from '../run-session.js';
import { readRoll, settled, type RollReadResult } from '../roll.js';
import { dapilBlocks, dapilDigest, readDapil, type DapilRead } from '../dapil.js';
import { renderSummary, type SummaryInput } from '../summary.js';
import { emitReport, type ReportStyle } from '../report/index.js';
import type { BerkasDigest, RingkasanInput } from '../../core/report/ringkasan.js';
import { effectiveOptions, fromRecord, opsiOf, type HitungOptions, type RunOptions } from '../run-options.js';
import { TOOL } from '../version.js';
import { markPhase } from '../../io/phase-times.js';

/** `hitung` and `validasi`: the second reads and validates only. */
export type Mode = 'hitung' | 'validasi';

/** What a run found and decided, before anything is written or compared. */
interface Outcome {
  readonly config: ResolvedConfig;
  /** The `-c` file as given and its digest, or null. */
  readonly konfigurasi: BerkasDigest | null;
  readonly roll: RollReadResult;
  readonly dapil: DapilRead | null;
  /** The issues counted: validasi.csv (written by the issue sink) holds them all. */
  readonly masalah: IssueSummary;
  readonly hasErrors: boolean;
  /** Error-level issues make the run fail, unless hitung was told --allow-invalid. */
  readonly refused: boolean;
  /** The dapil mapping has errors: the run fails whatever --allow-invalid says. */
  readonly dapilRefused: boolean;
  readonly manifests: Manifests | null;
  readonly set: OutputSet;
}

export type { HitungOptions };

export async function runHitung(mode: Mode, args: readonly string[], given: HitungOptions, ctx: CommandContext): Promise<ExitCode> {
  // --check reruns with the options recorded in --out unless they are given again (contract).
  // check.js is loaded for --check only: it reads manifests, which loads zod (start-up; issue 16).
  const recorded = given.check ? await (await import('../check.js')).recordedRun(given.out, ctx.io.cwd) : { run: null, error: null };
  const opts = effectiveOptions(given, recorded.run?.ringkasan ?? null, ctx);
  // Standard input can be read once: by the roll or by the mapping, not by both.
  if (opts.dapil === '-' && args.includes('-')) throw new UsageError('usage.stdin-twice');
  // The config is checked before --out is opened and any input read (contract): a bad one costs nothing.
  const sources = await loadConfig(opts, ctx);
  if (opts.check) {
    outFolder(opts.out, ctx.io.cwd);
    // An unreadable ringkasan.json in --out comes after config and placement errors, before inputs.
    if (recorded.error !== null) throw recorded.error;
    // --check opens no run: the issues spill into a fresh folder under os.tmpdir().
    const issues = commandIssueSink(ctx, { lang: opts.dataLang, excel: opts.excel });
    try {
      return await runCheck(await evaluate(mode, args, opts, ctx, sources, issues), recorded.run, opts, ctx);
    } finally {
      await issues.close();
    }
  }
  const run = await openCommandRun(ctx, opts.out, { command: mode, reads: readsOf(args, opts, ctx.io.cwd), names: runNames(mode, opts.excel, opts.xlsx) });
  // The issues spill into the run's staging folder (inside --out, so validasi.csv is adopted by a
  // rename); it goes with the staging folder whatever happens.
  const issues = commandIssueSink(ctx, { lang: opts.dataLang, excel: opts.excel, dir: run.stagingDir, shownDir: opts.out });
  try {
    const outcome = await evaluate(mode, args, opts, ctx, sources, issues);
    await stageFiles(run, outcome.set.files);
    // The spill folder must not be in the staging folder when it becomes the commit.
    await issues.close();
    const { removed } = await run.commit();
    markPhase('committed');
    const input = { ...summaryInput(mode, outcome, opts), removed };
    emitReport(ctx, { json: opts.json ? outcome.set.ringkasan : null, quiet: opts.quiet, mustShow: outcome.hasErrors }, (style) => renderSummary(input, style));
    return outcome.refused ? ExitCode.DataInvalid : ExitCode.Ok;
  } finally {
    await issues.close();
    await run.abort();
  }
}

/** Everything the run reads, so that it never writes over any of it: config, dapil, rolls. */
function readsOf(args: readonly string[], opts: RunOptions, cwd: string): string[] {
  return [opts.config, opts.dapil, ...args].flatMap((p) => (p === undefined || p === '-' ? [] : [resolve(cwd, p)]));
}

/** Reads, validates and computes everything: the same for a run and for --check. */
async function evaluate(
  mode: Mode, args: readonly string[], opts: RunOptions, ctx: CommandContext,
  sources: { config: ResolvedConfig; konfigurasi: BerkasDigest | null }, issues: SpillingIssueSink,
): Promise<Outcome> {
  const { config, konfigurasi } = sources;
  markPhase('started');
  const dapil = opts.dapil ? await loadDapil(opts.dapil, opts, ctx) : null;
  const pending = await readRoll(args, ctx.io.cwd, {
    read: { ...(opts.delimiter ? { delimiter: opts.delimiter } : {}), ...(opts.encoding ? { encoding: opts.encoding } : {}) },
    ...(ctx.io.stdin ? { stdin: ctx.io.stdin } : {}),
    settings: { hariPemungutan: config.hariPemungutan, kapasitasTps: config.kapasitasTps },
    issues,
    // Progress only on a terminal, never with --json or --quiet: CI logs and pipes stay clean.
    progress: { stream: ctx.io.stderr, enabled: ctx.io.stderr.isTTY === true && !opts.json && !opts.quiet, lang: ctx.lang },
  });
  markPhase('roll read and finished');
  const dapilIssues = dapil === null ? [] : [...dapil.issues, ...checkDapilCoverage(pending.tps, config, dapil.mapping)];
  for (const issue of dapilIssues) issues.add(issue);
  const hint = capacityHint(pending.tps, { preset: config.preset, kapasitas: config.kapasitasTps }, presetCapacities());
  if (hint) issues.add(hint);
  const before = issues.summary();
  const hasErrors = before.galat > 0;
  // --allow-invalid leaves rejected roll rows out; a mapping read in part, or one that leaves TPS
  // without a dapil, would put ballots in the wrong dapil, so it always stops the run. So does a
  // total past any real roll: it cannot be computed safely.
  const dapilRefused = dapilBlocks(dapilIssues);
  const uncomputable = before.groups.some((g) => g.code === 'dpt-total-too-large');
  const refused = hasErrors && !(mode === 'hitung' && opts.allowInvalid && !dapilRefused && !uncomputable);
  const manifests = mode === 'hitung' && !refused ? computeManifests(pending.tps, config, dapil?.mapping ?? null) : null;
  markPhase('manifests computed');
  if (manifests) for (const issue of manifests.issues) issues.add(issue);
  const masalah = issues.summary();
  // Flushed to disk by run.adopt when staged; --check compares and throws them away.
  const written = await issues.writeValidasi(false);
  const names = ['validasi.csv', `${EXCEL_DIR}/validasi.csv`];
  const validasi: WrittenFile[] = written.map((w, i) => ({ name: names[i]!, ...w }));
  // The inputs' digests (a split file's computed while the roll was finished and the manifests made).
  const roll = await settled(pending);
  const set = await buildSet(mode, { config, konfigurasi, dapil: dapil === null ? null : dapilDigest(dapil, opts.dapil ?? '') }, roll, masalah, validasi, manifests, opts, ctx);
  markPhase('output files made');
  return { config, konfigurasi, roll, dapil, masalah, hasErrors, refused, dapilRefused, manifests, set };
}

function summaryInput(mode: Mode, o: Outcome, opts: RunOptions): SummaryInput {
  return {
    mode,
    preset: o.config.preset,
    // The header says "pemilu-2024 + konfig.json": the preset alone would hide the file's rules.
    ...(o.konfigurasi !== null ? { config: o.konfigurasi.berkas } : {}),
    roll: o.roll,
    dapil: o.dapil,
    dapilRefused: o.dapilRefused,
    issues: o.masalah,
    pengadaan: o.manifests?.pengadaan ?? null,
    notIssued: o.manifests ? itemsNotIssued(o.roll.tps, o.config) : [],
    out: opts.out,
    wroteManifests: o.manifests !== null,
    excel: opts.excel,
    xlsx: opts.xlsx === true,
    hasErrors: o.hasErrors,
    allowInvalid: opts.allowInvalid,
    quiet: opts.quiet,
    dasar: { config: o.config, perintah: jelaskanCommand(o.config, opts) },
  };
}

/** The command that explains this run's rules, as the user would type it. */
function jelaskanCommand(config: ResolvedConfig, opts: HitungOptions): string {
  const source = opts.config ? `-c ${opts.config}` : config.preset;
  return `logistik preset ${source}${opts.lingkup ? ` --lingkup ${opts.lingkup}` : ''} --jelaskan`;
}

/**
 * --check gives the same verdict on the data as a run without it: a CI job must fail on an invalid
 * roll even when the validasi.csv in --out already records its errors. A difference only in the
 * tool version of ringkasan.json is reported and passes.
 */
async function runCheck(o: Outcome, recorded: RunFolder | null, opts: RunOptions, ctx: CommandContext): Promise<ExitCode> {
  const [{ checkAgainst }, { renderCheck }] = await Promise.all([import('../check.js'), import('../check-report.js')]);
  const result = await checkAgainst(opts.out, ctx.io.cwd, o.set.files, recorded);
  const json = opts.json ? { ...o.set.ringkasan, perbedaan: result } : null;
  const issues = o.refused ? { ...summaryInput('validasi', o, opts), quiet: true } : null;
  const report = (style: ReportStyle): string => `${issues ? renderSummary(issues, style) : ''}${renderCheck(result, opts.out, o.refused, recorded?.ringkasan ?? null, style)}`;
  emitReport(ctx, { json, quiet: opts.quiet, mustShow: o.refused || !result.sama }, report);
  return o.refused || !result.sama ? ExitCode.DataInvalid : ExitCode.Ok;
}

async function loadConfig(opts: RunOptions, ctx: CommandContext): Promise<{ config: ResolvedConfig; konfigurasi: BerkasDigest | null }> {
  const choice = { ...(opts.preset ? { preset: opts.preset } : {}), ...(opts.config ? { config: opts.config } : {}), ...(opts.lingkup ? { lingkup: opts.lingkup } : {}) };
  return fromRecord(opts.fromRecord.config, opts.out, ctx, () => loadConfigSource(choice, ctx));
}

async function loadDapil(file: string, opts: RunOptions, ctx: CommandContext): Promise<DapilRead> {
  return fromRecord(opts.fromRecord.dapil, opts.out, ctx, () => readDapil(file, ctx.io.cwd, ctx.io.stdin));
}

function buildSet(
  mode: Mode,
  sources: { config: ResolvedConfig; konfigurasi: BerkasDigest | null; dapil: RingkasanInput['dapil'] },
  roll: RollReadResult,
  masalah: IssueSummary,
  validasi: readonly WrittenFile[],
  manifests: Manifests | null,
  opts: RunOptions,
  ctx: CommandContext,
): Promise<OutputSet> {
  const { config } = sources;
  return buildOutputSet(manifests, validasi, {
    alat: TOOL,
    perintah: mode,
    preset: config.preset,
    // The digest of exactly the bytes `logistik preset NAME` prints (and konfigurasi.json holds).
    konfigurasiSha256: sha256(configText(config)),
    masukan: roll.stats,
    jumlah: roll.jumlah,
    masalah,
    waktu: timeFromEpoch(ctx.io.env.SOURCE_DATE_EPOCH),
    konfigurasi: sources.konfigurasi,
    dapil: sources.dapil,
    opsi: opsiOf(opts),
  }, config, { excel: opts.excel, xlsx: opts.xlsx ? { barang: config.barang, lang: opts.dataLang } : null });
}

/** 8.64e15 ms is the end of the ECMAScript Date range. */
const MAX_EPOCH_SECONDS = 8_640_000_000_000;

/**
 * The time of `ringkasan.json`: only from SOURCE_DATE_EPOCH (whole seconds since 1970, UTC), never
 * from the clock or the time zone. A value that is not such a number adds no time (it used to make
 * `new Date` throw past the Date range: exit 4).
 */
export function timeFromEpoch(epoch: string | undefined): string | null {
  if (!epoch || !/^\d+$/.test(epoch) || Number(epoch) > MAX_EPOCH_SECONDS) return null;
  return new Date(Number(epoch) * 1000).toISOString();
}

