import type { CliIo } from './io.js';

/** The commands that read a roll in byte ranges (cli/roll.ts without an observer). */
const RANGE_COMMANDS: ReadonlySet<string> = new Set(['hitung', 'validasi']);
/** Their options (and the global --lang) that take a value: that value is not an input. */
const TAKES_VALUE: ReadonlySet<string> = new Set(['-p', '--preset', '-c', '--config', '-o', '--out', '--dapil', '--delimiter', '--encoding', '--lingkup', '--lang']);

/**
 * hitung and validasi on a large file: its range workers start now, while the command's modules,
 * its config and the roll's first bytes are loaded (io/worker-pool.ts). The command line is read
 * before commander does, as a guess: a wrong one costs a thread start, never a different result.
 * Returns what ends the workers nobody took, or null when none were started.
 */
export async function startRangeWorkersEarly(argv: readonly string[], io: CliIo): Promise<(() => void) | null> {
  const words = operands(argv);
  if (words.length < 2 || !RANGE_COMMANDS.has(words[0]!)) return null;
  // Loaded only here: every other start (--version, kemas, a small roll) skips worker_threads.
  const pool = await import('../io/worker-pool.js');
  pool.startEarly(words.slice(1), io.cwd, pool.parallelFromEnv());
  return pool.endEarly;
}

/** The words that are not options nor option values, in order: the command, then its inputs. */
export function operands(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return [...out, ...argv.slice(i + 1)];
    if (TAKES_VALUE.has(a)) i++;
    else if (!a.startsWith('-') || a === '-') out.push(a);
  }
  return out;
}
