/**
 * Messages of `logistik kemas` and of its config section: the issues of a manifest that does not
 * add up, the later-command config rule, the JSON Schema descriptions and the end-of-run report.
 */
import type { Severity } from '../types.js';
import type { Bilingual, IssueText } from './format.js';

const REWRITE_HINT = {
  id: 'Berkas-berkas manifes ini tidak saling cocok, padahal cocok dengan ringkasan.json-nya: manifes itu dibuat ulang atau disunting di luar logistik. Jalankan ulang logistik hitung untuk menulis manifes baru, lalu kemas lagi.',
  en: "This manifest's files disagree with each other although they match its ringkasan.json: it was rebuilt or edited outside logistik. Run logistik hitung again to write a fresh manifest, then pack again.",
};

export const KEMAS_ISSUES = {
  'kemas-sums-differ': {
    severity: 'galat',
    text: {
      message: {
        id: '{barang}: berkas distribusi berjumlah {dikemas}, sedangkan pengadaan.csv mencatat {tercatat} ({kolom}); tidak ada yang dikemas dari angka yang tidak cocok',
        en: '{barang}: the distribution files add up to {dikemas} while pengadaan.csv records {tercatat} ({kolom}); nothing is packed from numbers that disagree',
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
  'kemas-manifest-rows-rejected': {
    severity: 'peringatan',
    text: {
      message: {
        id: 'Manifes {folder}/ ditulis dengan --allow-invalid: {galat} galat, {ditolak} baris daftar pemilih ditolak dan tidak ikut dihitung maupun dikemas',
        en: 'The manifest {folder}/ was written with --allow-invalid: {galat} errors, {ditolak} rows of the roll rejected and neither counted nor packed',
      },
      hint: {
        id: 'Pemilih di baris yang ditolak tidak mendapat apa pun dari daftar ini. Perbaiki baris di {folder}/validasi.csv, jalankan ulang logistik hitung, lalu kemas lagi.',
        en: 'The voters of the rejected rows get nothing from these lists. Fix the rows listed in {folder}/validasi.csv, run logistik hitung again, then pack again.',
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
    id: 'Konfigurasi {file} memperluas (extends) {name}, sedangkan manifes ini dihitung dengan preset {preset}. Hapus "extends" atau tulis "extends": "{preset}".',
    en: 'The config {file} extends {name}, while this manifest was computed with preset {preset}. Remove "extends" or write "extends": "{preset}".',
  },
  'config-later-changes-hitung': {
    id: 'Konfigurasi {file} mengubah aturan yang sudah dipakai logistik hitung untuk manifes ini ({path}): angka manifes tidak akan cocok lagi. Di sini -c hanya boleh menambah atau mengubah bagian yang tidak dibaca hitung ({sections}); aturan lain diambil dari konfigurasi.json manifes. Untuk mengubah {path}, jalankan ulang logistik hitung dengan konfigurasi itu.',
    en: 'The config {file} changes a rule logistik hitung used for this manifest ({path}): the manifest\'s numbers would no longer match. Here -c may only add or change the sections hitung does not read ({sections}); every other rule comes from the manifest\'s konfigurasi.json. To change {path}, run logistik hitung again with that config.',
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
  'help.kemas': {
    id: 'dari manifes hitung: daftar kemas per TPS, ambil koli per kecamatan, koli penyedia, serah terima PPK dan PPS',
    en: 'from a hitung manifest: packing per TPS, cartons to pull per kecamatan, supplier cartons, PPK and PPS handover lists',
  },
  'help.arg.manifest': { id: 'folder yang ditulis logistik hitung', en: 'the folder logistik hitung wrote' },
  'help.opt.kemas-out': { id: 'folder tujuan daftar kemas', en: 'where the packing lists go' },
  'help.opt.kemas-config': {
    id: 'konfigurasi JSON yang hanya menambah atau mengubah bagian kemas (isi ikat, isi koli, wadah); aturan lain dari konfigurasi.json manifes',
    en: 'JSON config that only adds or changes the kemas section (bundle and carton sizes, containers); every other rule comes from the manifest\'s konfigurasi.json',
  },
  'help.examples.kemas': {
    id: 'Contoh:\n  logistik kemas manifest                        # menulis kemas/\n  logistik kemas manifest --xlsx                 # juga buku-kerja.xlsx untuk dibuka di Excel\n  logistik kemas manifest -o manifest/kemas -c kemas.json   # koli seperti di surat jalan, misalnya isi 3.000\n  logistik kemas manifest --json > kemas-ringkasan.json\n\nKode keluar: 0 ditulis, 1 manifes berubah sesudah ditulis atau tidak saling cocok, 2 salah pakai atau -c mengubah aturan hitung, 3 galat berkas.',
    en: 'Examples:\n  logistik kemas manifest                        # writes kemas/\n  logistik kemas manifest --xlsx                 # also buku-kerja.xlsx to open in Excel\n  logistik kemas manifest -o manifest/kemas -c kemas.json   # cartons as on your delivery note, e.g. 3,000\n  logistik kemas manifest --json > kemas-summary.json\n\nExit codes: 0 written, 1 the manifest changed after writing or does not add up, 2 usage error or a -c that changes hitung\'s rules, 3 file error.',
  },
  'kemas.manifest': {
    id: 'Manifes: {folder}/ — {tps} TPS, {kelurahan} kelurahan/desa, {kecamatan} kecamatan',
    en: 'Manifest: {folder}/ — {tps} TPS, {kelurahan} kelurahan/desa, {kecamatan} kecamatan',
  },
  'kemas.pull-title': {
    id: 'Ambil dari gudang untuk tiap PPK (ambil-koli.csv; koli isi {isi} lembar):',
    en: 'Pull from the warehouse for each PPK (ambil-koli.csv; cartons of {isi} sheets):',
  },
  'kemas.pull-row': { id: '{koli} koli + {sisa} lembar = {lembar} lembar', en: '{koli} cartons + {sisa} sheets = {lembar} sheets' },
  'kemas.total': { id: 'Jumlah', en: 'Total' },
  'kemas.pull-closes': {
    id: 'sama dengan bagian TPS, PPS dan PPK di pengadaan.csv (di_tps + di_pps + di_ppk), per barang dan dapil',
    en: 'equal to the TPS, PPS and PPK shares in pengadaan.csv (di_tps + di_pps + di_ppk), per item and dapil',
  },
  'kemas.pack': {
    id: 'Kemas per TPS: {wadah} wadah berlabel di {tps} TPS, surat suara diikat isi {ikat} (kemas-tps.csv)',
    en: 'Pack per TPS: {wadah} labelled containers at {tps} TPS, ballots in bundles of {ikat} (kemas-tps.csv)',
  },
  'kemas.psu': {
    id: 'Tetap di KPU Kab/Kota: {lembar} lembar surat suara PSU dalam {koli} koli tersendiri (koli-kabkota.csv)',
    en: 'Kept at the KPU Kab/Kota: {lembar} PSU ballots in {koli} cartons of their own (koli-kabkota.csv)',
  },
  'kemas.written': { id: 'Daftar kemas ditulis ke {out}/: {files}', en: 'Packing lists written to {out}/: {files}' },
  'kemas.not-written': {
    id: 'Tidak ada yang dikemas: berkas manifes {folder}/ tidak saling cocok. Hanya ringkasan.json yang ditulis ke {out}/.',
    en: "Nothing was packed: the files of the manifest {folder}/ do not agree. Only ringkasan.json was written to {out}/.",
  },
  'kemas.removed': {
    id: 'Daftar kemas lama di {out}/ dihapus karena tidak lagi cocok: {berkas}.',
    en: 'Older packing lists in {out}/ were removed because they no longer match: {berkas}.',
  },
};
