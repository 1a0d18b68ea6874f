import { open, readFile, type FileHandle } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { OWN_FILES, type SetFile } from './outputs.js';
import { byCodePoint } from '../core/report/sort.js';

export type Drift =
  /** `baris`: the first line that differs; null for a file that is not text (the workbook). */
  | { readonly berkas: string; readonly status: 'beda'; readonly baris: number | null }
  | { readonly berkas: string; readonly status: 'hilang' }
  | { readonly berkas: string; readonly status: 'lebih' };

/**
 * `--check`: compares what a run would write with what is in `--out`, byte for byte, writing
 * nothing. A file of ours that is there but would not be written counts as extra. The list is in
 * code-point order of the file names, like `keluaran` in ringkasan.json.
 */
export async function compareWithFolder(outDir: string, cwd: string, files: readonly SetFile[]): Promise<Drift[]> {
  const dir = resolve(cwd, outDir);
  const drift: Drift[] = [];
  const expected = new Set(files.map((f) => f.name));
  for (const file of files) {
    const there = join(dir, file.name);
    if ('path' in file) {
      // validasi.csv can be gigabytes: compared a piece at a time, never held whole.
      const line = await firstDifferentLineOfFiles(file.path, there);
      if (line === 'missing') drift.push({ berkas: file.name, status: 'hilang' });
      else if (line !== null) drift.push({ berkas: file.name, status: 'beda', baris: line });
      continue;
    }
    const actual = await readFile(there).catch(() => null);
    if (actual === null) {
      drift.push({ berkas: file.name, status: 'hilang' });
      continue;
    }
    const want = typeof file.data === 'string' ? Buffer.from(file.data, 'utf8') : Buffer.from(file.data);
    const text = typeof file.data === 'string';
    if (!want.equals(actual)) drift.push({ berkas: file.name, status: 'beda', baris: text ? firstDifferentLine(want, actual) : null });
  }
  for (const name of OWN_FILES) {
    if (expected.has(name)) continue;
    const present = await readFile(join(dir, name)).then(() => true, () => false);
    if (present) drift.push({ berkas: name, status: 'lebih' });
  }
  return drift.sort((a, b) => byCodePoint(a.berkas, b.berkas));
}

/** 1-based number of the first line where the two texts differ. */
export function firstDifferentLine(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length);
  let line = 1;
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return line;
    if (a[i] === 0x0a) line++;
  }
  return line;
}

const PIECE = 1024 * 1024;

/**
 * firstDifferentLine for two files read a piece at a time: null when equal, 'missing' when the
 * second cannot be opened.
 */
export async function firstDifferentLineOfFiles(want: string, actual: string): Promise<number | 'missing' | null> {
  const b = await open(actual, 'r').catch(() => null);
  if (b === null) return 'missing';
  const a = await open(want, 'r');
  try {
    const x = Buffer.allocUnsafe(PIECE);
    const y = Buffer.allocUnsafe(PIECE);
    let line = 1;
    for (;;) {
      const [n, m] = [await readFull(a, x), await readFull(b, y)];
      const k = Math.min(n, m);
      if (x.subarray(0, k).equals(y.subarray(0, k))) {
        for (let i = x.indexOf(0x0a); i !== -1 && i < k; i = x.indexOf(0x0a, i + 1)) line++;
      } else {
        return line + firstDifferentLine(x.subarray(0, k), y.subarray(0, k)) - 1;
      }
      if (n !== m) return line;
      if (n === 0) return null;
    }
  } finally {
    await a.close();
    await b.close();
  }
}

/** Reads until the buffer is full or the file ends; returns the bytes read. */
async function readFull(fh: FileHandle, buf: Buffer): Promise<number> {
  let n = 0;
  while (n < buf.length) {
    const { bytesRead } = await fh.read(buf, n, buf.length - n, null);
    if (bytesRead === 0) break;
    n += bytesRead;
  }
  return n;
}
