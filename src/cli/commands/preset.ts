import { configForDisplay, PRESET_NAMES, resolveConfig } from '../../core/config/index.js';
import { ExitCode } from '../../errors.js';
import type { CommandContext } from '../context.js';
import { configJsonSchemaText } from '../schema.js';

/**
 * `logistik preset`: list the presets; `logistik preset NAME`: print it as a complete config (valid
 * input for --config); `--schema`: the JSON Schema of config files.
 */
export function runPreset(name: string | undefined, opts: { schema: boolean }, ctx: CommandContext): ExitCode {
  if (opts.schema) {
    ctx.io.stdout.write(configJsonSchemaText());
    return ExitCode.Ok;
  }
  if (name === undefined) {
    ctx.io.stdout.write(`${PRESET_NAMES.join('\n')}\n`);
    return ExitCode.Ok;
  }
  const config = resolveConfig({ preset: name });
  ctx.io.stdout.write(`${JSON.stringify(configForDisplay(config), null, 2)}\n`);
  return ExitCode.Ok;
}
