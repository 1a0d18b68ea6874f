/** Messages of `logistik terima`: its help and its end-of-run report (the issues are issues-terima.ts). */
import type { Bilingual } from './format.js';

export const TERIMA_MESSAGES: Record<string, Bilingual> = {
  'help.terima': {
    id: 'rekonsiliasi penerimaan gudang dengan manifes: usulan pemenuhan, pemusnahan, kesiapan TPS',
    en: 'reconcile warehouse receipts with the manifest: replacement requests, destruction, TPS readiness',
  },
  'help.arg.penerimaan': {
    id: 'CSV penerimaan (kode_barang,varian,tahap,tanggal,dokumen,dikirim,diterima,rusak): berkas, folder, atau -',
    en: 'receipt CSVs (kode_barang,varian,tahap,tanggal,dokumen,dikirim,diterima,rusak): files, folders, or -',
  },
  'help.opt.manifest': { id: 'folder manifes yang ditulis logistik hitung', en: 'the manifest folder logistik hitung wrote' },
  'help.opt.terima-out': { id: 'folder tujuan rekonsiliasi', en: 'where the reconciliation goes' },
  'help.opt.tps': {
    id: 'CSV konfirmasi KPPS (kode_kelurahan,tps,kode_barang,diterima,rusak): tulis juga status-tps.csv',
    en: 'KPPS confirmations CSV (kode_kelurahan,tps,kode_barang,diterima,rusak): also write status-tps.csv',
  },
  'help.opt.strict': {
    id: 'keluar dengan 1 selama ada barang kurang atau belum diterima di gudang atau di TPS (gerbang H-1)',
    en: 'exit 1 while anything is short or not received in the warehouse or at a TPS (an H-1 gate)',
  },
  'help.opt.terima-allow-invalid': {
    id: 'tetap tulis rekonsiliasi dari baris yang sah walau ada galat',
    en: 'write the reconciliation from the valid rows even when errors exist',
  },
  'help.examples.terima': {
    id: 'Contoh:\n  logistik terima fixtures/penerimaan/penerimaan.csv                      # manifes dari manifest/, hasil ke rekonsiliasi/\n  logistik terima fixtures/penerimaan/penerimaan.csv --xlsx -o rekonsiliasi-excel\n  logistik terima fixtures/penerimaan/penerimaan.csv --tps fixtures/penerimaan/konfirmasi-kpps.csv --strict   # gerbang H-1\n\nKode keluar: 0 penerimaan terbaca (kekurangan adalah temuan, bukan galat), 1 baris bergalat, manifes diubah setelah ditulis, atau --strict dan masih ada yang kurang, 2 salah pakai, 3 galat berkas.',
    en: 'Examples:\n  logistik terima fixtures/penerimaan/penerimaan.csv                      # manifest from manifest/, results to rekonsiliasi/\n  logistik terima fixtures/penerimaan/penerimaan.csv --xlsx -o rekonsiliasi-excel\n  logistik terima fixtures/penerimaan/penerimaan.csv --tps fixtures/penerimaan/konfirmasi-kpps.csv --strict   # the H-1 gate\n\nExit codes: 0 receipts read (shortfalls are findings, not errors), 1 rows with errors, a manifest changed after writing, or --strict while something is still short, 2 usage error, 3 file error.',
  },

  'terima.jenis.penerimaan': { id: 'penerimaan', en: 'receipts' },
  'terima.jenis.konfirmasi': { id: 'konfirmasi KPPS', en: 'KPPS confirmations' },
  'terima.manifest': { id: 'Manifes {folder}/: {barang} barang/varian', en: 'Manifest {folder}/: {barang} items/variants' },
  'terima.warehouse': { id: 'Gudang: {barang} barang/varian — {bagian}', en: 'Warehouse: {barang} items/variants — {bagian}' },
  'terima.status.lengkap': { id: '{n} lengkap', en: '{n} complete' },
  'terima.status.kurang': { id: '{n} kurang', en: '{n} short' },
  'terima.status.lebih': { id: '{n} lebih', en: '{n} over' },
  'terima.status.belum_diterima': { id: '{n} belum diterima', en: '{n} not received' },
  'terima.usulan': { id: 'Usulan pemenuhan (usulan-pemenuhan.csv), per pengada:', en: 'Replacement request (usulan-pemenuhan.csv), per supplying body:' },
  'terima.usulan-none': { id: 'Usulan pemenuhan: tidak ada, tidak ada yang kurang.', en: 'Replacement request: none, nothing is short.' },
  'terima.usulan-line': { id: '{barang}: {n} {satuan} ({sebab})', en: '{barang}: {n} {satuan} ({sebab})' },
  'terima.pengada.kpu_ri': { id: 'Kepada KPU RI (melalui KPU Provinsi)', en: 'To KPU RI (through the KPU Provinsi)' },
  'terima.pengada.kpu_provinsi': { id: 'Kepada KPU Provinsi', en: 'To the KPU Provinsi' },
  'terima.pengada.kpu_kabkota': { id: 'Pengadaan sendiri KPU Kabupaten/Kota', en: "The KPU Kab/Kota's own procurement" },
  'terima.pengada.none': {
    id: 'Pengada belum ditetapkan di konfigurasi (kunci pengada per barang)',
    en: 'Supplying body not set in the config (the per-item pengada key)',
  },
  'terima.sebab.rusak': { id: 'rusak {n}', en: 'damaged {n}' },
  'terima.sebab.kurang_kirim': { id: 'kurang kirim {n}', en: 'short-shipped {n}' },
  'terima.sebab.belum_dikirim': { id: 'belum dikirim {n}', en: 'not yet shipped {n}' },
  'terima.sebab.belum_diterima': { id: 'belum diterima sama sekali', en: 'nothing received yet' },
  'terima.sebab.lebih': { id: 'lebih {n}', en: 'surplus {n}' },
  'terima.pemusnahan': {
    id: 'Pemusnahan pada H-1 (pemusnahan.csv), surat suara rusak dan lebih:',
    en: 'Destruction at H-1 (pemusnahan.csv), damaged and surplus ballots:',
  },
  'terima.pemusnahan-none': { id: 'Pemusnahan: tidak ada surat suara rusak atau lebih.', en: 'Destruction: no damaged or surplus ballots.' },
  'terima.pemusnahan-line': { id: '{barang}: {n} {satuan} ({sebab})', en: '{barang}: {n} {satuan} ({sebab})' },
  'terima.pemusnahan-total': { id: 'Jumlah dimusnahkan: {n} lembar', en: 'Total to destroy: {n} sheets' },
  'terima.belum': { id: 'Belum diterima sama sekali: {barang}', en: 'Not received at all: {barang}' },
  'terima.tps-title': { id: 'Kesiapan TPS (status-tps.csv), per kecamatan, terburuk dahulu:', en: 'TPS readiness (status-tps.csv), per kecamatan, worst first:' },
  'terima.tps-line': { id: '{kecamatan}: {tps} TPS — {bagian}', en: '{kecamatan}: {tps} TPS — {bagian}' },
  'terima.tps.belum_diterima': { id: '{n} ada barang belum diterima', en: '{n} with items not received' },
  'terima.tps.kurang_di_bawah_dpt': { id: '{n} surat suara di bawah DPT', en: '{n} with ballots below DPT' },
  'terima.tps.kurang': { id: '{n} ada barang kurang', en: '{n} with items short' },
  'terima.tps.kurang_dalam_cadangan': { id: '{n} surat suara kurang tetapi masih tertutup cadangan', en: '{n} with ballots short but covered by the reserve' },
  'terima.tps.lebih': { id: '{n} lebih', en: '{n} over' },
  'terima.tps.lengkap': { id: '{n} lengkap', en: '{n} complete' },
  'terima.tps-rest-ready': { id: '{n} kecamatan lain: semua {tps} TPS siap', en: '{n} other kecamatan: all {tps} TPS ready' },
  'terima.tps-all-ready': { id: 'Semua {tps} TPS di {n} kecamatan siap.', en: 'All {tps} TPS in {n} kecamatan are ready.' },
  'terima.gate-pass': { id: 'Siap H-1: tidak ada yang kurang atau belum diterima (--strict lulus).', en: 'Ready for H-1: nothing short or not received (--strict passes).' },
  'terima.gate-fail': {
    id: 'Belum siap H-1: {barang} barang/varian di gudang kurang atau belum diterima (--strict gagal).',
    en: 'Not ready for H-1: {barang} items/variants in the warehouse short or not received (--strict fails).',
  },
  'terima.gate-fail-tps': {
    id: 'Belum siap H-1: {barang} barang/varian di gudang dan {tps} TPS kurang atau belum menerima (--strict gagal).',
    en: 'Not ready for H-1: {barang} items/variants in the warehouse and {tps} TPS short or not received (--strict fails).',
  },
  'terima.written': { id: 'Ditulis ke {out}/: {berkas}', en: 'Written to {out}/: {berkas}' },
  'terima.not-written': {
    id: 'Ada galat: rekonsiliasi TIDAK ditulis. Hanya validasi.csv dan ringkasan.json ditulis ke {out}/. Perbaiki baris yang disebut di atas, atau pakai --allow-invalid untuk merekonsiliasi dari baris yang sah saja.',
    en: 'There are errors: the reconciliation was NOT written. Only validasi.csv and ringkasan.json were written to {out}/. Fix the rows named above, or use --allow-invalid to reconcile from the valid rows only.',
  },
  'terima.allow-invalid': {
    id: '--allow-invalid: {ditolak} baris ditolak dan TIDAK dihitung dalam rekonsiliasi (lihat validasi.csv).',
    en: '--allow-invalid: {ditolak} rejected rows are NOT counted in the reconciliation (see validasi.csv).',
  },
};
