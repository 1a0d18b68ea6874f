import type { Row } from '../types.js';
import type { Origin } from './order.js';
import type { RowVerdict } from './verdict.js';

/**
 * An optional listener on the roll reader, for a command that needs the counted records
 * themselves and not only their per-TPS counts (`petakan` places each voter). Given to readRoll,
 * it makes the roll be read in one stream, never over worker threads; a clean voter record still
 * takes the byte-level fast way, which decodes for it only the cells it reads (io/fold.ts
 * OBSERVED_FIELDS). Without one the reader is exactly as before.
 *
 * What counted means is settled only once the whole roll is read: a record seen here may still be
 * rejected as a later duplicate (uncounted), and a file may be rejected whole (its stats then say
 * dihitung 0). The listener filters by both.
 */
export interface RowObserver {
  /** A file is about to be read (again, for a roll read twice): forget what an earlier read of it sent. */
  beginFile(file: string): void;
  /**
   * A record that passed its own checks and was counted so far. `row` is the reader's reused
   * array: copy what you need before returning. From the fast way, `row` holds only the NKK, RW,
   * RT and address (io/fold.ts OBSERVED_FIELDS).
   */
  counted(file: string, line: number, verdict: Pick<RowVerdict, 'kind' | 'key' | 'kelurahan'>, row: Row): void;
  /** Once the roll is finished: every record rejected as a later duplicate (replaces any earlier list). */
  uncounted(rows: readonly Origin[]): void;
}
