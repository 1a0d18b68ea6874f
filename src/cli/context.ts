import type { ChalkInstance } from 'chalk';
import type { Lang } from '../core/types.js';
import type { CliIo } from './io.js';

/** What every command gets: the injected process, the language, and a colour function per stream. */
export interface CommandContext {
  readonly io: CliIo;
  readonly lang: Lang;
  /** True when `--lang` was given: only then may data files (validasi.csv) be in English. */
  readonly langExplicit: boolean;
  /** Colour for stderr (messages, summary). */
  readonly color: ChalkInstance;
  /** Colour for stdout, decided from stdout's own terminal (`banding a b > beda.txt` stays plain). */
  readonly colorOut: ChalkInstance;
}
