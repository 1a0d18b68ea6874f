/**
 * A folder some command wrote, opened the one way every reader opens it: its `ringkasan.json`
 * parsed and checked (shape, `versi_format`), then every file its `keluaran` lists hashed and
 * compared with the recorded SHA-256. A file that is missing or no longer matches is reported as
 * "changed after writing" (data, not an exception: `--check` and `banding` report it as a
 * difference; readManifest turns it into exit 1). What cannot be read or parsed is exit 3.
 */
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '../../errors.js';
import { parseRecordedRun, RINGKASAN_FILE, versionOf, type RecordedRun } from '../../core/manifest/index.js';
import { VERSI_FORMAT, type BerkasDigest } from '../../core/report/ringkasan.js';
import { sha256, sha256File } from '../hash.js';
import { recordedName } from '../inputs.js';

export interface ChangedFile {
  readonly berkas: string;
  /** `diubah`: its bytes no longer match; `hilang`: it is gone. */
  readonly status: 'diubah' | 'hilang';
  readonly tercatat: string;
  /** The digest of what is there now; null when it is gone. */
  readonly sekarang: string | null;
}

export interface RunFolder {
  /** The folder as given (messages name it so). */
  readonly folder: string;
  readonly dir: string;
  readonly ringkasan: RecordedRun;
  /** The bytes of ringkasan.json as read. */
  readonly ringkasanText: string;
  /** The bytes of the files asked for in `load` that match their digests. */
  readonly loaded: ReadonlyMap<string, Buffer>;
  /** Listed files that are gone or no longer match: the folder changed after it was written. */
  readonly changed: readonly ChangedFile[];
  /** Every file read, named `<folder>/<file>`, with its digest: the reading command's `masukan`. */
  readonly masukan: readonly BerkasDigest[];
}

export interface OpenOptions {
  /** Files of `keluaran` to return the bytes of (when they match); the others are only hashed. */
  readonly load?: readonly string[];
}

/** Opens a run folder; a folder that is not there, or has no ringkasan.json, is exit 3. */
export async function openRunFolder(folder: string, cwd: string, opts: OpenOptions = {}): Promise<RunFolder> {
  const found = await findRunFolder(folder, cwd, opts);
  if (found === 'no-folder') throw new InputError('manifest-not-folder', { folder });
  if (found === 'no-ringkasan') throw new InputError('manifest-no-ringkasan', { folder });
  return found;
}

/** As openRunFolder, but says what is missing instead of throwing (`--check` on a fresh --out). */
export async function findRunFolder(folder: string, cwd: string, opts: OpenOptions = {}): Promise<RunFolder | 'no-folder' | 'no-ringkasan'> {
  const dir = resolve(cwd, folder);
  if (!(await isFolder(folder, cwd))) return 'no-folder';
  const path = join(dir, RINGKASAN_FILE);
  const exists = await stat(path).then(() => true, () => false);
  if (!exists) return 'no-ringkasan';
  const bytes = await readBytes(path, runFileName(folder, RINGKASAN_FILE));
  const text = bytes.toString('utf8');
  const ringkasan = parseRingkasan(text, runFileName(folder, RINGKASAN_FILE), folder);
  const loaded = new Map<string, Buffer>();
  const changed: ChangedFile[] = [];
  const masukan: BerkasDigest[] = [{ berkas: runFileName(folder, RINGKASAN_FILE), sha256: sha256(bytes) }];
  const load = new Set(opts.load ?? []);
  for (const k of ringkasan.keluaran) {
    const file = join(dir, k.berkas);
    const present = await stat(file).then((s) => s.isFile(), () => false);
    if (!present) {
      changed.push({ berkas: k.berkas, status: 'hilang', tercatat: k.sha256, sekarang: null });
      continue;
    }
    // A file the caller uses is hashed from the very bytes it gets, so what is checked is what is used.
    const data = load.has(k.berkas) ? await readBytes(file, runFileName(folder, k.berkas)) : null;
    const digest = data !== null ? sha256(data) : await sha256File(file).catch((err: unknown) => unreadable(runFileName(folder, k.berkas), err));
    masukan.push({ berkas: runFileName(folder, k.berkas), sha256: digest });
    if (digest !== k.sha256) changed.push({ berkas: k.berkas, status: 'diubah', tercatat: k.sha256, sekarang: digest });
    else if (data !== null) loaded.set(k.berkas, data);
  }
  return { folder, dir, ringkasan, ringkasanText: text, loaded, changed, masukan };
}

/** Whether the folder is there: a command whose --out lies inside it asks before its run opens. */
export async function isFolder(folder: string, cwd: string): Promise<boolean> {
  return stat(resolve(cwd, folder)).then((s) => s.isDirectory(), () => false);
}

/** `<folder>/<file>` as data files name it (an absolute folder by its base name). */
export function runFileName(folder: string, file: string): string {
  return `${recordedName(folder).replace(/\/+$/, '')}/${file}`;
}

async function readBytes(path: string, berkas: string): Promise<Buffer> {
  return readFile(path).catch((err: unknown) => unreadable(berkas, err));
}

function unreadable(berkas: string, err: unknown): never {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : String(err);
  throw new InputError('manifest-unreadable', { berkas, detail: code });
}

function parseRingkasan(text: string, berkas: string, folder: string): RecordedRun {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new InputError('manifest-ringkasan-invalid', { berkas, detail: err instanceof Error ? err.message : String(err) });
  }
  const versi = versionOf(doc);
  if (versi !== VERSI_FORMAT) throw new InputError('manifest-format-version', { folder, versi: versi ?? '?', expected: VERSI_FORMAT });
  const parsed = parseRecordedRun(doc);
  if (!parsed.ok) throw new InputError('manifest-ringkasan-invalid', { berkas, detail: parsed.detail });
  return parsed.run;
}
