/**
 * Issues of `logistik terima`: receipt rows (`receipt-*`) and KPPS confirmation rows (`kpps-*`,
 * `--tps`). Every one names what is wrong and what to write instead; the TPS identity of a KPPS row
 * uses the rolls' own codes (`tps-identity`, `kode-wilayah-format`, `tps-format`). Params echo only
 * item codes, dapil names, stages, dates, numbers and delivery-note numbers, through core/terima/echo.ts.
 */
import type { Severity } from '../types.js';
import type { IssueText } from './format.js';
import { galat, peringatan } from './issues-rows.js';

interface TerimaIssue {
  readonly severity: Severity;
  readonly text: IssueText;
}

const NUMBER_HINT_ID = 'Tulis angka bulat saja, tanpa pemisah ribuan atau desimal (159891, bukan 159.891); tulis 0 bila tidak ada.';
const NUMBER_HINT_EN = 'Write a whole number only, without thousands or decimal marks (159891, not 159.891); write 0 when there is none.';

const RECEIPTS = {
  'receipt-missing-value': galat(
    'Kolom {kolom} kosong.',
    'Column {kolom} is empty.',
    'Setiap baris penerimaan perlu kode_barang, tahap dan tanggal; baris terima/pengganti juga diterima, baris sortir/pulih juga rusak.',
    'Every receipt row needs kode_barang, tahap and tanggal; terima/pengganti rows also need diterima, sortir/pulih rows also need rusak.',
  ),
  'receipt-quantity-format': galat(
    '{kolom} "{nilai}" bukan bilangan bulat 0 atau lebih.',
    '{kolom} "{nilai}" is not a whole number of 0 or more.',
    NUMBER_HINT_ID,
    NUMBER_HINT_EN,
  ),
  'receipt-quantity-on-sorting': galat(
    'Baris {tahap} berisi angka di kolom {kolom}.',
    'A {tahap} row has a number in column {kolom}.',
    'Sortir dan pulih hanya memindahkan lembar antara baik dan rusak: tulis jumlahnya di kolom rusak dan kosongkan dikirim dan diterima. Barang yang datang dicatat sebagai baris terima atau pengganti.',
    'Sorting and re-checks only move sheets between good and damaged: write the number in rusak and leave dikirim and diterima empty. Goods that arrive are a terima or pengganti row.',
  ),
  'receipt-stage-unknown': galat(
    'Tahap "{nilai}" tidak dikenal.',
    'Stage "{nilai}" is not known.',
    'Tulis salah satu: terima (pengiriman), pengganti (kiriman pengganti), sortir (rusak ditemukan saat sortir-lipat), pulih (rusak yang dinyatakan baik kembali).',
    'Write one of: terima (a delivery), pengganti (a replacement delivery), sortir (damage found while sorting), pulih (damaged sheets moved back to good).',
  ),
  'receipt-date-format': galat(
    'Tanggal "{nilai}" tidak dikenali atau bukan tanggal yang ada.',
    'Date "{nilai}" is not recognised or does not exist.',
    'Tulis tanggal sebagai yyyy-mm-dd (2024-01-20), dd-mm-yyyy atau dd/mm/yyyy.',
    'Write the date as yyyy-mm-dd (2024-01-20), dd-mm-yyyy or dd/mm/yyyy.',
  ),
  'receipt-item-unknown': galat(
    'kode_barang "{nilai}" tidak ada di manifest.',
    'kode_barang "{nilai}" is not in the manifest.',
    'Tulis kode_barang persis seperti di pengadaan.csv manifest: {kode_dikenal}. Barang yang tidak direncanakan tidak direkonsiliasi.',
    'Write kode_barang exactly as in the manifest\'s pengadaan.csv: {kode_dikenal}. Goods that were not planned are not reconciled.',
  ),
  'receipt-item-typo': galat(
    'kode_barang "{nilai}" tidak ada di manifest.',
    'kode_barang "{nilai}" is not in the manifest.',
    'Maksudnya {saran}? Tulis kode_barang persis seperti di pengadaan.csv manifest.',
    'Did you mean {saran}? Write kode_barang exactly as in the manifest\'s pengadaan.csv.',
  ),
  'receipt-variant-unknown': galat(
    'Varian "{nilai}" tidak ada untuk {kode_barang} di manifest.',
    'Variant "{nilai}" is not in the manifest for {kode_barang}.',
    'Tulis dapil seperti di pengadaan.csv manifest: {varian}.',
    'Write the dapil as the manifest\'s pengadaan.csv does: {varian}.',
  ),
  'receipt-variant-missing': galat(
    'Kolom varian kosong, padahal {kode_barang} dibagi per dapil di manifest.',
    'Column varian is empty, but the manifest splits {kode_barang} by dapil.',
    'Tulis dapil kiriman ini seperti di pengadaan.csv manifest: {varian}.',
    'Write the dapil of this delivery as the manifest\'s pengadaan.csv does: {varian}.',
  ),
  'receipt-variant-none': galat(
    'Varian "{nilai}" diisi, padahal {kode_barang} tidak dibagi per dapil di manifest.',
    'Variant "{nilai}" is given, but the manifest does not split {kode_barang} by dapil.',
    'Kosongkan kolom varian untuk barang ini, atau jalankan hitung dengan --dapil bila barang ini memang dibagi per dapil.',
    'Leave varian empty for this item, or run hitung with --dapil if this item is split by dapil.',
  ),
  'receipt-duplicate-document': peringatan(
    'Dokumen "{dokumen}" untuk {barang} ({tahap}) sudah dicatat di {pertama}; keduanya dihitung.',
    'Document "{dokumen}" for {barang} ({tahap}) is already recorded at {pertama}; both are counted.',
    'Bila ini surat jalan atau berita acara yang sama yang tercatat dua kali, hapus salah satu baris; bila memang dua kiriman, beri nomor dokumen yang membedakannya.',
    'If this is the same delivery note or minutes entered twice, delete one of the rows; if they are two deliveries, give them document numbers that tell them apart.',
  ),
  'receipt-damage-over-received': galat(
    '{barang}, {tanggal}: rusak {rusak} melebihi yang diterima ({diterima}) pada kiriman tanggal itu ({baris} baris).',
    '{barang}, {tanggal}: damaged {rusak} exceeds what that day\'s deliveries brought ({diterima}) ({baris} rows).',
    'Rusak pada baris terima/pengganti hanya menghitung lembar dari kiriman itu sendiri. Periksa angka diterima dan rusak pada bukti tanda terima.',
    'Damage on a terima/pengganti row counts sheets of that delivery only. Check diterima and rusak against the receipt.',
  ),
  'receipt-sorting-over-good': galat(
    '{barang}, {tanggal}: sortir mencatat rusak {rusak}, padahal yang baik sampai saat itu hanya {baik} ({baris} baris).',
    '{barang}, {tanggal}: sorting records {rusak} damaged, but only {baik} were good so far ({baris} rows).',
    'Sortir hanya dapat menemukan rusak di antara barang yang sudah diterima. Periksa tanggal kiriman (kiriman dengan tanggal lebih akhir belum dihitung) dan angka rusak di berita acara sortir.',
    'Sorting can only find damage among goods already received. Check the delivery dates (a later delivery does not count yet) and the damaged count in the sorting minutes.',
  ),
  'receipt-restore-over-damaged': galat(
    '{barang}, {tanggal}: pulih {pulih} lembar, padahal yang rusak sampai saat itu hanya {rusak} ({baris} baris).',
    '{barang}, {tanggal}: {pulih} sheets moved back to good, but only {rusak} were damaged so far ({baris} rows).',
    'Pulih hanya mengembalikan lembar yang sebelumnya dicatat rusak. Periksa tanggal dan angka di berita acara pemeriksaan ulang.',
    'A re-check only moves back sheets recorded as damaged before. Check the date and number in the re-check minutes.',
  ),
} as const;

const KPPS = {
  'kpps-missing-value': galat(
    'Kolom {kolom} kosong.',
    'Column {kolom} is empty.',
    'Setiap baris konfirmasi KPPS perlu TPS, kode_barang dan diterima; rusak boleh kosong (berarti 0).',
    'Every KPPS confirmation row needs the TPS, kode_barang and diterima; rusak may be empty (meaning 0).',
  ),
  'kpps-quantity-format': galat(
    '{kolom} "{nilai}" bukan bilangan bulat 0 atau lebih.',
    '{kolom} "{nilai}" is not a whole number of 0 or more.',
    NUMBER_HINT_ID,
    NUMBER_HINT_EN,
  ),
  'kpps-item-unknown': galat(
    'kode_barang "{nilai}" tidak dikirim ke TPS menurut manifest.',
    'kode_barang "{nilai}" is not sent to TPS according to the manifest.',
    'Tulis kode_barang seperti di kolom distribusi-tps.csv manifest: {kode_dikenal}.',
    'Write kode_barang as the columns of the manifest\'s distribusi-tps.csv do: {kode_dikenal}.',
  ),
  'kpps-tps-unknown': galat(
    'TPS {tps} di {wilayah} tidak ada di manifest.',
    'TPS {tps} in {wilayah} is not in the manifest.',
    'Periksa kode kelurahan (atau nama kecamatan dan kelurahan) dan nomor TPS terhadap distribusi-tps.csv manifest; konfirmasi dari wilayah lain tidak dihitung di sini.',
    'Check the kelurahan code (or the kecamatan and kelurahan names) and the TPS number against the manifest\'s distribusi-tps.csv; confirmations from other regions are not counted here.',
  ),
  'kpps-tps-ambiguous': galat(
    'TPS {tps} di {wilayah} cocok dengan lebih dari satu kelurahan di manifest ({kode}).',
    'TPS {tps} in {wilayah} matches more than one kelurahan of the manifest ({kode}).',
    'Tambahkan kolom kode_kelurahan agar setiap TPS dikenali dengan kodenya.',
    'Add a kode_kelurahan column so that each TPS is identified by its code.',
  ),
  'kpps-damage-over-received': galat(
    'TPS {tps} {wilayah}, {kode_barang}: rusak {rusak} melebihi yang diterima ({diterima}) ({baris} baris).',
    'TPS {tps} {wilayah}, {kode_barang}: damaged {rusak} exceeds what it received ({diterima}) ({baris} rows).',
    'Rusak hanya menghitung lembar yang diterima TPS itu. Periksa angka pada tanda terima KPPS.',
    'Damage counts only sheets that TPS received. Check the numbers on the KPPS receipt.',
  ),
} as const;

export const TERIMA_ISSUES: Readonly<Record<TerimaIssueCode, TerimaIssue>> = { ...RECEIPTS, ...KPPS };

export type TerimaIssueCode = keyof typeof RECEIPTS | keyof typeof KPPS;
