import type { ChalkInstance } from 'chalk';
import { formatNumber } from '../../core/messages/index.js';
import type { Lang } from '../../core/types.js';
import type { CommandContext } from '../context.js';
import type { OutStream } from '../io.js';

/**
 * What every piece of a report needs: the language, the colour of the stream it goes to, and the
 * screen's number format (`1.234.567`, `1,234,567`). Data files never go through this.
 */
export interface ReportStyle {
  readonly lang: Lang;
  readonly c: ChalkInstance;
  readonly stream: OutStream;
  /** A whole number grouped for the screen. */
  num(n: number): string;
}

/** The style of the report on stdout (its normal place) or stderr (beside `--json`). */
export function reportStyle(ctx: CommandContext, to: 'stdout' | 'stderr'): ReportStyle {
  const lang = ctx.lang;
  return {
    lang,
    c: to === 'stdout' ? ctx.colorOut : ctx.color,
    stream: to === 'stdout' ? ctx.io.stdout : ctx.io.stderr,
    num: (n) => formatNumber(n, lang),
  };
}
