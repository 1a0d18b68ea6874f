import type { Bilingual } from './format.js';

/**
 * Messages of writing `--out` (src/io/commit*): placement (exit 2), the lock, ownership proofs and
 * OS errors (exit 3), recovery notes and signals. Each says what happened in words and what to do.
 */
export const OUTPUT_MESSAGES: Record<string, Bilingual> = {
  'usage.out-empty': {
    id: '-o/--out kosong. Sebutkan folder tujuan, misalnya -o manifest (untuk folder ini: -o .).',
    en: '-o/--out is empty. Name the folder to write to, e.g. -o manifest (for this folder: -o .).',
  },
  'usage.out-is-file': {
    id: '--out {out} adalah berkas (atau berada di dalam berkas), bukan folder. Sebutkan nama folder, misalnya -o manifest; berkas itu tidak disentuh.',
    en: '--out {out} is a file (or lies inside one), not a folder. Give a folder name, e.g. -o manifest; the file is left alone.',
  },
  'usage.out-is-input-folder': {
    id: '--out {out} adalah folder yang juga dibaca sebagai masukan: hasilnya akan ikut terbaca sebagai daftar pemilih pada perhitungan berikutnya. Pilih folder lain; subfolder di dalamnya boleh (misalnya -o {out}/hasil), karena folder masukan dibaca tanpa masuk ke subfolder.',
    en: '--out {out} is also a folder this command reads: its outputs would be read as a roll next time. Choose another folder; a subfolder is fine (e.g. -o {out}/hasil), as input folders are read without descending.',
  },
  'usage.out-over-input': {
    id: 'Menolak menimpa {path}: berkas itu dibaca sebagai masukan perintah ini. Pilih folder --out lain.',
    en: 'Refusing to write over {path}: this command reads it as input. Choose another --out folder.',
  },
  'usage.out-other-command': {
    id: '{out}/ berisi hasil logistik {perintah}, dan logistik {command} tidak pernah menimpa atau menghapus hasil perintah lain. Pilih folder --out lain (tanpa -o, {command} menulis ke foldernya sendiri).',
    en: "{out}/ holds the output of logistik {perintah}, and logistik {command} never replaces or removes another command's output. Choose another --out folder (without -o, {command} writes into a folder of its own).",
  },
  'output.locked': {
    id: '{out}/ sedang dipakai oleh logistik {perintah} lain (proses {pid} di komputer {host}); tidak ada yang diubah. Tunggu sampai selesai, atau pilih --out lain. Bila yakin tidak ada logistik yang berjalan di folder itu, hapus {lock}.',
    en: '{out}/ is in use by another logistik {perintah} (process {pid} on {host}); nothing was changed. Wait for it to finish, or choose another --out. If you are sure no logistik is running there, delete {lock}.',
  },
  'output.lock-unreadable': {
    id: '{lock} ada tetapi isinya tidak terbaca (mungkin sedang dibuat oleh logistik lain); tidak ada yang diubah. Coba lagi sebentar lagi; bila yakin tidak ada logistik yang berjalan, hapus {lock}.',
    en: '{lock} exists but cannot be read (perhaps another logistik is creating it); nothing was changed. Try again in a moment; if you are sure none is running, delete {lock}.',
  },
  'output.foreign': {
    id: '{path} tidak ditulis oleh logistik (tidak tercatat di {out}/ringkasan.json), jadi tidak akan ditimpa atau dihapus. Tidak ada yang diubah. Pindahkan atau ganti nama berkas itu, atau pilih --out lain.',
    en: '{path} was not written by logistik (it is not listed in {out}/ringkasan.json), so it is never replaced or removed. Nothing was changed. Move or rename it, or choose another --out.',
  },
  'output.changed': {
    id: '{path} ditulis oleh logistik tetapi sudah diubah sesudahnya (SHA-256-nya tidak lagi sama dengan yang tercatat di {out}/ringkasan.json), jadi tidak akan ditimpa atau dihapus. Tidak ada yang diubah. Simpan perubahan Anda di tempat lain (pindahkan atau ganti nama berkas itu), atau pilih --out lain.',
    en: '{path} was written by logistik but changed since (its SHA-256 no longer matches {out}/ringkasan.json), so it is never replaced or removed. Nothing was changed. Keep your edits elsewhere (move or rename the file), or choose another --out.',
  },
  'output.ringkasan-foreign': {
    id: '{path} bukan ringkasan.json yang ditulis logistik, jadi tidak akan ditimpa. Tidak ada yang diubah. Pindahkan atau ganti nama berkas itu, atau pilih --out lain.',
    en: '{path} is not a ringkasan.json written by logistik, so it is never replaced. Nothing was changed. Move or rename it, or choose another --out.',
  },
  'output.commit-damaged': {
    id: 'Penulisan yang terputus di {dir} tidak bisa diselesaikan: {path} di dalamnya rusak. Periksa isinya, hapus folder {dir}, lalu jalankan ulang perintahnya.',
    en: 'The interrupted write in {dir} cannot be completed: its {path} is damaged. Look at it, delete the folder {dir}, then run the command again.',
  },
  'output.run-closed': {
    id: 'Perhitungan ke {out}/ sudah dihentikan; tidak ada lagi yang ditulis.',
    en: 'The run into {out}/ was stopped; nothing more is written.',
  },
  'output.os.erofs': {
    id: 'Tidak bisa menulis {path}: sistem berkasnya hanya-baca ({kode}), misalnya CD, flashdisk yang dikunci, atau folder bersama tanpa hak tulis. Pilih --out di disk yang bisa ditulis.',
    en: 'Cannot write {path}: the file system is read-only ({kode}), e.g. a CD, a locked USB stick or a share without write access. Choose an --out on a disk you can write to.',
  },
  'output.os.eacces': {
    id: 'Tidak bisa menulis {path}: tidak ada izin ({kode}). Pilih --out di folder milik Anda, atau minta izin tulis kepada pengelola komputer.',
    en: "Cannot write {path}: permission denied ({kode}). Choose an --out in a folder of your own, or ask the computer's administrator for write access.",
  },
  'output.os.enospc': {
    id: 'Tidak bisa menulis {path}: disk penuh ({kode}). Kosongkan ruang di disk itu atau pilih --out di disk lain, lalu jalankan ulang.',
    en: 'Cannot write {path}: the disk is full ({kode}). Free some space on it or choose an --out on another disk, then run again.',
  },
  'output.os.efbig': {
    id: 'Tidak bisa menulis {path}: berkasnya terlalu besar untuk sistem berkas ini ({kode}; FAT32 paling besar 4 GB). Pilih --out di disk berformat NTFS, exFAT, atau ext4.',
    en: 'Cannot write {path}: the file is too large for this file system ({kode}; FAT32 holds at most 4 GB). Choose an --out on an NTFS, exFAT or ext4 disk.',
  },
  'output.os.enotdir': {
    id: 'Tidak bisa menulis {path}: salah satu bagian jalurnya adalah berkas, bukan folder ({kode}). Periksa --out.',
    en: 'Cannot write {path}: part of its path is a file, not a folder ({kode}). Check --out.',
  },
  'output.os.eexist': {
    id: 'Tidak bisa menulis {path}: sudah ada sesuatu bernama itu yang menghalangi ({kode}). Pindahkan atau ganti namanya, atau pilih --out lain.',
    en: 'Cannot write {path}: something of that name is in the way ({kode}). Move or rename it, or choose another --out.',
  },
  'output.os.eisdir': {
    id: 'Tidak bisa menulis {path}: nama itu adalah folder, padahal logistik perlu menulis berkas ({kode}). Pindahkan atau ganti nama folder itu, atau pilih --out lain.',
    en: 'Cannot write {path}: that name is a folder where logistik needs to write a file ({kode}). Move or rename the folder, or choose another --out.',
  },
  'output.os.ebusy': {
    id: 'Tidak bisa menulis {path}: sedang dipakai program lain ({kode}), misalnya terbuka di Excel. Tutup program itu lalu jalankan ulang.',
    en: 'Cannot write {path}: another program is using it ({kode}), e.g. it is open in Excel. Close that program and run again.',
  },
  'output.os.emfile': {
    id: 'Tidak bisa menulis {path}: terlalu banyak berkas terbuka di komputer ini ({kode}). Tutup beberapa program lalu jalankan ulang.',
    en: 'Cannot write {path}: too many files are open on this computer ({kode}). Close some programs and run again.',
  },
  'output.os.enoent': {
    id: 'Tidak bisa menulis {path}: foldernya hilang saat logistik menulis ({kode}); dipindahkan, dihapus, atau disknya dilepas. Pastikan disk masih tersambung lalu jalankan ulang.',
    en: 'Cannot write {path}: its folder disappeared while logistik was writing ({kode}); moved, deleted, or the disk was unplugged. Make sure the disk is connected and run again.',
  },
  'output.os.eio': {
    id: 'Tidak bisa menulis {path}: disk gagal membaca atau menulis ({kode}), mungkin rusak atau dilepas. Periksa disk itu lalu jalankan ulang, atau pilih --out di disk lain.',
    en: 'Cannot write {path}: the disk failed to read or write ({kode}); it may be damaged or unplugged. Check the disk and run again, or choose an --out on another disk.',
  },
  'output.os.enametoolong': {
    id: 'Tidak bisa menulis {path}: jalurnya terlalu panjang ({kode}). Pilih --out dengan jalur yang lebih pendek.',
    en: 'Cannot write {path}: the path is too long ({kode}). Choose an --out with a shorter path.',
  },
  'output.os.eloop': {
    id: 'Tidak bisa menulis {path}: tautan simbolik (symlink) di jalurnya saling menunjuk tanpa ujung ({kode}). Periksa --out.',
    en: 'Cannot write {path}: symbolic links on its path point at each other without end ({kode}). Check --out.',
  },
  'output.os.other': {
    id: 'Tidak bisa menulis {path}: sistem menolak dengan galat yang tidak dikenal logistik ({kode}). Periksa folder --out dan disknya, lalu jalankan ulang.',
    en: 'Cannot write {path}: the system refused with an error logistik does not know ({kode}). Check the --out folder and its disk, then run again.',
  },
  'commit.recovered-completed': {
    id: 'Catatan: penulisan ke {out}/ yang terputus sebelumnya (prosesnya dihentikan paksa) diselesaikan dulu.',
    en: 'Note: an earlier write into {out}/ that was cut off (its process was killed) was completed first.',
  },
  'commit.recovered-discarded': {
    id: 'Catatan: sisa perhitungan yang terputus di {out}/ dibuang; perhitungan itu belum mengubah apa pun di sana.',
    en: 'Note: what an interrupted earlier run left in {out}/ was thrown away; it had not changed anything there.',
  },
  'interrupt.aborted': {
    id: 'Dihentikan ({signal}): tidak ada yang diubah di {out}/.',
    en: 'Stopped ({signal}): nothing in {out}/ was changed.',
  },
  'interrupt.committed': {
    id: 'Dihentikan ({signal}) saat berkas sedang dipindahkan ke {out}/: pemindahan diselesaikan dulu, jadi isinya lengkap dari perintah ini.',
    en: "Stopped ({signal}) while files were being moved into {out}/: the move was finished first, so it holds this command's complete output.",
  },
  'interrupt.failed': {
    id: 'Dihentikan ({signal}); sisa di {out}/ tidak bisa dibereskan sekarang, dan akan dibereskan oleh perintah berikutnya di folder itu.',
    en: 'Stopped ({signal}); what is left in {out}/ could not be cleaned up now, and the next command in that folder will do it.',
  },
};
