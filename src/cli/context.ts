import type { ChalkInstance } from 'chalk';
import type { Lang } from '../core/types.js';
import type { CliIo } from './io.js';

/** What every command gets: the injected process, the language, and a colour function for stderr. */
export interface CommandContext {
  readonly io: CliIo;
  readonly lang: Lang;
  /** True when `--lang` was given: only then may data files (validasi.csv) be in English. */
  readonly langExplicit: boolean;
  readonly color: ChalkInstance;
}
