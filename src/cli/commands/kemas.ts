/**
 * `logistik kemas <manifest-folder>`: from what `hitung` wrote, the packing list per TPS, the
 * warehouse pick list per kecamatan, the supplier's cartons and the handover lists per PPK and PPS
 * (core/kemas). The order of failures is the contract's: the `-c` file's schema (2), `--out`'s
 * placement (2), lock and ownership (3), then the manifest (3 unreadable, 1 changed after
 * writing), then whether the `-c` leaves what `hitung` read alone (2: it needs the manifest's
 * config to be compared with), then the manifest's own sums (1).
 */
import { resolve } from 'node:path';
import { packManifest } from '../../core/kemas/index.js';
import { ExitCode } from '../../errors.js';
import { recordedName } from '../../io/inputs.js';
import { readManifest } from '../../io/manifest/index.js';
import type { Run } from '../../io/commit.js';
import type { RecordedRun } from '../../core/manifest/index.js';
import type { CommandContext } from '../context.js';
import { laterConfig, readLaterConfig, type LaterConfig } from '../later-config.js';
import { kemasNames, kemasOutput, renderKemas } from '../kemas-output.js';
import { stageFiles } from '../outputs.js';
import { emitReport } from '../report/index.js';
import { openCommandRun } from '../run-session.js';
import { timeFromEpoch } from './hitung.js';

export interface KemasOptions {
  readonly config?: string;
  readonly out: string;
  readonly json: boolean;
  readonly quiet: boolean;
  /** --xlsx: buku-kerja.xlsx beside the lists. */
  readonly xlsx: boolean;
}

export async function runKemas(folder: string, opts: KemasOptions, ctx: CommandContext): Promise<ExitCode> {
  const given = opts.config === undefined ? null : await readLaterConfig(opts.config, ctx);
  const reads = [folder, ...(opts.config !== undefined ? [opts.config] : [])].map((p) => resolve(ctx.io.cwd, p));
  const run = await openCommandRun(ctx, opts.out, { command: 'kemas', reads, names: kemasNames(opts.xlsx) });
  try {
    return await pack(folder, given, opts, ctx, run);
  } finally {
    await run.abort();
  }
}

/** The manifest run's errors and rejected rows, from its ringkasan.json (numbers only where it has them). */
function recordedCounts(r: RecordedRun): { galat: number; ditolak: number } {
  const count = (v: unknown): number => (typeof v === 'number' && Number.isSafeInteger(v) ? v : 0);
  const masalah = r.masalah as { galat?: unknown } | undefined;
  return { galat: count(masalah?.galat), ditolak: (r.masukan ?? []).reduce((s, m) => s + count(m.ditolak), 0) };
}

async function pack(folder: string, given: LaterConfig | null, opts: KemasOptions, ctx: CommandContext, run: Run): Promise<ExitCode> {
  const manifest = await readManifest(folder, ctx.io.cwd);
  const config = laterConfig(manifest.config, given, ctx);
  const shownFolder = recordedName(folder).replace(/\/+$/, '');
  const result = packManifest({ ...manifest, folder: shownFolder, recorded: recordedCounts(manifest.ringkasan) }, config);
  const konfigurasi = given?.digest ?? null;
  const kemas = { folder, shownFolder, config, konfigurasi, masukan: [...manifest.masukan, ...(konfigurasi ? [konfigurasi] : [])], result };
  // The workbook's words follow --lang only when it was given, like every data file.
  const xlsx = opts.xlsx ? { lang: ctx.langExplicit ? ctx.lang : 'id' } as const : null;
  const output = await kemasOutput(kemas, timeFromEpoch(ctx.io.env.SOURCE_DATE_EPOCH), { xlsx });
  await stageFiles(run, output.files);
  const { removed } = await run.commit();
  const refused = result.tables === null;
  const report = { run: kemas, ...(opts.config !== undefined ? { config: opts.config } : {}), out: opts.out, quiet: opts.quiet, xlsx: opts.xlsx, removed };
  emitReport(ctx, { json: opts.json ? output.ringkasan : null, quiet: opts.quiet, mustShow: refused }, (style) => renderKemas(report, style));
  return refused ? ExitCode.DataInvalid : ExitCode.Ok;
}
