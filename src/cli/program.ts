import { Command, CommanderError, Option } from 'commander';
import { UsageError, type ExitCode } from '../errors.js';
import { t } from '../core/messages/index.js';
import type { CommandContext } from './context.js';
import type { HitungOptions, Mode } from './commands/hitung.js';
import { TOOL } from './version.js';
// lingkup.js, not the config index: that loads zod and the schema, which --version and --help need not.
import { LINGKUP, type Lingkup } from '../core/config/lingkup.js';

/** Where an action's exit code goes: commander's actions return nothing. */
export interface ActionResult {
  code: ExitCode | undefined;
}

const DELIMITERS: Record<string, string> = { ',': ',', ';': ';', '|': '|', tab: '\t', '\\t': '\t', '\t': '\t' };

interface RawRollOptions {
  preset?: string;
  config?: string;
  out: string;
  dapil?: string;
  allowInvalid?: boolean;
  check?: boolean;
  json?: boolean;
  quiet?: boolean;
  delimiter?: string;
  encoding?: string;
  excel?: boolean;
  kapasitas?: string;
  xlsx?: boolean;
  lingkup?: string;
}

/** `--lingkup kabkota|provinsi`, checked here so a typo is a usage error (exit 2) like --delimiter. */
function lingkupOption(value: string | undefined): { lingkup?: Lingkup } {
  if (value === undefined) return {};
  const found = LINGKUP.find((l) => l === value);
  if (found === undefined) throw new UsageError('usage.lingkup', { value, allowed: LINGKUP.join(', ') });
  return { lingkup: found };
}

function rollOptions(raw: RawRollOptions): HitungOptions {
  const delimiter = raw.delimiter === undefined ? undefined : DELIMITERS[raw.delimiter];
  if (raw.delimiter !== undefined && delimiter === undefined) throw new UsageError('usage.delimiter', { value: raw.delimiter });
  const encoding = raw.encoding?.toLowerCase().replace(/^utf8$/, 'utf-8').replace(/^(cp1252|win1252)$/, 'windows-1252');
  if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'windows-1252') throw new UsageError('usage.encoding', { value: raw.encoding ?? '' });
  return {
    ...(raw.preset ? { preset: raw.preset } : {}),
    ...(raw.config ? { config: raw.config } : {}),
    out: raw.out,
    ...(raw.dapil ? { dapil: raw.dapil } : {}),
    // Left undefined when not given: --check then takes the value recorded in --out.
    ...(raw.allowInvalid !== undefined ? { allowInvalid: raw.allowInvalid } : {}),
    check: raw.check ?? false,
    json: raw.json ?? false,
    quiet: raw.quiet ?? false,
    ...(raw.excel !== undefined ? { excel: raw.excel } : {}),
    ...(raw.xlsx !== undefined ? { xlsx: raw.xlsx } : {}),
    ...(delimiter ? { delimiter } : {}),
    ...(encoding ? { encoding } : {}),
    ...lingkupOption(raw.lingkup),
  };
}

/** `--kapasitas`: a whole number of voters, at least 1. */
function kapasitasOption(raw: string | undefined): { kapasitas?: number } {
  if (raw === undefined) return {};
  const n = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError('usage.kapasitas', { value: raw });
  return { kapasitas: n };
}

/** commander's help headings, said from the catalogue (commander passes them to styleTitle). */
const HELP_TITLES: Record<string, string> = {
  'Usage:': 'help.title.usage',
  'Arguments:': 'help.title.arguments',
  'Options:': 'help.title.options',
  'Global Options:': 'help.title.global-options',
  'Commands:': 'help.title.commands',
};

/**
 * Every command writes through the injected streams, commander's own error text is silenced (see
 * usage-error.ts), and the words commander puts into help come from the catalogue.
 */
function quietCommander(cmd: Command, ctx: CommandContext): Command {
  const heading = (title: string): string => (HELP_TITLES[title] ? t(ctx.lang, HELP_TITLES[title]) : title);
  const defaults = (text: string): string => text.replace(/\(default: /g, `(${t(ctx.lang, 'help.default')}: `);
  return cmd
    .exitOverride()
    .showSuggestionAfterError(true)
    // showGlobalOptions: --lang, --no-color and --debug are in every command's help, not only the top one.
    .configureHelp({ styleTitle: heading, styleOptionDescription: defaults, styleArgumentDescription: defaults, showGlobalOptions: true })
    .configureOutput({ writeOut: (s) => ctx.io.stdout.write(s), writeErr: (s) => ctx.io.stderr.write(s), outputError: () => undefined });
}

function addRollOptions(cmd: Command, ctx: CommandContext, out = { folder: 'manifest', help: 'help.opt.out' }): Command {
  const d = (key: string): string => t(ctx.lang, key);
  return cmd
    .argument('<input...>', d('help.arg.input'))
    .option('-p, --preset <name>', d('help.opt.preset'))
    .option('-c, --config <file>', d('help.opt.config'))
    .option('-o, --out <folder>', d(out.help), out.folder)
    .option('--json', d('help.opt.json'))
    .option('--delimiter <char>', d('help.opt.delimiter'))
    .option('--encoding <name>', d('help.opt.encoding'))
    .option('-q, --quiet', d('help.opt.quiet'));
}

/** The command table. Global flags (--lang, --no-color, --debug) are also read before commander runs. */
export function buildProgram(ctx: CommandContext, result: ActionResult): Command {
  const d = (key: string): string => t(ctx.lang, key);
  const program = quietCommander(new Command('logistik'), ctx)
    .description(d('help.program'))
    .version(TOOL.versi, '-v, --version', d('help.opt.version'))
    .helpOption('-h, --help', d('help.opt.help'))
    .helpCommand(false)
    .addOption(new Option('--lang <id|en>', d('help.opt.lang')))
    .option('--no-color', d('help.opt.no-color'))
    .option('--debug', d('help.opt.debug'))
    // -V was the version flag before 0.1.0 settled on -v; scripts that use it keep working.
    .addOption(new Option('-V').hideHelp())
    .addHelpText('after', `\n${d('help.examples.program')}`);
  program.on('option:V', () => {
    ctx.io.stdout.write(`${TOOL.versi}\n`);
    throw new CommanderError(0, 'commander.version', TOOL.versi);
  });

  // Each command's modules are loaded when it runs: a run of one command does not pay for loading
  // the others' (~75 of ~240 modules for hitung; start-up counts at 1 M rows, issue 16).
  const roll = (mode: Mode) => async (inputs: string[], raw: RawRollOptions) => {
    result.code = await (await import('./commands/hitung.js')).runHitung(mode, inputs, rollOptions(raw), ctx);
  };
  addRollOptions(quietCommander(program.command('hitung'), ctx).description(d('help.hitung')), ctx)
    .option('--dapil <file>', d('help.opt.dapil'))
    .option('--allow-invalid', d('help.opt.allow-invalid'))
    .option('--check', d('help.opt.check'))
    .option('--excel', d('help.opt.excel'))
    .option('--xlsx', d('help.opt.xlsx'))
    .option('--lingkup <kabkota|provinsi>', d('help.opt.lingkup'))
    .addHelpText('after', `\n${d('help.examples.hitung')}`)
    .action(roll('hitung'));
  // validasi writes into a folder of its own: it never replaces a hitung run (contract).
  addRollOptions(quietCommander(program.command('validasi'), ctx).description(d('help.validasi')), ctx, { folder: 'validasi', help: 'help.opt.out' })
    .option('--dapil <file>', d('help.opt.dapil'))
    .addHelpText('after', `\n${d('help.examples.validasi')}`)
    .action(roll('validasi'));
  addRollOptions(quietCommander(program.command('petakan'), ctx).description(d('help.petakan')), ctx, { folder: 'pemetaan', help: 'help.opt.petakan-out' })
    .option('--kapasitas <n>', d('help.opt.kapasitas'))
    .option('--allow-invalid', d('help.opt.petakan-allow-invalid'))
    .addHelpText('after', `\n${d('help.examples.petakan')}`)
    .action(async (inputs: string[], raw: RawRollOptions) => {
      result.code = await (await import('./commands/petakan.js')).runPetakan(inputs, { ...rollOptions(raw), allowInvalid: raw.allowInvalid ?? false, ...kapasitasOption(raw.kapasitas) }, ctx);
    });
  quietCommander(program.command('terima'), ctx)
    .description(d('help.terima'))
    .argument('<penerimaan...>', d('help.arg.penerimaan'))
    .option('--manifest <folder>', d('help.opt.manifest'), 'manifest')
    .option('-o, --out <folder>', d('help.opt.terima-out'), 'rekonsiliasi')
    .option('--tps <file>', d('help.opt.tps'))
    .option('--strict', d('help.opt.strict'))
    .option('--allow-invalid', d('help.opt.terima-allow-invalid'))
    .option('--xlsx', d('help.opt.xlsx'))
    .option('--json', d('help.opt.json'))
    .option('-q, --quiet', d('help.opt.quiet'))
    .addHelpText('after', `\n${d('help.examples.terima')}`)
    .action(async (inputs: string[], raw: { manifest: string; out: string; tps?: string; strict?: boolean; allowInvalid?: boolean; xlsx?: boolean; json?: boolean; quiet?: boolean }) => {
      const { strict = false, allowInvalid = false, xlsx = false, json = false, quiet = false } = raw;
      result.code = await (await import('./commands/terima.js')).runTerima(inputs, { manifest: raw.manifest, out: raw.out, ...(raw.tps ? { tps: raw.tps } : {}), strict, allowInvalid, xlsx, json, quiet }, ctx);
    });
  quietCommander(program.command('kemas'), ctx)
    .description(d('help.kemas'))
    .argument('<manifest-folder>', d('help.arg.manifest'))
    .option('-c, --config <file>', d('help.opt.kemas-config'))
    .option('-o, --out <folder>', d('help.opt.kemas-out'), 'kemas')
    .option('--json', d('help.opt.json'))
    .option('-q, --quiet', d('help.opt.quiet'))
    .option('--xlsx', d('help.opt.xlsx'))
    .addHelpText('after', `\n${d('help.examples.kemas')}`)
    .action(async (folder: string, raw: { config?: string; out: string; json?: boolean; quiet?: boolean; xlsx?: boolean }) => {
      const flags = { json: raw.json ?? false, quiet: raw.quiet ?? false, xlsx: raw.xlsx ?? false };
      result.code = await (await import('./commands/kemas.js')).runKemas(folder, { ...(raw.config ? { config: raw.config } : {}), out: raw.out, ...flags }, ctx);
    });
  quietCommander(program.command('cetak'), ctx)
    .description(d('help.cetak'))
    .argument('<folder>', d('help.arg.cetak-folder'))
    .option('-o, --out <folder>', d('help.opt.cetak-out'))
    .option('--json', d('help.opt.cetak-json'))
    .option('-q, --quiet', d('help.opt.quiet'))
    .addHelpText('after', `\n${d('help.examples.cetak')}`)
    .action(async (folder: string, raw: { out?: string; json?: boolean; quiet?: boolean }) => {
      result.code = await (await import('./commands/cetak.js')).runCetak(folder, { ...(raw.out !== undefined ? { out: raw.out } : {}), json: raw.json ?? false, quiet: raw.quiet ?? false }, ctx);
    });
  quietCommander(program.command('banding'), ctx)
    .description(d('help.banding'))
    .argument('<folder-a>', d('help.arg.folder-a'))
    .argument('<folder-b>', d('help.arg.folder-b'))
    .option('--json', d('help.opt.banding-json'))
    .addHelpText('after', `\n${d('help.examples.banding')}`)
    .action(async (a: string, b: string, raw: { json?: boolean }) => {
      result.code = await (await import('./commands/banding.js')).runBanding(a, b, { json: raw.json ?? false }, ctx);
    });
  quietCommander(program.command('preset'), ctx)
    .description(d('help.preset'))
    .argument('[name]', d('help.arg.preset'))
    .option('--schema', d('help.opt.schema'))
    .option('-c, --config <file>', d('help.opt.preset-config'))
    .option('--jelaskan', d('help.opt.jelaskan'))
    .option('--lingkup <kabkota|provinsi>', d('help.opt.lingkup'))
    .addHelpText('after', `\n${d('help.examples.preset')}`)
    .action(async (name: string | undefined, raw: { schema?: boolean; config?: string; jelaskan?: boolean; lingkup?: string }) => {
      const opts = { schema: raw.schema ?? false, jelaskan: raw.jelaskan ?? false, ...(raw.config ? { config: raw.config } : {}), ...lingkupOption(raw.lingkup) };
      result.code = await (await import('./commands/preset.js')).runPreset(name, opts, ctx);
    });
  quietCommander(program.command('init'), ctx)
    .description(d('help.init'))
    .argument('[folder]', d('help.arg.init'), '.')
    .option('-p, --preset <name>', d('help.opt.preset'))
    .option('--force', d('help.opt.force'))
    .addHelpText('after', `\n${d('help.examples.init')}`)
    .action(async (folder: string, raw: { preset?: string; force?: boolean }) => {
      result.code = await (await import('./commands/init.js')).runInit(folder, { preset: raw.preset ?? 'pemilu-2024', force: raw.force ?? false }, ctx);
    });
  return program;
}
