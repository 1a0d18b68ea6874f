import { LogistikError, OutputError } from '../../errors.js';
import { codeOf } from './fs.js';

/**
 * The catalogue key that explains each OS error in words, with what to do. A staffer who sees
 * "EROFS" learns nothing; "the disk is read-only: choose an --out on a disk you can write to" is
 * something to act on. Codes that mean the same thing to the user share a key.
 */
const OS_KEYS: Readonly<Record<string, string>> = {
  EROFS: 'output.os.erofs',
  EACCES: 'output.os.eacces',
  EPERM: 'output.os.eacces',
  ENOSPC: 'output.os.enospc',
  EDQUOT: 'output.os.enospc',
  EFBIG: 'output.os.efbig',
  ENOTDIR: 'output.os.enotdir',
  EEXIST: 'output.os.eexist',
  ENOTEMPTY: 'output.os.eexist',
  EISDIR: 'output.os.eisdir',
  EBUSY: 'output.os.ebusy',
  ETXTBSY: 'output.os.ebusy',
  EMFILE: 'output.os.emfile',
  ENFILE: 'output.os.emfile',
  ENOENT: 'output.os.enoent',
  EIO: 'output.os.eio',
  ENAMETOOLONG: 'output.os.enametoolong',
  ELOOP: 'output.os.eloop',
};

/** Every key explainOsError can pick (the catalogue test checks each exists). */
export const OS_ERROR_KEYS: readonly string[] = [...new Set([...Object.values(OS_KEYS), 'output.os.other'])];

/**
 * An OS error met while writing `--out`, as a typed error (exit 3) that names the path as the user
 * knows it and says what happened in words. Our own errors pass through; anything that is not an
 * OS error is a bug and is thrown as it is (exit 4).
 */
export function explainOsError(err: unknown, shownPath: string): LogistikError {
  if (err instanceof LogistikError) return err;
  const code = codeOf(err);
  if (code === null || !/^E[A-Z0-9]+$/.test(code)) throw err;
  return new OutputError(OS_KEYS[code] ?? 'output.os.other', { path: shownPath, kode: code }, `cannot write ${shownPath}: ${code}`);
}

/** Runs one file-system call; an OS error becomes the explained error about `shownPath`. */
export async function explained<T>(shownPath: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw explainOsError(err, shownPath);
  }
}
