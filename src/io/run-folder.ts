/**
 * A folder another command wrote, opened for `cetak`: its ringkasan.json parsed, every file its
 * `keluaran` lists hashed and compared with the recorded SHA-256 (a file changed after writing
 * stops the run with exit 1, naming it), the files asked for returned as the very bytes that were
 * hashed, and every file read listed with its digest for cetak's own `masukan`.
 * TODO(merge): audit's io/manifest (openRunFolder, readStrictCsv, readManifest) is the one reader;
 * when it lands on main this file goes and cetak reads through it.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ExitCode, InputError, LogistikError } from '../errors.js';
import type { CsvCells } from '../core/manifest/run-table.js';
import { sha256 } from './hash.js';

export interface OpenedRun {
  readonly folder: string;
  readonly ringkasan: Readonly<Record<string, unknown>> & { readonly perintah?: string; readonly keluaran: ReadonlyArray<{ berkas: string; sha256: string }> };
  readonly loaded: ReadonlyMap<string, Buffer>;
  readonly masukan: ReadonlyArray<{ berkas: string; sha256: string }>;
}

/** `<folder>/<file>` as data files name it (an absolute folder by its base name). */
export function runFileName(folder: string, file: string): string {
  const shown = isAbsolute(folder) ? basename(folder) : folder;
  return `${shown.replace(/\/+$/, '')}/${file}`;
}

/**
 * Stops the run (exit 3) when the folder is not there. Called before the run session opens too,
 * whose default --out lies inside the folder: its staging must not make a missing folder appear.
 */
export async function requireFolder(folder: string, cwd: string): Promise<string> {
  const dir = resolve(cwd, folder);
  if (!(await stat(dir).then((s) => s.isDirectory(), () => false))) throw new InputError('cetak-not-folder', { folder });
  return dir;
}

export async function openRun(folder: string, cwd: string, load: readonly string[]): Promise<OpenedRun> {
  const dir = await requireFolder(folder, cwd);
  const ringkasanBytes = await readFile(join(dir, 'ringkasan.json')).catch(() => null);
  if (ringkasanBytes === null) throw new InputError('cetak-no-ringkasan', { folder });
  let doc: unknown;
  try {
    doc = JSON.parse(ringkasanBytes.toString('utf8'));
  } catch {
    throw new InputError('cetak-ringkasan-invalid', { berkas: runFileName(folder, 'ringkasan.json') });
  }
  const keluaran = (doc as { keluaran?: unknown }).keluaran;
  const ok = Array.isArray(keluaran) && keluaran.every((k) => typeof k?.berkas === 'string' && /^[0-9a-f]{64}$/.test(String(k?.sha256)) && !String(k.berkas).split('/').includes('..') && !isAbsolute(String(k.berkas)));
  if (!ok) throw new InputError('cetak-ringkasan-invalid', { berkas: runFileName(folder, 'ringkasan.json') });
  const ringkasan = doc as OpenedRun['ringkasan'];
  const loaded = new Map<string, Buffer>();
  const masukan = [{ berkas: runFileName(folder, 'ringkasan.json'), sha256: sha256(ringkasanBytes) }];
  // Every listed file is checked, not only those a page uses: a folder counts as a run only while all match.
  for (const k of ringkasan.keluaran) {
    const data = await readFile(join(dir, k.berkas)).catch(() => null);
    if (data === null || sha256(data) !== k.sha256) {
      throw new LogistikError(ExitCode.DataInvalid, 'cetak-changed', { folder, berkas: runFileName(folder, k.berkas) });
    }
    if (load.includes(k.berkas)) loaded.set(k.berkas, data);
    masukan.push({ berkas: runFileName(folder, k.berkas), sha256: k.sha256 });
  }
  return { folder, ringkasan, loaded, masukan };
}

/** A CSV the tool wrote: UTF-8, `,`, one header row (the strict checks of its cells are core's). */
export function csvCells(berkas: string, bytes: Buffer): CsvCells {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(bytes.toString('utf8'), { bom: false, relax_column_count: true, info: true }) as unknown as typeof records;
  } catch {
    throw new InputError('cetak-unreadable', { berkas });
  }
  const [head, ...body] = records;
  if (head === undefined) throw new InputError('cetak-unreadable', { berkas });
  let end = head.info.lines;
  const rows = body.map(({ record, info }) => {
    const line = end + 1;
    end = info.lines;
    return { line, cells: record };
  });
  return { berkas, header: head.record, rows };
}
