/**
 * NKK → family number, without a string per family. A 16-digit NKK is two 8-digit halves in an
 * open-addressing table of u32 pairs, and only what its masked form shows (the first six and the
 * last four digits) is kept, as numbers: at 1 M voters a Map of NKK strings and a masked string
 * per family were ~40 MiB of heap at the peak of the read. An NKK of another length (a warning;
 * the record still counts) goes to a Map. Numbers are given in order of first appearance.
 *
 * release() drops the lookup (the NKKs in clear); the masked forms stay for messages.
 */
import { maskNik } from '../echo.js';

const EMPTY = -1;
export const NOT_16_DIGITS = -2;

export class FamilyTable {
  private hi = new Uint32Array(1 << 12);
  private lo = new Uint32Array(1 << 12);
  private slot = new Int32Array(1 << 12).fill(EMPTY);
  private used = 0;
  private odd: Map<string, number> | null = new Map();
  /** Per family: its first six digits, its last four, or -1 and the masked text in `oddMask`. */
  private head = new Int32Array(1024);
  private tail = new Int16Array(1024);
  private readonly oddMask = new Map<number, string>();
  count = 0;

  /** The family number of a trimmed NKK cell of 16 digits, or NOT_16_DIGITS (then see other()). */
  digits(text: string): number {
    if (text.length !== 16) return NOT_16_DIGITS;
    const hi = digits8(text, 0);
    const lo = hi < 0 ? -1 : digits8(text, 8);
    return lo < 0 ? NOT_16_DIGITS : this.numeric(hi, lo);
  }

  /** The family number of a trimmed, non-empty, unmasked NKK cell that is not 16 digits. */
  other(text: string): number {
    const odd = this.odd;
    if (odd === null) throw new Error('FamilyTable: an NKK after release');
    let id = odd.get(text);
    if (id === undefined) {
      id = this.add(-1, 0);
      odd.set(text, id);
      this.oddMask.set(id, maskNik(text));
    }
    return id;
  }

  /** The NKK of a family as messages show it (`167401******0001`). */
  mask(id: number): string {
    const head = this.head[id]!;
    if (head < 0) return this.oddMask.get(id) ?? '';
    return `${String(head).padStart(6, '0')}******${String(this.tail[id]!).padStart(4, '0')}`;
  }

  /** Drops the NKKs in clear: no family number can be asked for after. */
  release(): void {
    this.hi = new Uint32Array(0);
    this.lo = new Uint32Array(0);
    this.slot = new Int32Array(0);
    this.odd = null;
  }

  private numeric(hi: number, lo: number): number {
    if (this.slot.length === 0) throw new Error('FamilyTable: an NKK after release');
    const mask = this.slot.length - 1;
    let i = hash(hi, lo) & mask;
    for (;;) {
      const id = this.slot[i]!;
      if (id === EMPTY) break;
      if (this.hi[i] === hi && this.lo[i] === lo) return id;
      i = (i + 1) & mask;
    }
    const id = this.add((hi / 100) | 0, lo % 10_000);
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.slot[i] = id;
    if (++this.used * 2 > this.slot.length) this.grow();
    return id;
  }

  private add(head: number, tail: number): number {
    if (this.count === this.head.length) {
      const h = new Int32Array(this.count * 2);
      h.set(this.head);
      this.head = h;
      const t = new Int16Array(this.count * 2);
      t.set(this.tail);
      this.tail = t;
    }
    this.head[this.count] = head;
    this.tail[this.count] = tail;
    return this.count++;
  }

  private grow(): void {
    const { hi, lo, slot } = this;
    const size = slot.length * 2;
    this.hi = new Uint32Array(size);
    this.lo = new Uint32Array(size);
    this.slot = new Int32Array(size).fill(EMPTY);
    const mask = size - 1;
    for (let j = 0; j < slot.length; j++) {
      if (slot[j] === EMPTY) continue;
      let i = hash(hi[j]!, lo[j]!) & mask;
      while (this.slot[i] !== EMPTY) i = (i + 1) & mask;
      this.hi[i] = hi[j]!;
      this.lo[i] = lo[j]!;
      this.slot[i] = slot[j]!;
    }
  }
}

/** Eight ASCII digits at `at` as a number, or -1. */
function digits8(s: string, at: number): number {
  let n = 0;
  for (let i = at; i < at + 8; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function hash(hi: number, lo: number): number {
  const h = Math.imul(hi ^ Math.imul(lo, 0x9e3779b1), 0x85ebca6b);
  return (h ^ (h >>> 15)) >>> 0;
}
