import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { OutputError } from '../errors.js';

/** The file-system calls the writer needs; injectable so a test can make a write fail midway. */
export interface OutputFs {
  mkdir(path: string, opts: { recursive: boolean }): Promise<unknown>;
  writeFile(path: string, data: string | Uint8Array, opts: { flush: boolean }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, opts: { recursive?: boolean; force: boolean }): Promise<void>;
  realpath(path: string): Promise<string>;
}

export const nodeOutputFs: OutputFs = nodeFs;

export interface OutputFile {
  /** A file name of ours inside `--out`, possibly in a subfolder of ours (`excel/pengadaan.csv`). */
  readonly name: string;
  readonly data: string | Uint8Array;
}

export interface WriteSetOptions {
  /** Names of ours to remove from `--out` if present (stale manifests after a failed validation). */
  readonly remove: readonly string[];
  /** Absolute paths of the inputs: never written over. */
  readonly inputs: readonly string[];
  readonly fs?: OutputFs;
}

/**
 * Writes a set of files into `outDir` all together or not at all: every file is written and flushed
 * into a temporary folder beside `outDir` first; only then are they renamed into place (each rename
 * is atomic, and `ringkasan.json`, which holds the digests of the others, is placed last). A run
 * that fails or is killed while writing leaves the previous files whole. Only our own names are
 * written, replaced or removed: other files in `outDir` are never touched.
 */
export async function writeFileSet(outDir: string, files: readonly OutputFile[], opts: WriteSetOptions): Promise<void> {
  const fs = opts.fs ?? nodeOutputFs;
  const out = resolve(outDir);
  await refuseInputs(fs, out, files, opts.inputs);
  const tmp = join(dirname(out), `.${basename(out)}.tmp-${process.pid}-${Date.now().toString(36)}`);
  try {
    await fs.mkdir(dirname(out), { recursive: true });
    await fs.mkdir(tmp, { recursive: true });
    for (const file of files) {
      await fs.mkdir(dirname(join(tmp, file.name)), { recursive: true });
      await fs.writeFile(join(tmp, file.name), file.data, { flush: true });
    }
    await fs.mkdir(out, { recursive: true });
    for (const file of placeLast(files, 'ringkasan.json')) {
      await fs.mkdir(dirname(join(out, file.name)), { recursive: true });
      await fs.rename(join(tmp, file.name), join(out, file.name));
    }
    for (const name of opts.remove) await fs.rm(join(out, name), { force: true });
  } catch (err) {
    throw new OutputError('output-write-failed', { path: outDir, reason: reasonOf(err) }, `cannot write ${outDir}: ${reasonOf(err)}`);
  } finally {
    await fs.rm(tmp, { recursive: true, force: true }).catch(() => undefined);
  }
}

function placeLast(files: readonly OutputFile[], name: string): OutputFile[] {
  return [...files.filter((f) => f.name !== name), ...files.filter((f) => f.name === name)];
}

async function refuseInputs(fs: OutputFs, out: string, files: readonly OutputFile[], inputs: readonly string[]): Promise<void> {
  const real = new Set<string>();
  for (const input of inputs) real.add(await fs.realpath(input).catch(() => resolve(input)));
  for (const file of files) {
    const target = join(out, file.name);
    const targetReal = await fs.realpath(target).catch(() => target);
    if (real.has(targetReal) || real.has(target)) {
      throw new OutputError('output-is-input', { path: target }, `refusing to write over input ${target}`);
    }
  }
}

function reasonOf(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') return err.code;
  return err instanceof Error ? err.message : String(err);
}
