/**
 * Text decoding of the scanned bytes: BOM, encoding detection (UTF-8, else Windows-1252) and the
 * per-field decoder used on the hot path.
 */
import { isUtf8 } from 'node:buffer';

export type Encoding = 'utf-8' | 'windows-1252';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const CP1252 = new TextDecoder('windows-1252');
/**
 * `toString(enc, start, end)` checks its arguments and looks the encoding up on every call; the
 * slicers it ends in are ~10 % of the read time on a large roll. They are undocumented, so the
 * public method stays the fallback.
 */
interface FastSlices {
  utf8Slice?: (start: number, end: number) => string;
  latin1Slice?: (start: number, end: number) => string;
}
const PROTO = Buffer.prototype as FastSlices;
const utf8 =
  typeof PROTO.utf8Slice === 'function'
    ? (buf: Buffer, start: number, end: number): string => (buf as FastSlices).utf8Slice!(start, end)
    : (buf: Buffer, start: number, end: number): string => buf.toString('utf8', start, end);
const latin1 =
  typeof PROTO.latin1Slice === 'function'
    ? (buf: Buffer, start: number, end: number): string => (buf as FastSlices).latin1Slice!(start, end)
    : (buf: Buffer, start: number, end: number): string => buf.toString('latin1', start, end);

/** Characters where Windows-1252 and Latin-1 disagree (0x80–0x9F). */
const C1 = /[\x80-\x9f]/;

export function hasBom(bytes: Buffer): boolean {
  return bytes.length >= 3 && bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
}

/** NUL bytes do not occur in text exports; they mean a spreadsheet, an archive or UTF-16. */
export function looksBinary(sample: Buffer): boolean {
  return sample.subarray(0, 64 * 1024).includes(0);
}

export interface EncodingGuess {
  readonly encoding: Encoding;
  /**
   * True when the sample was plain ASCII, so nothing was decided yet: the first field that is not
   * valid UTF-8 switches the file to Windows-1252 (its earlier fields were ASCII, so they decode the
   * same either way).
   */
  readonly tentative: boolean;
}

/** `sample` starts after the BOM; `complete` is true when it is the whole input. */
export function detectEncoding(sample: Buffer, hadBom: boolean, complete: boolean, forced?: Encoding): EncodingGuess {
  if (forced !== undefined) return { encoding: forced, tentative: false };
  if (hadBom) return { encoding: 'utf-8', tentative: false };
  let ascii = true;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i]! >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return { encoding: 'utf-8', tentative: true };
  // A sample cut mid-stream may end inside a multi-byte character: judge whole lines only.
  const end = complete ? sample.length : sample.lastIndexOf(0x0a) + 1;
  return { encoding: isUtf8(sample.subarray(0, end)) ? 'utf-8' : 'windows-1252', tentative: false };
}

/** Decodes field bytes; remembers the first field that was not valid UTF-8 in a UTF-8 file. */
export class FieldDecoder {
  private enc: Encoding;
  private tentative: boolean;
  /** Set once, when a field of a UTF-8 file held invalid bytes (decoded with U+FFFD). */
  invalidUtf8 = false;

  constructor(guess: EncodingGuess) {
    this.enc = guess.encoding;
    this.tentative = guess.tentative;
  }

  get encoding(): Encoding {
    return this.enc;
  }

  /** Still undecided (only ASCII decoded so far, no BOM, nothing forced). */
  get isTentative(): boolean {
    return this.tentative;
  }

  decode(buf: Buffer, start: number, end: number, escaped: number): string {
    let s: string;
    if (this.enc === 'windows-1252') {
      s = this.cp1252(buf, start, end);
    } else {
      s = utf8(buf, start, end);
      // Shorter than its bytes: multi-byte characters; U+FFFD: maybe invalid bytes.
      if (s.length !== end - start || s.includes('\uFFFD')) s = this.checkUtf8(s, buf, start, end);
    }
    return escaped === 1 ? s.replaceAll('""', '"') : s;
  }

  private checkUtf8(s: string, buf: Buffer, start: number, end: number): string {
    if (!s.includes('\uFFFD') || isUtf8(buf.subarray(start, end))) {
      this.tentative = false;
      return s;
    }
    if (this.tentative) {
      this.tentative = false;
      this.enc = 'windows-1252';
      return this.cp1252(buf, start, end);
    }
    this.invalidUtf8 = true;
    return s;
  }

  private cp1252(buf: Buffer, start: number, end: number): string {
    const s = latin1(buf, start, end);
    return C1.test(s) ? CP1252.decode(buf.subarray(start, end)) : s;
  }
}
