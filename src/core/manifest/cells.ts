/**
 * Strict cells of files the tool wrote itself. A manifest is read only to be compared or to drive
 * the next step, so nothing is guessed: a number is a whole number ≥ 0 written as the writer writes
 * it, a header is exactly the one the config gives, a key appears once. Anything else stops the
 * command with exit 3 naming the file, line and column (issue 9.6: never a wrong comparison).
 */
import { InputError } from '../../errors.js';
import type { CsvCells } from './types.js';

/** Longest cell text a message quotes; the rest is cut (a damaged file can hold megabytes in one cell). */
const QUOTE_MAX = 40;

function quoted(cell: string): string {
  return cell.length > QUOTE_MAX ? `${cell.slice(0, QUOTE_MAX)}…` : cell;
}

/** A whole number ≥ 0 as the CSV writer writes it (`0`, `17`; never `017`, `1e3`, `1.0`, `-1`). */
export function wholeNumber(cell: string, berkas: string, baris: number, kolom: string): number {
  if (/^(0|[1-9][0-9]*)$/.test(cell)) {
    const n = Number(cell);
    if (Number.isSafeInteger(n)) return n;
  }
  const where = { berkas, baris, kolom, nilai: quoted(cell) };
  if (/^-\s*[0-9]/.test(cell)) throw new InputError('manifest-negative', where);
  if (/^[0-9]*[.,][0-9]+$/.test(cell)) throw new InputError('manifest-fraction', where);
  throw new InputError('manifest-not-number', where);
}

/** The header must be exactly the expected one: a missing, unknown or moved column is named. */
export function checkHeader(file: CsvCells, expected: readonly string[]): void {
  const have = new Set(file.header);
  const want = new Set(expected);
  const missing = expected.find((c) => !have.has(c));
  if (missing !== undefined) throw new InputError('manifest-missing-column', { berkas: file.berkas, kolom: missing });
  const extra = file.header.find((c) => !want.has(c));
  if (extra !== undefined) throw new InputError('manifest-unknown-column', { berkas: file.berkas, kolom: quoted(extra) });
  const seen = new Set<string>();
  const twice = file.header.find((c) => (seen.has(c) ? true : (seen.add(c), false)));
  if (twice !== undefined) throw new InputError('manifest-duplicate-column', { berkas: file.berkas, kolom: twice });
  const moved = expected.findIndex((c, i) => file.header[i] !== c);
  if (moved >= 0) throw new InputError('manifest-column-order', { berkas: file.berkas, kolom: expected[moved] ?? '', posisi: moved + 1 });
}

/** Remembers each key's first line; a second occurrence is `manifest-duplicate-row`. */
export class KeyLines {
  private readonly first = new Map<string, number>();

  constructor(private readonly berkas: string) {}

  add(key: string, shown: string, baris: number): void {
    const earlier = this.first.get(key);
    if (earlier !== undefined) throw new InputError('manifest-duplicate-row', { berkas: this.berkas, baris, kunci: quoted(shown), pertama: earlier });
    this.first.set(key, baris);
  }
}
