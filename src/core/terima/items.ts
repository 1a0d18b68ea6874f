/**
 * The manifest's items as `terima` sees them: one per item and variant of `pengadaan.csv`, with who
 * replaces it, and how the `kode_barang` and `varian` cells people type find one. People type
 * `Surat Suara PPWP` or `seluma 1`; the manifest writes `surat_suara_ppwp` and `SELUMA 1`. Case,
 * stray spaces and separators do not make another item, but nothing else is guessed.
 */
import { BALLOT_PREFIX } from '../config/index.js';
import { compareCodePoints } from '../code-point.js';
import { normaliseHeaderName } from '../header-names.js';
import { closest } from '../suggest.js';
import { cleanName } from '../validate/identity.js';

export interface ManifestItem {
  readonly kodeBarang: string;
  readonly namaBarang: string;
  /** `lembar`, `buah`, …: how the summary counts it. */
  readonly satuan: string;
  /** The dapil (or other variant) as `pengadaan.csv` writes it; '' for an item without variants. */
  readonly varian: string;
  /** What the manifest says the KPU Kab/Kota must have of it. */
  readonly jumlah: number;
  /** Who replaces it (`kpu_ri`, `kpu_provinsi`, `kpu_kabkota`), '' when the config does not say. */
  readonly pengada: string;
}

/** Ballots (contract: `surat_suara_*`): damaged and surplus sheets are destroyed at H-1. */
export function isBallot(kodeBarang: string): boolean {
  return kodeBarang.startsWith(BALLOT_PREFIX);
}

/** How an item and variant reads in a message: `surat_suara_dprd_kabkota [SELUMA 1]`. */
export function itemLabel(item: Pick<ManifestItem, 'kodeBarang' | 'varian'>): string {
  return item.varian === '' ? item.kodeBarang : `${item.kodeBarang} [${item.varian}]`;
}

export function compareItems(a: Pick<ManifestItem, 'kodeBarang' | 'varian'>, b: Pick<ManifestItem, 'kodeBarang' | 'varian'>): number {
  return compareCodePoints(a.kodeBarang, b.kodeBarang) || compareCodePoints(a.varian, b.varian);
}

/** What a `kode_barang` + `varian` pair names: an item index, or why it names none. */
export type ItemLookup =
  | { readonly index: number }
  | { readonly problem: 'item-unknown'; readonly saran: string | null }
  | { readonly problem: 'variant-missing' | 'variant-unknown' | 'variant-none'; readonly kodeBarang: string; readonly known: readonly string[] };

const variantKey = (v: string): string => cleanName(v).toUpperCase();

/** The manifest's items in (kode_barang, varian) order, and the lookup of typed cells. */
export class ItemIndex {
  readonly items: readonly ManifestItem[];
  private readonly byKode = new Map<string, string>();
  private readonly variants = new Map<string, Map<string, number>>();

  constructor(items: readonly ManifestItem[]) {
    this.items = [...items].sort(compareItems);
    this.items.forEach((item, index) => {
      this.byKode.set(normaliseHeaderName(item.kodeBarang), item.kodeBarang);
      const byVarian = this.variants.get(item.kodeBarang) ?? new Map<string, number>();
      this.variants.set(item.kodeBarang, byVarian);
      byVarian.set(variantKey(item.varian), index);
    });
  }

  /** The item codes, in code-point order. */
  codes(): string[] {
    return [...this.variants.keys()];
  }

  lookup(kodeRaw: string, varianRaw: string): ItemLookup {
    const kodeBarang = this.byKode.get(normaliseHeaderName(kodeRaw));
    if (kodeBarang === undefined) return { problem: 'item-unknown', saran: closest(normaliseHeaderName(kodeRaw), this.variants.keys()) };
    const byVarian = this.variants.get(kodeBarang)!;
    const index = byVarian.get(variantKey(varianRaw));
    if (index !== undefined) return { index };
    const known = [...byVarian.keys()].map((k) => this.items[byVarian.get(k)!]!.varian);
    if (known.length === 1 && known[0] === '') return { problem: 'variant-none', kodeBarang, known };
    return { problem: varianRaw.trim() === '' ? 'variant-missing' : 'variant-unknown', kodeBarang, known };
  }
}
