import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ConfigError, InputError } from '../errors.js';

/** Reads a JSON config file. Unreadable or not JSON is a config error (exit 2), named by file. */
export async function readConfigFile(path: string, cwd: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch {
    throw new ConfigError('config-unreadable', { file: path });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (err) {
    throw new ConfigError('config-not-json', { file: path, detail: err instanceof Error ? err.message : String(err) });
  }
}

export interface DapilRow {
  readonly kode_wilayah: string;
  readonly jenis: string;
  readonly dapil: string;
  readonly line: number;
}

/**
 * Reads the `--dapil` mapping (`kode_wilayah,jenis,dapil`). It is small, so csv-parse's sync API
 * is fine here; the value checks are the core's (parseDapil).
 */
export async function readDapilFile(path: string, cwd: string): Promise<DapilRow[]> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch {
    throw new InputError('input-missing', { berkas: path });
  }
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    // info.lines is where a record ends; mapping rows never span lines, so it is where they start.
    records = parse(text, { bom: true, columns: (h: string[]) => h.map((n) => n.trim().toLowerCase()), skip_empty_lines: true, info: true });
  } catch (err) {
    throw new InputError('dapil-unreadable', { berkas: path, detail: err instanceof Error ? err.message : String(err) });
  }
  return records.map(({ record: r, info }) => ({
    kode_wilayah: (r.kode_wilayah ?? '').trim(),
    jenis: (r.jenis ?? '').trim(),
    dapil: (r.dapil ?? '').trim(),
    line: info.lines,
  }));
}
