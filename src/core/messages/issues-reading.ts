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
  'invalid-utf8': {
    severity: 'peringatan',
    text: {
      message: {
        id: 'Berkas terbaca sebagai UTF-8, tetapi mulai baris ini ada teks yang bukan UTF-8; huruf yang rusak diganti "�".',
        en: 'The file reads as UTF-8, but from this line on some text is not UTF-8; broken letters became "�".',
      },
      hint: {
        id: 'Simpan ulang berkas sebagai CSV UTF-8, atau pakai --encoding windows-1252 bila berkas berasal dari Excel lama.',
        en: 'Save the file again as CSV UTF-8, or use --encoding windows-1252 if it comes from an older Excel.',
      },
    },
  },
};
