/**
 * The options of hitung/validasi: as given on the command line, and for `--check` completed from
 * the run recorded in `--out` (contract: "--check reruns with the options recorded in
 * ringkasan.json unless they are given again"), then the defaults. Also what `opsi` records.
 */
import type { Lang } from '../core/types.js';
import type { Lingkup } from '../core/config/index.js';
import type { RecordedRun } from '../core/manifest/index.js';
import type { Opsi } from '../core/report/ringkasan.js';
import { t } from '../core/messages/index.js';
import { ConfigError, InputError, UsageError } from '../errors.js';
import type { CommandContext } from './context.js';

/** The options as given: an option left out is undefined, so `--check` can take the recorded one. */
export interface HitungOptions {
  readonly preset?: string;
  readonly config?: string;
  readonly out: string;
  readonly dapil?: string;
  readonly allowInvalid?: boolean;
  readonly check: boolean;
  readonly json: boolean;
  readonly quiet: boolean;
  readonly excel?: boolean;
  /** --xlsx: buku-kerja.xlsx beside the CSVs (hitung only). */
  readonly xlsx?: boolean;
  readonly delimiter?: string;
  readonly encoding?: 'utf-8' | 'windows-1252';
  /** --lingkup: what the run covers (adds the KPU Provinsi's PSU stock with `provinsi`). */
  readonly lingkup?: Lingkup;
}

/** The options a run uses: as given, or (for `--check`) as recorded in `--out`, then the defaults. */
export interface RunOptions extends HitungOptions {
  readonly allowInvalid: boolean;
  readonly excel: boolean;
  readonly xlsx: boolean;
  /** The language of validasi.csv (`--lang` only when explicit; never the environment). */
  readonly dataLang: Lang;
  /** The config and dapil files named only by the recorded run in `--out` (for a clearer error). */
  readonly fromRecord: { readonly config: boolean; readonly dapil: boolean };
}

/** Given options first, then (for --check) the recorded ones, then the defaults. */
export function effectiveOptions(given: HitungOptions, recorded: RecordedRun | null, ctx: CommandContext): RunOptions {
  const o = recorded?.opsi ?? {};
  const encoding = given.encoding ?? (o.encoding === 'utf-8' || o.encoding === 'windows-1252' ? o.encoding : undefined);
  const preset = given.preset ?? o.preset ?? undefined;
  const config = given.config ?? recorded?.konfigurasi?.berkas;
  const dapil = given.dapil ?? recorded?.dapil?.berkas;
  const delimiter = given.delimiter ?? o.delimiter ?? undefined;
  const lingkup = given.lingkup ?? (o.lingkup === 'kabkota' || o.lingkup === 'provinsi' ? o.lingkup : undefined);
  return {
    out: given.out,
    check: given.check,
    json: given.json,
    quiet: given.quiet,
    ...(preset !== undefined ? { preset } : {}),
    ...(config !== undefined ? { config } : {}),
    ...(dapil !== undefined ? { dapil } : {}),
    ...(delimiter !== undefined ? { delimiter } : {}),
    ...(encoding !== undefined ? { encoding } : {}),
    ...(lingkup !== undefined ? { lingkup } : {}),
    allowInvalid: given.allowInvalid ?? o.allow_invalid ?? false,
    excel: given.excel ?? o.excel ?? false,
    xlsx: given.xlsx ?? o.xlsx ?? false,
    dataLang: ctx.langExplicit ? ctx.lang : (o.lang ?? 'id'),
    fromRecord: { config: given.config === undefined && config !== undefined, dapil: given.dapil === undefined && dapil !== undefined },
  };
}

export function opsiOf(opts: RunOptions): Opsi {
  return {
    preset: opts.preset ?? null,
    allow_invalid: opts.allowInvalid,
    excel: opts.excel,
    xlsx: opts.xlsx,
    lang: opts.dataLang,
    delimiter: opts.delimiter ?? null,
    encoding: opts.encoding ?? null,
    lingkup: opts.lingkup ?? null,
  };
}

/**
 * A config or mapping named by the recorded run (not given again) that cannot be read says so:
 * the user did not type that name, ringkasan.json did.
 */
export async function fromRecord<T>(recorded: boolean, out: string, ctx: CommandContext, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (recorded && (err instanceof ConfigError || err instanceof InputError)) {
      throw new UsageError('check.recorded-unreadable', { out, detail: t(ctx.lang, err.key, err.params) });
    }
    throw err;
  }
}
