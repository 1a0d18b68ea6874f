import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { findJsonSyntaxError } from '../core/config/json-syntax.js';
import type { BerkasDigest } from '../core/report/ringkasan.js';
import { sha256 } from './hash.js';
import { recordedName } from './inputs.js';

/** Reads a JSON config file. Unreadable or not JSON is a config error (exit 2), named by file. */
export async function readConfigFile(path: string, cwd: string): Promise<unknown> {
  return (await readConfigSource(path, cwd)).value;
}

/** The config file's JSON and the digest of the very bytes it was parsed from (`konfigurasi` in ringkasan.json). */
export async function readConfigSource(path: string, cwd: string): Promise<{ value: unknown; digest: BerkasDigest }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(cwd, path));
  } catch {
    throw new ConfigError('config-unreadable', { file: path });
  }
  const digest = { berkas: recordedName(path), sha256: sha256(bytes) };
  const json = bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return { value: JSON.parse(json) as unknown, digest };
  } catch (err) {
    const found = findJsonSyntaxError(json);
    if (found === null) throw new ConfigError('config-not-json', { file: path, detail: err instanceof Error ? err.message : String(err) });
    // One message per likely cause (config-json-<kind> in the catalogue), each with line, column and the line itself.
    throw new ConfigError(`config-json-${found.kind}`, { file: path, baris: found.line, kolom: found.column, cuplikan: found.excerpt });
  }
}
