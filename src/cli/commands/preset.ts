import { PRESET_NAMES, type Lingkup } from '../../core/config/index.js';
import { ExitCode } from '../../errors.js';
import type { CommandContext } from '../context.js';
import { loadConfig } from '../config-load.js';
import { configText } from '../outputs.js';
import { renderJelaskan } from '../jelaskan.js';
import { configJsonSchemaText } from '../schema.js';

export interface PresetOptions {
  readonly schema: boolean;
  /** Print the resolved form of this config file instead (what `hitung -c FILE` uses and hashes). */
  readonly config?: string;
  /** --jelaskan: every item's rule in words with its source and confidence, instead of JSON. */
  readonly jelaskan?: boolean;
  readonly lingkup?: Lingkup;
}

/**
 * `logistik preset`: list the presets; `logistik preset NAME`: print it as a complete config (valid
 * input for --config); `--config FILE`: the resolved config a run would use, in the same form, so
 * `konfigurasi_sha256` can be checked with sha256sum; `--schema`: the JSON Schema of config files;
 * `--jelaskan`: the same config in words, each number marked as law, reported or inferred.
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
  const choice = { ...(name !== undefined ? { preset: name } : {}), ...(opts.config !== undefined ? { config: opts.config } : {}), ...(opts.lingkup ? { lingkup: opts.lingkup } : {}) };
  const config = await loadConfig(choice, ctx);
  ctx.io.stdout.write(opts.jelaskan ? renderJelaskan(config, ctx.lang, ctx.colorOut) : configText(config));
  return ExitCode.Ok;
}
