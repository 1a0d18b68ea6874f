/**
 * `hitung --check`: what a run would write, compared byte for byte with `--out` and its own
 * ringkasan.json, writing nothing. Only files the would-be run writes or the recorded
 * ringkasan.json lists are compared (unlisted files are ignored). A listed file whose bytes no
 * longer match the recorded digest was changed after writing. When something differs the check
 * says which recorded facts changed (inputs, config, dapil, options, tool version), shows the
 * numbers that differ, and points to `logistik banding` — the folder is evidence, never to be
 * overwritten to make a check pass.
 */
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { OutputFile } from '../io/commit.js';
import { sha256, sha256File } from '../io/hash.js';
import type { SetFile } from './outputs.js';
import { findRunFolder, manifestOf, MANIFEST_PARTS, requireHitung, type RunFolder } from '../io/manifest/index.js';
import { compareManifests, type Banding } from '../core/compare/banding.js';
import { explainChange, type Cause } from '../core/compare/check.js';
import { parseRecordedRun, RINGKASAN_FILE, type RecordedRun } from '../core/manifest/index.js';
import { ringkasanText } from '../core/report/ringkasan.js';
import { byCodePoint } from '../core/report/sort.js';

export type Drift =
  /** `baris`: the first line that differs; null for a file that is not text (the workbook). */
  | { readonly berkas: string; readonly status: 'beda'; readonly baris: number | null }
  | { readonly berkas: string; readonly status: 'hilang' | 'lebih' | 'diubah' | 'versi_alat' };

/** `perbedaan` of `--check --json`: the verdict, the files, the causes and the numbers. */
export interface CheckResult {
  /** True when nothing differs but, at most, `alat.versi` in ringkasan.json (then exit 0). */
  readonly sama: boolean;
  readonly berkas: readonly Drift[];
  /** null when `--out` holds no ringkasan.json: nothing was recorded to compare with. */
  readonly sebab: readonly Cause[] | null;
  /** The manifest in `--out` against the would-be one; null when either has no manifests to compare. */
  readonly angka: Banding | null;
}

/**
 * The recorded run in `--out`, read before anything else so its options can be reused. A folder or
 * ringkasan.json that is not there is no record (null); one that cannot be parsed is kept as the
 * error, thrown after the config has been checked (config errors come first, contract).
 */
export async function recordedRun(out: string, cwd: string): Promise<{ run: RunFolder | null; error: unknown }> {
  try {
    const found = await findRunFolder(out, cwd, { load: MANIFEST_PARTS });
    return { run: typeof found === 'string' ? null : found, error: null };
  } catch (err) {
    return { run: null, error: err };
  }
}

export async function checkAgainst(out: string, cwd: string, files: readonly SetFile[], recorded: RunFolder | null): Promise<CheckResult> {
  const berkas = await compareWithFolder(out, cwd, files, recorded);
  const sama = berkas.every((d) => d.status === 'versi_alat');
  if (sama || recorded === null) return { sama, berkas, sebab: recorded === null ? null : [], angka: null };
  const wouldBe = wouldBeRun(out, files);
  const sebab = wouldBe === null ? [] : explainChange(recorded.ringkasan, wouldBe.ringkasan);
  return { sama, berkas, sebab, angka: wouldBe === null ? null : numbers(recorded, wouldBe) };
}

function bytesOf(file: OutputFile): Buffer {
  return typeof file.data === 'string' ? Buffer.from(file.data, 'utf8') : Buffer.from(file.data);
}

async function compareWithFolder(out: string, cwd: string, files: readonly SetFile[], recorded: RunFolder | null): Promise<Drift[]> {
  const dir = resolve(cwd, out);
  const listed = new Map((recorded?.ringkasan.keluaran ?? []).map((k) => [k.berkas, k.sha256]));
  const drift: Drift[] = [];
  for (const file of files) {
    if ('path' in file) {
      drift.push(...(await compareOnDisk(file, join(dir, file.name), listed.get(file.name))));
      continue;
    }
    const want = bytesOf(file);
    const actual = await readFile(join(dir, file.name)).catch(() => null);
    const recordedSha = listed.get(file.name);
    if (actual === null) drift.push({ berkas: file.name, status: 'hilang' });
    else if (recordedSha !== undefined && sha256(actual) !== recordedSha) drift.push({ berkas: file.name, status: 'diubah' });
    else if (!want.equals(actual)) drift.push(file.name === RINGKASAN_FILE && onlyVersionDiffers(actual, want) ? { berkas: file.name, status: 'versi_alat' } : { berkas: file.name, status: 'beda', baris: typeof file.data === 'string' ? firstDifferentLine(want, actual) : null });
  }
  const written = new Set(files.map((f) => f.name));
  for (const name of listed.keys()) {
    if (written.has(name)) continue;
    const present = await readFile(join(dir, name)).then(() => true, () => false);
    drift.push({ berkas: name, status: present ? 'lebih' : 'hilang' });
  }
  return drift.sort((a, b) => byCodePoint(a.berkas, b.berkas));
}

/** ringkasan.json equal to the would-be one once its `alat.versi` is set to this version's. */
function onlyVersionDiffers(actual: Buffer, want: Buffer): boolean {
  try {
    const doc = JSON.parse(actual.toString('utf8')) as { alat?: { versi?: unknown } };
    const now = JSON.parse(want.toString('utf8')) as { alat: { versi: string } };
    if (typeof doc.alat !== 'object' || doc.alat === null || ringkasanText(doc) !== actual.toString('utf8')) return false;
    doc.alat.versi = now.alat.versi;
    return ringkasanText(doc) === want.toString('utf8');
  } catch {
    return false;
  }
}

/**
 * A file the run merged on disk (validasi.csv can be gigabytes), against the one in --out: hashed
 * and compared a piece at a time, never held whole.
 */
async function compareOnDisk(file: { name: string; path: string }, there: string, recordedSha: string | undefined): Promise<Drift[]> {
  const line = await firstDifferentLineOfFiles(file.path, there);
  if (line === 'missing') return [{ berkas: file.name, status: 'hilang' }];
  if (recordedSha !== undefined && (await sha256File(there)) !== recordedSha) return [{ berkas: file.name, status: 'diubah' }];
  return line === null ? [] : [{ berkas: file.name, status: 'beda', baris: line }];
}

/** 1-based number of the first line where the two texts differ. */
export function firstDifferentLine(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length);
  let line = 1;
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return line;
    if (a[i] === 0x0a) line++;
  }
  return line;
}

/** The would-be files as a run folder, so the one reader parses both sides the same way. */
function wouldBeRun(out: string, set: readonly SetFile[]): { ringkasan: RecordedRun; folder: RunFolder } | null {
  const files = set.filter((f): f is OutputFile => 'data' in f);
  const text = files.find((f) => f.name === RINGKASAN_FILE);
  if (text === undefined) return null;
  const parsed = parseRecordedRun(JSON.parse(bytesOf(text).toString('utf8')));
  if (!parsed.ok) throw new Error(`the would-be ringkasan.json fails its own schema: ${parsed.detail}`);
  const loaded = new Map(files.map((f) => [f.name, bytesOf(f)]));
  const folder: RunFolder = { folder: out, dir: '', ringkasan: parsed.run, ringkasanText: bytesOf(text).toString('utf8'), loaded, changed: [], masukan: [] };
  return { ringkasan: parsed.run, folder };
}

/**
 * The numbers behind a difference: the manifest in --out (only when every file it needs matched
 * its digest, and parsed strictly: exit 3 if it cannot be) against the would-be one.
 */
function numbers(recorded: RunFolder, wouldBe: { folder: RunFolder }): Banding | null {
  const listed = new Set(recorded.ringkasan.keluaran.map((k) => k.berkas));
  const complete = (run: RunFolder): boolean => MANIFEST_PARTS.every((p) => run.loaded.has(p));
  if (!MANIFEST_PARTS.every((p) => listed.has(p)) || !complete(recorded) || !complete(wouldBe.folder)) return null;
  requireHitung(recorded);
  let before;
  try {
    before = manifestOf(recorded);
  } catch (err) {
    // Its konfigurasi.json no longer resolves to itself with this version's presets: the causes
    // (konfigurasi_sha256, versi_alat) say why; the numbers cannot be read with these rules.
    if (err instanceof InputError && err.key === 'manifest-config-differs') return null;
    throw err;
  }
  return compareManifests(before, manifestOf(wouldBe.folder));
}

const PIECE = 1024 * 1024;

/**
 * firstDifferentLine for two files read a piece at a time: null when equal, 'missing' when the
 * second cannot be opened.
 */
export async function firstDifferentLineOfFiles(want: string, actual: string): Promise<number | 'missing' | null> {
  const b = await open(actual, 'r').catch(() => null);
  if (b === null) return 'missing';
  const a = await open(want, 'r');
  try {
    const x = Buffer.allocUnsafe(PIECE);
    const y = Buffer.allocUnsafe(PIECE);
    let line = 1;
    for (;;) {
      const [n, m] = [await readFull(a, x), await readFull(b, y)];
      const k = Math.min(n, m);
      if (x.subarray(0, k).equals(y.subarray(0, k))) {
        for (let i = x.indexOf(0x0a); i !== -1 && i < k; i = x.indexOf(0x0a, i + 1)) line++;
      } else {
        return line + firstDifferentLine(x.subarray(0, k), y.subarray(0, k)) - 1;
      }
      if (n !== m) return line;
      if (n === 0) return null;
    }
  } finally {
    await a.close();
    await b.close();
  }
}

/** Reads until the buffer is full or the file ends; returns the bytes read. */
async function readFull(fh: FileHandle, buf: Buffer): Promise<number> {
  let n = 0;
  while (n < buf.length) {
    const { bytesRead } = await fh.read(buf, n, buf.length - n, null);
    if (bytesRead === 0) break;
    n += bytesRead;
  }
  return n;
}
