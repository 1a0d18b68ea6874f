/**
 * The one catalogue of readable column titles, for everything people look at rather than parse:
 * the `--xlsx` workbook now, printed pages (`cetak`) next. A CSV keeps its code headers
 * (`surat_suara_dpr`, `kode_kelurahan`): they are the contract for scripts and diffs. Here each of
 * those names gets an Indonesian and an English title, a unit where the column has one, and its
 * kind, which says how a sheet or a page shows it. Item columns take their title and unit from the
 * config's `nama` and `satuan`; `dapil_<jenis>` columns from the jenis. test/render/titles.test.ts
 * fails when a column of an output file has no title.
 */
import { pick, type Bilingual } from '../messages/format.js';
import type { Lang } from '../types.js';

/**
 * - `teks`: codes, names, statuses: stored and shown as text, so `001` stays `001` and
 *   `16.74.01.1001` stays as written;
 * - `jumlah`: a whole-number quantity; its column sum means something where the rows share a unit;
 * - `angka`: a whole number that is never added up (pack size, line number, signed difference).
 */
export type ColumnKind = 'teks' | 'jumlah' | 'angka';

export interface TitleEntry {
  readonly judul: Bilingual;
  readonly satuan?: Bilingual;
  readonly jenis: ColumnKind;
}

const teks = (id: string, en: string): TitleEntry => ({ judul: { id, en }, jenis: 'teks' });
const jumlah = (id: string, en: string, satuan?: Bilingual): TitleEntry => ({ judul: { id, en }, jenis: 'jumlah', ...(satuan ? { satuan } : {}) });
const angka = (id: string, en: string, satuan?: Bilingual): TitleEntry => ({ judul: { id, en }, jenis: 'angka', ...(satuan ? { satuan } : {}) });

const PEMILIH: Bilingual = { id: 'pemilih', en: 'voters' };
const KOLI: Bilingual = { id: 'koli', en: 'cartons' };
const IKAT: Bilingual = { id: 'ikat', en: 'bundles' };
const LEMBAR: Bilingual = { id: 'lembar', en: 'sheets' };

/**
 * Every column name of every output file the contract lists (hitung, validasi, terima, kemas,
 * petakan), by its meaning across files. A name that means something narrower in one file has an
 * entry in FILE_COLUMN_TITLES too.
 */
export const COLUMN_TITLES: Readonly<Record<string, TitleEntry>> = Object.freeze({
  // regions and TPS
  kode_kabkota: teks('Kode kab/kota', 'Regency/city code'),
  kode_kecamatan: teks('Kode kecamatan', 'Kecamatan code'),
  kecamatan: teks('Kecamatan', 'Kecamatan (district)'),
  kode_kelurahan: teks('Kode kelurahan/desa', 'Kelurahan/desa code'),
  kelurahan: teks('Kelurahan/desa', 'Kelurahan/desa (village)'),
  tps: teks('TPS', 'TPS (polling station)'),
  tps_asal: teks('TPS asal', 'Former TPS merged'),
  dpt: jumlah('DPT', 'Registered voters (DPT)', PEMILIH),
  jumlah_tps: jumlah('Jumlah TPS', 'Number of TPS'),
  tps_sekarang: jumlah('Jumlah TPS sekarang', 'Number of TPS now'),
  batas_bawah: jumlah('Batas bawah jumlah TPS', 'Lower bound of the number of TPS'),
  tps_usulan: jumlah('Jumlah TPS usulan', 'Number of TPS proposed'),
  metode: teks('Metode (tepat, heuristik, berurutan)', 'Method (exact, heuristic, in order)'),
  keterangan: teks('Keterangan', 'Note'),
  // items
  kode_barang: teks('Kode barang', 'Item code'),
  nama_barang: teks('Nama barang', 'Item'),
  satuan: teks('Satuan', 'Unit'),
  varian: teks('Varian (dapil)', 'Variant (dapil)'),
  pengada: teks('Pengada pengganti', 'Replaced by'),
  wadah: teks('Wadah', 'Container'),
  status: teks('Status', 'Status'),
  // pengadaan
  kebutuhan: jumlah('Kebutuhan', 'Base need'),
  cadangan: jumlah('Cadangan', 'Reserve'),
  tambahan: jumlah('Tambahan (PSU)', 'Extras (re-vote)'),
  jumlah: jumlah('Jumlah', 'Total'),
  isi_kemasan: angka('Isi per kemasan', 'Per pack'),
  jumlah_kemasan: jumlah('Jumlah kemasan', 'Packs'),
  jumlah_pengadaan: jumlah('Jumlah pengadaan', 'Quantity to procure'),
  di_tps: jumlah('Disimpan di TPS', 'Held at TPS'),
  di_pps: jumlah('Disimpan di PPS', 'Held at PPS'),
  di_ppk: jumlah('Disimpan di PPK', 'Held at PPK'),
  di_kpu: jumlah('Disimpan di KPU Kab/Kota', 'Held at KPU Kab/Kota'),
  // terima
  dikirim: jumlah('Dikirim (surat jalan)', 'Shipped (delivery note)'),
  diterima: jumlah('Diterima', 'Received'),
  rusak: jumlah('Rusak', 'Damaged'),
  baik: jumlah('Baik', 'Good'),
  kurang_kirim: jumlah('Kurang kirim', 'Short-shipped'),
  lebih_kirim: jumlah('Lebih kirim', 'Over-shipped'),
  kekurangan: jumlah('Kekurangan', 'Shortfall'),
  kelebihan: jumlah('Kelebihan', 'Surplus'),
  dimusnahkan: jumlah('Dimusnahkan', 'To be destroyed'),
  diharapkan: jumlah('Diharapkan', 'Expected'),
  selisih: angka('Selisih (baik − diharapkan)', 'Difference (good − expected)'),
  // kemas
  ikat_penuh: jumlah('Ikat penuh', 'Full bundles', IKAT),
  sisa: jumlah('Sisa lepas', 'Loose remainder'),
  koli_penuh: jumlah('Koli penuh', 'Full cartons', KOLI),
  sisa_lembar: jumlah('Sisa lembar', 'Loose sheets', LEMBAR),
  koli_psu: jumlah('Koli PSU', 'PSU cartons', KOLI),
  // petakan: what the proposed layout saves
  jumlah_sekarang: jumlah('Jumlah dengan TPS sekarang', 'Total with the TPS now'),
  jumlah_usulan: jumlah('Jumlah dengan TPS usulan', 'Total with the TPS proposed'),
  hemat: angka('Hemat (sekarang − usulan)', 'Saved (now − proposed)'),
  // validasi and penempatan
  berkas: teks('Berkas', 'File'),
  baris: angka('Baris', 'Line'),
  kolom: teks('Kolom', 'Column'),
  kode: teks('Kode masalah', 'Issue code'),
  tingkat: teks('Tingkat', 'Severity'),
  pesan: teks('Pesan', 'Message'),
});

/** Where a column name means something narrower in one file than across files. */
export const FILE_COLUMN_TITLES: Readonly<Record<string, Readonly<Record<string, TitleEntry>>>> = Object.freeze({
  'pengadaan.csv': {
    jumlah: jumlah('Jumlah (kebutuhan + cadangan + tambahan)', 'Total (base + reserve + extras)'),
    jumlah_tps: jumlah('Jumlah TPS yang dilayani', 'Number of TPS served'),
    dpt: jumlah('DPT yang dilayani', 'Voters served (DPT)', PEMILIH),
  },
  'rekonsiliasi.csv': { jumlah: jumlah('Jumlah menurut manifes', 'Total in the manifest') },
  'kemas-tps.csv': { jumlah: jumlah('Jumlah ke TPS', 'Quantity to the TPS') },
  'ambil-koli.csv': { jumlah: jumlah('Jumlah diambil', 'Quantity to pull') },
  'koli-kabkota.csv': { jumlah: jumlah('Jumlah diterima KPU Kab/Kota', 'Quantity to the KPU Kab/Kota') },
  'serah-terima-ppk.csv': { jumlah: jumlah('Jumlah diserahkan ke PPK', 'Quantity handed to the PPK') },
  'serah-terima-pps.csv': { jumlah: jumlah('Jumlah diserahkan ke PPS', 'Quantity handed to the PPS') },
  'usulan-tps.csv': { tps: teks('TPS usulan', 'Proposed TPS') },
  'penempatan.csv': { tps: teks('TPS usulan', 'Proposed TPS'), baris: angka('Baris di berkas', 'Line in the file') },
});

/** The dapil types of the presets; another `jenis` of a config gets a title from its name. */
const DAPIL_JENIS: Readonly<Record<string, Bilingual>> = Object.freeze({
  dpr: { id: 'DPR', en: 'DPR' },
  dprd_prov: { id: 'DPRD Provinsi', en: 'DPRD Provinsi' },
  dprd_kabkota: { id: 'DPRD Kab/Kota', en: 'DPRD Kab/Kota' },
});

/** English for the units the presets use; a config's own unit is shown as written. */
const SATUAN_EN: Readonly<Record<string, string>> = Object.freeze({
  lembar: 'sheets',
  buah: 'pieces',
  botol: 'bottles',
  set: 'sets',
  kotak: 'boxes',
  rim: 'reams',
});

/** An item of the config, as far as titles need it (ResolvedBarang fits). */
export interface ItemLike {
  readonly kode: string;
  readonly nama: string;
  readonly satuan: string;
}

export interface TitleContext {
  /** The output file the column is in (`pengadaan.csv`), for names that mean more than one thing. */
  readonly berkas?: string;
  /** The config's items: their codes are column names in the distribution files. */
  readonly barang?: readonly ItemLike[];
}

export interface ColumnTitle {
  /** The column name in the CSV. */
  readonly kolom: string;
  readonly judul: string;
  readonly satuan: string | null;
  readonly jenis: ColumnKind;
}

function fromEntry(kolom: string, e: TitleEntry, lang: Lang): ColumnTitle {
  return { kolom, judul: pick(e.judul, lang), satuan: e.satuan ? pick(e.satuan, lang) : null, jenis: e.jenis };
}

/** The readable title of one column, or null when the catalogue has none (a test keeps that at zero). */
export function columnTitle(kolom: string, lang: Lang, ctx: TitleContext = {}): ColumnTitle | null {
  const own = ctx.berkas === undefined ? undefined : FILE_COLUMN_TITLES[ctx.berkas]?.[kolom];
  if (own) return fromEntry(kolom, own, lang);
  const general = COLUMN_TITLES[kolom];
  if (general) return fromEntry(kolom, general, lang);
  const item = ctx.barang?.find((b) => b.kode === kolom);
  if (item) return { kolom, judul: item.nama, satuan: lang === 'en' ? (SATUAN_EN[item.satuan] ?? item.satuan) : item.satuan, jenis: 'jumlah' };
  const dapil = /^dapil_([a-z0-9_]+)$/.exec(kolom);
  if (dapil?.[1]) {
    const jenis = DAPIL_JENIS[dapil[1]];
    return { kolom, judul: `Dapil ${jenis ? pick(jenis, lang) : dapil[1]}`, satuan: null, jenis: 'teks' };
  }
  return null;
}

/** One header line: `Surat suara DPR (lembar)`, `DPT (pemilih)`, `Kode kelurahan/desa`. */
export function headerText(title: ColumnTitle): string {
  return title.satuan === null ? title.judul : `${title.judul} (${title.satuan})`;
}
