import type { Lingkup, ResolvedConfig } from '../core/config/index.js';
import { resolvePreset } from '../core/config/resolve-inputs.js';
import { t } from '../core/messages/index.js';
import type { Lang } from '../core/types.js';
import { ConfigError, type ConfigProblem } from '../errors.js';
import { readConfigSource } from '../io/read-config.js';
import type { BerkasDigest } from '../core/report/ringkasan.js';
import type { CommandContext } from './context.js';

export interface ConfigChoice {
  readonly preset?: string;
  /** The `--config` file as given. */
  readonly config?: string;
  /** `--lingkup`: replaces the config's lingkup (and so is part of the resolved config). */
  readonly lingkup?: Lingkup;
}

/**
 * The resolved config of a command: the preset, plus the `--config` file read and checked before
 * any input. Problems of the file are said in the user's language, each with its JSON path, the
 * item it is in by number and code, and a "did you mean" where a key or code looks like a typo.
 */
export async function loadConfig(choice: ConfigChoice, ctx: CommandContext): Promise<ResolvedConfig> {
  return (await loadConfigSource(choice, ctx)).config;
}

/** The same, with the `--config` file as given and the SHA-256 of its bytes (`konfigurasi` in ringkasan.json). */
export async function loadConfigSource(choice: ConfigChoice, ctx: CommandContext): Promise<{ config: ResolvedConfig; konfigurasi: BerkasDigest | null }> {
  const source = choice.config === undefined ? undefined : await readConfigSource(choice.config, ctx.io.cwd);
  const raw = source?.value;
  // Only a --config file is checked against the schema, so only then are zod and the schema loaded
  // (~20-50 ms that every other start of hitung, petakan and preset would pay; issue 16).
  const resolve = source === undefined ? resolvePreset : (await import('../core/config/resolve.js')).resolveConfig;
  const config = explained(choice.config, raw, ctx, () =>
    resolve({
      ...(choice.preset !== undefined ? { preset: choice.preset } : {}),
      ...(source !== undefined ? { config: raw } : {}),
      ...(choice.lingkup !== undefined ? { lingkup: choice.lingkup } : {}),
    }),
  );
  return { config, konfigurasi: source?.digest ?? null };
}

/** Config problems of a file, said in the user's language with their places (`config-invalid-file`). */
export function explained<T>(file: string | undefined, raw: unknown, ctx: CommandContext, resolve: () => T): T {
  try {
    return resolve();
  } catch (err) {
    if (!(err instanceof ConfigError) || err.problems.length === 0 || file === undefined) throw err;
    const masalah = [...err.problems].sort(byItem).map((p) => `  ${problemText(p, raw, ctx.lang)}`).join('\n');
    throw new ConfigError('config-invalid-file', { file, jumlah: err.problems.length, masalah }, err.message, err.problems);
  }
}

/** Problems in the order of the file: top-level keys, then item by item (a stable sort). */
function byItem(a: ConfigProblem, b: ConfigProblem): number {
  const index = (p: ConfigProblem): number => Number(/^barang\[(\d+)\]/.exec(p.path)?.[1] ?? -1);
  return index(a) - index(b);
}

/** `barang[1].cadangan_persen, item ke-2 (surat_suara_dpr): <message> Maksud Anda …?` */
export function problemText(p: ConfigProblem, raw: unknown, lang: Lang): string {
  const where = placeLabel(p.path, raw, lang);
  const message = p.key !== undefined ? t(lang, p.key, p.params ?? {}) : p.message;
  const stop = /[.!?]$/.test(message) ? ' ' : '. ';
  const suggestion = p.suggestion !== undefined ? `${stop}${t(lang, 'config.did-you-mean', { saran: p.suggestion })}` : '';
  return `${p.path}${where === '' ? '' : `, ${where}`}: ${message}${suggestion}`;
}

/** "item ke-2 (surat_suara_dpr), alokasi ke-1" for a path inside `barang`, from the file's own content. */
function placeLabel(path: string, raw: unknown, lang: Lang): string {
  const m = /^barang\[(\d+)\](?:\.alokasi\[(\d+)\])?/.exec(path);
  if (!m) return '';
  const index = Number(m[1]);
  const barang = (raw as { barang?: unknown } | null)?.barang;
  const item = Array.isArray(barang) ? (barang[index] as { kode?: unknown } | undefined) : undefined;
  const kode = typeof item?.kode === 'string' ? item.kode : '';
  const parts = [t(lang, kode === '' ? 'config.place-item' : 'config.place-item-kode', { n: index + 1, kode })];
  if (m[2] !== undefined) parts.push(t(lang, 'config.place-alokasi', { n: Number(m[2]) + 1 }));
  return parts.join(', ');
}
