/** Amounts per item and variant: what one unit hands over, or what a whole file sums to. */
import { safeAdd } from '../compute/rounding.js';

export interface Amount {
  readonly kode: string;
  readonly varian: string;
  readonly jumlah: number;
}

/**
 * Found by item (and by variant, for the items that have one), with no key string made per call:
 * kemas adds ~8 M amounts at 40,000 TPS, and a `kode\0varian` string each time (made, hashed,
 * dropped) was ~0.4 s of it. Most items have no variant: they take one map entry, not a map of
 * their own (a map per item cost kemas ~45 MiB at 40,000 TPS, where it keeps a tally per TPS).
 * The pairs are listed in the order of their first add, as one map keyed by both would list them.
 */
export class Tally {
  /** Slot of each item's amount without a variant. */
  private readonly plain = new Map<string, number>();
  /** Slot of each item's amount per variant, for the items that have one. */
  private readonly varied = new Map<string, Map<string, number>>();
  private readonly kodes: string[] = [];
  private readonly varians: string[] = [];
  private readonly amounts: number[] = [];

  add(kode: string, varian: string, jumlah: number): void {
    const slot = this.slot(kode, varian);
    if (slot !== undefined) {
      this.amounts[slot] = safeAdd(this.amounts[slot]!, jumlah);
      return;
    }
    const added = this.amounts.length;
    if (varian === '') this.plain.set(kode, added);
    else {
      let byVarian = this.varied.get(kode);
      if (byVarian === undefined) {
        byVarian = new Map();
        this.varied.set(kode, byVarian);
      }
      byVarian.set(varian, added);
    }
    this.kodes.push(kode);
    this.varians.push(varian);
    this.amounts.push(safeAdd(0, jumlah));
  }

  addAll(other: Tally): void {
    for (const a of other.entries()) this.add(a.kode, a.varian, a.jumlah);
  }

  get(kode: string, varian: string): number {
    const slot = this.slot(kode, varian);
    return slot === undefined ? 0 : this.amounts[slot]!;
  }

  /** Every item and variant with an amount above 0. */
  entries(): Amount[] {
    const out: Amount[] = [];
    for (let i = 0; i < this.amounts.length; i++) {
      const jumlah = this.amounts[i]!;
      if (jumlah !== 0) out.push({ kode: this.kodes[i]!, varian: this.varians[i]!, jumlah });
    }
    return out;
  }

  private slot(kode: string, varian: string): number | undefined {
    return varian === '' ? this.plain.get(kode) : this.varied.get(kode)?.get(varian);
  }
}
