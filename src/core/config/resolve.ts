/**
 * `resolveConfig`: preset or `--config` (which extends a preset) → one deep-frozen ResolvedConfig.
 * Runs before any input is read (docs/architecture.md, flow step 1), so every config mistake stops
 * the run with exit 2 and the JSON path of the first problem.
 */
import { ConfigError, UsageError } from '../../errors.js';
import { buildItems, buildTop } from './build.js';
import { deepFreeze } from './freeze.js';
import { resolveKemas } from './kemas.js';
import { mergeConfig } from './merge.js';
import { DEFAULT_PRESET, PRESET_NAMES, presetInput } from './presets/index.js';
import { throwProblems, zodProblems, type Problem } from './problems.js';
import type { ResolvedConfig } from './resolved.js';
import { configSchema, type ConfigInput, type Lingkup } from './schema.js';

export interface ResolveOptions {
  /** `--preset`; also what a config without `extends` extends (default `pemilu-2024`). */
  readonly preset?: string;
  /** The parsed JSON of `--config`, not yet checked. */
  readonly config?: unknown;
  /** `--lingkup`: replaces the config's `lingkup` for this run (it is then part of the resolved config and its digest). */
  readonly lingkup?: Lingkup;
}

const available = (): string => PRESET_NAMES.join(', ');

/** A config file's JSON checked against the schema (exit 2 with every problem's JSON path). */
export function parseConfigInput(config: unknown): ConfigInput {
  const result = configSchema.safeParse(config);
  if (!result.success) throwProblems(zodProblems(result.error, config));
  return result.data;
}

function baseName(opts: ResolveOptions, user: ConfigInput | null): string {
  if (opts.preset !== undefined && presetInput(opts.preset) === undefined) {
    throw new UsageError('preset-unknown', { name: opts.preset, available: available() });
  }
  const ext = user?.extends;
  if (ext === undefined) return opts.preset ?? DEFAULT_PRESET;
  if (presetInput(ext) === undefined) {
    throw new ConfigError('config-extends-unknown', { path: 'extends', name: ext, available: available() });
  }
  // Two different bases would silently drop one of them: say so instead.
  if (opts.preset !== undefined && opts.preset !== ext) {
    throw new ConfigError('config-extends-conflict', { path: 'extends', name: ext, preset: opts.preset });
  }
  return ext;
}

/** Applies `user` on `base` (both schema-valid) and checks what only the merged whole can show. */
export function resolveInputs(presetName: string, base: ConfigInput, user: ConfigInput): ResolvedConfig {
  const merged = mergeConfig(base, user);
  const problems: Problem[] = [...merged.problems];
  const top = buildTop(merged.top, problems);
  const barang = buildItems(merged.items, problems);
  const kemas = resolveKemas(base.kemas, user.kemas, barang.map((b) => b.kode), problems);
  if (problems.length > 0 || top === null) throwProblems(problems);
  return deepFreeze({ preset: presetName, ...top, barang, dihapus: merged.removed, kemas });
}

export function resolveConfig(opts: ResolveOptions): ResolvedConfig {
  const user = opts.config === undefined ? null : parseConfigInput(opts.config);
  const name = baseName(opts, user);
  const base = presetInput(name);
  if (base === undefined) throw new Error(`preset ${name} vanished`);
  const lingkup: ConfigInput = opts.lingkup === undefined ? {} : { lingkup: opts.lingkup };
  // A preset alone is resolved as an override of nothing: it passes the same completeness checks.
  return user === null ? resolveInputs(name, {}, { ...base, ...lingkup }) : resolveInputs(name, base, { ...user, ...lingkup });
}
