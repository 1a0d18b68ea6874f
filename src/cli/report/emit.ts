import type { CommandContext } from '../context.js';
import { reportStyle, type ReportStyle } from './style.js';

export interface EmitOptions {
  /** `--json`: this document is the command's output on stdout, and nothing else goes there. */
  readonly json: unknown;
  readonly quiet: boolean;
  /** Shown even with `--quiet` (errors, a failed check): what the user must act on. */
  readonly mustShow: boolean;
}

/**
 * The one path of a command's end-of-run report (contract, Options): the human report is the
 * command's output on stdout; with `--json` the document takes stdout and the human report goes
 * to stderr. `--quiet` keeps the human report for runs that need attention. Each stream gets its
 * own colour decision (`hitung … > log.txt` stays plain).
 */
export function emitReport(ctx: CommandContext, opts: EmitOptions, render: (s: ReportStyle) => string): void {
  const json = opts.json !== undefined && opts.json !== null;
  if (json) ctx.io.stdout.write(`${JSON.stringify(opts.json, null, 2)}\n`);
  if (opts.quiet && !opts.mustShow) return;
  const style = reportStyle(ctx, json ? 'stderr' : 'stdout');
  style.stream.write(render(style));
}
