/**
 * Rolls are sorted by TPS, so most columns (kode, kecamatan, kelurahan, tps, jenis_kelamin, …)
 * repeat the cell above. Decoding a cell costs ~60 ns; comparing its bytes with the previous cell
 * of the same column costs a few, so an equal cell reuses the previous string. Bytes are compared
 * from the end, where unique values (NIK, names) usually differ, so a miss is cheap too.
 */
const EMPTY = Buffer.alloc(0);

export class RepeatCache {
  private readonly bufs: Buffer[];
  private readonly starts: Int32Array;
  private readonly lens: Int32Array;
  private readonly strings: string[];

  constructor(columns: number) {
    this.bufs = new Array<Buffer>(columns).fill(EMPTY);
    this.starts = new Int32Array(columns);
    this.lens = new Int32Array(columns).fill(-1);
    this.strings = new Array<string>(columns).fill('');
  }

  /** The string of the previous cell of column slot `k` when its bytes equal `buf[start, end)`. */
  get(k: number, buf: Buffer, start: number, end: number): string | undefined {
    const len = end - start;
    if (len !== this.lens[k]) return undefined;
    const prev = this.bufs[k]!;
    const p = this.starts[k]!;
    for (let i = len - 1; i >= 0; i--) if (buf[start + i] !== prev[p + i]) return undefined;
    return this.strings[k];
  }

  /** Remembers a cell; keeps a reference to `buf` (chunks are never written to after scanning). */
  set(k: number, buf: Buffer, start: number, end: number, value: string): void {
    this.bufs[k] = buf;
    this.starts[k] = start;
    this.lens[k] = end - start;
    this.strings[k] = value;
  }
}
