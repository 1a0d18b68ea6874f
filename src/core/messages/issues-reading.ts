/**
 * Messages for the issues the reading layer emits (header mapping and CSV structure). Params hold
 * header names, counts and column names only: never a cell of a data row.
 */
import type { Severity } from '../types.js';
import type { IssueText } from './format.js';

export const READING_ISSUES: Record<string, { severity: Severity; text: IssueText }> = {
  'missing-column': {
    severity: 'galat',
    text: {
      message: {
        id: 'Kolom wajib tidak ditemukan: {expected}. Judul kolom yang terbaca: {found}.',
        en: 'Required column not found: {expected}. Header read as: {found}.',
      },
      hint: {
        id: 'Tambahkan kolom {expected} (atau salah satu nama lainnya) pada baris judul. Jika judul kolom terbaca sebagai satu kolom, pemisahnya salah: pakai --delimiter.',
        en: 'Add the column {expected} (or one of its aliases) to the header row. If the header was read as one column, the delimiter is wrong: use --delimiter.',
      },
    },
  },
  'duplicate-header': {
    severity: 'galat',
    text: {
      message: {
        id: 'Kolom "{name}" sama dengan kolom "{first}" yang sudah ada.',
        en: 'Column "{name}" means the same as column "{first}".',
      },
      hint: {
        id: 'Hapus atau ganti nama salah satu kolom agar setiap kolom hanya muncul sekali.',
        en: 'Remove or rename one of the two columns so that each appears once.',
      },
    },
  },
  'blank-header': {
    severity: 'galat',
    text: {
      message: {
        id: 'Judul kolom ke-{position} kosong.',
        en: 'Header name number {position} is blank.',
      },
      hint: {
        id: 'Beri nama kolom tersebut, atau hapus kolom kosong itu (periksa juga pemisah di akhir baris judul).',
        en: 'Name that column or delete it (also check for a stray delimiter at the end of the header row).',
      },
    },
  },
  'ragged-row': {
    severity: 'galat',
    text: {
      message: {
        id: 'Baris ini berisi {got} sel, padahal judul kolom berisi {expected}.',
        en: 'This row has {got} cells, but the header has {expected}.',
      },
      hint: {
        id: 'Periksa pemisah atau tanda kutip yang hilang pada baris ini; sel yang memuat pemisah harus diapit tanda kutip ganda.',
        en: 'Look for a missing delimiter or quote in this row; a cell that contains the delimiter must be in double quotes.',
      },
    },
  },
  'header-repeated': {
    severity: 'galat',
    text: {
      message: {
        id: 'Baris ini mengulang judul kolom, bukan data pemilih; baris ini tidak dihitung.',
        en: 'This row repeats the header instead of holding data; it is not counted.',
      },
      hint: {
        id: 'Hapus judul kolom yang berulang. Bila beberapa ekspor digabung menjadi satu berkas, pastikan tidak ada bagian yang tergabung dua kali.',
        en: 'Delete the repeated header. If several exports were joined into one file, make sure no part was joined twice.',
      },
    },
  },
  'unclosed-quote': {
    severity: 'galat',
    text: {
      message: {
        id: 'Tanda kutip yang dibuka di baris ini tidak pernah ditutup; sisa berkas terbaca sebagai satu sel.',
        en: 'A quote opened on this line is never closed; the rest of the file was read as one cell.',
      },
      hint: {
        id: 'Tutup tanda kutip di baris ini, atau gandakan tanda kutip di dalam sel ("").',
        en: 'Close the quote on this line, or double the quotes inside the cell ("").',
      },
    },
  },
  'invalid-quote': {
    severity: 'galat',
    text: {
      message: {
        id: 'Ada teks setelah tanda kutip penutup sebuah sel.',
        en: 'A cell has text after its closing quote.',
      },
      hint: {
        id: 'Tanda kutip di dalam sel yang diapit kutip harus digandakan ("").',
        en: 'Quotes inside a quoted cell must be doubled ("").',
      },
    },
  },
  'record-too-long': {
    severity: 'galat',
    text: {
      message: {
        id: 'Baris data ini terlalu panjang untuk dibaca.',
        en: 'This record is too long to read.',
      },
      hint: {
        id: 'Biasanya akibat tanda kutip yang tidak ditutup atau akhir baris yang bukan LF/CRLF; simpan ulang berkas sebagai CSV.',
        en: 'Usually an unclosed quote or line ends that are not LF/CRLF; save the file again as CSV.',
      },
    },
  },
  'empty-file': {
    severity: 'galat',
    text: {
      message: {
        id: 'Berkas kosong: tidak ada judul kolom maupun data.',
        en: 'The file is empty: no header and no data.',
      },
      hint: {
        id: 'Periksa apakah berkas yang benar yang diberikan, atau ekspor ulang dari sumbernya.',
        en: 'Check that this is the right file, or export it again from its source.',
      },
    },
  },
  'no-records': {
    severity: 'galat',
    text: {
      message: {
        id: 'Berkas hanya berisi judul kolom, tanpa baris data.',
        en: 'The file has a header but no data rows.',
      },
      hint: {
        id: 'Ekspor ulang berkas beserta datanya, atau hapus berkas ini dari masukan.',
        en: 'Export the file again with its data, or leave it out of the inputs.',
      },
    },
  },
  'row-above-header': {
    severity: 'galat',
    text: {
      message: {
        id: 'Baris ini berisi data, tetapi letaknya di atas judul kolom; baris ini tidak dihitung.',
        en: 'This line holds a record but stands above the header; it is not counted.',
      },
      hint: {
        id: 'Pindahkan baris judul kolom ke atas semua data (biasanya judul ikut terurut saat data diurutkan di lembar kerja), lalu jalankan ulang.',
        en: 'Move the header row above all the data (it usually got sorted in with the data in a spreadsheet), then run again.',
      },
    },
  },
  'no-header': {
    severity: 'galat',
    text: {
      message: {
        id: 'Tidak ada judul kolom di {batas} baris pertama yang berisi; baris pertama berisi data, jadi semua baris berkas ini ditolak.',
        en: 'No header row in the first {batas} non-blank lines; the first line holds data, so every line of this file is rejected.',
      },
      hint: {
        id: 'Tambahkan baris judul kolom (misalnya kode_kelurahan,kecamatan,kelurahan,tps,nik,nama) sebagai baris pertama.',
        en: 'Add a header row (for example kode_kelurahan,kecamatan,kelurahan,tps,nik,nama) as the first line.',
      },
    },
  },
  'lone-cr': {
    severity: 'galat',
    text: {
      message: {
        id: 'Baris ini memuat CR (U+000D) tanpa LF, akhir baris jenis lain di tengah baris: terbaca {got} sel, padahal judul kolom berisi {expected}.',
        en: 'This line holds a CR (U+000D) without LF, a line end of another kind inside the line: {got} cells were read, but the header has {expected}.',
      },
      hint: {
        id: 'Dua baris kemungkinan tergabung (berkas disusun dari sumber dengan akhir baris berbeda); simpan ulang berkas sebagai CSV UTF-8 agar akhir barisnya seragam.',
        en: 'Two lines were probably joined (the file was put together from sources with different line ends); save it again as CSV UTF-8 so that every line ends alike.',
      },
    },
  },
  'cell-too-long': {
    severity: 'galat',
    text: {
      message: {
        id: 'Sel di kolom "{kolom}" panjangnya {panjang} byte, melebihi batas {batas} byte; baris ini tidak dihitung.',
        en: 'The cell in column "{kolom}" is {panjang} bytes long, above the limit of {batas} bytes; this row is not counted.',
      },
      hint: {
        id: 'Sel sepanjang itu biasanya akibat tanda kutip yang tidak ditutup atau baris yang tergabung; periksa baris ini di editor teks.',
        en: 'A cell that long usually comes from an unclosed quote or joined lines; look at this line in a text editor.',
      },
    },
  },
  'mixed-encoding': {
    severity: 'peringatan',
    text: {
      message: {
        id: 'Berkas ini mencampur UTF-8 dan Windows-1252 (pertama di baris ini); setiap sel dibaca menurut bytenya sendiri.',
        en: 'This file mixes UTF-8 and Windows-1252 (first on this line); each cell was read by its own bytes.',
      },
      hint: {
        id: 'Biasanya akibat menggabungkan ekspor dari dua sumber. Periksa ejaan nama di baris ini, lalu simpan ulang seluruh berkas sebagai CSV UTF-8.',
        en: 'This usually comes from joining exports of two sources. Check the spelling of names on this line, then save the whole file as CSV UTF-8.',
      },
    },
  },
  'invalid-utf8': {
    severity: 'peringatan',
    text: {
      message: {
        id: 'Berkas dibaca sebagai UTF-8 (--encoding), tetapi mulai baris ini ada teks yang bukan UTF-8; huruf yang rusak diganti "�".',
        en: 'The file is read as UTF-8 (--encoding), but from this line on some text is not UTF-8; broken letters became "�".',
      },
      hint: {
        id: 'Simpan ulang berkas sebagai CSV UTF-8, atau pakai --encoding windows-1252 bila berkas berasal dari Excel lama.',
        en: 'Save the file again as CSV UTF-8, or use --encoding windows-1252 if it comes from an older Excel.',
      },
    },
  },
};
