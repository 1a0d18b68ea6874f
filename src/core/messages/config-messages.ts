/** Messages for config errors (thrown, exit 2) and for --dapil mapping issues (Issue values). */
import type { Severity } from '../types.js';
import type { Bilingual, IssueText } from './format.js';

export const CONFIG_MESSAGES: Record<string, Bilingual> = {
  'config-invalid': {
    id: 'Konfigurasi tidak sah di {path}. Semua masalah: {detail}',
    en: 'Invalid config at {path}. All problems: {detail}',
  },
  'config-invalid-file': {
    id: 'Konfigurasi {file} tidak sah ({jumlah} masalah):\n{masalah}',
    en: 'Config {file} is invalid ({jumlah} problems):\n{masalah}',
  },
  'config.place-item': { id: 'item ke-{n}', en: 'item {n}' },
  'config.place-item-kode': { id: 'item ke-{n} ({kode})', en: 'item {n} ({kode})' },
  'config.place-alokasi': { id: 'alokasi ke-{n}', en: 'alokasi entry {n}' },
  'config.did-you-mean': { id: 'Maksud Anda {saran}?', en: 'Did you mean {saran}?' },
  'config.problem.kode-unknown': {
    id: 'preset tidak punya barang dengan kode {kode}; barang baru perlu nama, satuan, dan alokasi.',
    en: 'the preset has no item with kode {kode}; a new item needs nama, satuan and alokasi.',
  },
  'config.problem.key-unknown': { id: 'kunci {kunci} tidak dikenal.', en: 'unknown key {kunci}.' },
  'config.problem.field-required': {
    id: '{field} wajib diisi: preset tidak punya barang {kode}, jadi ini barang baru.',
    en: '{field} is required: the preset has no item {kode}, so this is a new item.',
  },
  'config.problem.hapus-unknown': { id: 'preset tidak punya barang {kode} untuk dihapus.', en: 'the preset has no item {kode} to remove.' },
  'preset-unknown': {
    id: 'Preset "{name}" tidak dikenal. Preset yang tersedia: {available}',
    en: 'Unknown preset "{name}". Available presets: {available}',
  },
  'config-extends-unknown': {
    id: 'Konfigurasi di {path}: preset "{name}" tidak dikenal. Preset yang tersedia: {available}',
    en: 'Config at {path}: unknown preset "{name}". Available presets: {available}',
  },
  'config-overflow': {
    id: 'Barang {kode}: jumlah yang dihitung melewati 2^53 (bilangan bulat terbesar yang dapat dihitung tepat). Angka konfigurasi barang ini (rasio, alokasi, tambahan, isi_kemasan) terlalu besar untuk daftar ini; perkecil.',
    en: 'Item {kode}: a computed quantity passes 2^53 (the largest whole number computed exactly). This item\'s config numbers (rasio, alokasi, tambahan, isi_kemasan) are too large for this roll; make them smaller.',
  },
  // Every other problem of a config (problems.ts, schema.ts, build.ts): wholly in the chosen language.
  'config.problem.expected-int': { id: 'harus bilangan bulat', en: 'must be a whole number' },
  'config.problem.expected-number': { id: 'harus angka', en: 'must be a number' },
  'config.problem.expected-string': { id: 'harus teks (dalam tanda kutip)', en: 'must be text (in quotes)' },
  'config.problem.expected-array': { id: 'harus daftar [ … ]', en: 'must be a list [ … ]' },
  'config.problem.expected-object': { id: 'harus objek { … }', en: 'must be an object { … }' },
  'config.problem.expected-boolean': { id: 'harus true atau false', en: 'must be true or false' },
  'config.problem.too-big': { id: 'paling besar {batas}', en: 'at most {batas}' },
  'config.problem.too-small': { id: 'paling kecil {batas}', en: 'at least {batas}' },
  'config.problem.too-many': { id: 'paling banyak {batas} unsur', en: 'at most {batas} entries' },
  'config.problem.too-few': { id: 'paling sedikit {batas} unsur', en: 'at least {batas} entries' },
  'config.problem.too-long': { id: 'paling panjang {batas} karakter', en: 'at most {batas} characters' },
  'config.problem.too-short': { id: 'paling pendek {batas} karakter (tidak boleh kosong)', en: 'at least {batas} characters (not empty)' },
  'config.problem.one-of': { id: 'harus salah satu dari: {pilihan}', en: 'must be one of: {pilihan}' },
  'config.problem.invalid': { id: 'nilai tidak sah', en: 'not a valid value' },
  'config.problem.decimal-places': { id: 'paling banyak {batas} angka di belakang koma', en: 'at most {batas} decimal places' },
  'config.problem.snake-case': { id: 'hanya huruf kecil a-z, angka 0-9 dan _, diawali huruf', en: 'only lower-case a-z, digits 0-9 and _, starting with a letter' },
  'config.problem.province-code': { id: 'kode provinsi 2 angka, misalnya "31"', en: 'a 2-digit province code, e.g. "31"' },
  'config.problem.tingkat-basis': {
    id: 'tingkat harus setingkat basis atau di atasnya (per kegiatan/dapil: kpu)',
    en: 'tingkat must be the basis level or above (per kegiatan/dapil: kpu)',
  },
  'config.problem.date-format': { id: 'tanggal yyyy-mm-dd', en: 'a date yyyy-mm-dd' },
  'config.problem.date-real': { id: 'bukan tanggal kalender', en: 'not a calendar date' },
  'config.problem.duplicate-kode': { id: 'kode {kode} sudah dipakai barang lain', en: 'kode {kode} is used by another item' },
  'config.item-field-required': {
    id: 'wajib untuk barang {kode} (tidak ada di preset yang diperluas)',
    en: 'required for item {kode} (not in the extended preset)',
  },
  'config.problem.varian-tambahan': {
    id: 'barang dengan varian dapil memakai tambahan per dapil',
    en: 'an item with varian dapil takes tambahan per dapil',
  },
  'config.problem.required': { id: 'wajib diisi (preset tidak memilikinya)', en: 'required (the preset has none)' },
  'config.nothing-to-remove': { id: 'tidak ada barang {kode} untuk dihapus', en: 'no item {kode} to remove' },
  'config-extends-conflict': {
    id: 'Konfigurasi di {path} memakai preset "{name}", tetapi --preset memberi "{preset}". Pakai salah satu saja.',
    en: 'The config at {path} extends "{name}" but --preset says "{preset}". Give only one of them.',
  },
};

interface DapilIssue {
  readonly severity: Severity;
  readonly text: IssueText;
}

export const DAPIL_ISSUES: Record<string, DapilIssue> = {
  'dapil-kode-format': {
    severity: 'galat',
    text: {
      message: {
        id: 'Kode wilayah "{value}" bukan kode kabupaten/kota, kecamatan, atau kelurahan/desa.',
        en: 'Region code "{value}" is not a kab/kota, kecamatan or kelurahan/desa code.',
      },
      hint: {
        id: 'Tulis kode Kemendagri kabupaten/kota (16.74), kecamatan (16.74.01) atau kelurahan/desa (16.74.01.1001); tanpa titik juga boleh (1674, 167401, 1674011001).',
        en: 'Write a Kemendagri kab/kota (16.74), kecamatan (16.74.01) or kelurahan/desa (16.74.01.1001) code; undotted is fine too (1674, 167401, 1674011001).',
      },
    },
  },
  'dapil-empty': {
    severity: 'galat',
    text: {
      message: { id: 'Kolom {column} kosong.', en: 'Column {column} is empty.' },
      hint: { id: 'Isi kode_wilayah, jenis dan dapil pada setiap baris.', en: 'Fill kode_wilayah, jenis and dapil on every row.' },
    },
  },
  'dapil-duplicate': {
    severity: 'peringatan',
    text: {
      message: {
        id: 'Wilayah {kode_wilayah} ({jenis}) sudah dipetakan ke dapil yang sama di {first}.',
        en: 'Region {kode_wilayah} ({jenis}) is already mapped to the same dapil at {first}.',
      },
      hint: { id: 'Hapus baris yang berulang.', en: 'Remove the repeated row.' },
    },
  },
  'dapil-conflict': {
    severity: 'galat',
    text: {
      message: {
        id: 'Wilayah {kode_wilayah} ({jenis}) dipetakan ke dapil "{dapil}" padahal {first} memberi "{first_dapil}".',
        en: 'Region {kode_wilayah} ({jenis}) is mapped to dapil "{dapil}" but {first} says "{first_dapil}".',
      },
      hint: {
        id: 'Satu wilayah hanya boleh punya satu dapil per jenis: hapus salah satu dari kedua baris itu.',
        en: 'A region has one dapil per jenis: delete one of the two rows.',
      },
    },
  },
  'dapil-redundant': {
    severity: 'peringatan',
    text: {
      message: {
        id: 'Wilayah {kode_wilayah} ({jenis}) diberi dapil "{dapil}", sama dengan wilayah di atasnya, {induk} ({first}).',
        en: 'Region {kode_wilayah} ({jenis}) is given dapil "{dapil}", the same as the region above it, {induk} ({first}).',
      },
      hint: {
        id: 'Baris kelurahan atau kecamatan hanya perlu bila dapilnya berbeda dari wilayah di atasnya.',
        en: 'A kelurahan or kecamatan row is only needed when its dapil differs from the region above it.',
      },
    },
  },
  'dapil-jenis-unused': {
    severity: 'galat',
    text: {
      message: {
        id: 'Jenis dapil "{jenis}" tidak dipakai barang mana pun, jadi semua barisnya tidak terpakai.',
        en: 'Dapil jenis "{jenis}" is used by no item, so none of its rows is used.',
      },
      hint: {
        id: 'Perbaiki tulisan jenisnya; jenis yang dikenal konfigurasi ini: {known}. Hapus baris jenis ini bila memang tidak diperlukan.',
        en: 'Fix the spelling of the jenis; the jenis this config knows: {known}. Delete the rows of this jenis if they are not needed.',
      },
    },
  },
  'dapil-jenis-absent': {
    severity: 'peringatan',
    text: {
      message: {
        id: 'Berkas dapil tidak memuat jenis "{jenis}": {barang} dihitung sebagai satu dapil.',
        en: 'The dapil file has no jenis "{jenis}": {barang} is computed as one dapil.',
      },
      hint: { id: 'Tambahkan baris dengan jenis {jenis} bila barang ini berbeda per dapil.', en: 'Add rows with jenis {jenis} if this item differs by dapil.' },
    },
  },
  'dapil-unmapped': {
    severity: 'galat',
    text: {
      message: {
        id: '{jumlah_tps} TPS di {wilayah} tidak punya dapil {jenis} (dibutuhkan untuk {barang}).',
        en: '{jumlah_tps} TPS in {wilayah} have no {jenis} dapil (needed for {barang}).',
      },
      hint: {
        id: 'Tambahkan kelurahan ini, kecamatannya, atau kabupaten/kotanya ke berkas --dapil; daftar pemilih tanpa kode wilayah tidak dapat dipetakan.',
        en: 'Add this kelurahan, its kecamatan or its kab/kota to the --dapil file; a roll without region codes cannot be mapped.',
      },
    },
  },
};
