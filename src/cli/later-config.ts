/**
 * The `-c` file of a later command (kemas): read, checked against the schema, applied on the
 * manifest's own config. Apart from config-load.ts, which hitung loads: this one loads zod.
 */
import type { ResolvedConfig } from '../core/config/index.js';
import { resolveLaterConfig } from '../core/config/later.js';
import { parseConfigInput } from '../core/config/resolve.js';
import type { BerkasDigest } from '../core/report/ringkasan.js';
import { ConfigError } from '../errors.js';
import { readConfigSource } from '../io/read-config.js';
import { explained } from './config-load.js';
import type { CommandContext } from './context.js';

/** A `-c` file of a later command (kemas, terima, cetak), read and checked against the schema before any input. */
export interface LaterConfig {
  readonly file: string;
  readonly raw: unknown;
  /** Its name as data files record it, and the SHA-256 of the bytes read (`konfigurasi`). */
  readonly digest: BerkasDigest;
}

export async function readLaterConfig(file: string, ctx: CommandContext): Promise<LaterConfig> {
  const { value: raw, digest } = await readConfigSource(file, ctx.io.cwd);
  explained(file, raw, ctx, () => parseConfigInput(raw));
  return { file, raw, digest };
}

/**
 * The rules of a later command: the manifest's own config, with its `-c` applied on top. A `-c`
 * that changes what `hitung` read is exit 2 (core/config/later.ts).
 */
export function laterConfig(manifest: ResolvedConfig, given: LaterConfig | null, ctx: CommandContext): ResolvedConfig {
  if (given === null) return manifest;
  try {
    return explained(given.file, given.raw, ctx, () => resolveLaterConfig(manifest, given.raw));
  } catch (err) {
    // The core cannot know the file's name; the message names it.
    if (err instanceof ConfigError && err.problems.length === 0) throw new ConfigError(err.key, { ...err.params, file: given.file }, err.message);
    throw err;
  }
}
