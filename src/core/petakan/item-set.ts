/**
 * The old TPS not yet placed during the exact search, as membership flags plus a number key
 * (Σ 2^i over members) for the search's memo. Exact up to 52 items; the search stops at
 * EXACT_LIMIT (pack.ts), well below.
 */
export const MAX_ITEMS = 52;

export class ItemSet {
  readonly has: boolean[];
  key = 0;
  size = 0;
  sum = 0;

  constructor(readonly sizes: readonly number[]) {
    if (sizes.length > MAX_ITEMS) throw new RangeError(`ItemSet: ${sizes.length} items, at most ${MAX_ITEMS}`);
    this.has = sizes.map(() => true);
    for (let i = 0; i < sizes.length; i++) {
      this.key += 2 ** i;
      this.sum += sizes[i]!;
    }
    this.size = sizes.length;
  }

  remove(i: number): void {
    this.has[i] = false;
    this.key -= 2 ** i;
    this.size--;
    this.sum -= this.sizes[i]!;
  }

  add(i: number): void {
    this.has[i] = true;
    this.key += 2 ** i;
    this.size++;
    this.sum += this.sizes[i]!;
  }

  /** Member sizes, for the lower bounds. */
  memberSizes(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.sizes.length; i++) if (this.has[i]) out.push(this.sizes[i]!);
    return out;
  }
}
