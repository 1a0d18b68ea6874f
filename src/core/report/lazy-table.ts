/**
 * A table whose rows are made when they are read, for the lists that grow with the TPS (one row
 * per TPS and item: ~600,000 at 40,000 TPS, ~90 MB as arrays). Written as CSV, each row is made,
 * written and dropped (`each`); `rows` makes and keeps them all, for whoever needs the whole table
 * at once (the workbook, tests), and is then what `each` reads too.
 */
import type { Table } from './table.js';

type Row = ReadonlyArray<string | number>;

export class LazyTable implements Table {
  readonly columns: readonly string[];
  declare readonly rows: readonly Row[];
  #kept: readonly Row[] | null = null;
  readonly #make: () => Iterable<Row>;

  constructor(columns: readonly string[], make: () => Iterable<Row>) {
    this.columns = columns;
    this.#make = make;
    // An own, enumerable property like a plain table's, so that comparing two tables (toEqual,
    // a deep equal) compares their rows; the maker and the kept rows are private.
    Object.defineProperty(this, 'rows', { enumerable: true, get: () => (this.#kept ??= [...this.#make()]) });
  }

  /** The rows in order, made one at a time unless they were kept already. */
  each(): Iterable<Row> {
    return this.#kept ?? this.#make();
  }
}

/** A table's rows one at a time: made as they go for a LazyTable, the array itself otherwise. */
export function rowsOf(table: Table): Iterable<Row> {
  return table instanceof LazyTable ? table.each() : table.rows;
}
