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
