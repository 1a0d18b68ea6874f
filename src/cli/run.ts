import { CommanderError } from 'commander';
import { ExitCode } from '../errors.js';
import { t } from '../core/messages/index.js';
import type { CliIo } from './io.js';
import type { CommandContext } from './context.js';
import { makeChalk } from './color.js';
import { langFlag, resolveLang } from './lang.js';
import { handleError, writeJsonError } from './handle-error.js';
import { buildProgram, type ActionResult } from './program.js';
import { commanderMessage, renderCommanderError } from './usage-error.js';
import { startRangeWorkersEarly } from './early-workers.js';

export type { CliIo } from './io.js';

/**
 * The whole CLI as a function of its arguments and injected process: tests call it in-process,
 * bin/logistik.js calls it with the real one. It never calls process.exit (piped output would be
 * cut short); it returns the exit code.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { lang, explicit } = resolveLang(argv, io.env);
  quietOnClosedPipe(io.stdout);
  const noColor = argv.includes('--no-color');
  const debug = argv.includes('--debug') || (io.env.DEBUG !== undefined && io.env.DEBUG !== '');
  const json = argv.includes('--json');
  const ctx: CommandContext = { io, lang, langExplicit: explicit, color: makeChalk(io.stderr, io.env, noColor), colorOut: makeChalk(io.stdout, io.env, noColor) };
  const langArg = langFlag(argv);
  if (langArg && langArg.value !== 'id' && langArg.value !== 'en') {
    const message = t(lang, 'usage.lang', { value: langArg.value });
    io.stderr.write(`${ctx.color.red(t(lang, 'error.prefix'))}: ${message}\n`);
    if (json) writeJsonError(ctx, 'usage.lang', message, ExitCode.Usage);
    return ExitCode.Usage;
  }
  const result: ActionResult = { code: undefined };
  const endWorkers = await startRangeWorkersEarly(argv, io);
  try {
    await buildProgram(ctx, result).parseAsync([...argv], { from: 'user' });
    return result.code ?? ExitCode.Ok;
  } catch (err) {
    if (err instanceof CommanderError) return commanderExit(err, ctx, json);
    return handleError(err, ctx, debug, json);
  } finally {
    endWorkers?.();
  }
}

/**
 * A reader that stops early (`logistik preset pemilu-2024 | head`) closes the pipe: that is the
 * reader's choice, not a failure, so the rest of stdout is dropped instead of crashing on EPIPE.
 */
function quietOnClosedPipe(stream: CliIo['stdout']): void {
  const s = stream as CliIo['stdout'] & { on?: (event: 'error', listener: (err: NodeJS.ErrnoException) => void) => unknown; listenerCount?: (event: string) => number };
  if (typeof s.on !== 'function' || (s.listenerCount?.('error') ?? 0) > 0) return;
  s.on('error', (err) => {
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
  });
}

/**
 * Asked-for help and version exit 0; help shown because no command was given, and every other
 * commander error, is a usage error (exit 2, not commander's default 1, which means "data invalid").
 */
function commanderExit(err: CommanderError, ctx: CommandContext, json: boolean): ExitCode {
  if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return ExitCode.Ok;
  if (err.code !== 'commander.help') ctx.io.stderr.write(renderCommanderError(err, ctx));
  if (json) writeJsonError(ctx, err.code, commanderMessage(err, ctx), ExitCode.Usage);
  return ExitCode.Usage;
}
