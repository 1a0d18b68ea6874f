/**
 * Completing a commit, and recovering from one a hard kill interrupted. One code path does both:
 * every commit runs through finishCommit, so the recovery is exercised by every run, not only
 * after a crash.
 *
 * Why complete rather than roll back: a commit begins only after every file is staged and flushed
 * and every name it replaces or removes is proven. From then on, completing needs nothing but
 * renames of files already on the disk, and gives the folder the run the user asked for (as a
 * SIGINT during the commit does). Rolling back would need the files the renames replace, which a
 * rename overwrites: keeping copies of them would double the disk a commit needs. Before the commit
 * begins nothing in `--out` has changed, so a staging folder is simply thrown away.
 */
import { dirname, join } from 'node:path';
import { OutputError } from '../../errors.js';
import { compareCodePoints as byCodePoint } from '../../core/code-point.js';
import { codeOf, entryOf, makeFolders, type CommitFs } from './fs.js';
import { LOCK_GRAVE_PREFIX } from './lock.js';
import { COMMIT_PREFIX, parentsOf, RINGKASAN, SET_ASIDE, STAGING_PREFIX } from './names.js';
import { explained, explainOsError } from './os-error.js';
import { proveName, requireProven, type Proof } from './ownership.js';
import { isInput } from './placement.js';
import { readRecordAt, type RunRecord } from './record.js';

export interface FolderContext {
  readonly fs: CommitFs;
  readonly out: string;
  /** `--out` as the user wrote it, for messages. */
  readonly shownOut: string;
  /** Real paths of the run's input files: never replaced, never removed. */
  readonly inputs: ReadonlySet<string>;
}

export interface FinishResult {
  /** Files of the earlier run that this one no longer writes, proven and removed. */
  readonly removed: readonly string[];
}

/**
 * Completes the commit whose folder is `dir` (a staging folder already renamed to
 * `.logistik-commit-*`): sets the earlier ringkasan.json aside, renames each staged file in,
 * removes the earlier run's proven files that the new ringkasan.json no longer lists, renames the
 * new ringkasan.json in last, and removes `dir`. Each step checks what is on the disk, so running
 * it again after an interruption at any step picks up where the last one stopped. `proofs` are the
 * ones the commit took just before it began (under the same lock); a recovery proves again.
 */
export async function finishCommit(ctx: FolderContext, dir: string, proofs?: ReadonlyMap<string, Proof>): Promise<FinishResult> {
  const { fs, out, shownOut } = ctx;
  const fresh = await readRecordAt(fs, join(dir, RINGKASAN), join(shownOut, nameIn(dir), RINGKASAN));
  if (fresh.kind === 'none') {
    // The new ringkasan.json is in place: only the clean-up was left.
    await explained(shownOut, () => fs.rm(dir, { recursive: true, force: true }));
    return { removed: [] };
  }
  if (fresh.kind === 'foreign') throw new OutputError('output.commit-damaged', { path: join(shownOut, RINGKASAN), dir: join(shownOut, nameIn(dir)) }, 'damaged commit folder');
  const earlier = await setAside(ctx, dir);
  const prove = async (name: string): Promise<Proof> => proofs?.get(name) ?? proveName(fs, out, shownOut, name, earlier);
  for (const name of [...fresh.record.keluaran.keys()].sort(byCodePoint)) {
    const staged = join(dir, name);
    if ((await explained(join(shownOut, name), () => entryOf(fs, staged))) === null) continue; // moved in before an interruption
    requireProven(await prove(name), shownOut);
    await explained(join(shownOut, name), async () => {
      if (parentsOf(name).length > 0) await makeFolders(fs, dirname(join(out, name)));
      await fs.rename(staged, join(out, name));
    });
  }
  const removed: string[] = [];
  for (const name of [...(earlier?.keluaran.keys() ?? [])].filter((n) => !fresh.record.keluaran.has(n)).sort(byCodePoint)) {
    // Never ours to remove: an input, or a file changed since (it stays as it is, listed nowhere).
    if (await isInput(fs, out, name, ctx.inputs)) continue;
    const proof = await prove(name);
    if (proof.status === 'proven') {
      await explained(join(shownOut, name), () => fs.rm(join(out, name), { force: true }));
      removed.push(name);
    }
    // Also when an interrupted attempt removed the file but not yet its emptied folder.
    if (proof.status === 'proven' || proof.status === 'absent') await removeEmptyParents(fs, out, shownOut, name);
  }
  await explained(shownOut, async () => {
    for (const folder of foldersOf(fresh.record.keluaran.keys())) await fs.sync(join(out, folder));
    await fs.rename(join(dir, RINGKASAN), join(out, RINGKASAN));
    await fs.sync(out);
    await fs.rm(dir, { recursive: true, force: true });
  });
  return { removed };
}

/**
 * Moves the earlier ringkasan.json into the commit folder (unless an interrupted attempt did) and
 * returns its record: from here until the new one is renamed in, the folder holds no
 * ringkasan.json, so no reader mistakes a half-replaced folder for a run.
 */
async function setAside(ctx: FolderContext, dir: string): Promise<RunRecord | null> {
  const { fs, out, shownOut } = ctx;
  const aside = join(dir, SET_ASIDE);
  if ((await explained(join(shownOut, RINGKASAN), () => entryOf(fs, aside))) === null) {
    const current = await readRecordAt(fs, join(out, RINGKASAN), join(shownOut, RINGKASAN));
    if (current.kind === 'foreign') {
      throw new OutputError('output.ringkasan-foreign', { path: join(shownOut, RINGKASAN), out: shownOut }, `${shownOut}/${RINGKASAN} is not ours`);
    }
    if (current.kind === 'none') return null;
    await explained(join(shownOut, RINGKASAN), () => fs.rename(join(out, RINGKASAN), aside));
  }
  const state = await readRecordAt(fs, aside, join(shownOut, nameIn(dir), SET_ASIDE));
  return state.kind === 'run' ? state.record : null;
}

export interface Recovery {
  /** `discarded`: a run killed before its commit began (nothing had changed); `completed`: one killed during it. */
  readonly kind: 'discarded' | 'completed';
  readonly removed: readonly string[];
}

/**
 * What a run killed without cleaning up (SIGKILL, power cut) left in `--out`, put right under the
 * lock before the next run starts: staging folders thrown away, begun commits completed, a lock
 * moved aside by a take-over removed.
 */
export async function recover(ctx: FolderContext): Promise<Recovery[]> {
  const { fs, out, shownOut } = ctx;
  const names = (await explained(shownOut, () => fs.readdir(out))).sort(byCodePoint);
  const done: Recovery[] = [];
  for (const name of names) {
    if (name.startsWith(STAGING_PREFIX)) done.push({ kind: 'discarded', removed: [] });
    if (name.startsWith(STAGING_PREFIX) || name.startsWith(LOCK_GRAVE_PREFIX)) {
      await explained(join(shownOut, name), () => fs.rm(join(out, name), { recursive: true, force: true }));
    }
  }
  for (const name of names.filter((n) => n.startsWith(COMMIT_PREFIX))) {
    const { removed } = await finishCommit(ctx, join(out, name));
    done.push({ kind: 'completed', removed });
  }
  return done;
}

/** An empty subfolder of ours (`excel/`) goes with its last file; a folder with anything in it stays. */
async function removeEmptyParents(fs: CommitFs, out: string, shownOut: string, name: string): Promise<void> {
  for (const parent of parentsOf(name).reverse()) {
    try {
      await fs.rmdir(join(out, parent));
    } catch (err) {
      if (['ENOTEMPTY', 'EEXIST', 'ENOENT', 'ENOTDIR'].includes(codeOf(err) ?? '')) return;
      throw explainOsError(err, join(shownOut, parent));
    }
  }
}

/** The subfolders the names lie in, innermost first, each once. */
function foldersOf(names: Iterable<string>): string[] {
  return [...new Set([...names].flatMap((n) => parentsOf(n).reverse()))];
}

function nameIn(dir: string): string {
  return dir.slice(dirname(dir).length + 1);
}
