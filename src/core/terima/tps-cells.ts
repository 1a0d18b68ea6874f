/**
 * A flat index per (TPS, item), for sums kept in typed arrays rather than in a Map of joined
 * string keys: with `--tps` there is one per TPS and item (~600,000 at 40,000 TPS), and the keys
 * and their objects were most of terima's time in the garbage collector (issue 16.4).
 */
export class TpsItemCells {
  /** How many cells: TPS × items. */
  readonly size: number;
  private readonly items: ReadonlyMap<string, number>;

  constructor(
    private readonly tpsCount: number,
    items: readonly string[],
  ) {
    this.items = new Map(items.map((kode, i) => [kode, i]));
    this.size = tpsCount * items.length;
  }

  /** The cell of the TPS at `tps` in the list and the item `kode`; -1 for one outside them. */
  at(tps: number, kode: string): number {
    const item = this.items.get(kode);
    if (item === undefined || !Number.isInteger(tps) || tps < 0 || tps >= this.tpsCount) return -1;
    return tps * this.items.size + item;
  }
}
