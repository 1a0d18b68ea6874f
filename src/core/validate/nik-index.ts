import { compareOrigin, type Origin } from './order.js';

/** Where a counted voter row is, and the TPS it was counted in (so that it can be uncounted). */
export interface NikOrigin extends Origin {
  readonly key: string;
}

/**
 * The set of NIKs seen in a roll, each with its first occurrence in (file, line) order. Kept behind
 * this interface because a JS Map holds at most 2^24 = 16,777,216 entries (V8 throws
 * `RangeError` beyond that) and costs ~60 bytes per NIK: fine for a province of 16 M voters, not for
 * the 205 M national roll, which needs an off-heap open-addressing table (docs/perf-baseline §3).
 */
export interface NikIndex {
  /**
   * Records `origin` for `nik`. Returns null when the NIK is new; otherwise the origin stored until
   * now, and the index keeps whichever of the two comes first, so the result of a series of inserts
   * does not depend on their order.
   */
  insert(nik: string, origin: NikOrigin): NikOrigin | null;
  get(nik: string): NikOrigin | undefined;
  forEach(visit: (origin: NikOrigin, nik: string) => void): void;
  readonly size: number;
}

export class MapNikIndex implements NikIndex {
  private readonly map = new Map<string, NikOrigin>();

  insert(nik: string, origin: NikOrigin): NikOrigin | null {
    const previous = this.map.get(nik);
    if (previous === undefined) {
      this.map.set(nik, origin);
      return null;
    }
    if (compareOrigin(origin, previous) < 0) this.map.set(nik, origin);
    return previous;
  }

  get(nik: string): NikOrigin | undefined {
    return this.map.get(nik);
  }

  forEach(visit: (origin: NikOrigin, nik: string) => void): void {
    this.map.forEach(visit);
  }

  get size(): number {
    return this.map.size;
  }
}
