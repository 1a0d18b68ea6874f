/**
 * Rolls are sorted by TPS, so most columns (kode, kecamatan, kelurahan, tps, jenis_kelamin, …)
 * repeat the cell above. Decoding a cell costs ~60 ns; comparing its bytes with the previous cell
 * of the same column costs a few, so an equal cell reuses the previous string. Bytes are compared
 * from the end, where unique values (NIK, names) usually differ, so a miss is cheap too.
 *
 * The bytes are copied: the scanner reuses its buffers, so a reference would not keep them.
 */
export class RepeatCache {
  private bytes: Uint8Array;
  /** Column slot k's bytes are `bytes[k * width, k * width + lens[k])`. */
  private width = 64;
  private readonly lens: Int32Array;
  private readonly strings: string[];

  constructor(private readonly columns: number) {
    this.bytes = new Uint8Array(columns * this.width);
    this.lens = new Int32Array(columns).fill(-1);
    this.strings = new Array<string>(columns).fill('');
  }

  /** The string of the previous cell of column slot `k` when its bytes equal `buf[start, end)`. */
  get(k: number, buf: Uint8Array, start: number, end: number): string | undefined {
    const len = end - start;
    if (len !== this.lens[k]) return undefined;
    const prev = this.bytes;
    const p = k * this.width;
    for (let i = len - 1; i >= 0; i--) if (buf[start + i] !== prev[p + i]) return undefined;
    return this.strings[k];
  }

  /** Remembers a cell (cells longer than 256 bytes are not worth keeping: they rarely repeat). */
  set(k: number, buf: Uint8Array, start: number, end: number, value: string): void {
    const len = end - start;
    if (len > this.width) {
      if (len > 256) {
        this.lens[k] = -1;
        return;
      }
      this.widen(len);
    }
    // A loop, not bytes.set(buf.subarray(…)): a cell is a few dozen bytes, and a Buffer's subarray
    // makes a Buffer object each time (petakan, 1 M voters: ~0.3 s of making and collecting them).
    const bytes = this.bytes;
    const p = k * this.width;
    for (let i = 0; i < len; i++) bytes[p + i] = buf[start + i]!;
    this.lens[k] = len;
    this.strings[k] = value;
  }

  private widen(len: number): void {
    let width = this.width;
    while (width < len) width *= 2;
    const bytes = new Uint8Array(this.columns * width);
    for (let k = 0; k < this.columns; k++) {
      const n = this.lens[k]!;
      if (n > 0) bytes.set(this.bytes.subarray(k * this.width, k * this.width + n), k * width);
    }
    this.bytes = bytes;
    this.width = width;
  }
}
