/**
 * Ownership of `--out`: the tool never deletes or replaces a file it cannot prove it wrote.
 *
 * - A folder belongs to the command whose ringkasan.json is in it. Only that command writes there
 *   again, with one exception: `hitung` may replace a `validasi` run, because everything a validasi
 *   run holds (validasi.csv, ringkasan.json) is also what hitung writes, so nothing of it is left
 *   behind (and a hitung of an older version that stopped on errors reads as validasi). Any other
 *   command's folder is refused (exit 2) before input is read: `validasi` into a hitung folder,
 *   and every later command (terima, kemas, petakan, cetak) into any folder but its own.
 * - A file may be replaced or removed only when that ringkasan.json lists it with the SHA-256 the
 *   file has on disk now. A file the tool did not write, or one edited since, stops the run (exit
 *   3, naming it) before anything is changed.
 */
import { join } from 'node:path';
import { OutputError, UsageError } from '../../errors.js';
import { compareCodePoints as byCodePoint } from '../../core/code-point.js';
import { sha256File } from '../hash.js';
import { entryOf, type CommitFs } from './fs.js';
import { parentsOf, RINGKASAN } from './names.js';
import { explained } from './os-error.js';
import type { RecordState, RunRecord } from './record.js';

const MAY_REPLACE: Readonly<Record<string, readonly string[]>> = { hitung: ['validasi'] };

/** Refuses (exit 2) a folder that holds a run of a command this one may not replace. */
export function checkOwner(state: RecordState, command: string, shownOut: string): void {
  if (state.kind !== 'run') return;
  const earlier = state.record.perintah;
  if (earlier === command || (MAY_REPLACE[command] ?? []).includes(earlier)) return;
  throw new UsageError('usage.out-other-command', { out: shownOut, perintah: earlier, command }, `${shownOut} holds a ${earlier} run`);
}

export interface Proof {
  readonly status: 'absent' | 'proven' | 'changed' | 'foreign';
  /** The entry that decided: the name itself, or a folder on its way that is not a folder. */
  readonly name: string;
}

/** Whether `name` in `out` may be replaced or removed on the word of `record`. */
export async function proveName(fs: CommitFs, out: string, shownOut: string, name: string, record: RunRecord | null): Promise<Proof> {
  for (const parent of parentsOf(name)) {
    const entry = await explained(join(shownOut, parent), () => entryOf(fs, join(out, parent)));
    if (entry === null) return { status: 'absent', name };
    // A file, or a link to some other folder, where our subfolder goes: never write through it.
    if (!entry.isDirectory()) return { status: 'foreign', name: parent };
  }
  const entry = await explained(join(shownOut, name), () => entryOf(fs, join(out, name)));
  if (entry === null) return { status: 'absent', name };
  const listed = record?.keluaran.get(name);
  if (!entry.isFile() || listed === undefined) return { status: 'foreign', name };
  const actual = await explained(join(shownOut, name), () => sha256File(join(out, name)));
  return { status: actual === listed ? 'proven' : 'changed', name };
}

/** The proof of the earlier ringkasan.json itself: replaced by every run, so it must be ours. */
export function proveRingkasan(state: RecordState, shownOut: string): void {
  if (state.kind === 'foreign') {
    throw new OutputError('output.ringkasan-foreign', { path: join(shownOut, RINGKASAN), out: shownOut }, `${shownOut}/${RINGKASAN} is not ours`);
  }
}

/** Throws for a name that may not be replaced or removed. */
export function requireProven(proof: Proof, shownOut: string): void {
  if (proof.status === 'absent' || proof.status === 'proven') return;
  const path = join(shownOut, proof.name);
  const key = proof.status === 'changed' ? 'output.changed' : 'output.foreign';
  throw new OutputError(key, { path, out: shownOut }, `${path} is not proven to be ours (${proof.status})`);
}

/**
 * Every name the run claims (may write, or must clear), proven in code-point order so the error
 * names the same file every time. Returns the proofs for the commit to reuse.
 */
export async function proveClaims(fs: CommitFs, out: string, shownOut: string, names: Iterable<string>, state: RecordState): Promise<Map<string, Proof>> {
  proveRingkasan(state, shownOut);
  const record = state.kind === 'run' ? state.record : null;
  const proofs = new Map<string, Proof>();
  for (const name of [...new Set(names)].filter((n) => n !== RINGKASAN).sort(byCodePoint)) {
    const proof = await proveName(fs, out, shownOut, name, record);
    requireProven(proof, shownOut);
    proofs.set(name, proof);
  }
  return proofs;
}
