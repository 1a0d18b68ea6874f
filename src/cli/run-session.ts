import { openRun, type InterruptHook, type InterruptOutcome, type Run } from '../io/commit.js';
import { t } from '../core/messages/index.js';
import type { CommandContext } from './context.js';

export interface CommandRunOptions {
  /** The command's name, as `perintah` in its ringkasan.json. */
  readonly command: string;
  /** Absolute paths of everything the command reads: files and folders. */
  readonly reads: readonly string[];
  /** Every name the command may write into `--out`, or must clear there (see openRun). */
  readonly names?: readonly string[];
}

/**
 * Opens the commit session of a command that writes `--out`, with what the CLI's process gives it:
 * the working folder, the file system (a test may inject one), the signals, and a note on stderr
 * when an earlier run had been killed mid-way. Every command that writes goes through here.
 */
export async function openCommandRun(ctx: CommandContext, out: string, opts: CommandRunOptions): Promise<Run> {
  const interrupts = signalHook(ctx, out);
  const run = await openRun(out, {
    ...opts,
    cwd: ctx.io.cwd,
    ...(ctx.io.outputFs ? { fs: ctx.io.outputFs } : {}),
    ...(interrupts ? { interrupts } : {}),
  });
  for (const r of run.recovered) {
    ctx.io.stderr.write(`${ctx.color.yellow(t(ctx.lang, r.kind === 'completed' ? 'commit.recovered-completed' : 'commit.recovered-discarded', { out }))}\n`);
  }
  return run;
}

/** 128 + the signal's number: what a shell reports for a process the signal stopped. */
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

const OUTCOME_KEYS: Record<InterruptOutcome, string> = { aborted: 'interrupt.aborted', committed: 'interrupt.committed', idle: 'interrupt.aborted' };

/**
 * SIGINT/SIGTERM while a run is open: the run stops (staging removed, or a begun commit finished),
 * a line says what became of `--out`, and the process exits 130/143. The handlers are there only
 * while a run is open; outside one, a signal stops the process as it always does. A second signal
 * during the clean-up is ignored: the clean-up is short, and stopping it half-way would leave the
 * mess it is removing.
 */
function signalHook(ctx: CommandContext, out: string): InterruptHook | undefined {
  const signals = ctx.io.signals;
  if (!signals) return undefined;
  return {
    register(stop) {
      let stopping = false;
      const installed = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
        const listener = (): void => {
          if (stopping) return;
          stopping = true;
          void stop()
            .then(
              (outcome) => ctx.io.stderr.write(`${t(ctx.lang, OUTCOME_KEYS[outcome], { signal, out })}\n`),
              () => ctx.io.stderr.write(`${t(ctx.lang, 'interrupt.failed', { signal, out })}\n`),
            )
            .finally(() => signals.exit(EXIT_CODES[signal]));
        };
        signals.on(signal, listener);
        return { signal, listener };
      });
      return () => {
        if (stopping) return;
        for (const { signal, listener } of installed) signals.off(signal, listener);
      };
    },
  };
}
