import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { findJsonSyntaxError } from '../core/config/json-syntax.js';

/** Reads a JSON config file. Unreadable or not JSON is a config error (exit 2), named by file. */
export async function readConfigFile(path: string, cwd: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch {
    throw new ConfigError('config-unreadable', { file: path });
  }
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json) as unknown;
  } catch (err) {
    const found = findJsonSyntaxError(json);
    if (found === null) throw new ConfigError('config-not-json', { file: path, detail: err instanceof Error ? err.message : String(err) });
    // One message per likely cause (config-json-<kind> in the catalogue), each with line, column and the line itself.
    throw new ConfigError(`config-json-${found.kind}`, { file: path, baris: found.line, kolom: found.column, cuplikan: found.excerpt });
  }
}
