/** A growable list of 32-bit integers: a voter-level roll keeps several per counted voter. */
export class IntList {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  at(i: number): number {
    return this.data[i]!;
  }
}

/** Strings kept once each, as small numbers (addresses, RT/RW and names repeat across a roll). */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}

/**
 * An Interner for one column of a roll, with the last cell it was given in front: consecutive
 * records are mostly one family, one RT, one TPS, so most cells equal the one above, and a string
 * compare is far cheaper than hashing the fresh cell the reader made. `norm` turns a cell into the
 * value interned (the same cell always gives the same value).
 */
export class ColumnInterner {
  private last: string | undefined = undefined;
  private lastId = -1;

  constructor(
    private readonly into: Interner,
    private readonly norm: (raw: string | undefined) => string,
  ) {}

  id(raw: string | undefined): number {
    if (raw === this.last && this.lastId >= 0) return this.lastId;
    this.last = raw;
    this.lastId = this.into.id(this.norm(raw));
    return this.lastId;
  }
}
