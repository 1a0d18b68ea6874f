import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Read in large chunks: a roll or a spilled validasi.csv can be gigabytes. */
const HASH_CHUNK = 4 * 1024 * 1024;

/** SHA-256 of a file's bytes as stored, read in chunks so memory does not grow with the file. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  const fh = await open(path, 'r');
  try {
    // A small file (a manifest proven before it is replaced) needs no 4 MiB buffer.
    const buf = Buffer.allocUnsafe(Math.max(1, Math.min(HASH_CHUNK, (await fh.stat()).size)));
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      hash.update(buf.subarray(0, bytesRead));
    }
  } finally {
    await fh.close();
  }
  return hash.digest('hex');
}

/**
 * sha256File with synchronous reads, for a worker thread of its own (hash-worker.ts): the reads
 * then run on that thread, at its priority, not on libuv's shared pool.
 */
export function sha256FileSync(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(HASH_CHUNK);
    for (let n = readSync(fd, buf, 0, buf.length, null); n > 0; n = readSync(fd, buf, 0, buf.length, null)) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}
