/** Messages for config errors (thrown, exit 2) and for --dapil mapping issues (Issue values). */
import type { Severity } from '../types.js';
import type { Bilingual, IssueText } from './format.js';

export const CONFIG_MESSAGES: Record<string, Bilingual> = {
  'config-invalid': {
    id: 'Konfigurasi tidak sah di {path}. Semua masalah: {detail}',
    en: 'Invalid config at {path}. All problems: {detail}',
  },
  'preset-unknown': {
    id: 'Preset "{name}" tidak dikenal. Preset yang tersedia: {available}',
    en: 'Unknown preset "{name}". Available presets: {available}',
  },
  'config-extends-unknown': {
    id: 'Konfigurasi di {path}: preset "{name}" tidak dikenal. Preset yang tersedia: {available}',
    en: 'Config at {path}: unknown preset "{name}". Available presets: {available}',
  },
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
      message: { id: 'Kode wilayah "{value}" bukan kode kecamatan atau kelurahan.', en: 'Region code "{value}" is not a kecamatan or kelurahan code.' },
      hint: {
        id: 'Tulis kode kecamatan (16.74.01) atau kelurahan/desa (16.74.01.1001) menurut Kemendagri.',
        en: 'Write a Kemendagri kecamatan code (16.74.01) or kelurahan/desa code (16.74.01.1001).',
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
        id: 'Wilayah {kode_wilayah} ({jenis}) sudah dipetakan ke dapil yang sama di baris {first_line}.',
        en: 'Region {kode_wilayah} ({jenis}) is already mapped to the same dapil on line {first_line}.',
      },
      hint: { id: 'Hapus baris yang berulang.', en: 'Remove the repeated row.' },
    },
  },
  'dapil-conflict': {
    severity: 'galat',
    text: {
      message: {
        id: 'Wilayah {kode_wilayah} ({jenis}) dipetakan ke dapil "{dapil}" padahal baris {first_line} memberi "{first_dapil}".',
        en: 'Region {kode_wilayah} ({jenis}) is mapped to dapil "{dapil}" but line {first_line} says "{first_dapil}".',
      },
      hint: { id: 'Satu wilayah hanya boleh punya satu dapil per jenis.', en: 'A region has one dapil per jenis.' },
    },
  },
  'dapil-redundant': {
    severity: 'peringatan',
    text: {
      message: {
        id: 'Kelurahan {kode_wilayah} ({jenis}) diberi dapil "{dapil}", sama dengan kecamatannya (baris {first_line}).',
        en: 'Kelurahan {kode_wilayah} ({jenis}) is given dapil "{dapil}", the same as its kecamatan (line {first_line}).',
      },
      hint: {
        id: 'Baris kelurahan hanya perlu bila dapilnya berbeda dari kecamatan.',
        en: 'A kelurahan row is only needed when its dapil differs from its kecamatan.',
      },
    },
  },
  'dapil-jenis-unused': {
    severity: 'peringatan',
    text: {
      message: { id: 'Jenis dapil "{jenis}" tidak dipakai barang mana pun.', en: 'Dapil jenis "{jenis}" is used by no item.' },
      hint: { id: 'Jenis yang dikenal: {known}.', en: 'Known jenis: {known}.' },
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
        id: 'Tambahkan kecamatan atau kelurahan ini ke berkas --dapil; daftar pemilih tanpa kode wilayah tidak dapat dipetakan.',
        en: 'Add this kecamatan or kelurahan to the --dapil file; a roll without region codes cannot be mapped.',
      },
    },
  },
};
