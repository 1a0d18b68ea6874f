import type { Severity } from '../types.js';
import type { IssueText } from './format.js';

/**
 * Issues of `logistik petakan`: the check of the current TPS layout and what the proposal had to
 * do against the rules. All warnings: the data can be counted; they are findings for the planning
 * officer. `{nkk}` is always masked (`167401******0001`).
 */
interface PetakanIssue {
  readonly severity: Severity;
  readonly text: IssueText;
}

function peringatan(id: string, en: string, hintId: string, hintEn: string): PetakanIssue {
  return { severity: 'peringatan', text: { message: { id, en }, hint: { id: hintId, en: hintEn } } };
}

export const PETAKAN_ISSUES = {
  'family-split': peringatan(
    'Satu keluarga (NKK {nkk}, {jumlah} pemilih) terbagi di TPS {tps} di {kelurahan}.',
    'One family (NKK {nkk}, {jumlah} voters) is split across TPS {tps} in {kelurahan}.',
    'Satu keluarga tidak boleh dipisah ke TPS berbeda; usulan (usulan-tps.csv, penempatan.csv) menyatukannya.',
    'A family must not be split across TPS; the proposal (usulan-tps.csv, penempatan.csv) keeps it together.',
  ),
  'family-two-kelurahan': peringatan(
    'Satu keluarga (NKK {nkk}) terdaftar di {jumlah} kelurahan/desa: {kelurahan}.',
    'One family (NKK {nkk}) is registered in {jumlah} kelurahan/desa: {kelurahan}.',
    'Aturan kelurahan/desa didahulukan: usulan menempatkan setiap anggota di TPS kelurahannya sendiri. Periksa alamat keluarga ini.',
    'The kelurahan rule comes first: the proposal places each member in a TPS of their own kelurahan. Check this family\'s address.',
  ),
  'family-over-capacity': peringatan(
    'Satu keluarga (NKK {nkk}) di {kelurahan} punya {jumlah} pemilih, melebihi kapasitas {kapasitas}: diusulkan utuh dan sendiri di TPS {tps}.',
    'One family (NKK {nkk}) in {kelurahan} has {jumlah} voters, above the capacity of {kapasitas}: proposed whole and alone in TPS {tps}.',
    'Periksa NKK ini (NKK pengganti yang dipakai banyak orang?); bila benar, TPS ini melebihi kapasitas.',
    'Check this NKK (a placeholder shared by many people?); if it is right, this TPS is above capacity.',
  ),
  'tps-two-kelurahan': peringatan(
    'TPS {tps} di {kode} memuat pemilih dengan {jumlah} nama kelurahan/desa yang berbeda.',
    'TPS {tps} in {kode} holds voters with {jumlah} different kelurahan/desa names.',
    'Satu TPS tidak boleh melayani dua kelurahan/desa; periksa kode dan nama kelurahan pada baris-baris TPS ini.',
    'A TPS must not serve two kelurahan/desa; check the code and kelurahan name on this TPS\'s rows.',
  ),
  'tps-very-small': peringatan(
    'TPS {tps} di {kode} hanya punya {dpt} pemilih, kurang dari sepersepuluh kapasitas {kapasitas}.',
    'TPS {tps} in {kode} has only {dpt} voters, under a tenth of the capacity of {kapasitas}.',
    'Pertimbangkan menggabungkannya dengan TPS tetangga di kelurahan/desa yang sama (lihat usulan-tps.csv).',
    'Consider merging it with a neighbouring TPS of the same kelurahan/desa (see usulan-tps.csv).',
  ),
  'tps-kept-whole': peringatan(
    'TPS {tps} di {kode} punya {dpt} pemilih, melebihi kapasitas {kapasitas}: usulan mempertahankannya utuh dan sendiri sebagai TPS {baru}.',
    'TPS {tps} in {kode} has {dpt} voters, above the capacity of {kapasitas}: the proposal keeps it whole and alone as TPS {baru}.',
    'Rekap per TPS tidak cukup untuk membaginya: jalankan petakan pada daftar per pemilih, atau bagi TPS ini secara manual.',
    'A per-TPS recap cannot split it: run petakan on the voter-level roll, or split this TPS by hand.',
  ),
  'nkk-missing': peringatan(
    'Berkas ini tidak punya kolom nkk: setiap pemilih dianggap satu keluarga sendiri, jadi keutuhan keluarga tidak dapat dijaga.',
    'This file has no nkk column: every voter counts as a family of one, so families cannot be kept together.',
    'Sertakan kolom NKK dari ekspor daftar pemilih.',
    'Include the NKK column of the voter-roll export.',
  ),
  'nkk-masked': peringatan(
    '{jumlah} NKK di berkas ini tersamar (mulai baris {barisPertama}): pemilih itu masing-masing dianggap satu keluarga sendiri.',
    '{jumlah} NKKs in this file are masked (from line {barisPertama}): each of those voters counts as a family of one.',
    'Pakai ekspor dengan NKK lengkap untuk pemetaan TPS; NKK tidak pernah ditulis ke keluaran.',
    'Use an export with full NKKs for TPS mapping; NKKs are never written to any output.',
  ),
} as const satisfies Record<string, PetakanIssue>;

export type PetakanIssueCode = keyof typeof PETAKAN_ISSUES;
