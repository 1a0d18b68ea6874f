/**
 * What an earlier run left in `--out`, read from its ringkasan.json: which command wrote it and the
 * SHA-256 of every other file it wrote (`keluaran`). This is the only evidence the tool accepts
 * that a file is its own.
 */
import { join } from 'node:path';
import { codeOf, entryOf, type CommitFs } from './fs.js';
import { isOutputName, RINGKASAN } from './names.js';
import { explained } from './os-error.js';

export interface RunRecord {
  /** `perintah`; for a ringkasan.json written before it existed, inferred (see commandOf). */
  readonly perintah: string;
  /** keluaran: name → SHA-256. */
  readonly keluaran: ReadonlyMap<string, string>;
}

/** `none`: no ringkasan.json; `foreign`: one the tool did not write (or cannot be sure it did). */
export type RecordState = { readonly kind: 'none' } | { readonly kind: 'foreign' } | { readonly kind: 'run'; readonly record: RunRecord };

export async function readRecordState(fs: CommitFs, out: string, shownOut: string): Promise<RecordState> {
  return readRecordAt(fs, join(out, RINGKASAN), join(shownOut, RINGKASAN));
}

/** An OS error while reading it (a folder that cannot be read) is explained with `shown`. */
export async function readRecordAt(fs: CommitFs, path: string, shown: string): Promise<RecordState> {
  return explained(shown, () => readRecord(fs, path));
}

async function readRecord(fs: CommitFs, path: string): Promise<RecordState> {
  const entry = await entryOf(fs, path);
  if (entry === null) return { kind: 'none' };
  if (!entry.isFile()) return { kind: 'foreign' };
  let text: string;
  try {
    text = (await fs.readFile(path)).toString('utf8');
  } catch (err) {
    if (codeOf(err) === 'ENOENT') return { kind: 'none' };
    throw err;
  }
  const record = parseRecord(text);
  return record ? { kind: 'run', record } : { kind: 'foreign' };
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * A ringkasan.json of ours: a JSON object whose `alat.nama` is `logistik` and whose `keluaran`
 * lists files by believable names with SHA-256 digests. One odd entry (a name that would leave
 * `--out`, a digest that is not one) makes the whole document untrustworthy: nothing it lists may
 * be replaced or removed on its word.
 */
export function parseRecord(text: string): RunRecord | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(doc) || !isObject(doc.alat) || doc.alat.nama !== 'logistik' || !Array.isArray(doc.keluaran)) return null;
  const keluaran = new Map<string, string>();
  for (const entry of doc.keluaran as unknown[]) {
    if (!isObject(entry) || typeof entry.berkas !== 'string' || typeof entry.sha256 !== 'string') return null;
    if (!isOutputName(entry.berkas) || entry.berkas === RINGKASAN || !SHA256.test(entry.sha256)) return null;
    keluaran.set(entry.berkas, entry.sha256);
  }
  return { perintah: commandOf(doc.perintah, keluaran), keluaran };
}

/**
 * A ringkasan.json written before `perintah` existed came from `hitung` or `validasi`, the only
 * commands then: `hitung` when it listed `pengadaan.csv`. A hitung that stopped on errors wrote
 * what validasi writes and reads as validasi, which hitung may replace (ownership.ts).
 */
function commandOf(perintah: unknown, keluaran: ReadonlyMap<string, string>): string {
  if (typeof perintah === 'string' && perintah !== '') return perintah;
  return keluaran.has('pengadaan.csv') ? 'hitung' : 'validasi';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
