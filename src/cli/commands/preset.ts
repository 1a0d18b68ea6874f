import { PRESET_NAMES } from '../../core/config/index.js';
import { ExitCode } from '../../errors.js';
import type { CommandContext } from '../context.js';
import { loadConfig } from '../config-load.js';
import { configText } from '../outputs.js';
import { configJsonSchemaText } from '../schema.js';

export interface PresetOptions {
  readonly schema: boolean;
  /** Print the resolved form of this config file instead (what `hitung -c FILE` uses and hashes). */
  readonly config?: string;
}

/**
 * `logistik preset`: list the presets; `logistik preset NAME`: print it as a complete config (valid
 * input for --config); `--config FILE`: the resolved config a run would use, in the same form, so
 * `konfigurasi_sha256` can be checked with sha256sum; `--schema`: the JSON Schema of config files.
 */
export async function runPreset(name: string | undefined, opts: PresetOptions, ctx: CommandContext): Promise<ExitCode> {
  if (opts.schema) {
    ctx.io.stdout.write(configJsonSchemaText());
    return ExitCode.Ok;
  }
  if (name === undefined && opts.config === undefined) {
    ctx.io.stdout.write(`${PRESET_NAMES.join('\n')}\n`);
    return ExitCode.Ok;
  }
  const config = await loadConfig({ ...(name !== undefined ? { preset: name } : {}), ...(opts.config !== undefined ? { config: opts.config } : {}) }, ctx);
  ctx.io.stdout.write(configText(config));
  return ExitCode.Ok;
}
