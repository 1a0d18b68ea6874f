import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { OutputFile } from '../io/commit.js';
import { OWN_FILES } from './outputs.js';
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
export async function compareWithFolder(outDir: string, cwd: string, files: readonly OutputFile[]): Promise<Drift[]> {
  const dir = resolve(cwd, outDir);
  const drift: Drift[] = [];
  const expected = new Set(files.map((f) => f.name));
  for (const file of files) {
    const actual = await readFile(join(dir, file.name)).catch(() => null);
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
