/**
 * Messages of `logistik kemas` and of its config section: the issues of a manifest that does not
 * add up, the later-command config rule, the JSON Schema descriptions and the end-of-run report.
 */
import type { Severity } from '../types.js';
import type { Bilingual, IssueText } from './format.js';

const REWRITE_HINT = {
  id: 'Berkas-berkas manifest ini tidak saling cocok, padahal cocok dengan ringkasan.json-nya: manifest itu dibuat ulang atau disunting di luar logistik. Jalankan ulang logistik hitung untuk menulis manifest baru, lalu kemas lagi.',
  en: "This manifest's files disagree with each other although they match its ringkasan.json: it was rebuilt or edited outside logistik. Run logistik hitung again to write a fresh manifest, then pack again.",
};

export const KEMAS_ISSUES = {
  'kemas-sums-differ': {
    severity: 'galat',
    text: {
      message: {
        id: '{kode} {varian}: berkas distribusi berjumlah {dikemas}, sedangkan pengadaan.csv mencatat {tercatat} ({kolom}); tidak ada yang dikemas dari angka yang tidak cocok',
        en: '{kode} {varian}: the distribution files add up to {dikemas} while pengadaan.csv records {tercatat} ({kolom}); nothing is packed from numbers that disagree',
      },
      hint: REWRITE_HINT,
    },
  },
  'kemas-share-negative': {
    severity: 'galat',
    text: {
      message: {
        id: '{unit}: {kode} {jumlah}, lebih kecil daripada isi yang dijumlahkannya ({isi})',
        en: '{unit}: {kode} {jumlah}, less than what it adds up ({isi})',
      },
      hint: REWRITE_HINT,
    },
  },
  'kemas-share-variant': {
    severity: 'galat',
    text: {
      message: {
        id: '{unit} menyimpan sendiri {jumlah} {kode}, tetapi TPS-nya tidak berada di satu dapil ({dapil}): tidak bisa ditentukan surat suara dapil mana yang disimpannya',
        en: '{unit} holds {jumlah} {kode} of its own, but its TPS are not in one dapil ({dapil}): which dapil those ballots belong to cannot be told',
      },
      hint: {
        id: 'Barang yang berbeda per dapil sebaiknya dialokasikan per TPS atau di KPU. Ubah alokasi tingkat pps/ppk barang itu di konfigurasi, jalankan ulang logistik hitung, lalu kemas lagi.',
        en: 'Items that differ by dapil are best allocated per TPS or at the KPU. Change the item\'s pps/ppk allocation in the config, run logistik hitung again, then pack again.',
      },
    },
  },
} as const satisfies Record<string, { severity: Severity; text: IssueText }>;

export type KemasIssueCode = keyof typeof KEMAS_ISSUES;

export const KEMAS_MESSAGES: Record<string, Bilingual> = {
  'config.problem.kemas-kode-unknown': {
    id: 'tidak ada barang {kode} di konfigurasi, jadi tidak ada yang dikemas dengan aturan ini',
    en: 'no item {kode} in the config, so this rule packs nothing',
  },
  'config-later-extends': {
    id: 'Konfigurasi -c memperluas (extends) {name}, sedangkan manifest ini dihitung dengan preset {preset}. Hapus "extends" atau tulis "extends": "{preset}".',
    en: 'The -c config extends {name}, while this manifest was computed with preset {preset}. Remove "extends" or write "extends": "{preset}".',
  },
  'config-later-changes-hitung': {
    id: 'Konfigurasi -c mengubah aturan yang sudah dipakai logistik hitung untuk manifest ini ({path}): angka manifest tidak akan cocok lagi. Di sini -c hanya boleh menambah atau mengubah bagian yang tidak dibaca hitung ({sections}); aturan lain diambil dari konfigurasi.json manifest. Untuk mengubah {path}, jalankan ulang logistik hitung dengan konfigurasi itu.',
    en: 'The -c config changes a rule logistik hitung used for this manifest ({path}): the manifest\'s numbers would no longer match. Here -c may only add or change the sections hitung does not read ({sections}); every other rule comes from the manifest\'s konfigurasi.json. To change {path}, run logistik hitung again with that config.',
  },
  'schema.kemas': {
    id: 'Aturan pengemasan untuk logistik kemas (tidak dibaca oleh hitung): per barang, wadahnya di TPS, isi satu ikat sesudah sortir, dan isi satu koli dari penyedia.',
    en: 'Packing rules for logistik kemas (hitung does not read them): per item, its container at the TPS, the sheets per bundle after sorting, and the sheets per supplier carton.',
  },
  'schema.kemas.barang': { id: 'Satu aturan per barang, dikenali dari kode.', en: 'One rule per item, found by its kode.' },
  'schema.kemas.barang.kode': { id: 'Kode barang yang dikemas, seperti di bagian barang.', en: 'The code of the item packed, as in the barang section.' },
  'schema.kemas.barang.wadah': {
    id: 'Wadah barang ini di TPS, misalnya kotak_dpr; lepas = dikirim sebagai dirinya sendiri (kotak suara, bilik).',
    en: 'The container of this item at the TPS, e.g. kotak_dpr; lepas = travels as itself (ballot boxes, booths).',
  },
  'schema.kemas.barang.isi_ikat': {
    id: 'Isi satu ikat sesudah sortir-lipat (misalnya 20 lembar); null = tidak diikat.',
    en: 'Sheets per bundle after sorting and folding (e.g. 20); null = not bundled.',
  },
  'schema.kemas.barang.isi_koli': {
    id: 'Isi satu koli (dus) dari penyedia (misalnya 2.000 lembar; lihat surat jalan); null = tidak dalam koli.',
    en: 'Sheets per supplier carton (e.g. 2,000; see the delivery note); null = not in cartons.',
  },
  'schema.kemas.barang.isi_ikat.jumlah': { id: 'Lembar (atau buah) per ikat.', en: 'Sheets (or pieces) per bundle.' },
  'schema.kemas.barang.isi_koli.jumlah': { id: 'Lembar (atau buah) per koli.', en: 'Sheets (or pieces) per carton.' },
  'schema.kemas.barang.isi_koli.psu_terpisah': {
    id: 'true: surat suara PSU (tambahan) datang dalam koli tersendiri, tidak dicampur dengan surat suara TPS.',
    en: 'true: re-vote (PSU) ballots (tambahan) come in cartons of their own, apart from the TPS ballots.',
  },
};
