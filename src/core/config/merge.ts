/**
 * `extends` + override. Merge depth, on purpose shallow and predictable:
 * - top-level fields given in the config replace the preset's (`nama`, `pemilihan`, …);
 * - an item whose `kode` the preset has replaces only the fields it gives, each as a whole: a given
 *   `alokasi` list replaces the preset's list (allocations are not merged one by one, because their
 *   identity is their position and a partial merge would be guesswork), `berlaku`, `tambahan` and
 *   `pengada` replace theirs, and `tambahan: null` / `varian: null` / `pengada: null` remove them;
 * - an item with a new `kode` is appended (config order), and must be complete;
 * - `{ "kode": …, "hapus": true }` removes the preset's item;
 * - `cadangan_persen_surat_suara` sets the reserve of every ballot item (`surat_suara_*`, the
 *   contract's ballots) that the config does not give a `cadangan_persen` of its own.
 * Item order: the preset's order with overrides in place, then new items.
 */
import type { BarangInput, ConfigInput } from './schema.js';
import type { Problem } from './problems.js';
import { closest } from '../suggest.js';

/** Ballot items, as the contract names them. */
export const BALLOT_PREFIX = 'surat_suara_';

export interface MergedItem {
  readonly item: BarangInput;
  /** Path of the item in the user config (for messages), or null when only the preset gave it. */
  readonly origin: string | null;
  /** For a code the preset does not have: the preset's code it is probably a typo of. */
  readonly suggestion?: string;
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
  const baseCodes = (base.barang ?? []).map((item) => item.kode);
  const removed: string[] = [];
  const problems: Problem[] = [];
  (user.barang ?? []).forEach((given, i) => {
    const origin = `barang[${i}]`;
    const existing = items.get(given.kode);
    if (given.hapus === true) {
      if (existing === undefined) problems.push(removalProblem(origin, given.kode, baseCodes));
      else {
        items.delete(given.kode);
        removed.push(given.kode);
      }
      return;
    }
    if (existing !== undefined) {
      items.set(given.kode, { item: { ...existing.item, ...definedFields(given) }, origin });
      return;
    }
    const suggestion = closest(given.kode, baseCodes);
    items.set(given.kode, { item: given, origin, ...(suggestion !== null ? { suggestion } : {}) });
  });
  applyBallotReserve(items, user);
  const top: ConfigInput = { ...definedTop(base), ...definedTop(user) };
  return { top, items: [...items.values()], removed, problems };
}

function removalProblem(origin: string, kode: string, baseCodes: readonly string[]): Problem {
  const suggestion = closest(kode, baseCodes);
  return {
    path: `${origin}.hapus`,
    message: `no item ${kode} to remove`,
    key: 'config.problem.hapus-unknown',
    params: { kode },
    ...(suggestion !== null ? { suggestion } : {}),
  };
}

/** The one key for every ballot's reserve; the config's own per-item value is more specific and wins. */
function applyBallotReserve(items: Map<string, MergedItem>, user: ConfigInput): void {
  const reserve = user.cadangan_persen_surat_suara;
  if (reserve === undefined) return;
  const own = new Set((user.barang ?? []).filter((b) => b.cadangan_persen !== undefined).map((b) => b.kode));
  for (const [kode, merged] of items) {
    if (kode.startsWith(BALLOT_PREFIX) && !own.has(kode)) items.set(kode, { ...merged, item: { ...merged.item, cadangan_persen: reserve } });
  }
}

function definedTop(config: ConfigInput): ConfigInput {
  const { $schema: _s, extends: _e, barang: _b, cadangan_persen_surat_suara: _c, ...rest } = config;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as ConfigInput;
}
