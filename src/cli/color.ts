import { Chalk, type ChalkInstance } from 'chalk';
import type { OutStream } from './io.js';

/**
 * Colour level for one stream, decided once. chalk does not read NO_COLOR (chalk/chalk#547) and
 * sniffs process.argv, so we decide ourselves: --no-color, then a non-empty NO_COLOR, then
 * FORCE_COLOR, then TERM=dumb, then whether the stream is a terminal.
 */
export function colorLevel(stream: OutStream, env: Readonly<Record<string, string | undefined>>, noColorFlag: boolean): 0 | 1 | 2 | 3 {
  if (noColorFlag) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2' || force === '3') return Number(force) as 2 | 3;
    return 1;
  }
  if (env.TERM === 'dumb') return 0;
  return stream.isTTY ? 1 : 0;
}

export function makeChalk(stream: OutStream, env: Readonly<Record<string, string | undefined>>, noColorFlag: boolean): ChalkInstance {
  return new Chalk({ level: colorLevel(stream, env, noColorFlag) });
}
