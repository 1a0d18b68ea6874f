import * as fsp from 'node:fs/promises';
import { dirname } from 'node:path';

/** What the commit protocol needs to know of an entry: `lstat` answers it without following links. */
export interface EntryKind {
  isFile(): boolean;
  isDirectory(): boolean;
}

/**
 * The file-system calls of the commit protocol, injectable so a test can fail a call (a disk that
 * fills up, a read-only mount) or stop the process at any step of a commit.
 */
export interface CommitFs {
  /** One folder, not recursive (see makeFolders). */
  mkdir(path: string): Promise<unknown>;
  /** `flag: 'wx'` creates exclusively (the lock); `flush` makes the bytes durable before it returns. */
  writeFile(path: string, data: string | Uint8Array, opts: { flag?: 'w' | 'wx'; flush?: boolean }): Promise<void>;
  readFile(path: string): Promise<Buffer>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, opts: { recursive?: boolean; force?: boolean }): Promise<void>;
  rmdir(path: string): Promise<void>;
  lstat(path: string): Promise<EntryKind>;
  stat(path: string): Promise<EntryKind>;
  realpath(path: string): Promise<string>;
  readdir(path: string): Promise<string[]>;
  /** fsync: a file's bytes, or a folder's entries (renames), reach the disk. */
  sync(path: string): Promise<void>;
}

export const nodeCommitFs: CommitFs = {
  mkdir: (path) => fsp.mkdir(path),
  writeFile: (path, data, opts) => fsp.writeFile(path, data, opts),
  readFile: (path) => fsp.readFile(path),
  rename: (from, to) => fsp.rename(from, to),
  rm: (path, opts) => fsp.rm(path, opts),
  rmdir: (path) => fsp.rmdir(path),
  lstat: (path) => fsp.lstat(path),
  stat: (path) => fsp.stat(path),
  realpath: (path) => fsp.realpath(path),
  readdir: (path) => fsp.readdir(path),
  sync: syncPath,
};

/**
 * Folders cannot be opened for writing on every platform, and some file systems (network shares,
 * FAT on Windows) refuse fsync on a folder: durability of the entries is then the file system's
 * business, so a refusal there is not a failure of the run.
 */
async function syncPath(path: string): Promise<void> {
  try {
    const fh = await fsp.open(path, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch (err) {
    if (!UNSYNCABLE.has(codeOf(err) ?? '')) throw err;
  }
}

const UNSYNCABLE = new Set(['EINVAL', 'EISDIR', 'EPERM', 'EACCES', 'EBADF', 'ENOTSUP']);

/** The `code` of a node system error (`EROFS`, `ENOENT`, …), or null for anything else. */
export function codeOf(err: unknown): string | null {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') return err.code;
  return null;
}

/** lstat that answers null for a name that is not there (or whose folder is not). */
export async function entryOf(fs: CommitFs, path: string): Promise<EntryKind | null> {
  try {
    return await fs.lstat(path);
  } catch (err) {
    if (codeOf(err) === 'ENOENT' || codeOf(err) === 'ENOTDIR') return null;
    throw err;
  }
}

/**
 * `mkdir -p`, returning the outermost folder it created (undefined when the folder was there).
 * Not node's `recursive: true`: on a read-only file system that reports ENOENT instead of EROFS,
 * and the user would be told a folder is missing instead of that the disk cannot be written.
 */
export async function makeFolders(fs: CommitFs, path: string): Promise<string | undefined> {
  try {
    await fs.mkdir(path);
    return path;
  } catch (err) {
    const code = codeOf(err);
    if (code === 'EEXIST' && (await fs.stat(path).then((s) => s.isDirectory(), () => false))) return undefined;
    const parent = dirname(path);
    if (code !== 'ENOENT' || parent === path) throw err;
    const created = await makeFolders(fs, parent);
    await fs.mkdir(path).catch(async (again: unknown) => {
      if (codeOf(again) !== 'EEXIST' || !(await fs.stat(path).then((s) => s.isDirectory(), () => false))) throw again;
    });
    return created ?? path;
  }
}
