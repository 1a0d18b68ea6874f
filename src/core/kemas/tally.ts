/** Amounts per item and variant: what one unit hands over, or what a whole file sums to. */
import { safeAdd } from '../compute/rounding.js';

export interface Amount {
  readonly kode: string;
  readonly varian: string;
  readonly jumlah: number;
}

const SEP = '\u0000';

export class Tally {
  private readonly amounts = new Map<string, number>();

  add(kode: string, varian: string, jumlah: number): void {
    const key = `${kode}${SEP}${varian}`;
    this.amounts.set(key, safeAdd(this.amounts.get(key) ?? 0, jumlah));
  }

  addAll(other: Tally): void {
    for (const a of other.entries()) this.add(a.kode, a.varian, a.jumlah);
  }

  get(kode: string, varian: string): number {
    return this.amounts.get(`${kode}${SEP}${varian}`) ?? 0;
  }

  /** Every item and variant with an amount above 0. */
  entries(): Amount[] {
    return [...this.amounts].flatMap(([key, jumlah]) => {
      if (jumlah === 0) return [];
      const at = key.indexOf(SEP);
      return [{ kode: key.slice(0, at), varian: key.slice(at + 1), jumlah }];
    });
  }
}
