/**
 * Item names and units on paper. A CSV that carries only `kode_barang` is printed with the names
 * the config (or the file's own `nama_barang`/`satuan` columns) gives; an item nobody names is
 * printed by its code rather than dropped.
 */
import type { Lang } from '../../types.js';
import { columnTitle } from '../titles.js';
import type { ItemName } from './rows.js';
import { isBallot } from './paper.js';

export class ItemNames {
  private readonly byKode: ReadonlyMap<string, ItemName>;

  constructor(items: readonly ItemName[], private readonly lang: Lang) {
    this.byKode = new Map(items.map((i) => [i.kode, i]));
  }

  /** The item's name, from the file's own column when it has one. */
  nama(kode: string, fromFile?: string): string {
    if (fromFile !== undefined && fromFile !== '') return fromFile;
    return this.byKode.get(kode)?.nama ?? kode;
  }

  /** The unit in the page's language (`lembar`, `sheets`); ballots are sheets; '' when nobody says. */
  satuan(kode: string): string {
    const item = this.byKode.get(kode) ?? (isBallot(kode) ? { kode, nama: kode, satuan: 'lembar' } : undefined);
    if (item === undefined) return '';
    return columnTitle(kode, this.lang, { barang: [item] })?.satuan ?? item.satuan;
  }
}
