/** Shared pieces of the commit-protocol tests: runs of known files, folder snapshots, fs faults. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeCommitFs, openRun, type CommitFs, type OpenRunOptions, type OutputFile } from '../../src/io/commit.js';

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** A ringkasan.json of ours listing `files` (the least the protocol reads: alat, keluaran, perintah). */
export function ringkasanOf(files: readonly OutputFile[], perintah: string | null = 'hitung'): string {
  const keluaran = [...files].sort((a, b) => (a.name < b.name ? -1 : 1)).map((f) => ({ berkas: f.name, sha256: sha256Hex(f.data) }));
  const doc: Record<string, unknown> = { versi_format: 1, alat: { nama: 'logistik', versi: 'test' }, keluaran };
  if (perintah !== null) doc.perintah = perintah;
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Writes `files` plus their ringkasan.json into `out` through a whole run session. */
export async function commitSet(out: string, files: readonly OutputFile[], opts: Partial<OpenRunOptions> = {}): Promise<readonly string[]> {
  const run = await openRun(out, { command: 'hitung', reads: [], ...opts });
  try {
    for (const f of files) await run.write(f.name, f.data);
    await run.write('ringkasan.json', ringkasanOf(files, opts.command ?? 'hitung'));
    return (await run.commit()).removed;
  } finally {
    await run.abort();
  }
}

/** Every file under `dir` (hidden ones included), relative path → content. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = new Map<string, string>();
  for (const e of entries) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    files.set(path.slice(dir.length + 1), await readFile(path, 'utf8'));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The folder as a run left it: its files match its ringkasan.json, and nothing of the protocol is left. */
export async function expectRunOf(dir: string, files: readonly OutputFile[], perintah = 'hitung'): Promise<void> {
  const want = new Map(files.map((f) => [f.name, String(f.data)]));
  want.set('ringkasan.json', ringkasanOf(files, perintah));
  const { expect } = await import('vitest');
  expect(Object.fromEntries(await snapshot(dir))).toEqual(Object.fromEntries(want));
}

/** An error as node's fs throws it. */
export function osError(code: string, message = code): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/** nodeCommitFs with one call replaced. */
export function faultyFs(overrides: Partial<CommitFs>): CommitFs {
  return { ...nodeCommitFs, ...overrides };
}

/** Waits until `check` holds; the test's own timeout is the only limit (no timing is asserted). */
export async function until(check: () => Promise<boolean> | boolean): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 20));
}

/** The protocol's entries in a folder: the lock, staging and commit folders (all start with a dot). */
export async function hiddenIn(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [])).filter((n) => n.startsWith('.'));
}
