import type { Severity } from '../types.js';
import type { IssueText } from './format.js';

/** Issues about the run as a whole (several files together). */
export const RUN_ISSUES: Record<string, { severity: Severity; text: IssueText }> = {
  'roll-kind-mixed': {
    severity: 'galat',
    text: {
      message: {
        id: 'Berkas ini berjenis {kind}, sedangkan {first} berjenis {expected}; satu daftar tidak boleh mencampur rekap per TPS dan daftar per pemilih, jadi semua baris berkas ini ditolak',
        en: 'This file is a {kind} roll while {first} is a {expected} roll; one run cannot mix per-TPS recaps and voter-level rolls, so every row of this file is rejected',
      },
      hint: {
        id: 'Jalankan rekap dan daftar per pemilih dalam dua perintah terpisah.',
        en: 'Run recaps and voter-level rolls in two separate commands.',
      },
    },
  },
  'capacity-fits-other-preset': {
    severity: 'peringatan',
    text: {
      message: {
        id: '{lebih} dari {tps} TPS melebihi kapasitas {kapasitas} pemilih preset {preset}, dan {muat_persen} % di antaranya muat dalam kapasitas {kapasitas_lain} preset {preset_lain}: tampaknya ini daftar untuk {preset_lain}',
        en: '{lebih} of {tps} TPS are above the {kapasitas}-voter capacity of preset {preset}, and {muat_persen} % of those fit the {kapasitas_lain} of preset {preset_lain}: this looks like a roll for {preset_lain}',
      },
      hint: {
        id: 'Bila benar, jalankan ulang dengan -p {preset_lain}. Setiap TPS di atas kapasitas tetap tercatat sebagai tps-over-capacity di validasi.csv.',
        en: 'If so, run again with -p {preset_lain}. Every TPS above capacity is still listed as tps-over-capacity in validasi.csv.',
      },
    },
  },
  'duplicate-input': {
    severity: 'galat',
    text: {
      message: {
        id: 'Masukan ini sama dengan {first} (berkas yang sama, atau isi yang sama persis); isinya dihitung sekali saja',
        en: 'This input is the same as {first} (the same file, or exactly the same bytes); its content is counted once only',
      },
      hint: {
        id: 'Berkas yang sama disebut dua kali dibaca sekali (peringatan). Isi yang sama di bawah nama lain: semua barisnya ditolak (galat); bila keduanya mestinya berbeda, ambil ulang berkas yang benar.',
        en: 'The same file named twice is read once (warning). The same bytes under another name: all of its rows are rejected (error); if the two should differ, fetch the right file again.',
      },
    },
  },
  'validation-disabled': {
    severity: 'peringatan',
    text: {
      message: {
        id: 'LOGISTIK_BENCH_NO_VALIDATE=1: tidak ada satu pun baris yang divalidasi (mode tolok ukur); hasil ini tidak sah',
        en: 'LOGISTIK_BENCH_NO_VALIDATE=1: no row was validated (benchmark mode); this result is not valid',
      },
      hint: {
        id: 'Hapus variabel lingkungan LOGISTIK_BENCH_NO_VALIDATE lalu jalankan ulang.',
        en: 'Unset the LOGISTIK_BENCH_NO_VALIDATE environment variable and run again.',
      },
    },
  },
};
