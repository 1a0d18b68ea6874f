/**
 * `resolveConfig`: preset or `--config` (which extends a preset) → one deep-frozen ResolvedConfig.
 * Runs before any input is read (docs/architecture.md, flow step 1), so every config mistake stops
 * the run with exit 2 and the JSON path of the first problem.
 */
import { baseName, resolveInputs, resolvePreset, withLingkup, type ResolveOptions } from './resolve-inputs.js';
import { presetInput } from './presets/index.js';
import { throwProblems } from './problems.js';
import type { ResolvedConfig } from './resolved.js';
import { configSchema, type ConfigInput } from './schema.js';
import { zodProblems } from './zod-problems.js';

export { resolveInputs, resolvePreset, type ResolveOptions };

/** A config file's JSON checked against the schema (exit 2 with every problem's JSON path). */
export function parseConfigInput(config: unknown): ConfigInput {
  const result = configSchema.safeParse(config);
  if (!result.success) throwProblems(zodProblems(result.error, config));
  return result.data;
}

export function resolveConfig(opts: ResolveOptions): ResolvedConfig {
  if (opts.config === undefined) return resolvePreset(opts);
  const user = parseConfigInput(opts.config);
  const name = baseName(opts, user);
  const base = presetInput(name);
  if (base === undefined) throw new Error(`preset ${name} vanished`);
  return resolveInputs(name, base, withLingkup(user, opts));
}
