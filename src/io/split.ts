/**
 * Byte ranges of one uncompressed file for reading in parallel (perf-baseline §2e). Each split
 * point is the byte after an LF preceded by an even number of `"` bytes since the start of the
 * file: the start of a record in an RFC 4180 file, with the physical line it starts on. The count
 * can be fooled only by malformed quoting (a stray `"` inside an unquoted field), which the reader
 * notices afterwards: a range that does not end at a record start, or whose end line differs from
 * the next range's first line, makes the whole file be read again in one stream.
 */
import { open } from 'node:fs/promises';

export interface ByteRange {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /** Physical line of the first byte. */
  readonly firstLine: number;
}

const LF = 0x0a;
const QUOTE = 0x22;
const CHUNK = 4 * 1024 * 1024;

/**
 * The bytes the split points are looked for from: each cut is the first record start at or after
 * its target, so a range never ends before its target (a reader may start the first range up to
 * its target before the cut is known).
 */
export function splitTargets(size: number, from: number, parts: number, firstWeight = 1): number[] {
  const targets: number[] = [];
  const total = firstWeight + parts - 1;
  for (let i = 1; i < parts; i++) targets.push(Math.floor(from + ((size - from) * (firstWeight + i - 1)) / total));
  return targets;
}

/**
 * `parts` ranges covering [from, size), the first `firstWeight` times as large as each of the
 * others; fewer when a split point would fall where another already is. `from` must be a record
 * start on line `fromLine`.
 */
export async function splitRanges(
  path: string, size: number, from: number, fromLine: number, parts: number, firstWeight = 1,
): Promise<ByteRange[]> {
  const targets = splitTargets(size, from, parts, firstWeight);
  const fh = await open(path, 'r');
  const buf = Buffer.allocUnsafe(CHUNK);
  const cuts: { at: number; line: number }[] = [];
  try {
    let pos = from;
    let line = fromLine;
    let odd = false;
    let t = 0;
    let seeking = false;
    while (pos < size && t < targets.length) {
      const { bytesRead } = await fh.read(buf, 0, Math.min(CHUNK, size - pos), pos);
      if (bytesRead === 0) break;
      const chunk = buf.subarray(0, bytesRead);
      let i = 0;
      while (i < bytesRead && t < targets.length) {
        const target = targets[t]! - pos;
        if (!seeking) {
          // Count up to the target: LFs for the line number, quotes for the parity.
          const stop = Math.min(bytesRead, Math.max(target, i));
          for (let q = chunk.indexOf(QUOTE, i); q !== -1 && q < stop; q = chunk.indexOf(QUOTE, q + 1)) odd = !odd;
          for (let l = chunk.indexOf(LF, i); l !== -1 && l < stop; l = chunk.indexOf(LF, l + 1)) line++;
          i = stop;
          if (i === target || target < i) seeking = true;
          continue;
        }
        // Past the target: the first LF with an even quote count before it.
        const l = chunk.indexOf(LF, i);
        const q = chunk.indexOf(QUOTE, i);
        if (q !== -1 && (l === -1 || q < l)) {
          odd = !odd;
          i = q + 1;
          continue;
        }
        if (l === -1) {
          i = bytesRead;
          continue;
        }
        line++;
        i = l + 1;
        if (odd) continue;
        const at = pos + i;
        if (at < size && (cuts.length === 0 || at > cuts[cuts.length - 1]!.at)) cuts.push({ at, line });
        t++;
        seeking = false;
        // Later targets already passed are dropped (their range would be empty).
        while (t < targets.length && targets[t]! < at) t++;
      }
      pos += bytesRead;
    }
  } finally {
    await fh.close();
  }
  const ranges: ByteRange[] = [];
  let start = from;
  let firstLine = fromLine;
  for (const cut of cuts) {
    ranges.push({ start, end: cut.at, firstLine });
    start = cut.at;
    firstLine = cut.line;
  }
  ranges.push({ start, end: size, firstLine });
  return ranges;
}
