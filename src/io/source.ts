/**
 * The bytes of one input: read as a stream (never whole), hashed as stored (SHA-256 of the
 * compressed bytes for `.gz`), then gunzipped when needed.
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable, pipeline } from 'node:stream';
import { InputError, LogistikError } from '../errors.js';
import type { ResolvedInput } from './inputs.js';

const CHUNK = 1024 * 1024;

export interface InputBytes {
  /** The decompressed bytes, in chunks. */
  readonly chunks: AsyncIterable<Buffer>;
  /** Valid once `chunks` has been read to the end. */
  readonly sha256: () => string;
  /** The stored bytes read so far (compressed for `.gz`): all of them once `chunks` has ended. */
  readonly storedBytes: () => number;
}

export function openInput(input: ResolvedInput, stdin?: AsyncIterable<Uint8Array>): InputBytes {
  const hash = createHash('sha256');
  const stored: AsyncIterable<Uint8Array> =
    input.path === null ? (stdin ?? process.stdin) : createReadStream(input.path, { highWaterMark: CHUNK });
  const gz = input.path === null ? 'sniff' : input.berkas.toLowerCase().endsWith('.gz');
  const count = { bytes: 0 };
  return {
    chunks: decompress(hashed(stored, hash, count), gz, input.berkas),
    sha256: () => hash.digest('hex'),
    storedBytes: () => count.bytes,
  };
}

async function* hashed(source: AsyncIterable<Uint8Array>, hash: Hash, count: { bytes: number }): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    hash.update(buf);
    count.bytes += buf.length;
    yield buf;
  }
}

/** Standard input has no name to go by, so a gzip stream is told by its magic bytes. */
async function* decompress(source: AsyncGenerator<Buffer>, gz: boolean | 'sniff', berkas: string): AsyncGenerator<Buffer> {
  const first = await next(source, berkas);
  if (first === undefined) return;
  const isGz = gz === 'sniff' ? first.length >= 2 && first[0] === 0x1f && first[1] === 0x8b : gz;
  async function* all(): AsyncGenerator<Buffer> {
    yield first!;
    yield* source;
  }
  if (!isGz) {
    yield first;
    for (;;) {
      const chunk = await next(source, berkas);
      if (chunk === undefined) return;
      yield chunk;
    }
  }
  // zlib is loaded for a .gz input only: every other start, and every range worker, skips it (~5 ms).
  const { createGunzip } = await import('node:zlib');
  const gunzip = createGunzip({ chunkSize: CHUNK });
  pipeline(Readable.from(all()), gunzip, () => {});
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (error) {
    throw readError(error, berkas);
  }
}

async function next(source: AsyncGenerator<Buffer>, berkas: string): Promise<Buffer | undefined> {
  try {
    const r = await source.next();
    return r.done === true ? undefined : r.value;
  } catch (error) {
    throw readError(error, berkas);
  }
}

/** zlib errors (`Z_DATA_ERROR`, `Z_BUF_ERROR` for a cut file) mean a damaged archive. */
function readError(error: unknown, berkas: string): LogistikError {
  if (error instanceof LogistikError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const detail = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
  if (typeof code === 'string' && code.startsWith('Z_')) return new InputError('input-gzip', { berkas, detail });
  // The catalogue's input-missing reads "does not exist or cannot be read".
  return new InputError('input-missing', { berkas, detail });
}
