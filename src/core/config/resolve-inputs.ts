/**
 * The half of resolve.ts that needs no zod: a preset by name, and the merge of two schema-valid
 * inputs. `hitung -p NAME` (no --config) resolves through here alone, so it does not load zod and
 * build the schema (~20-50 ms of every start; issue 16). resolve.ts adds the --config file's check.
 */
import { ConfigError, UsageError } from '../../errors.js';
import { buildItems, buildTop } from './build.js';
import { deepFreeze } from './freeze.js';
import { resolveKemas } from './kemas.js';
import type { Lingkup } from './lingkup.js';
import { mergeConfig } from './merge.js';
import { DEFAULT_PRESET, PRESET_NAMES, presetInput } from './presets/index.js';
import { throwProblems, type Problem } from './problems.js';
import type { ResolvedConfig } from './resolved.js';
import type { ConfigInput } from './schema.js';

export interface ResolveOptions {
  /** `--preset`; also what a config without `extends` extends (default `pemilu-2024`). */
  readonly preset?: string;
  /** The parsed JSON of `--config`, not yet checked. */
  readonly config?: unknown;
  /** `--lingkup`: replaces the config's lingkup for this run (it is then part of the resolved config and its digest). */
  readonly lingkup?: Lingkup;
}

const available = (): string => PRESET_NAMES.join(', ');

/** The preset a run extends: `--preset`, the config's `extends` (the two must agree), or the default. */
export function baseName(opts: ResolveOptions, user: ConfigInput | null): string {
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

/** A copy of `input` with `--lingkup` on top, when given. */
export function withLingkup(input: ConfigInput, opts: ResolveOptions): ConfigInput {
  return { ...input, ...(opts.lingkup === undefined ? {} : { lingkup: opts.lingkup }) };
}

/** The config of a run without --config: the preset alone (`opts.config` must be undefined). */
export function resolvePreset(opts: ResolveOptions): ResolvedConfig {
  if (opts.config !== undefined) throw new Error('resolvePreset: a --config is resolved by resolveConfig');
  const name = baseName(opts, null);
  const base = presetInput(name);
  if (base === undefined) throw new Error(`preset ${name} vanished`);
  // A preset alone is resolved as an override of nothing: it passes the same completeness checks.
  return resolveInputs(name, {}, withLingkup(base, opts));
}
