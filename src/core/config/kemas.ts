/**
 * The `kemas` section of a config: how each item is packed after the plan (logistik kemas). Per
 * item: the container it travels in at the TPS (`wadah`), the bundle it is tied into after sorting
 * (`isi_ikat`) and the supplier's carton (`isi_koli`, with `psu_terpisah` when re-vote stock comes
 * in cartons of its own). `hitung` never reads this section, so a later command's `-c` may change
 * it (later.ts); it is still part of the one config and of `konfigurasi.json`.
 *
 * Merge, as for items: an entry whose `kode` the preset has replaces the fields it gives (`null`
 * clears a bundle or carton rule); a new `kode` must be an item of the config. Every item gets an
 * entry in the resolved config, defaults filled, so nothing downstream guesses.
 */
import type { Problem } from './problems.js';
import { closest } from '../suggest.js';
import type { KemasBarangInput, KemasInput, Keyakinan } from './schema.js';
import type { ResolvedKemas, Sumber } from './resolved.js';

/** Where an item travels when the config names no container: as itself, outside any box. */
export const WADAH_LEPAS = 'lepas';

const sourced = (s: { sumber?: string | undefined; keyakinan?: Keyakinan | undefined }): Sumber => ({ sumber: s.sumber ?? null, keyakinan: s.keyakinan ?? null });

function resolveEntry(kode: string, e: KemasBarangInput | undefined): ResolvedKemas {
  const ikat = e?.isi_ikat ?? null;
  const koli = e?.isi_koli ?? null;
  return {
    kode,
    wadah: e?.wadah ?? WADAH_LEPAS,
    isiIkat: ikat === null ? null : { jumlah: ikat.jumlah, ...sourced(ikat) },
    isiKoli: koli === null ? null : { jumlah: koli.jumlah, psuTerpisah: koli.psu_terpisah ?? false, ...sourced(koli) },
    ...sourced(e ?? {}),
  };
}

function defined(entry: KemasBarangInput): Partial<KemasBarangInput> {
  return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)) as Partial<KemasBarangInput>;
}

/**
 * The packing rules of `items` (the resolved item codes, in config order): the base's entries with
 * the user's on top. A user entry for a code that is not an item is a problem at its path; a base
 * entry for an item the config removed is dropped with the item.
 */
export function resolveKemas(base: KemasInput | undefined, user: KemasInput | undefined, items: readonly string[], problems: Problem[]): ResolvedKemas[] {
  const entries = new Map<string, KemasBarangInput>((base?.barang ?? []).map((e) => [e.kode, e]));
  (user?.barang ?? []).forEach((given, i) => {
    if (!items.includes(given.kode)) {
      const suggestion = closest(given.kode, items);
      problems.push({
        path: `kemas.barang[${i}].kode`,
        message: `no item ${given.kode} in the config`,
        key: 'config.problem.kemas-kode-unknown',
        params: { kode: given.kode },
        ...(suggestion !== null ? { suggestion } : {}),
      });
      return;
    }
    const earlier = entries.get(given.kode);
    entries.set(given.kode, earlier === undefined ? given : { ...earlier, ...defined(given) });
  });
  return items.map((kode) => resolveEntry(kode, entries.get(kode)));
}

function sumberJson(s: Sumber): Record<string, unknown> {
  return { ...(s.sumber !== null ? { sumber: s.sumber } : {}), ...(s.keyakinan !== null ? { keyakinan: s.keyakinan } : {}) };
}

/**
 * The section as `logistik preset` prints it: every item, every field. A missing bundle or carton
 * rule is written as `null`, so the printed config resolves to the same rules whatever it extends.
 */
export function kemasForDisplay(kemas: readonly ResolvedKemas[]): { barang: Array<Record<string, unknown>> } {
  return {
    barang: kemas.map((k) => ({
      kode: k.kode,
      wadah: k.wadah,
      isi_ikat: k.isiIkat === null ? null : { jumlah: k.isiIkat.jumlah, ...sumberJson(k.isiIkat) },
      isi_koli: k.isiKoli === null ? null : { jumlah: k.isiKoli.jumlah, psu_terpisah: k.isiKoli.psuTerpisah, ...sumberJson(k.isiKoli) },
      ...sumberJson(k),
    })),
  };
}
