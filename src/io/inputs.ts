/**
 * Input discovery: files, folders (their `*.csv` and `*.csv.gz`, in code-point order of names) and
 * `-` for standard input, in the order given on the command line.
 */
import { constants } from 'node:fs';
import { access, readdir, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import { compareCodePoints } from '../core/code-point.js';

export interface ResolvedInput {
  /** As the user wrote it (relative stays relative), with `/`; `-` for standard input. */
  readonly berkas: string;
  /** Absolute path, or null for standard input. */
  readonly path: string | null;
}

export async function expandInputs(args: readonly string[], cwd: string): Promise<ResolvedInput[]> {
  const out: ResolvedInput[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ berkas: '-', path: null });
      continue;
    }
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => null);
    if (info === null) throw new InputError('input-missing', { berkas: arg });
    if (info.isDirectory()) out.push(...(await folderInputs(arg, path)));
    else out.push({ berkas: toSlashes(arg), path: await readable(path, arg) });
  }
  return out;
}

/** Exports from Windows often end in `.CSV`, so the suffix matches in any case. */
export function isRollName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('.csv') || lower.endsWith('.csv.gz');
}

export { compareCodePoints };

async function folderInputs(arg: string, path: string): Promise<ResolvedInput[]> {
  const entries = await readdir(path, { withFileTypes: true }).catch(() => {
    throw new InputError('input-missing', { berkas: arg });
  });
  const names: string[] = [];
  for (const e of entries) {
    if (!isRollName(e.name)) continue;
    // A symlink counts when it points at a file.
    const isFile = e.isFile() || (e.isSymbolicLink() && (await stat(join(path, e.name)).catch(() => null))?.isFile() === true);
    if (isFile) names.push(e.name);
  }
  if (names.length === 0) throw new InputError('input-folder-empty', { berkas: arg });
  names.sort(compareCodePoints);
  const inputs: ResolvedInput[] = [];
  for (const name of names) {
    const berkas = toSlashes(join(arg, name));
    inputs.push({ berkas, path: await readable(join(path, name), berkas) });
  }
  return inputs;
}

async function readable(path: string, berkas: string): Promise<string> {
  await access(path, constants.R_OK).catch(() => {
    throw new InputError('input-missing', { berkas });
  });
  return path;
}

/**
 * How a file given on the command line is named in a data file (`ringkasan.json`): as written,
 * with `/`, but an absolute path only by its base name, so no output holds a path of this machine.
 */
export function recordedName(arg: string): string {
  return isAbsolute(arg) ? basename(arg) : toSlashes(arg);
}

function toSlashes(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}
