/**
 * Text decoding of the scanned bytes: BOM, encoding detection (UTF-8, else Windows-1252) and the
 * per-field decoder used on the hot path.
 */
import { isAscii, isUtf8 } from 'node:buffer';

export type Encoding = 'utf-8' | 'windows-1252';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
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
const C1_ALL = /[\x80-\x9f]/g;
/** A byte that can only be the lead of a multi-byte UTF-8 character, read as Latin-1, then a continuation byte. */
const UTF8_PAIR = /[\xc2-\xf4][\x80-\xbf]/;

/**
 * Windows-1252 at 0x80–0x9F, by hand: Node 20's TextDecoder('windows-1252') decodes these bytes
 * as Latin-1 control characters (U+0080–U+009F), so `’` (0x92) would become an invisible U+0092
 * (test/io/decode.test.ts shows it). The five bytes Windows-1252 leaves undefined keep their C1
 * code point, as the WHATWG Encoding Standard maps them.
 */
const CP1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
].map((cp) => String.fromCharCode(cp));

/** Latin-1 text (one character per byte) as Windows-1252. */
export function latin1ToCp1252(s: string): string {
  return C1.test(s) ? s.replace(C1_ALL, (ch) => CP1252_C1[ch.charCodeAt(0) - 0x80]!) : s;
}

export function hasBom(bytes: Buffer): boolean {
  return bytes.length >= 3 && bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
}

export interface EncodingGuess {
  readonly encoding: Encoding;
  /**
   * True when the sample was plain ASCII, so nothing was decided yet: the first field that is not
   * valid UTF-8 switches the file to Windows-1252 (its earlier fields were ASCII, so they decode the
   * same either way).
   */
  readonly tentative: boolean;
  /** Given by `--encoding`: every cell is decoded so, with no per-cell judgement. */
  readonly forced?: boolean;
}

/** `sample` starts after the BOM; `complete` is true when it is the whole input. */
export function detectEncoding(sample: Buffer, hadBom: boolean, complete: boolean, forced?: Encoding): EncodingGuess {
  if (forced !== undefined) return { encoding: forced, tentative: false, forced: true };
  if (hadBom) return { encoding: 'utf-8', tentative: false };
  // Node's own check, not a loop over the bytes: the sample is 1 MiB (~4 ms warm, more cold, on
  // the way to every split roll's ranges).
  if (isAscii(sample)) return { encoding: 'utf-8', tentative: true };
  // A sample cut mid-stream may end inside a multi-byte character: judge whole lines only.
  const end = complete ? sample.length : sample.lastIndexOf(0x0a) + 1;
  return { encoding: isUtf8(sample.subarray(0, end)) ? 'utf-8' : 'windows-1252', tentative: false };
}

/**
 * Decodes field bytes. Once a file is settled on an encoding, a cell that does not fit it is judged
 * by its own bytes (issue 9.5: exports pasted together from two sources mix UTF-8 and
 * Windows-1252): invalid UTF-8 in a UTF-8 file is read as Windows-1252, valid multi-byte UTF-8 in a
 * Windows-1252 file is read as UTF-8, and `mixed` is set so the reader can say so. Nothing becomes
 * mojibake or U+FFFD, unless `--encoding` forced one encoding for every cell.
 */
export class FieldDecoder {
  private enc: Encoding;
  private tentative: boolean;
  private readonly forced: boolean;
  /** Set once, when a field of a file forced to UTF-8 held invalid bytes (decoded with U+FFFD). */
  invalidUtf8 = false;
  /** Set once, when a cell was decoded in the other encoding than the file's. */
  mixed = false;

  constructor(guess: EncodingGuess) {
    this.enc = guess.encoding;
    this.tentative = guess.tentative;
    this.forced = guess.forced === true;
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
    if (this.forced) {
      this.invalidUtf8 = true;
      return s;
    }
    this.mixed = true;
    return latin1ToCp1252(latin1(buf, start, end));
  }

  private cp1252(buf: Buffer, start: number, end: number): string {
    const s = latin1(buf, start, end);
    if (!this.forced && UTF8_PAIR.test(s) && isUtf8(buf.subarray(start, end))) {
      this.mixed = true;
      return utf8(buf, start, end);
    }
    return latin1ToCp1252(s);
  }
}
