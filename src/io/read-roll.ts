/**
 * Reads one roll: bytes → BOM/encoding/dialect detection on the first bytes → RFC 4180 scanner →
 * header mapping → rows. Streams the input; memory does not grow with the file.
 */
import type { Issue, Layout, Row } from '../core/types.js';
import { InputError } from '../errors.js';
import { HEADER_WINDOW } from '../core/roll-lines.js';
import { detectEncoding, FieldDecoder, hasBom, type Encoding, type EncodingGuess } from './decode.js';
import { detectDialect, type Dialect, type HeaderTest } from './dialect.js';
import { checkMemory } from './memory-guard.js';
import type { ResolvedInput } from './inputs.js';
import { RollAssembler, type CleanVoterEvents } from './roll-assembler.js';
import { RecordScanner } from './scanner.js';
import { openInput } from './source.js';

export interface ReadOptions {
  /** Forces the delimiter (`,` `;` `\t` `|`, or `tab`); detected otherwise. */
  delimiter?: string;
  /** Forces the encoding; detected otherwise (valid UTF-8, else Windows-1252). */
  encoding?: Encoding;
  /** What `-` reads; `process.stdin` when absent (tests pass their own stream). */
  stdin?: AsyncIterable<Uint8Array>;
  /** Records longer than this are rejected without being held in memory (default 8 MiB; a voter record is ~150 bytes). */
  maxRecordBytes?: number;
  /**
   * Called with the bytes (as read, decompressed) and data records done so far, about every
   * PROGRESS_BYTES and once at the end: the CLI's progress line.
   */
  onProgress?: (bytes: number, rows: number) => void;
}

/** How often the reader reports progress: cheap next to reading 16 MiB (~40 ms). */
export const PROGRESS_BYTES = 16 * 1024 * 1024;

export interface RollSink {
  /** Once per file, when the header mapped. */
  onHeader(layout: Layout): void;
  /** A well-formed record. The sink must NOT keep `row` after returning: the array is reused. */
  onRow(row: Row, line: number): void;
  /** A record rejected structurally; its issue was sent via onIssue first. */
  onRejected(line: number): void;
  onIssue(issue: Issue): void;
  /** The file's footer, once the input has ended (see RollEvents.onFooter). */
  onFooter?(line: number, total: string | null): void;
  /** Optional fast way for clean voter records (see RollEvents.cleanVoter). */
  readonly cleanVoter?: CleanVoterEvents;
}

export interface FileReadResult {
  sha256: string;
  /** Bytes as stored (compressed for `.gz`). */
  storedBytes: number;
  /**
   * Records after the header. With a layout, each went to exactly one of onRow / onRejected. When
   * the header failed (layout null) they are still counted, but neither onRow nor onRejected is
   * called for them: the caller counts all of them as rejected.
   */
  barisData: number;
  /** Blank lines (empty, or only delimiters and whitespace), anywhere in the file. */
  barisKosong: number;
  /** Lines above the header that cannot be records (title lines of printed exports). */
  barisJudul: number;
  /** The footer's lines (a last JUMLAH/TOTAL row and the signature lines below it). */
  barisPenutup: number;
  delimiter: string;
  /** The encoding used: `utf-8` or `windows-1252`. */
  encoding: string;
  layout: Layout | null;
}

/** Enough lines to find a header under HEADER_WINDOW lines and judge the delimiter on the rows below. */
const SAMPLE_BYTES = 64 * 1024;
const SAMPLE_LINES = 2 * HEADER_WINDOW;
/** A file with no line end in this many bytes is not a line-based CSV (exit 3, `input-no-line-end`). */
export const SAMPLE_MAX = 4 * 1024 * 1024;

export async function readInput(input: ResolvedInput, opts: ReadOptions, sink: RollSink): Promise<FileReadResult> {
  const bytes = openInput(input, opts.stdin);
  const it = bytes.chunks[Symbol.asyncIterator]();
  const { sample, complete } = await readSample(it);
  const { body, guess, dialect, crOnly } = detectInput(sample, complete, input.berkas, opts);
  const decoder = new FieldDecoder(guess);
  const assembler = new RollAssembler(input.berkas, dialect, decoder, sink);
  const scanner = new RecordScanner(
    { delimiter: dialect.delimiter.charCodeAt(0), maxRecordBytes: opts.maxRecordBytes },
    assembler,
  );
  const progress = opts.onProgress;
  let done = sample.length;
  let reported = 0;
  scanner.push(body);
  for (let r = await it.next(); r.done !== true; r = await it.next()) {
    checkMemory();
    pushText(scanner, crOnly ? crToLf(r.value) : r.value, input.berkas);
    done += r.value.length;
    if (progress !== undefined && done - reported >= PROGRESS_BYTES) {
      reported = done;
      progress(done, assembler.counts.barisData);
    }
  }
  scanner.end();
  assembler.finish();
  checkMemory();
  progress?.(done, assembler.counts.barisData);
  return {
    sha256: bytes.sha256(),
    storedBytes: bytes.storedBytes(),
    ...assembler.counts,
    delimiter: dialect.delimiter,
    encoding: decoder.encoding,
    layout: assembler.layout,
  };
}

/**
 * Hands a chunk after the sample to the scanner. A text export never holds a NUL byte: refused
 * wherever it sits, in a roll or any other table, with the line it is on (memchr: ~10 ms per GiB).
 */
export function pushText(scanner: RecordScanner, chunk: Buffer, berkas: string): void {
  const nul = chunk.indexOf(0);
  if (nul !== -1) {
    scanner.push(chunk.subarray(0, nul));
    throw new InputError('input-binary', { berkas, baris: scanner.lineAtEnd });
  }
  scanner.push(chunk);
}

export interface DetectedInput {
  readonly bom: boolean;
  /** Lines end in CR alone (Excel for Mac): every CR is read as LF. */
  readonly crOnly: boolean;
  /** The sample after the BOM (CRs made LFs when crOnly). */
  readonly body: Buffer;
  readonly guess: EncodingGuess;
  readonly dialect: Dialect;
}

function isUtf16(sample: Buffer): boolean {
  return sample.length >= 2 && ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff));
}

/** Binary check, BOM, encoding and dialect, from the first bytes; `isHeader` for tables that are not rolls. */
export function detectInput(sample: Buffer, complete: boolean, berkas: string, opts: ReadOptions, isHeader?: HeaderTest): DetectedInput {
  // Excel's "Unicode Text" is UTF-16 with a BOM: text, but not a CSV we read; say so by name.
  if (isUtf16(sample)) throw new InputError('input-utf16', { berkas });
  // Excel for Mac's "CSV (Macintosh)" ends lines with CR alone; read as RFC 4180 the whole file
  // would be one record. Decided on the sample: CRs and not a single LF.
  const crOnly = sample.includes(CR) && !sample.includes(LF);
  const nul = sample.indexOf(0);
  if (nul !== -1) throw new InputError('input-binary', { berkas, baris: lineOf(sample, nul, crOnly ? CR : LF) });
  if (!complete && !sample.includes(LF) && !sample.includes(CR)) {
    throw new InputError('input-no-line-end', { berkas, mib: SAMPLE_MAX / (1024 * 1024) });
  }
  const bom = hasBom(sample);
  const raw = bom ? sample.subarray(3) : sample;
  const body = crOnly ? crToLf(raw) : raw;
  const guess = detectEncoding(body, bom, complete, opts.encoding);
  const dialect = detectDialect(body, complete, new FieldDecoder(guess), berkas, opts.delimiter, isHeader);
  return { bom, crOnly, body, guess, dialect };
}

const CR = 0x0d;
const LF = 0x0a;

/** The physical line of byte `at`: 1 + the line ends before it. */
function lineOf(bytes: Buffer, at: number, eol: number): number {
  let line = 1;
  for (let i = bytes.indexOf(eol); i !== -1 && i < at; i = bytes.indexOf(eol, i + 1)) line++;
  return line;
}

/** A copy with every CR turned into LF (a CR inside a quoted cell was a line break there too). */
export function crToLf(chunk: Buffer): Buffer {
  const out = Buffer.from(chunk);
  for (let i = out.indexOf(CR); i !== -1; i = out.indexOf(CR, i + 1)) out[i] = LF;
  return out;
}

/** The first chunks of an input, enough to detect its dialect (the same chunks whoever reads them). */
export async function readSample(it: AsyncIterator<Buffer>): Promise<{ sample: Buffer; complete: boolean }> {
  const parts: Buffer[] = [];
  let size = 0;
  let lines = 0;
  while (size < SAMPLE_MAX && (size < SAMPLE_BYTES || lines < SAMPLE_LINES)) {
    const r = await it.next();
    if (r.done === true) return { sample: Buffer.concat(parts), complete: true };
    parts.push(r.value);
    size += r.value.length;
    for (let i = r.value.indexOf(0x0a); i !== -1 && lines < SAMPLE_LINES; i = r.value.indexOf(0x0a, i + 1)) lines++;
  }
  return { sample: Buffer.concat(parts), complete: false };
}
