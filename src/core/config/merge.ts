/**
 * `extends` + override. Merge depth, on purpose shallow and predictable:
 * - top-level fields given in the config replace the preset's (`nama`, `pemilihan`, …);
 * - an item whose `kode` the preset has replaces only the fields it gives, each as a whole: a given
 *   `alokasi` list replaces the preset's list (allocations are not merged one by one, because their
 *   identity is their position and a partial merge would be guesswork), `berlaku` and `tambahan`
 *   replace theirs, `tambahan: null` / `varian: null` remove them;
 * - an item with a new `kode` is appended (config order), and must be complete;
 * - `{ "kode": …, "hapus": true }` removes the preset's item.
 * Item order: the preset's order with overrides in place, then new items.
 */
import type { BarangInput, ConfigInput } from './schema.js';
import type { Problem } from './problems.js';

export interface MergedItem {
  readonly item: BarangInput;
  /** Path of the item in the user config (for messages), or null when only the preset gave it. */
  readonly origin: string | null;
}

export interface Merged {
  readonly top: ConfigInput;
  readonly items: readonly MergedItem[];
  readonly removed: readonly string[];
  readonly problems: readonly Problem[];
}

function definedFields(item: BarangInput): Partial<BarangInput> {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as Partial<BarangInput>;
}

export function mergeConfig(base: ConfigInput, user: ConfigInput): Merged {
  const items = new Map<string, MergedItem>((base.barang ?? []).map((item) => [item.kode, { item, origin: null }]));
  const removed: string[] = [];
  const problems: Problem[] = [];
  (user.barang ?? []).forEach((given, i) => {
    const origin = `barang[${i}]`;
    const existing = items.get(given.kode);
    if (given.hapus === true) {
      if (existing === undefined) problems.push({ path: `${origin}.hapus`, message: `no item ${given.kode} to remove` });
      else {
        items.delete(given.kode);
        removed.push(given.kode);
      }
      return;
    }
    const item = existing === undefined ? given : { ...existing.item, ...definedFields(given) };
    items.set(given.kode, { item, origin });
  });
  const top: ConfigInput = { ...definedTop(base), ...definedTop(user) };
  return { top, items: [...items.values()], removed, problems };
}

function definedTop(config: ConfigInput): ConfigInput {
  const { $schema: _s, extends: _e, barang: _b, ...rest } = config;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as ConfigInput;
}
