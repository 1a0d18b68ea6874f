import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError } from '../errors.js';

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
