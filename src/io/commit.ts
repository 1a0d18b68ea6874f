/**
 * The contract's commit protocol, as a run session every command that writes `--out` uses:
 *
 *   const run = await openRun(out, { command: 'hitung', reads, names, cwd });  // before any input is read
 *   await run.write('pengadaan.csv', text);  …  await run.write('ringkasan.json', summary);
 *   await run.commit();                      // or run.abort(); both are safe to call in `finally`
 *
 * openRun checks placement (exit 2), takes `--out/.logistik.lock` (exit 3 while a live run holds
 * it), completes or discards what a killed run left, refuses a folder of another command (exit 2)
 * or holding a file of a name the run claims that it cannot prove it wrote (exit 3), and makes a
 * hidden staging folder inside `--out` (`--out` itself is never renamed or removed). commit proves
 * every name it will replace or remove, then renames the staging folder to a commit folder (the
 * one atomic step that says "begun"), and finishes: earlier ringkasan.json set aside, files renamed
 * in, the earlier run's proven files this run no longer writes removed, the new ringkasan.json
 * renamed in last (finish.ts). docs/architecture.md has the whole protocol.
 */
import { dirname, join, resolve, sep } from 'node:path';
import { OutputError, UsageError } from '../errors.js';
import { codeOf, makeFolders, nodeCommitFs, type CommitFs } from './commit/fs.js';
import { finishCommit, recover, type FolderContext, type Recovery } from './commit/finish.js';
import { acquireLock, nodeLockSystem, releaseLock, type LockHolder, type LockSystem } from './commit/lock.js';
import { COMMIT_PREFIX, isOutputName, RINGKASAN, STAGING_PREFIX } from './commit/names.js';
import { explained } from './commit/os-error.js';
import { checkOwner, proveClaims, proveName, proveRingkasan, requireProven, type Proof } from './commit/ownership.js';
import { checkPlacement, isInput, outFolder } from './commit/placement.js';
import { readRecordAt, readRecordState } from './commit/record.js';
import { compareCodePoints as byCodePoint } from '../core/code-point.js';

export type { CommitFs } from './commit/fs.js';
export type { LockSystem } from './commit/lock.js';
export type { Recovery } from './commit/finish.js';
export { nodeCommitFs } from './commit/fs.js';
export { outFolder } from './commit/placement.js';
export { OS_ERROR_KEYS } from './commit/os-error.js';

/** One output file: a name of ours inside `--out` (possibly in a subfolder: `excel/pengadaan.csv`). */
export interface OutputFile {
  readonly name: string;
  readonly data: string | Uint8Array;
}

/** What a signal did to an open run: its staging removed, its begun commit finished, or nothing open. */
export type InterruptOutcome = 'aborted' | 'committed' | 'idle';

/**
 * How a run learns of SIGINT/SIGTERM without touching `process` itself: the CLI registers the
 * run's stop function with the process's handlers (src/cli/run-session.ts); the returned function
 * unregisters it.
 */
export interface InterruptHook {
  register(stop: () => Promise<InterruptOutcome>): () => void;
}

export interface OpenRunOptions {
  /** The command writing: recorded in the lock and checked against the folder's earlier run. */
  readonly command: string;
  /** Absolute paths of everything the command reads, files and folders. */
  readonly reads: readonly string[];
  /**
   * Every name the run may write, or must clear when it does not (hitung's manifests when the roll
   * has errors). An existing file of one of these names must be provably ours before any input is
   * read; files of an earlier run that are not claimed are removed only when proven, else left.
   */
  readonly names?: readonly string[];
  /** What a relative `outDir` is relative to. */
  readonly cwd?: string;
  readonly fs?: CommitFs;
  readonly lockSystem?: LockSystem;
  readonly interrupts?: InterruptHook;
}

export interface CommitResult {
  /** Files of the earlier run this one no longer writes, proven and removed. */
  readonly removed: readonly string[];
}

export interface Run {
  /** Absolute path of `--out`. */
  readonly out: string;
  /** Absolute path of the hidden staging folder inside `--out`: a command may spill large files here. */
  readonly stagingDir: string;
  /** What a killed earlier run had left, and what became of it. */
  readonly recovered: readonly Recovery[];
  /** Stages one output file (written and flushed into the staging folder). */
  write(name: string, data: string | Uint8Array): Promise<void>;
  /** Stages a file the command already wrote somewhere under `stagingDir`. */
  adopt(name: string, path: string): Promise<void>;
  /** All or nothing: the staged files replace the earlier run's; ringkasan.json must be staged. */
  commit(): Promise<CommitResult>;
  /** Staging removed, lock released; nothing in `--out` changed. A no-op after commit. */
  abort(): Promise<void>;
}

/** Opens a run on `outDir`; call it before reading any input. */
export async function openRun(outDir: string, opts: OpenRunOptions): Promise<Run> {
  const fs = opts.fs ?? nodeCommitFs;
  const sys = opts.lockSystem ?? nodeLockSystem;
  const out = outFolder(outDir, opts.cwd ?? process.cwd());
  const names = opts.names ?? [];
  for (const name of names) assertName(name);
  const inputs = await checkPlacement(fs, out, outDir, opts.reads, names);
  // A first look without the lock, so that a folder of another command (exit 2) is refused before
  // a lock held by another run (exit 3) is reported: the contract's order. Checked again below.
  checkOwner(await readRecordState(fs, out, outDir).catch(() => ({ kind: 'none' }) as const), opts.command, outDir);
  const created = await explained(outDir, () => makeFolders(fs, out));
  const folder: FolderContext = { fs, out, shownOut: outDir, inputs };
  let lock: LockHolder;
  try {
    lock = await acquireLock(fs, out, outDir, opts.command, sys);
  } catch (err) {
    await removeCreated(fs, out, created);
    throw err;
  }
  const session = new Session(folder, opts.command, names, lock, created, join(out, `${STAGING_PREFIX}${sys.pid}-${lock.token}`));
  // Registered before the staging folder is made, with no await since the lock was taken: a
  // signal that came once both existed but before the handlers did stopped the process the default
  // way and left them behind. A signal during prepare waits for it (close awaits `pending`).
  if (opts.interrupts) session.unregister = opts.interrupts.register(() => session.interrupt());
  try {
    await session.prepare();
  } catch (err) {
    await session.abort();
    throw err;
  }
  return session;
}

type State = 'open' | 'committing' | 'closed';

class Session implements Run {
  readonly out: string;
  recovered: readonly Recovery[] = [];
  unregister: () => void = () => undefined;
  private state: State = 'open';
  private readonly staged = new Set<string>();
  /** The write in flight: an abort waits for it, so it cannot recreate the staging folder after. */
  private pending: Promise<unknown> = Promise.resolve();
  private committing: Promise<CommitResult> | null = null;

  constructor(
    private readonly folder: FolderContext,
    private readonly command: string,
    private readonly names: readonly string[],
    private readonly lock: LockHolder,
    private readonly created: string | undefined,
    readonly stagingDir: string,
  ) {
    this.out = folder.out;
  }

  /** Under the lock: what a killed run left, ownership and proofs, then the staging folder. */
  async prepare(): Promise<void> {
    const work = this.prepareNow();
    this.pending = work.catch(() => undefined);
    await work;
  }

  private async prepareNow(): Promise<void> {
    const { fs, out, shownOut } = this.folder;
    this.recovered = await recover(this.folder);
    const state = await readRecordState(fs, out, shownOut);
    checkOwner(state, this.command, shownOut);
    await proveClaims(fs, out, shownOut, this.names, state);
    await explained(shownOut, () => makeFolders(fs, this.stagingDir));
  }

  async write(name: string, data: string | Uint8Array): Promise<void> {
    await this.stage(name, async () => {
      const path = join(this.stagingDir, name);
      await makeFolders(this.folder.fs, dirname(path));
      await this.folder.fs.writeFile(path, data, { flush: true });
    });
  }

  async adopt(name: string, path: string): Promise<void> {
    const from = resolve(path);
    if (!from.startsWith(this.stagingDir + sep)) throw new Error(`adopt: ${path} is not under the staging folder`);
    await this.stage(name, async () => {
      const to = join(this.stagingDir, name);
      if (from !== to) {
        await makeFolders(this.folder.fs, dirname(to));
        await this.folder.fs.rename(from, to);
      }
      await this.folder.fs.sync(to);
    });
  }

  private async stage(name: string, put: () => Promise<void>): Promise<void> {
    this.assertOpen();
    assertName(name);
    const { fs, out, shownOut, inputs } = this.folder;
    if (await isInput(fs, out, name, inputs)) throw new UsageError('usage.out-over-input', { path: join(shownOut, name) }, `${name} is an input`);
    const done = explained(join(shownOut, name), put);
    this.pending = done.catch(() => undefined);
    await done;
    this.staged.add(name);
  }

  async commit(): Promise<CommitResult> {
    this.assertOpen();
    this.state = 'committing';
    this.committing = this.runCommit();
    return this.committing;
  }

  private async runCommit(): Promise<CommitResult> {
    const { out, shownOut } = this.folder;
    let proofs: Map<string, Proof>;
    const commitDir = join(out, `${COMMIT_PREFIX}${this.stagingDir.slice(join(out, STAGING_PREFIX).length)}`);
    try {
      await this.pending;
      proofs = await this.proveAll();
      await explained(shownOut, async () => {
        await this.folder.fs.sync(this.stagingDir);
        // The commit begins: from here on it is completed, by this run or by the next (finish.ts).
        await this.folder.fs.rename(this.stagingDir, commitDir);
      });
    } catch (err) {
      await this.close();
      throw err;
    }
    try {
      return await finishCommit(this.folder, commitDir, proofs);
    } finally {
      this.state = 'closed';
      await this.release();
    }
  }

  /**
   * The staged files must be exactly what the staged ringkasan.json lists (the recovery trusts
   * that list), and every name to be replaced or removed is proven on the disk now.
   */
  private async proveAll(): Promise<Map<string, Proof>> {
    const { fs, out, shownOut } = this.folder;
    const fresh = await readRecordAt(fs, join(this.stagingDir, RINGKASAN), join(shownOut, RINGKASAN));
    if (fresh.kind !== 'run') throw new Error('commit: no ringkasan.json of ours is staged');
    const files = [...this.staged].filter((n) => n !== RINGKASAN).sort(byCodePoint);
    const listed = [...fresh.record.keluaran.keys()].sort(byCodePoint);
    if (files.join('\n') !== listed.join('\n')) throw new Error(`commit: staged ${files.join(', ')} but keluaran lists ${listed.join(', ')}`);
    const state = await readRecordState(fs, out, shownOut);
    checkOwner(state, this.command, shownOut);
    proveRingkasan(state, shownOut);
    const earlier = state.kind === 'run' ? state.record : null;
    const claimed = new Set([...files, ...this.names.filter((n) => n !== RINGKASAN)]);
    const proofs = new Map<string, Proof>();
    for (const name of [...new Set([...claimed, ...(earlier?.keluaran.keys() ?? [])])].sort(byCodePoint)) {
      const proof = await proveName(fs, out, shownOut, name, earlier);
      if (claimed.has(name)) requireProven(proof, shownOut);
      proofs.set(name, proof);
    }
    return proofs;
  }

  async abort(): Promise<void> {
    if (this.state === 'committing') {
      await this.committing?.catch(() => undefined);
      return;
    }
    if (this.state === 'open') await this.close();
  }

  /** A signal: an open run is aborted; a commit under way is finished first. */
  async interrupt(): Promise<InterruptOutcome> {
    if (this.state === 'open') {
      await this.close();
      return 'aborted';
    }
    if (this.state === 'committing') {
      await this.committing?.catch(() => undefined);
      return 'committed';
    }
    return 'idle';
  }

  /** Best effort: what a failed clean-up leaves, the next run's recovery removes. */
  private async close(): Promise<void> {
    this.state = 'closed';
    await this.pending;
    await this.folder.fs.rm(this.stagingDir, { recursive: true, force: true }).catch(() => undefined);
    await this.release();
    await removeCreated(this.folder.fs, this.out, this.created);
  }

  private async release(): Promise<void> {
    this.unregister();
    await releaseLock(this.folder.fs, this.out, this.lock).catch(() => undefined);
  }

  private assertOpen(): void {
    if (this.state !== 'open') throw new OutputError('output.run-closed', { out: this.folder.shownOut }, 'the run is closed');
  }
}

/** A name that is not one a run may write is a bug in the command, not a user's mistake. */
function assertName(name: string): void {
  if (!isOutputName(name)) throw new Error(`not an output name: ${JSON.stringify(name)}`);
}

/** `--out` (and the folders above it) that this run created and left empty go again. */
async function removeCreated(fs: CommitFs, out: string, created: string | undefined): Promise<void> {
  if (created === undefined) return;
  for (let dir = out; ; dir = dirname(dir)) {
    try {
      await fs.rmdir(dir);
    } catch (err) {
      if (codeOf(err) !== null) return;
      throw err;
    }
    if (dir === created || dirname(dir) === dir) return;
  }
}
