import type { ReportStyle } from './style.js';

/**
 * The last line of a report, saying what happened to the files: green when all is well, yellow
 * when written with a caveat, red when nothing (or not everything) was written. The words carry
 * the meaning; colour only helps the eye.
 */
export function outcome(s: ReportStyle, kind: 'ok' | 'warn' | 'fail' | 'plain', text: string): string {
  if (kind === 'ok') return s.c.green(text);
  if (kind === 'warn') return s.c.yellow(text);
  if (kind === 'fail') return s.c.red(text);
  return text;
}
