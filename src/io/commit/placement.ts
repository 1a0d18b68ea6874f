/**
 * Where a run may write, checked before anything is read or locked (exit 2): `--out` must be named,
 * must be a folder (or not exist yet), must not be a folder the command reads (its outputs would be
 * read as input next time; folders are read without descending, so a subfolder is fine), and no
 * name the run writes may be one of its input files.
 */
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { codeOf, type CommitFs, type EntryKind } from './fs.js';
import { explained } from './os-error.js';

/** `--out` as an absolute path; `-o ""` (or only spaces) is a usage error, not "the current folder". */
export function outFolder(out: string, cwd: string): string {
  if (out.trim() === '') throw new UsageError('usage.out-empty', {}, '--out is empty');
  return resolve(cwd, out);
}

/** Returns the real paths of the input files, which the run must never write over or remove. */
export async function checkPlacement(fs: CommitFs, out: string, shownOut: string, reads: readonly string[], names: readonly string[]): Promise<ReadonlySet<string>> {
  const here = await explained(shownOut, () => statOrNull(fs, out));
  if (here === 'inside-file' || (here !== null && !here.isDirectory())) throw new UsageError('usage.out-is-file', { out: shownOut }, `${shownOut} is not a folder`);
  const realOut = await realOrResolved(fs, out);
  const inputs = new Set<string>();
  for (const read of reads) {
    // An input that is not there is the reader's to report (exit 3, after the placement checks).
    const entry = await statOrNull(fs, read).catch(() => null);
    if (entry === null || entry === 'inside-file') continue;
    const real = await realOrResolved(fs, read);
    if (!entry.isDirectory()) inputs.add(real);
    else if (real === realOut) throw new UsageError('usage.out-is-input-folder', { out: shownOut }, `${shownOut} is also read as input`);
  }
  for (const name of names) {
    if (inputs.has(await realOrResolved(fs, join(out, name)))) throw new UsageError('usage.out-over-input', { path: join(shownOut, name) }, `${name} is an input`);
  }
  return inputs;
}

/** Whether writing `name` in `out` would write over one of the input files. */
export async function isInput(fs: CommitFs, out: string, name: string, inputs: ReadonlySet<string>): Promise<boolean> {
  return inputs.size > 0 && inputs.has(await realOrResolved(fs, join(out, name)));
}

async function statOrNull(fs: CommitFs, path: string): Promise<EntryKind | 'inside-file' | null> {
  try {
    return await fs.stat(path);
  } catch (err) {
    if (codeOf(err) === 'ENOENT') return null;
    if (codeOf(err) === 'ENOTDIR') return 'inside-file';
    throw err;
  }
}

/** The real path, or for a path not there yet, the real path of its nearest existing folder + the rest. */
async function realOrResolved(fs: CommitFs, path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(await realOrResolved(fs, parent), basename(path));
  }
}
