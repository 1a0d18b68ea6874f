/** A manifest as data: the CSV writer in io turns it into bytes. Cells are text or whole numbers. */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<string | number>>;
}
