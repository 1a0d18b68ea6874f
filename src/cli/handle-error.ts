import { LogistikError, ExitCode, ResourceError } from '../errors.js';
import { t } from '../core/messages/index.js';
import type { CommandContext } from './context.js';
import { VERSI_FORMAT } from '../core/report/ringkasan.js';

/**
 * The one place where failures become exit codes and messages. Typed errors carry their code and
 * a catalogue key; anything else is a bug: a short apology, the stack only with --debug.
 */
export function handleError(thrown: unknown, ctx: CommandContext, debug: boolean, json: boolean): ExitCode {
  const { lang, color: c, io } = ctx;
  const err = outOfMemory(thrown) ? new ResourceError('error.memory.buffer', {}, String(thrown)) : thrown;
  if (err instanceof LogistikError) {
    const message = messageOf(err, ctx);
    io.stderr.write(`${c.red(t(lang, 'error.prefix'))}: ${message}\n`);
    if (debug && err.stack) io.stderr.write(`${err.stack}\n`);
    if (json) writeJsonError(ctx, err.key, message, err.exitCode);
    return err.exitCode;
  }
  io.stderr.write(`${c.red(t(lang, 'error.prefix'))}: ${t(lang, 'error.internal')}\n`);
  if (debug) io.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  if (json) writeJsonError(ctx, 'internal', t(lang, 'error.internal'), ExitCode.Internal);
  return ExitCode.Internal;
}

/**
 * With --json, stdout holds one JSON document whatever happens, so a CI job piping it into jq gets
 * a document that says why the run stopped instead of empty input.
 */
export function writeJsonError(ctx: CommandContext, kode: string, pesan: string, exitCode: ExitCode): void {
  ctx.io.stdout.write(`${JSON.stringify({ versi_format: VERSI_FORMAT, galat: { kode, pesan, kode_keluar: exitCode } }, null, 2)}\n`);
}

function messageOf(err: LogistikError, ctx: CommandContext): string {
  try {
    return t(ctx.lang, err.key, err.params);
  } catch {
    // A key missing from the catalogue must not turn a clear failure into a crash.
    return err.message;
  }
}

/**
 * Memory outside V8's heap (typed arrays: the NIK table, issue buffers) that the system would not
 * give: V8 throws a RangeError, which is the machine's limit, not a bug (see io/memory-guard.ts).
 */
function outOfMemory(err: unknown): boolean {
  return err instanceof RangeError && /Array buffer allocation failed/.test(err.message);
}
