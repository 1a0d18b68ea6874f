/**
 * The config of a command that works on what `hitung` wrote (kemas, terima, cetak). Its rules come
 * from the manifest's own `konfigurasi.json`; a `-c` given to it is applied on top of that config
 * (the same merge as `extends`), and may add or change only the sections `hitung` does not read.
 * Whether it did is decided on the part `hitung` reads, printed canonically: equal text is an equal
 * digest, so a `-c` that would make the manifest's numbers wrong stops the run (exit 2) and names
 * the first path it changes. Contract, "After the plan".
 */
import { ConfigError } from '../../errors.js';
import { canonicalJson } from './canonical-json.js';
import { configForDisplay } from './display.js';
import { deepFreeze } from './freeze.js';
import { parseConfigInput, resolveInputs } from './resolve.js';
import type { ResolvedConfig } from './resolved.js';
import type { BarangInput, ConfigInput } from './schema.js';

/** Top-level sections `hitung` never reads: the only ones a later command's `-c` may change. */
export const LATER_SECTIONS: readonly string[] = ['kemas'];

type Json = Record<string, unknown>;

/** The config as `konfigurasi.json` holds it, without the sections `hitung` does not read. */
export function hitungPart(config: ResolvedConfig): Json {
  const display = configForDisplay(config) as Json;
  return Object.fromEntries(Object.entries(display).filter(([key]) => !LATER_SECTIONS.includes(key)));
}

/** The part `hitung` reads, as the canonical text whose SHA-256 stands for it. */
export function hitungPartText(config: ResolvedConfig): string {
  return canonicalJson(hitungPart(config));
}

/**
 * `user` (the JSON of a later command's `-c`) on top of the manifest's config. Throws ConfigError
 * (exit 2): for a schema problem, an `extends` of another preset, or any change to the part
 * `hitung` read. Removing an item the manifest's config already removed is no change.
 */
export function resolveLaterConfig(manifest: ResolvedConfig, user: unknown): ResolvedConfig {
  const given = parseConfigInput(user);
  if (given.extends !== undefined && given.extends !== manifest.preset) {
    throw new ConfigError('config-later-extends', { path: 'extends', name: given.extends, preset: manifest.preset });
  }
  const base = parseConfigInput(configForDisplay(manifest));
  const keep = (b: BarangInput): boolean => b.hapus !== true;
  const again = (b: BarangInput): boolean => b.hapus === true && manifest.dihapus.includes(b.kode);
  const resolved = resolveInputs(
    manifest.preset,
    { ...base, barang: (base.barang ?? []).filter(keep) },
    { ...given, ...(given.barang ? { barang: given.barang.filter((b) => !again(b)) } : {}) } satisfies ConfigInput,
  );
  const config = deepFreeze({ ...resolved, dihapus: [...manifest.dihapus, ...resolved.dihapus] });
  const path = firstDifference(hitungPart(manifest), hitungPart(config), '');
  if (path !== null) throw new ConfigError('config-later-changes-hitung', { path, sections: LATER_SECTIONS.join(', ') });
  return config;
}

/** The JSON path (`barang[1].cadangan_persen`) of the first place two documents differ, or null. */
export function firstDifference(a: unknown, b: unknown, path: string): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d !== null) return d;
    }
    return null;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const d = firstDifference(a[key], b[key], path === '' ? key : `${path}.${key}`);
      if (d !== null) return d;
    }
    return null;
  }
  return canonicalJson(a ?? null) === canonicalJson(b ?? null) ? null : path === '' ? '$' : path;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
