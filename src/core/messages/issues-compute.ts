import type { Severity } from '../types.js';
import type { IssueText } from './format.js';

/** Issues about what the rules give on this roll (run-level: no file, no line). */
export const COMPUTE_ISSUES: Record<string, { severity: Severity; text: IssueText }> = {
  'reserve-rounding-inflated': {
    severity: 'peringatan',
    text: {
      message: {
        id: 'Cadangan {barang}, dibulatkan per unit, menjadi {cadangan} untuk kebutuhan {kebutuhan}: paling sedikit dua kali {persen} % (dibulatkan sekali pada total: {cadangan_total})',
        en: 'The reserve of {barang}, rounded per unit, comes to {cadangan} on a base of {kebutuhan}: at least twice {persen} % (rounded once on the total: {cadangan_total})',
      },
      hint: {
        id: 'Bila memang dimaksud, biarkan. Bila tidak, tulis "{kunci}": "total" pada barang {barang} di berkas konfigurasi (atau ubah cadangan_persen).',
        en: 'If that is intended, leave it. Otherwise set "{kunci}": "total" on item {barang} in the config file (or change cadangan_persen).',
      },
    },
  },
};
