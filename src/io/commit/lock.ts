/**
 * `--out/.logistik.lock`: one run at a time per folder. Created with O_EXCL, so of two runs that
 * start together exactly one gets it; the other stops (exit 3) naming the holder. The lock holds
 * who took it, so a lock left by a process that died (SIGKILL, power cut) on this computer can be
 * told from a live one and taken over; a lock of another computer (a shared network folder) can
 * never be judged from here and is always respected.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { OutputError } from '../../errors.js';
import { codeOf, type CommitFs } from './fs.js';
import { LOCK } from './names.js';
import { explained, explainOsError } from './os-error.js';

export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly perintah: string;
  /** Tells this run's lock from a later one of the same pid (pids are reused). */
  readonly token: string;
}

/** The process facts the lock needs, injectable so a test can play a dead holder. */
export interface LockSystem {
  readonly pid: number;
  readonly host: string;
  /** False only when no process of that pid exists on this computer. */
  isAlive(pid: number): boolean;
  token(): string;
}

export const nodeLockSystem: LockSystem = {
  pid: process.pid,
  host: hostname(),
  isAlive: (pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (err) {
      // EPERM: the process exists but belongs to another user.
      return codeOf(err) === 'EPERM';
    }
  },
  token: () => randomBytes(8).toString('hex'),
};

/** Where a taken-over lock is moved before it is removed (a name of ours: the recovery removes strays). */
export const LOCK_GRAVE_PREFIX = `${LOCK}.`;

/**
 * Takes the lock or throws: exit 3 naming the live holder. A dead holder's lock (same host, no such
 * pid) is moved aside under a name of our own and, if what was moved is still the dead holder's,
 * removed; then the exclusive create is tried again. If the move caught a fresh lock instead
 * (another run took over first), it is put back and that run is the holder.
 */
export async function acquireLock(fs: CommitFs, out: string, shownOut: string, perintah: string, sys: LockSystem): Promise<LockHolder> {
  const path = join(out, LOCK);
  const shown = join(shownOut, LOCK);
  const me: LockHolder = { pid: sys.pid, host: sys.host, perintah, token: sys.token() };
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      await fs.writeFile(path, `${JSON.stringify(me)}\n`, { flag: 'wx', flush: true });
      return me;
    } catch (err) {
      if (codeOf(err) !== 'EEXIST') throw explainOsError(err, shown);
    }
    const text = await explained(shown, () => readText(fs, path));
    if (text === null) continue; // released in between: try again
    const holder = parseHolder(text);
    if (holder === null) throw new OutputError('output.lock-unreadable', { lock: shown }, `unreadable lock ${shown}`);
    if (holder.host !== sys.host || sys.isAlive(holder.pid)) throw lockedError(holder, shownOut, shown);
    await explained(shown, () => takeOver(fs, path, text, me.token));
  }
  const last = parseHolder((await explained(shown, () => readText(fs, path))) ?? '');
  if (last) throw lockedError(last, shownOut, shown);
  throw new OutputError('output.lock-unreadable', { lock: shown }, `unreadable lock ${shown}`);
}

async function takeOver(fs: CommitFs, path: string, staleText: string, token: string): Promise<void> {
  const grave = `${path}.${token}`;
  try {
    await fs.rename(path, grave);
  } catch (err) {
    if (codeOf(err) === 'ENOENT') return; // someone else moved it first
    throw err;
  }
  const moved = await readText(fs, grave);
  if (moved === staleText) await fs.rm(grave, { force: true });
  else await fs.rename(grave, path);
}

/** Removes the lock only while it is still ours: never another run's. */
export async function releaseLock(fs: CommitFs, out: string, me: LockHolder): Promise<void> {
  const path = join(out, LOCK);
  const holder = parseHolder((await readText(fs, path)) ?? '');
  if (holder?.token === me.token && holder.pid === me.pid) await fs.rm(path, { force: true });
}

function lockedError(holder: LockHolder, shownOut: string, shownLock: string): OutputError {
  return new OutputError(
    'output.locked',
    { out: shownOut, pid: holder.pid, host: holder.host, perintah: holder.perintah, lock: shownLock },
    `${shownOut} is locked by ${holder.perintah} (pid ${holder.pid} on ${holder.host})`,
  );
}

async function readText(fs: CommitFs, path: string): Promise<string | null> {
  try {
    return (await fs.readFile(path)).toString('utf8');
  } catch (err) {
    if (codeOf(err) === 'ENOENT') return null;
    throw err;
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const doc = JSON.parse(text) as Partial<LockHolder>;
    if (typeof doc.pid !== 'number' || !Number.isInteger(doc.pid) || doc.pid <= 0) return null;
    if (typeof doc.host !== 'string' || typeof doc.perintah !== 'string' || typeof doc.token !== 'string') return null;
    return { pid: doc.pid, host: doc.host, perintah: doc.perintah, token: doc.token };
  } catch {
    return null;
  }
}
