import { LogistikError, ExitCode } from '../errors.js';
import { t } from '../core/messages/index.js';
import type { CommandContext } from './context.js';

/**
 * The one place where failures become exit codes and messages. Typed errors carry their code and
 * a catalogue key; anything else is a bug: a short apology, the stack only with --debug.
 */
export function handleError(err: unknown, ctx: CommandContext, debug: boolean): ExitCode {
  const { lang, color: c, io } = ctx;
  if (err instanceof LogistikError) {
    io.stderr.write(`${c.red(t(lang, 'error.prefix'))}: ${messageOf(err, ctx)}\n`);
    if (debug && err.stack) io.stderr.write(`${err.stack}\n`);
    return err.exitCode;
  }
  io.stderr.write(`${c.red(t(lang, 'error.prefix'))}: ${t(lang, 'error.internal')}\n`);
  if (debug) io.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  return ExitCode.Internal;
}

function messageOf(err: LogistikError, ctx: CommandContext): string {
  try {
    return t(ctx.lang, err.key, err.params);
  } catch {
    // A key missing from the catalogue must not turn a clear failure into a crash.
    return err.message;
  }
}
