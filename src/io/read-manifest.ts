import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { InputError } from '../errors.js';
import type { ManifestSide } from '../core/compare/banding.js';
import type { Table } from '../core/report/table.js';

/**
 * Reads a manifest folder for `banding`. A folder without `ringkasan.json` and `pengadaan.csv` is
 * not a manifest (exit 3); one written in another format version is refused by name, because its
 * columns may mean something else.
 */
export async function readManifestFolder(folder: string, cwd: string, expectedVersion: number): Promise<ManifestSide & { versi: number }> {
  const dir = resolve(cwd, folder);
  const isDir = await stat(dir).then((s) => s.isDirectory(), () => false);
  if (!isDir) throw new InputError('banding-not-folder', { folder });
  const ringkasan = await readFile(join(dir, 'ringkasan.json'), 'utf8').catch(() => null);
  const pengadaan = await readFile(join(dir, 'pengadaan.csv'), 'utf8').catch(() => null);
  const tps = await readFile(join(dir, 'distribusi-tps.csv'), 'utf8').catch(() => null);
  const missing = [ringkasan === null ? 'ringkasan.json' : '', pengadaan === null ? 'pengadaan.csv' : '', tps === null ? 'distribusi-tps.csv' : ''].filter(Boolean);
  if (ringkasan === null || pengadaan === null || tps === null) throw new InputError('banding-not-manifest', { folder, missing: missing.join(', ') });
  const versi = versionOf(ringkasan);
  if (versi !== expectedVersion) throw new InputError('banding-format-version', { folder, versi: versi ?? '?', expected: expectedVersion });
  return { versi, pengadaan: csvTable(pengadaan, folder), distribusiTps: csvTable(tps, folder) };
}

function versionOf(text: string): number | null {
  try {
    const doc = JSON.parse(text) as { versi_format?: unknown };
    return typeof doc.versi_format === 'number' ? doc.versi_format : null;
  } catch {
    return null;
  }
}

function csvTable(text: string, folder: string): Table {
  try {
    const rows = parse(text, { bom: true }) as string[][];
    const [columns = [], ...rest] = rows;
    return { columns, rows: rest };
  } catch {
    throw new InputError('banding-not-manifest', { folder, missing: 'CSV' });
  }
}
