/**
 * The CSV files the commands write (contract, "Output files" and the tables after the plan), as
 * documents people read: their columns in the contract's order, which columns the config adds, what
 * the file holds in a sentence, and whether a totals row means something on it. The CSVs never carry
 * a totals row (they are for machines and diffs); a workbook sheet or a printed table may.
 */
import type { Bilingual } from '../messages/format.js';

export type Perintah = 'hitung' | 'validasi' | 'terima' | 'kemas' | 'petakan';

export interface OutputFileSpec {
  readonly berkas: string;
  readonly perintah: readonly Perintah[];
  /** The contract's columns in order, then those the tool adds after them. */
  readonly kolom: readonly string[];
  /** One column per item code of the config follows the fixed ones. */
  readonly kolomBarang?: true;
  /** One `dapil_<jenis>` column per dapil type of the config follows the items. */
  readonly kolomDapil?: true;
  /**
   * Which columns a totals row adds up: `semua` = every `jumlah` column (items included). None on
   * files whose rows mix items of different units (a sum of sheets and bottles means nothing).
   */
  readonly total?: 'semua' | readonly string[];
  readonly isi: Bilingual;
}

const WILAYAH_TPS = ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps'] as const;

/** In the order a reader meets them: the plan, then its details, then what went wrong. */
export const OUTPUT_FILES: readonly OutputFileSpec[] = Object.freeze([
  {
    berkas: 'pengadaan.csv',
    perintah: ['hitung'],
    kolom: ['kode_barang', 'nama_barang', 'satuan', 'varian', 'kebutuhan', 'cadangan', 'tambahan', 'jumlah', 'isi_kemasan', 'jumlah_kemasan', 'jumlah_pengadaan', 'di_tps', 'di_pps', 'di_ppk', 'di_kpu', 'jumlah_tps', 'dpt'],
    isi: {
      id: 'Satu baris per barang dan varian: kebutuhan + cadangan + tambahan = jumlah, kemasan yang diadakan, dan tingkat tempat barang disimpan (TPS, PPS, PPK, KPU Kab/Kota).',
      en: 'One row per item and variant: base + reserve + extras = total, packs to procure, and the level where it is held (TPS, PPS, PPK, KPU Kab/Kota).',
    },
  },
  {
    berkas: 'distribusi-kecamatan.csv',
    perintah: ['hitung'],
    kolom: ['kode_kecamatan', 'kecamatan', 'jumlah_tps', 'dpt'],
    kolomBarang: true,
    total: 'semua',
    isi: { id: 'Satu baris per kecamatan (PPK): barang kelurahan/desanya ditambah yang disimpan PPK.', en: 'One row per kecamatan (PPK): its kelurahan/desa amounts plus what the PPK holds.' },
  },
  {
    berkas: 'distribusi-kelurahan.csv',
    perintah: ['hitung'],
    kolom: ['kode_kelurahan', 'kecamatan', 'kelurahan', 'jumlah_tps', 'dpt'],
    kolomBarang: true,
    kolomDapil: true,
    total: 'semua',
    isi: { id: 'Satu baris per kelurahan/desa (PPS): barang TPS-nya ditambah yang disimpan PPS.', en: 'One row per kelurahan/desa (PPS): its TPS amounts plus what the PPS holds.' },
  },
  {
    berkas: 'distribusi-tps.csv',
    perintah: ['hitung'],
    kolom: [...WILAYAH_TPS, 'dpt'],
    kolomBarang: true,
    kolomDapil: true,
    total: 'semua',
    isi: { id: 'Satu baris per TPS: DPT dan setiap barang yang dikirim ke TPS, cadangan termasuk.', en: 'One row per TPS: its DPT and every item delivered to it, reserve included.' },
  },
  {
    berkas: 'distribusi-kpu.csv',
    perintah: ['hitung'],
    kolom: ['kode_kabkota', 'jumlah_tps', 'dpt'],
    kolomBarang: true,
    total: 'semua',
    isi: {
      id: 'Satu baris per kab/kota: yang disimpan KPU Kab/Kota sendiri. Baris kecamatan ditambah berkas ini sama dengan jumlah di pengadaan.',
      en: 'One row per kab/kota: what the KPU Kab/Kota itself holds. The kecamatan rows plus this file equal the totals in pengadaan.',
    },
  },
  {
    berkas: 'rekonsiliasi.csv',
    perintah: ['terima'],
    kolom: ['kode_barang', 'nama_barang', 'varian', 'jumlah', 'dikirim', 'diterima', 'rusak', 'baik', 'kurang_kirim', 'lebih_kirim', 'kekurangan', 'kelebihan', 'dimusnahkan', 'pengada', 'status'],
    isi: { id: 'Satu baris per barang dan varian: yang diterima, rusak dan baik, dibandingkan dengan jumlah di manifes.', en: 'One row per item and variant: received, damaged and good, against the total in the manifest.' },
  },
  {
    berkas: 'usulan-pemenuhan.csv',
    perintah: ['terima'],
    kolom: ['pengada', 'kode_barang', 'nama_barang', 'varian', 'rusak', 'kurang_kirim', 'kekurangan'],
    isi: { id: 'Satu baris per barang yang kurang: usulan pemenuhan kepada pengadanya.', en: 'One row per item short: the replacement request to whoever procures it.' },
  },
  {
    berkas: 'pemusnahan.csv',
    perintah: ['terima'],
    kolom: ['kode_barang', 'nama_barang', 'varian', 'rusak', 'kelebihan', 'dimusnahkan'],
    total: ['rusak', 'kelebihan', 'dimusnahkan'],
    isi: { id: 'Satu baris per jenis surat suara yang dimusnahkan: rusak dan kelebihan.', en: 'One row per ballot type to destroy: damaged and surplus.' },
  },
  {
    berkas: 'status-tps.csv',
    perintah: ['terima'],
    kolom: [...WILAYAH_TPS, 'kode_barang', 'diharapkan', 'diterima', 'rusak', 'baik', 'selisih', 'status'],
    isi: { id: 'Satu baris per TPS dan barang: yang dikonfirmasi KPPS dibandingkan dengan manifes.', en: 'One row per TPS and item: what the KPPS confirmed against the manifest.' },
  },
  {
    berkas: 'kemas-tps.csv',
    perintah: ['kemas'],
    kolom: [...WILAYAH_TPS, 'wadah', 'kode_barang', 'varian', 'jumlah', 'ikat_penuh', 'sisa'],
    isi: { id: 'Satu baris per TPS, wadah dan barang: isi tiap wadah, dalam ikat penuh dan sisa.', en: 'One row per TPS, container and item: what goes in each container, in full bundles and a remainder.' },
  },
  {
    berkas: 'ambil-koli.csv',
    perintah: ['kemas'],
    kolom: ['kode_kecamatan', 'kecamatan', 'kode_barang', 'varian', 'jumlah', 'koli_penuh', 'sisa_lembar'],
    isi: { id: 'Satu baris per kecamatan, barang dan varian: yang diambil dari gudang, dalam koli.', en: 'One row per kecamatan, item and variant: what to pull from the warehouse, in cartons.' },
  },
  {
    berkas: 'koli-kabkota.csv',
    perintah: ['kemas'],
    kolom: ['kode_barang', 'varian', 'jumlah', 'koli_penuh', 'sisa_lembar', 'koli_psu'],
    total: ['koli_penuh', 'koli_psu'],
    isi: { id: 'Satu baris per barang dan varian: kiriman penyedia ke KPU Kab/Kota dalam koli (PSU dalam koli sendiri).', en: "One row per item and variant: the supplier's delivery to the KPU Kab/Kota in cartons (PSU stock in cartons of its own)." },
  },
  {
    berkas: 'serah-terima-ppk.csv',
    perintah: ['kemas'],
    kolom: ['kode_kecamatan', 'kecamatan', 'kode_barang', 'varian', 'jumlah'],
    isi: { id: 'Satu baris per kecamatan dan barang: yang diserahkan KPU Kab/Kota kepada PPK.', en: 'One row per kecamatan and item: what the KPU Kab/Kota hands to the PPK.' },
  },
  {
    berkas: 'serah-terima-pps.csv',
    perintah: ['kemas'],
    kolom: ['kode_kelurahan', 'kecamatan', 'kelurahan', 'kode_barang', 'varian', 'jumlah'],
    isi: { id: 'Satu baris per kelurahan/desa dan barang: yang diserahkan PPK kepada PPS.', en: 'One row per kelurahan/desa and item: what the PPK hands to the PPS.' },
  },
  {
    berkas: 'usulan-tps.csv',
    perintah: ['petakan'],
    kolom: [...WILAYAH_TPS, 'dpt', 'tps_asal', 'keterangan'],
    total: ['dpt'],
    isi: { id: 'Satu baris per TPS usulan, dengan TPS lama yang digabung.', en: 'One row per proposed TPS, with the old TPS merged into it.' },
  },
  {
    berkas: 'pemetaan-kelurahan.csv',
    perintah: ['petakan'],
    kolom: ['kode_kelurahan', 'kecamatan', 'kelurahan', 'dpt', 'tps_sekarang', 'batas_bawah', 'tps_usulan', 'metode'],
    total: 'semua',
    isi: { id: 'Satu baris per kelurahan/desa: TPS sekarang, batas bawah, dan TPS usulan.', en: 'One row per kelurahan/desa: TPS now, the lower bound, and TPS proposed.' },
  },
  {
    berkas: 'rekap-tps.csv',
    perintah: ['petakan'],
    kolom: [...WILAYAH_TPS, 'dpt'],
    total: ['dpt'],
    isi: { id: 'Satu baris per TPS usulan, dalam bentuk rekap yang dibaca hitung.', en: 'One row per proposed TPS, as a recap roll hitung reads.' },
  },
  {
    berkas: 'selisih-barang.csv',
    perintah: ['petakan'],
    kolom: ['kode_barang', 'nama_barang', 'satuan', 'varian', 'jumlah_sekarang', 'jumlah_usulan', 'hemat'],
    isi: { id: 'Satu baris per barang dan varian: jumlahnya dengan TPS sekarang dan dengan TPS usulan, dan yang dihemat.', en: 'One row per item and variant: its total with the TPS now and with the TPS proposed, and what is saved.' },
  },
  {
    berkas: 'penempatan.csv',
    perintah: ['petakan'],
    kolom: ['berkas', 'baris', 'kode_kelurahan', 'tps'],
    isi: { id: 'Satu baris per pemilih yang dihitung: berkas dan baris rekamannya, dan TPS usulannya.', en: "One row per counted voter: the file and line of the voter's record, and the proposed TPS." },
  },
  {
    berkas: 'validasi.csv',
    perintah: ['hitung', 'validasi', 'terima', 'petakan'],
    kolom: ['berkas', 'baris', 'kolom', 'kode', 'tingkat', 'pesan'],
    isi: { id: 'Satu baris per masalah yang ditemukan saat membaca dan memeriksa masukan.', en: 'One row per issue found while reading and checking the inputs.' },
  },
]);

export function outputFileSpec(berkas: string): OutputFileSpec | undefined {
  return OUTPUT_FILES.find((f) => f.berkas === berkas);
}
