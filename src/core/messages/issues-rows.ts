import type { Severity } from '../types.js';
import type { IssueText } from './format.js';

/**
 * Issues about values in rows and across rows (src/core/validate). Params never hold a NIK, NKK or
 * person's name in clear: `{nik}`/`{nkk}` are masked (`167401******0001`), `{nilai}` only ever echoes
 * public columns (region code, TPS number, DPT count) with long digit runs masked.
 */
interface RowIssue {
  readonly severity: Severity;
  readonly text: IssueText;
}

export function galat(id: string, en: string, hintId: string, hintEn: string): RowIssue {
  return { severity: 'galat', text: { message: { id, en }, hint: { id: hintId, en: hintEn } } };
}

export function peringatan(id: string, en: string, hintId: string, hintEn: string): RowIssue {
  return { severity: 'peringatan', text: { message: { id, en }, hint: { id: hintId, en: hintEn } } };
}

const SPREADSHEET_HINT_ID =
  'Ekspor ulang dari sumber aslinya, atau di spreadsheet impor kolom ini sebagai Teks (Data → Dari Teks/CSV → tipe kolom Teks) sebelum menyimpan CSV; jangan ketik ulang angkanya.';
const SPREADSHEET_HINT_EN =
  'Export again from the source system, or import this column as Text in the spreadsheet (Data → From Text/CSV → column type Text) before saving the CSV; do not retype the numbers.';

const IDENTITY = {
  'tps-identity': galat(
    'Identitas TPS tidak lengkap: kolom {kolom} kosong.',
    'Incomplete TPS identity: column {kolom} is empty.',
    'Isi kode_kelurahan (atau nama kecamatan dan kelurahan bila tidak ada kolom kode) dan nomor TPS pada baris ini.',
    'Fill in kode_kelurahan (or the kecamatan and kelurahan names when there is no code column) and the TPS number on this row.',
  ),
  'kode-wilayah-format': galat(
    'kode_kelurahan "{nilai}" tidak sah (bagian {bagian}).',
    'kode_kelurahan "{nilai}" is not valid (part {bagian}).',
    'Tulis kode Kemendagri PP.KK.CC.DDDD (contoh 16.74.01.1001) atau 10 angka: KK 01-69 kabupaten atau 71-99 kota, CC bukan 00, DDDD diawali 1 (kelurahan) atau 2 (desa). Kode BPS berbeda dari kode Kemendagri.',
    'Write the Kemendagri code PP.KK.CC.DDDD (e.g. 16.74.01.1001) or 10 digits: KK 01-69 regency or 71-99 city, CC not 00, DDDD starting with 1 (kelurahan) or 2 (desa). BPS codes differ from Kemendagri codes.',
  ),
  'kode-wilayah-province': peringatan(
    'kode_kelurahan {nilai}: {provinsi} bukan kode provinsi Kemendagri.',
    'kode_kelurahan {nilai}: {provinsi} is not a Kemendagri province code.',
    'Periksa apakah kode diambil dari daftar BPS, bukan Kemendagri (Kepmendagri 2025), lalu ganti dengan kode Kemendagri.',
    'Check whether the code comes from the BPS list rather than Kemendagri (Kepmendagri 2025), and replace it with the Kemendagri code.',
  ),
  'kode-wilayah-inconsistent': peringatan(
    'Daftar pemilih ini memuat kabupaten/kota {kabkota} selain {utama}.',
    'This roll contains kab/kota {kabkota} besides {utama}.',
    'Pastikan berkas dari kabupaten/kota lain memang disengaja; bila tidak, keluarkan berkas itu atau perbaiki kodenya (baris ini adalah yang pertama).',
    'Make sure the file from another kab/kota is intended; if not, drop that file or correct its codes (this is its first row).',
  ),
  'region-name-conflict': peringatan(
    'Kode {kode} memakai nama berbeda: dipakai "{nama}", juga tertulis {lainnya}.',
    'Code {kode} comes with different names: using "{nama}", also written {lainnya}.',
    'Seragamkan penulisan nama wilayah untuk kode ini; manifes memakai nama yang paling sering muncul.',
    'Use one spelling of the region name for this code; the manifests use the most frequent one.',
  ),
  'tps-format': galat(
    'Nomor TPS "{nilai}" tidak dikenali.',
    'TPS number "{nilai}" is not recognised.',
    'Tulis nomor TPS 1-999 sebagai 1, 001, TPS 1 atau TPS 001.',
    'Write the TPS number 1-999 as 1, 001, TPS 1 or TPS 001.',
  ),
} as const;

const NIK = {
  'nik-format': galat(
    'NIK harus tepat 16 angka; sel ini berisi {panjang} karakter.',
    'A NIK must be exactly 16 digits; this cell holds {panjang} characters.',
    'Perbaiki NIK dari KTP-el atau KK. NIK yang disamarkan sebagian (167401******0001) diterima sebagai peringatan; tanda lain seperti spasi atau titik di dalam NIK harus dihapus.',
    'Correct the NIK from the KTP-el or family card. Partly masked NIKs (167401******0001) are accepted with a warning; other marks such as spaces or dots inside the NIK must be removed.',
  ),
  'nik-letter': galat(
    'NIK memuat huruf (karakter ke-{posisi}); NIK hanya berisi 16 angka.',
    'The NIK holds a letter (character {posisi}); a NIK is 16 digits only.',
    'Huruf O dan I sering tertukar dengan angka 0 dan 1; salin ulang NIK dari KTP-el. Bila kolom ini berisi nama atau teks lain, urutan kolom tertukar: periksa judul kolom.',
    'The letters O and I are often typed for the digits 0 and 1; copy the NIK again from the KTP-el. If this column holds names or other text, the columns are swapped: check the header.',
  ),
  'nik-invisible': galat(
    'NIK memuat karakter tak terlihat {karakter} (karakter ke-{posisi}).',
    'The NIK holds an invisible character {karakter} (character {posisi}).',
    'Hapus karakter itu (biasanya terbawa saat menyalin dari web, PDF atau pesan; U+000D adalah akhir baris CR yang tersisa), lalu simpan ulang berkas.',
    'Delete that character (it usually comes with text copied from the web, a PDF or a message; U+000D is a stray CR line end), then save the file again.',
  ),
  'nik-separator': galat(
    'NIK {nik} ditulis dengan spasi, titik atau tanda hubung di antara angkanya.',
    'NIK {nik} is written with spaces, dots or dashes between its digits.',
    'Tulis NIK sebagai 16 angka tanpa pemisah (di lembar kerja: Cari & Ganti spasi dengan kosong pada kolom NIK).',
    'Write the NIK as 16 digits without separators (in a spreadsheet: Find & Replace the spaces with nothing in the NIK column).',
  ),
  'nik-spreadsheet': galat(
    'NIK {nik} rusak oleh spreadsheet (notasi ilmiah, akhiran .0, atau hanya 15 angka).',
    'NIK {nik} was damaged by a spreadsheet (scientific notation, trailing .0, or only 15 digits).',
    SPREADSHEET_HINT_ID,
    SPREADSHEET_HINT_EN,
  ),
  'nik-column-truncated': galat(
    'Semua {jumlah} NIK di kolom "{kolom}" berakhir dengan 0: angka terakhir hilang karena presisi 15 digit spreadsheet. Semua baris berkas ini ditolak karena duplikat tidak dapat diperiksa.',
    'All {jumlah} NIKs in column "{kolom}" end in 0: the last digit was lost to a spreadsheet\'s 15-digit precision. Every row of this file is rejected because duplicates cannot be checked.',
    SPREADSHEET_HINT_ID,
    SPREADSHEET_HINT_EN,
  ),
  'nik-masked': peringatan(
    '{jumlah} NIK disamarkan (mulai baris {barisPertama}); baris dihitung, tetapi NIK ganda tidak dapat diperiksa.',
    '{jumlah} NIKs are masked (from line {barisPertama}); the rows are counted, but duplicate NIKs cannot be checked.',
    'Untuk pemeriksaan ganda, minta salinan DPT dengan NIK lengkap; daftar yang diumumkan biasanya disamarkan.',
    'To check duplicates, ask for a copy of the roll with full NIKs; published lists are usually masked.',
  ),
  'nik-province': peringatan(
    'NIK {nik}: {provinsi} bukan kode provinsi.',
    'NIK {nik}: {provinsi} is not a province code.',
    'Periksa dua angka pertama NIK terhadap KTP-el; NIK tidak berubah bila penduduk pindah, tetapi kodenya harus kode provinsi Kemendagri.',
    'Check the first two digits of the NIK against the KTP-el; a NIK does not change when people move, but it must start with a Kemendagri province code.',
  ),
  'nik-birthdate': peringatan(
    'NIK {nik}: angka 7-12 bukan tanggal lahir (DDMMYY, DD+40 untuk perempuan).',
    'NIK {nik}: digits 7-12 are not a birth date (DDMMYY, DD+40 for women).',
    'Periksa NIK terhadap KTP-el; kemungkinan ada angka tertukar.',
    'Check the NIK against the KTP-el; digits may have been swapped.',
  ),
  'nik-mismatch': peringatan(
    'NIK {nik} tidak cocok dengan kolom {kolom}.',
    'NIK {nik} disagrees with column(s) {kolom}.',
    'Periksa jenis kelamin dan tanggal lahir terhadap KTP-el; NIK lama kadang memang berbeda dan tidak dapat diubah, maka baris tetap dihitung.',
    'Check sex and birth date against the KTP-el; old NIKs sometimes differ and cannot be changed, so the row is still counted.',
  ),
  'duplicate-nik': galat(
    'NIK {nik} sudah ada di {firstFile} baris {firstLine}.',
    'NIK {nik} already appears in {firstFile} line {firstLine}.',
    'Hapus salah satu baris, atau periksa apakah sebuah berkas terbaca dua kali; baris ini tidak dihitung.',
    'Remove one of the rows, or check whether a file was read twice; this row is not counted.',
  ),
  'nkk-spreadsheet': galat(
    'NKK {nkk} rusak oleh spreadsheet (notasi ilmiah, akhiran .0, atau hanya 15 angka).',
    'NKK {nkk} was damaged by a spreadsheet (scientific notation, trailing .0, or only 15 digits).',
    SPREADSHEET_HINT_ID,
    SPREADSHEET_HINT_EN,
  ),
  'nkk-format': peringatan(
    'NKK harus 16 angka; sel ini berisi {panjang} karakter.',
    'An NKK must be 16 digits; this cell holds {panjang} characters.',
    'Perbaiki NKK dari Kartu Keluarga, atau kosongkan bila tidak diketahui.',
    'Correct the NKK from the family card, or leave it empty when unknown.',
  ),
} as const;

const PERSON = {
  'jenis-kelamin': peringatan(
    'jenis_kelamin tidak dikenali.',
    'jenis_kelamin is not recognised.',
    'Tulis L atau P (LAKI-LAKI/PEREMPUAN juga diterima).',
    'Write L or P (LAKI-LAKI/PEREMPUAN are accepted too).',
  ),
  'tanggal-lahir': peringatan(
    'tanggal_lahir bukan tanggal yang sah atau jatuh sesudah hari pemungutan {hari}.',
    'tanggal_lahir is not a real date or falls after polling day {hari}.',
    'Tulis tanggal sebagai dd-mm-yyyy, dd/mm/yyyy atau yyyy-mm-dd, dengan tahun 4 angka.',
    'Write the date as dd-mm-yyyy, dd/mm/yyyy or yyyy-mm-dd, with a 4-digit year.',
  ),
  'status-kawin': peringatan(
    'status_kawin tidak dikenali.',
    'status_kawin is not recognised.',
    'Tulis B (belum kawin), S (sudah kawin) atau P (pernah kawin).',
    'Write B (never married), S (married) or P (formerly married).',
  ),
  'disabilitas': peringatan(
    'disabilitas tidak dikenali.',
    'disabilitas is not recognised.',
    'Kosongkan atau tulis 0 bila tidak ada; 1-6 untuk kode KPU, beberapa kode dipisah koma (1,5).',
    'Leave empty or write 0 for none; 1-6 for the KPU codes, several codes separated by commas (1,5).',
  ),
  'under-age': peringatan(
    'Pemilih berumur {umur} tahun pada hari pemungutan {hari} dan belum kawin.',
    'Voter is {umur} years old on polling day {hari} and never married.',
    'Periksa tanggal lahir dan status kawin; pemilih harus berumur 17 tahun atau sudah/pernah kawin.',
    'Check birth date and marital status; a voter must be 17 or be or have been married.',
  ),
  'under-age-status-unknown': peringatan(
    'Pemilih berumur {umur} tahun pada hari pemungutan {hari} dan status kawinnya tidak diketahui.',
    'Voter is {umur} years old on polling day {hari} and the marital status is unknown.',
    'Isi status_kawin (S atau P bila sudah/pernah kawin), atau periksa tanggal lahir.',
    'Fill in status_kawin (S or P if married or formerly married), or check the birth date.',
  ),
} as const;

const RECAP = {
  'dpt-format': galat(
    'Jumlah pemilih "{nilai}" bukan bilangan bulat.',
    'Voter count "{nilai}" is not a whole number.',
    'Tulis angka saja tanpa pemisah ribuan (1234, bukan 1.234 atau 1,234).',
    'Write plain digits without thousands separators (1234, not 1.234 or 1,234).',
  ),
  'dpt-negative': galat(
    'Jumlah pemilih {nilai} negatif.',
    'Voter count {nilai} is negative.',
    'Jumlah pemilih tidak bisa kurang dari 0; salin angkanya dari rekap DPT resmi.',
    'A voter count cannot be below 0; copy the figure from the official DPT recap.',
  ),
  'dpt-too-large': galat(
    'Jumlah pemilih {nilai} melebihi {batas}, lebih besar dari TPS mana pun.',
    'Voter count {nilai} is above {batas}, larger than any TPS.',
    'Periksa apakah sel ini berisi angka lain (NIK, kode wilayah, jumlah satu kabupaten) atau kolomnya bergeser.',
    'Check whether this cell holds another number (a NIK, a region code, a whole regency\'s total) or the columns have shifted.',
  ),
  'dpt-sum-mismatch': galat(
    'dpt_l {dptL} + dpt_p {dptP} tidak sama dengan dpt {dpt}.',
    'dpt_l {dptL} + dpt_p {dptP} does not equal dpt {dpt}.',
    'Perbaiki salah satu angka sesuai rekap DPT resmi.',
    'Correct one of the figures from the official DPT recap.',
  ),
  'tps-empty': peringatan(
    'TPS {tps} tidak punya pemilih (DPT 0).',
    'TPS {tps} has no voters (DPT 0).',
    'Periksa angka DPT; bila TPS ini memang tidak dipakai, hapus barisnya.',
    'Check the DPT figure; if this TPS is not used, remove the row.',
  ),
  'duplicate-tps': galat(
    'TPS {tps} di {kode} sudah ada di {firstFile} baris {firstLine}.',
    'TPS {tps} in {kode} already appears in {firstFile} line {firstLine}.',
    'Hapus baris ganda atau perbaiki nomor TPS; baris ini tidak dihitung.',
    'Remove the duplicate row or correct the TPS number; this row is not counted.',
  ),
  'tps-over-capacity': peringatan(
    'TPS {tps} di {kode} punya {dpt} pemilih, melebihi kapasitas {kapasitas}.',
    'TPS {tps} in {kode} has {dpt} voters, above the capacity of {kapasitas}.',
    'Periksa pembagian pemilih ke TPS; TPS lokasi khusus boleh lebih besar.',
    'Check how voters are assigned to TPS; special-location TPS may be larger.',
  ),
  'tps-gap': peringatan(
    'Nomor TPS di {kelurahan} tidak berurutan: tidak ada {hilang}.',
    'TPS numbers in {kelurahan} have gaps: missing {hilang}.',
    'Periksa apakah ada berkas atau baris TPS yang tertinggal.',
    'Check whether a file or the rows of a TPS were left out.',
  ),
} as const;

/** About a whole file or roll, found once every row is in. */
const WHOLE = {
  'footer': peringatan(
    'Baris penutup (JUMLAH/TOTAL) dikenali dan tidak dihitung sebagai data; tertulis {tertulis}, dihitung dari berkas ini {dihitung}.',
    'The footer (JUMLAH/TOTAL) was recognised and is not counted as data; it states {tertulis}, and {dihitung} were counted from this file.',
    'Tidak perlu tindakan: angka penutup cocok dengan yang dihitung ("-" berarti baris itu tidak memuat angka).',
    'Nothing to do: the footer agrees with what was counted ("-" means the line holds no number).',
  ),
  'footer-mismatch': galat(
    'Baris penutup (JUMLAH/TOTAL) menyebut {tertulis}, tetapi yang dihitung dari berkas ini {dihitung}.',
    'The footer (JUMLAH/TOTAL) states {tertulis}, but {dihitung} were counted from this file.',
    'Cari baris yang ditolak (lihat galat lain di berkas ini) atau yang hilang; bila berkas terpotong atau digabung dari beberapa ekspor, ekspor ulang dari sumbernya.',
    'Look for rows that were rejected (see the other errors of this file) or lost; if the file was cut or joined from several exports, export it again from its source.',
  ),
  'region-name-personal': galat(
    'Kolom {kolom} tidak berisi nama wilayah: satu kode wilayah memuat banyak nilai berbeda, atau nilainya berupa NIK/NKK atau nama orang. Isinya tidak dipakai dan tidak ditampilkan.',
    'Column {kolom} does not hold region names: one region code carries many different values, or the values are NIKs/NKKs or people\'s names. Its values are not used and not shown.',
    'Kolom kemungkinan tertukar atau bergeser; cocokkan setiap judul kolom dengan isinya, lalu ekspor ulang. Data pribadi tidak boleh berada di kolom nama wilayah.',
    'The columns are probably swapped or shifted; match every header name with what is under it, then export again. Personal data must not sit in a region-name column.',
  ),
  'dpt-total-too-large': galat(
    'Daftar ini berjumlah {pemilih} pemilih, melebihi batas {batas}; angka itu tidak mungkin benar, jadi manifes tidak dihitung.',
    'This roll totals {pemilih} voters, above the limit of {batas}; that cannot be right, so no manifest is computed.',
    'Periksa kolom dpt pada rekap (angka yang terlalu besar, kolom bergeser) dan berkas yang terbaca dua kali.',
    'Check the dpt column of the recap (figures far too large, shifted columns) and files read twice.',
  ),
} as const;

const CATALOGUE = { ...IDENTITY, ...NIK, ...PERSON, ...RECAP, ...WHOLE } satisfies Record<string, RowIssue>;

export type RowIssueCode = keyof typeof CATALOGUE;

/** Indexable by any code string (the renderer's view) and total over the codes validate emits. */
export const ROW_ISSUES: Readonly<Record<string, RowIssue>> & { readonly [K in RowIssueCode]: RowIssue } =
  Object.freeze(CATALOGUE);
