/**
 * Counted receipts → one line per item and variant of the manifest (contract formulas):
 *
 *   diterima = Σ diterima                      rusak = Σ rusak (terima, pengganti, sortir) − Σ rusak (pulih)
 *   baik = diterima − rusak                    dikirim = Σ dikirim (an empty cell counts as its diterima)
 *   kurang_kirim = Σ max(0, dikirim − diterima)   lebih_kirim = Σ max(0, diterima − dikirim), per row
 *   kekurangan = max(0, jumlah − baik)         kelebihan = max(0, baik − jumlah)
 *   dimusnahkan = rusak + kelebihan, for ballots only (UU 7/2017 Ps. 514: nothing above the formula)
 *
 * so that `kekurangan − kelebihan = jumlah − baik` always. Whole numbers only: every term is a sum of
 * cells of at most nine digits.
 */
import { isBallot, type ItemIndex, type ManifestItem } from './items.js';
import { isDelivery, type Receipt } from './penerimaan.js';

export const STATUS_BARANG = ['lengkap', 'kurang', 'lebih', 'belum_diterima'] as const;
export type StatusBarang = (typeof STATUS_BARANG)[number];

export interface Rekonsiliasi extends ManifestItem {
  readonly dikirim: number;
  readonly diterima: number;
  readonly rusak: number;
  readonly baik: number;
  readonly kurangKirim: number;
  readonly lebihKirim: number;
  readonly kekurangan: number;
  readonly kelebihan: number;
  /** null for items that are not ballots: their damaged and surplus stay as stock. */
  readonly dimusnahkan: number | null;
  readonly status: StatusBarang;
  /** Counted receipt rows of this item and variant. */
  readonly baris: number;
}

interface Sums {
  dikirim: number;
  diterima: number;
  rusak: number;
  kurangKirim: number;
  lebihKirim: number;
  baris: number;
}

/** One line per item of the index, in its (kode_barang, varian) order; counted receipts in any order. */
export function reconcile(index: ItemIndex, accepted: readonly Receipt[]): Rekonsiliasi[] {
  const sums = index.items.map((): Sums => ({ dikirim: 0, diterima: 0, rusak: 0, kurangKirim: 0, lebihKirim: 0, baris: 0 }));
  for (const r of accepted) {
    const s = sums[r.item]!;
    s.baris++;
    if (r.tahap === 'pulih') s.rusak -= r.rusak;
    else s.rusak += r.rusak;
    if (!isDelivery(r.tahap)) continue;
    s.dikirim += r.dikirim;
    s.diterima += r.diterima;
    s.kurangKirim += Math.max(0, r.dikirim - r.diterima);
    s.lebihKirim += Math.max(0, r.diterima - r.dikirim);
  }
  return index.items.map((item, i) => line(item, sums[i]!));
}

function line(item: ManifestItem, s: Sums): Rekonsiliasi {
  const baik = s.diterima - s.rusak;
  const kekurangan = Math.max(0, item.jumlah - baik);
  const kelebihan = Math.max(0, baik - item.jumlah);
  return {
    ...item,
    dikirim: s.dikirim,
    diterima: s.diterima,
    rusak: s.rusak,
    baik,
    kurangKirim: s.kurangKirim,
    lebihKirim: s.lebihKirim,
    kekurangan,
    kelebihan,
    dimusnahkan: isBallot(item.kodeBarang) ? s.rusak + kelebihan : null,
    status: statusOf(s.baris, kekurangan, kelebihan),
    baris: s.baris,
  };
}

/** An item with no counted row is not yet received, unless nothing of it is needed (DKI's DPRD Kab/Kota ballots). */
function statusOf(baris: number, kekurangan: number, kelebihan: number): StatusBarang {
  if (baris === 0 && kekurangan > 0) return 'belum_diterima';
  if (kekurangan > 0) return 'kurang';
  if (kelebihan > 0) return 'lebih';
  return 'lengkap';
}
