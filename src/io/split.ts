/**
 * Byte ranges of one uncompressed file for reading in parallel (perf-baseline §2e), cut without
 * reading what comes before the cut. Each cut is a guess at a record start near its target, made
 * from a few KiB around it (guessCut); the reader proves it afterwards: the range before a cut is
 * read exactly from the file's start, so it ends at a record start there, on the line the next
 * range is then numbered from, or the whole file is read again in one stream (parallel.ts).
 *
 * Counting the lines up to a cut (lineStarts) is a pass over the bytes before it: done only when a
 * later range cannot wait for the ranges before it to end (parallel.ts).
 */
import { open } from 'node:fs/promises';

export interface ByteRange {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
/** Bytes looked at after a target: a voter record is ~150 bytes, one with a quote every ~12 records. */
const WINDOW = 64 * 1024;
/** No line end this far after a target: the file is read in one stream. */
const MAX_LOOK = 16 * 1024 * 1024;
const CHUNK = 4 * 1024 * 1024;

/** The bytes each cut is looked for from, the first range `firstWeight` times as large as each other. */
export function splitTargets(size: number, from: number, parts: number, firstWeight = 1): number[] {
  const targets: number[] = [];
  const total = firstWeight + parts - 1;
  for (let i = 1; i < parts; i++) targets.push(Math.floor(from + ((size - from) * (firstWeight + i - 1)) / total));
  return targets;
}

/**
 * Where a record most likely starts in `bytes` (which begin at an unknown place in the file), or
 * -1 if `bytes` hold no line end. Outside quotes, `"` right after a delimiter or a line end and
 * followed by anything but a delimiter, a line end or another `"` can only open a quoted field:
 * inside one, a `"` is doubled or closes it (then a delimiter or a line end follows). From the
 * first such quote the quoting is known, and the first line end outside quotes after it ends a
 * record. With no such quote, the first line end is taken. Malformed quoting can fool this; the
 * reader then finds the range before the cut ending elsewhere, and reads the file in one stream.
 */
export function guessCut(bytes: Uint8Array, delimiter: number): number {
  const open = openingQuote(bytes, delimiter);
  if (open === -1) {
    const lf = bytes.indexOf(LF);
    return lf === -1 ? -1 : lf + 1;
  }
  let quoted = false;
  for (let i = open; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === QUOTE) quoted = !quoted;
    else if (b === LF && !quoted) return i + 1;
  }
  return -1;
}

function openingQuote(bytes: Uint8Array, delimiter: number): number {
  for (let q = bytes.indexOf(QUOTE, 1); q !== -1 && q + 1 < bytes.length; q = bytes.indexOf(QUOTE, q + 1)) {
    const before = bytes[q - 1];
    const after = bytes[q + 1];
    if ((before === delimiter || before === LF) && after !== delimiter && after !== LF && after !== CR && after !== QUOTE) return q;
  }
  return -1;
}

/**
 * The file's cuts for `parts` ranges of [from, size): each guessCut after its target, fewer when
 * two would coincide or a cut would leave nothing after it. Empty: read the file in one stream.
 */
export async function guessCuts(path: string, size: number, from: number, parts: number, delimiter: number, firstWeight = 1): Promise<number[]> {
  const fh = await open(path, 'r');
  const cuts: number[] = [];
  try {
    for (const target of splitTargets(size, from, parts, firstWeight)) {
      const cut = await cutAfter(fh, target, size, delimiter);
      if (cut > from && cut < size && (cuts.length === 0 || cut > cuts[cuts.length - 1]!)) cuts.push(cut);
    }
  } finally {
    await fh.close();
  }
  return cuts;
}

async function cutAfter(fh: Awaited<ReturnType<typeof open>>, target: number, size: number, delimiter: number): Promise<number> {
  // One byte before the target, so that a quote right at it can be seen as following a line end.
  const at = Math.max(0, target - 1);
  for (let look = WINDOW; look <= MAX_LOOK; look *= 4) {
    const buf = Buffer.allocUnsafe(Math.min(look, size - at));
    const { bytesRead } = await fh.read(buf, 0, buf.length, at);
    const cut = guessCut(buf.subarray(0, bytesRead), delimiter);
    if (cut !== -1) return at + cut;
    if (at + bytesRead >= size) return -1;
  }
  return -1;
}

/**
 * The physical line each cut starts on: 1 + the line ends (LF) before it, counted from the file's
 * start (a BOM holds none). `cuts` ascending.
 */
export async function lineStarts(path: string, cuts: readonly number[]): Promise<number[]> {
  const lines: number[] = [];
  if (cuts.length === 0) return lines;
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    let line = 1;
    let pos = 0;
    for (const cut of cuts) {
      while (pos < cut) {
        const { bytesRead } = await fh.read(buf, 0, Math.min(CHUNK, cut - pos), pos);
        if (bytesRead === 0) break;
        const chunk = buf.subarray(0, bytesRead);
        for (let l = chunk.indexOf(LF); l !== -1; l = chunk.indexOf(LF, l + 1)) line++;
        pos += bytesRead;
      }
      lines.push(line);
    }
  } finally {
    await fh.close();
  }
  return lines;
}
