import type { Bilingual } from './format.js';

/**
 * Messages of the audit surface: the manifest reader's refusals (exit 3, or 1 for a folder changed
 * after writing), `banding`, and what `hitung --check` says about a difference.
 */
export const AUDIT_MESSAGES: Record<string, Bilingual> = {
  // The manifest reader (io/manifest). Every refusal names the file, and the line and column where it has them.
  'manifest-not-folder': { id: '{folder} bukan folder atau tidak ada.', en: '{folder} is not a folder or does not exist.' },
  'manifest-no-ringkasan': {
    id: '{folder} bukan folder keluaran logistik: tidak ada ringkasan.json. Berikan folder --out dari logistik hitung.',
    en: '{folder} is not a logistik output folder: it has no ringkasan.json. Give the --out folder of a logistik hitung run.',
  },
  'manifest-incomplete': {
    id: '{folder} bukan folder manifes yang lengkap: ringkasan.json-nya tidak mencantumkan {missing} (mungkin perhitungan itu berhenti karena galat). Berikan folder --out dari logistik hitung yang berhasil.',
    en: '{folder} is not a complete manifest folder: its ringkasan.json does not list {missing} (the run may have stopped on errors). Give the --out folder of a successful logistik hitung run.',
  },
  'manifest-wrong-command': {
    id: '{folder} ditulis oleh logistik {perintah}, bukan oleh logistik hitung. Berikan folder --out dari logistik hitung.',
    en: '{folder} was written by logistik {perintah}, not by logistik hitung. Give the --out folder of a logistik hitung run.',
  },
  'manifest-format-version': {
    id: '{folder} ditulis dengan versi_format {versi}, sedangkan versi ini membaca versi_format {expected}. Pakai versi logistik yang menulisnya (alat.versi di ringkasan.json), atau hitung ulang ke folder lain.',
    en: '{folder} was written with versi_format {versi}, while this version reads versi_format {expected}. Use the logistik version that wrote it (alat.versi in ringkasan.json), or compute again into another folder.',
  },
  'manifest-ringkasan-invalid': {
    id: '{berkas} bukan ringkasan.json logistik yang sah ({detail}). Berkas itu rusak atau diubah tangan.',
    en: '{berkas} is not a valid logistik ringkasan.json ({detail}). It is damaged or was edited by hand.',
  },
  'manifest-unreadable': { id: '{berkas} tidak bisa dibaca ({detail}).', en: '{berkas} cannot be read ({detail}).' },
  'manifest-empty': { id: '{berkas} kosong: tidak ada judul kolom.', en: '{berkas} is empty: it has no header.' },
  'manifest-csv': { id: '{berkas} baris {baris}: bukan CSV yang utuh ({detail}).', en: '{berkas} line {baris}: not well-formed CSV ({detail}).' },
  'manifest-ragged': {
    id: '{berkas} baris {baris}: {sel} sel, padahal judul kolom punya {kolom}.',
    en: '{berkas} line {baris}: {sel} cells, but the header has {kolom}.',
  },
  'manifest-not-number': {
    id: '{berkas} baris {baris}, kolom {kolom}: "{nilai}" bukan bilangan bulat seperti yang ditulis logistik.',
    en: '{berkas} line {baris}, column {kolom}: "{nilai}" is not a whole number as logistik writes it.',
  },
  'manifest-negative': {
    id: '{berkas} baris {baris}, kolom {kolom}: "{nilai}" negatif; logistik tidak pernah menulis jumlah negatif.',
    en: '{berkas} line {baris}, column {kolom}: "{nilai}" is negative; logistik never writes a negative quantity.',
  },
  'manifest-fraction': {
    id: '{berkas} baris {baris}, kolom {kolom}: "{nilai}" pecahan; logistik hanya menulis bilangan bulat.',
    en: '{berkas} line {baris}, column {kolom}: "{nilai}" is a fraction; logistik writes whole numbers only.',
  },
  'manifest-missing-column': { id: '{berkas}: kolom {kolom} tidak ada.', en: '{berkas}: column {kolom} is missing.' },
  'manifest-unknown-column': {
    id: '{berkas}: kolom {kolom} tidak sesuai dengan konfigurasi.json folder itu.',
    en: '{berkas}: column {kolom} does not belong to the folder\'s konfigurasi.json.',
  },
  'manifest-duplicate-column': { id: '{berkas}: kolom {kolom} muncul dua kali.', en: '{berkas}: column {kolom} appears twice.' },
  'manifest-column-order': {
    id: '{berkas}: kolom ke-{posisi} seharusnya {kolom}; urutan kolom diubah.',
    en: '{berkas}: column {posisi} should be {kolom}; the columns were reordered.',
  },
  'manifest-duplicate-row': {
    id: '{berkas} baris {baris}: {kunci} sudah ada di baris {pertama}.',
    en: '{berkas} line {baris}: {kunci} already appears on line {pertama}.',
  },
  'manifest-unknown-item': {
    id: '{berkas} baris {baris}, kolom {kolom}: barang "{nilai}" tidak ada di konfigurasi.json folder itu.',
    en: '{berkas} line {baris}, column {kolom}: item "{nilai}" is not in the folder\'s konfigurasi.json.',
  },
  'manifest-config-invalid': {
    id: '{berkas} tidak bisa dibaca sebagai konfigurasi: {detail}',
    en: '{berkas} cannot be read as a config: {detail}',
  },
  'manifest-config-differs': {
    id: '{berkas} tidak lagi menghasilkan aturan yang sama dengan versi logistik ini (presetnya berubah sejak logistik {versi}). Pakai logistik {versi}.',
    en: '{berkas} no longer gives the same rules with this version of logistik (its preset changed since logistik {versi}). Use logistik {versi}.',
  },
  'manifest-changed': {
    id: '{folder}/{berkas} diubah setelah ditulis: SHA-256-nya tidak cocok dengan ringkasan.json di {folder}. Folder itu tidak dipakai; cari salinan aslinya.',
    en: '{folder}/{berkas} changed after it was written: its SHA-256 does not match ringkasan.json in {folder}. The folder is not used; find its original copy.',
  },

  // banding
  'banding.same': { id: 'Manifes {a} dan {b} sama.', en: 'The manifests {a} and {b} are the same.' },
  'banding.title': { id: 'Perbedaan {a} → {b}', en: 'Differences {a} → {b}' },
  'banding.items': { id: 'Barang (pengadaan.csv):', en: 'Items (pengadaan.csv):' },
  'banding.only-a': { id: '{name}: hanya di {a} (jumlah {jumlah})', en: '{name}: only in {a} (jumlah {jumlah})' },
  'banding.only-b': { id: '{name}: hanya di {b} (jumlah {jumlah})', en: '{name}: only in {b} (jumlah {jumlah})' },
  'banding.item-changed': { id: '{name}: jumlah {jumlah}; jumlah_pengadaan {pengadaan}', en: '{name}: jumlah {jumlah}; jumlah_pengadaan {pengadaan}' },
  'banding.item-changed-same': { id: '{name}: jumlah dan jumlah_pengadaan {jumlah}', en: '{name}: jumlah and jumlah_pengadaan {jumlah}' },
  'banding.kecamatan': { id: 'Kecamatan (distribusi-kecamatan.csv): {bagian}', en: 'Kecamatan (distribusi-kecamatan.csv): {bagian}' },
  'banding.added': { id: '{n} ditambah', en: '{n} added' },
  'banding.removed': { id: '{n} dihapus', en: '{n} removed' },
  'banding.changed-count': { id: '{n} berubah', en: '{n} changed' },
  'banding.kecamatan-row': { id: '{kode} {kecamatan}: {jumlah_tps} TPS, dpt {dpt}', en: '{kode} {kecamatan}: {jumlah_tps} TPS, dpt {dpt}' },
  'banding.kecamatan-changed': { id: '{kode} {kecamatan}: {kolom}', en: '{kode} {kecamatan}: {kolom}' },
  'banding.tps': { id: 'TPS (distribusi-tps.csv): {bagian}', en: 'TPS (distribusi-tps.csv): {bagian}' },
  'banding.tps-group': { id: 'Kecamatan {kode} {kecamatan}:', en: 'Kecamatan {kode} {kecamatan}:' },
  'banding.tps-row': { id: '{kode} {kelurahan} TPS {tps}: dpt {dpt}', en: '{kode} {kelurahan} TPS {tps}: dpt {dpt}' },
  'banding.tps-changed': { id: '{kode} {kelurahan} TPS {tps}: {kolom}', en: '{kode} {kelurahan} TPS {tps}: {kolom}' },
  'banding.column-only': { id: 'Kolom {kolom} hanya ada di {folder}', en: 'Column {kolom} exists only in {folder}' },
  'banding.changed': {
    id: 'Diubah setelah ditulis (tidak cocok dengan SHA-256 di ringkasan.json folder itu), jadi tidak dibandingkan:',
    en: 'Changed after writing (no longer matching the SHA-256 in that folder\'s ringkasan.json), so not compared:',
  },
  'banding.changed-file': { id: '{berkas}: diubah setelah ditulis', en: '{berkas}: changed after writing' },
  'banding.missing-file': { id: '{berkas}: hilang setelah ditulis', en: '{berkas}: gone after writing' },
  'banding.changed-hint': {
    id: 'Angka dari berkas yang diubah tidak bisa dipercaya. Bandingkan salinan asli folder itu.',
    en: 'Numbers from a changed file cannot be trusted. Compare the original copy of that folder.',
  },

  // hitung --check
  'check.current': { id: 'Manifes di {out}/ sudah mutakhir.', en: 'The manifests in {out}/ are current.' },
  'check.current-but-invalid': {
    id: 'Berkas di {out}/ sesuai dengan hasil daftar pemilih ini, tetapi daftar pemilih itu bergalat (lihat di atas), jadi manifes tidak dapat dibuat.',
    en: 'The files in {out}/ match what this roll gives, but the roll has errors (see above), so no manifests can be made.',
  },
  'check.only-version': {
    id: 'Manifes di {out}/ sama dengan hasil perhitungan ini; hanya versi alat di ringkasan.json yang berbeda (logistik {lama} → {baru}).',
    en: 'The manifests in {out}/ equal what this run gives; only the tool version in ringkasan.json differs (logistik {lama} → {baru}).',
  },
  'check.drift': { id: '{n} berkas di {out}/ tidak sesuai:', en: '{n} files in {out}/ differ:' },
  'check.file-differs': { id: '{berkas}: berbeda mulai baris {baris}', en: '{berkas}: differs from line {baris}' },
  'check.file-differs-whole': { id: '{berkas}: berbeda', en: '{berkas}: differs' },
  'check.file-missing': { id: '{berkas}: tidak ada', en: '{berkas}: missing' },
  'check.file-extra': { id: '{berkas}: tercatat di ringkasan.json, tetapi perhitungan ini tidak menulisnya', en: '{berkas}: listed in ringkasan.json, but this run would not write it' },
  'check.file-version': { id: '{berkas}: hanya alat.versi yang berbeda', en: '{berkas}: only alat.versi differs' },
  'check.recorded-unreadable': {
    id: '{detail} Nama berkas ini diambil dari {out}/ringkasan.json; bila letaknya berubah, berikan lagi dengan -c atau --dapil.',
    en: '{detail} The file name was taken from {out}/ringkasan.json; if the file moved, give it again with -c or --dapil.',
  },
  'check.file-changed': {
    id: '{berkas}: diubah setelah ditulis (SHA-256-nya tidak lagi sama dengan yang dicatat ringkasan.json)',
    en: '{berkas}: changed after writing (its SHA-256 no longer equals the one ringkasan.json records)',
  },
  'check.causes': { id: 'Yang berubah sejak manifes ditulis (tercatat → sekarang):', en: 'What changed since the manifests were written (recorded → now):' },
  'check.cause-input-changed': { id: 'masukan {berkas}: isinya berubah (sha256 {lama} → {baru})', en: 'input {berkas}: its content changed (sha256 {lama} → {baru})' },
  'check.cause-input-added': { id: 'masukan {berkas}: dibaca sekarang, tidak tercatat', en: 'input {berkas}: read now, not recorded' },
  'check.cause-input-removed': { id: 'masukan {berkas}: tercatat, tidak dibaca sekarang', en: 'input {berkas}: recorded, not read now' },
  'check.cause-config-file': { id: 'berkas konfigurasi (-c): {lama} → {baru}', en: 'config file (-c): {lama} → {baru}' },
  'check.cause-config': {
    id: 'konfigurasi yang dipakai (konfigurasi_sha256): {lama} → {baru}',
    en: 'config in effect (konfigurasi_sha256): {lama} → {baru}',
  },
  'check.cause-preset': { id: 'preset: {lama} → {baru}', en: 'preset: {lama} → {baru}' },
  'check.cause-dapil': { id: 'pemetaan dapil (--dapil): {lama} → {baru}', en: 'dapil mapping (--dapil): {lama} → {baru}' },
  'check.cause-version': { id: 'versi alat: logistik {lama} → {baru}', en: 'tool version: logistik {lama} → {baru}' },
  'check.cause-option': { id: 'opsi {opsi}: {lama} → {baru}', en: 'option {opsi}: {lama} → {baru}' },
  'check.cause-command': { id: 'perintah: {lama} → {baru}', en: 'command: {lama} → {baru}' },
  'check.cause-none': {
    id: 'Masukan, konfigurasi, pemetaan dapil, opsi dan versi alat sama dengan yang tercatat: perbedaannya ada pada berkas di folder itu sendiri.',
    en: 'Inputs, config, dapil mapping, options and tool version equal the recorded ones: the difference is in the files of the folder itself.',
  },
  'check.cause-unrecorded': {
    id: 'Tidak ada ringkasan.json di {out}/, jadi tidak diketahui dari apa berkas di sana dibuat.',
    en: 'There is no ringkasan.json in {out}/, so it is not known what the files there were made from.',
  },
  'check.this-run': { id: 'hasil sekarang', en: 'this run' },
  'check.none': { id: 'tidak ada', en: 'none' },
  'check.numbers': { id: 'Angka yang berbeda (di {out}/ → hasil sekarang):', en: 'Numbers that differ (in {out}/ → this run):' },
  'check.tps-many': {
    id: '{n} TPS berbeda; daftarnya per kecamatan ada di logistik banding (di bawah).',
    en: '{n} TPS differ; logistik banding lists them per kecamatan (below).',
  },
  'check.hint': {
    id: 'Folder {out}/ adalah bukti: jangan ditimpa. Untuk melihat setiap perbedaan, jalankan perintah yang sama tanpa --check dengan --out {baru}, lalu: logistik banding {out} {baru}',
    en: 'The folder {out}/ is evidence: do not overwrite it. To see every difference, run the same command without --check and with --out {baru}, then: logistik banding {out} {baru}',
  },
};
