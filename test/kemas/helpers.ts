/** Running hitung then kemas in a temporary folder, and reading what they wrote. */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import { FIXTURES, runInProcess, tempDir, type CliRun } from '../helpers/cli.js';

export type Rec = Record<string, string>;

export async function csv(path: string): Promise<Rec[]> {
  return parse(await readFile(path, 'utf8'), { columns: true }) as Rec[];
}

export async function json<T = Record<string, unknown>>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

/** A temporary folder with the files given (name → text). */
export async function folderWith(files: Readonly<Record<string, string>>): Promise<string> {
  const dir = await tempDir();
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

/** `logistik hitung ARGS -o manifest` in `dir`; it must succeed. */
export async function hitung(dir: string, args: readonly string[]): Promise<string> {
  const r = await runInProcess(['hitung', ...args, '-o', 'manifest', '--quiet'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return join(dir, 'manifest');
}

/** A folder with the bundled example (4 TPS of Prabumulih, Pilkada) computed into manifest/. */
export async function withManifest(extra: readonly string[] = []): Promise<string> {
  const dir = await tempDir();
  await cp(join(FIXTURES, 'contoh/pemilih.csv'), join(dir, 'dpt.csv'));
  await hitung(dir, ['-p', 'pilkada-2024', 'dpt.csv', ...extra]);
  return dir;
}

/**
 * Changes one number of a manifest file and records the new digest in its ringkasan.json, as a
 * hand edit with a re-hash would: the reader cannot tell, only kemas's own sums can.
 */
export async function editAndRehash(dir: string, file: string, line: number, column: string, delta: number): Promise<void> {
  const path = join(dir, 'manifest', file);
  const rows = (await readFile(path, 'utf8')).split('\n');
  const at = (rows[0] ?? '').split(',').indexOf(column);
  const cells = (rows[line - 1] ?? '').split(',');
  cells[at] = String(Number(cells[at]) + delta);
  rows[line - 1] = cells.join(',');
  const text = rows.join('\n');
  await writeFile(path, text);
  const ring = join(dir, 'manifest/ringkasan.json');
  const doc = JSON.parse(await readFile(ring, 'utf8')) as { keluaran: Array<{ berkas: string; sha256: string }> };
  for (const k of doc.keluaran) if (k.berkas === file) k.sha256 = createHash('sha256').update(text).digest('hex');
  await writeFile(ring, `${JSON.stringify(doc, null, 2)}\n`);
}

export function kemas(dir: string, args: readonly string[] = ['manifest'], env: Record<string, string> = {}): Promise<CliRun> {
  return runInProcess(['kemas', ...args], { cwd: dir, env });
}

/** The five CSVs and ringkasan.json of a kemas folder, parsed. */
export async function kemasFiles(out: string): Promise<{ tps: Rec[]; ambil: Rec[]; koli: Rec[]; ppk: Rec[]; pps: Rec[]; ringkasan: Record<string, unknown> }> {
  return {
    tps: await csv(join(out, 'kemas-tps.csv')),
    ambil: await csv(join(out, 'ambil-koli.csv')),
    koli: await csv(join(out, 'koli-kabkota.csv')),
    ppk: await csv(join(out, 'serah-terima-ppk.csv')),
    pps: await csv(join(out, 'serah-terima-pps.csv')),
    ringkasan: await json(join(out, 'ringkasan.json')),
  };
}

export const n = (v: string | undefined): number => Number(v);

/** Σ jumlah of rows per `kode_barang [varian]`. */
export function sums(rows: readonly Rec[], column = 'jumlah'): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.kode_barang} [${r.varian}]`;
    out.set(key, (out.get(key) ?? 0) + n(r[column]));
  }
  return out;
}
