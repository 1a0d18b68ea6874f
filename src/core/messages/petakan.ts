import type { Bilingual } from './format.js';

/** Terminal messages, help and usage errors of `logistik petakan`. */
export const PETAKAN_MESSAGES: Record<string, Bilingual> = {
  'petakan.kapasitas': { id: 'Kapasitas: {kapasitas} pemilih per TPS', en: 'Capacity: {kapasitas} voters per TPS' },
  'petakan.totals': {
    id: 'TPS: sekarang {sekarang}, batas bawah {batas}, usulan {usulan}',
    en: 'TPS: now {sekarang}, lower bound {batas}, proposed {usulan}',
  },
  'petakan.methods': { id: 'Per kelurahan/desa: {rincian}', en: 'Per kelurahan/desa: {rincian}' },
  'petakan.method.tepat': { id: '{n} terbukti paling sedikit TPS', en: '{n} proven fewest TPS' },
  'petakan.method.heuristik': {
    id: '{n} heuristik (paling banyak 11/9 × optimum + 6/9 TPS)',
    en: '{n} heuristic (at most 11/9 × optimum + 6/9 TPS)',
  },
  'petakan.method.berurutan': { id: '{n} per keluarga, berurutan', en: '{n} families in order' },
  'petakan.kits': { id: 'Barang (jumlah), sekarang → usulan:', en: 'Items (jumlah), now → proposed:' },
  'petakan.kit-row': { id: '{barang}: {sekarang} → {usulan} (hemat {hemat})', en: '{barang}: {sekarang} → {usulan} (saves {hemat})' },
  'petakan.kit-same': { id: '{barang}: {jumlah} (sama)', en: '{barang}: {jumlah} (the same)' },
  'petakan.kit-more': { id: '{barang}: {sekarang} → {usulan} (bertambah {lebih})', en: '{barang}: {sekarang} → {usulan} ({lebih} more)' },
  'petakan.written': { id: 'Usulan pemetaan TPS ditulis ke {out}/', en: 'TPS mapping proposal written to {out}/' },
  'petakan.allow-invalid': {
    id: '--allow-invalid: {ditolak} baris ditolak dan TIDAK ada dalam usulan (lihat validasi.csv).',
    en: '--allow-invalid: {ditolak} rejected rows are NOT in the proposal (see validasi.csv).',
  },
  'petakan.not-written': {
    id: 'Ada galat: usulan TIDAK dibuat. Hanya validasi.csv dan ringkasan.json ditulis ke {out}/. Perbaiki baris yang ditolak, atau pakai --allow-invalid untuk memetakan baris yang sah saja.',
    en: 'There are errors: no proposal was made. Only validasi.csv and ringkasan.json were written to {out}/. Fix the rejected rows, or use --allow-invalid to map the valid rows only.',
  },
  'usage.kapasitas': { id: '--kapasitas harus bilangan bulat 1 atau lebih, bukan {value}', en: '--kapasitas must be a whole number of 1 or more, not {value}' },
  'help.petakan': {
    id: 'periksa pemetaan TPS dan usulkan penggabungan (kapasitas, satu kelurahan/desa, keluarga utuh)',
    en: 'check a TPS layout and propose the merged one (capacity, one kelurahan/desa, families whole)',
  },
  'help.opt.kapasitas': { id: 'pemilih paling banyak per TPS (bawaan: kapasitas_tps preset)', en: 'most voters per TPS (default: the preset\'s kapasitas_tps)' },
  'help.opt.petakan-out': { id: 'folder tujuan usulan', en: 'where the proposal goes' },
  'help.opt.petakan-allow-invalid': {
    id: 'tetap buat usulan dari baris yang sah walau ada galat, dan keluar dengan 0',
    en: 'make the proposal from the valid rows even when errors exist, and exit 0',
  },
  'help.examples.petakan': {
    id: 'Contoh:\n  logistik petakan -p pilkada-2024 fixtures/prabumulih-pemilu-2024/rekap.csv   # TPS Pemilu (300) digabung untuk Pilkada (600)\n  logistik petakan --kapasitas 500 fixtures/contoh/pemilih.csv -o pemetaan-desa  # per pemilih: keluarga utuh\n  logistik petakan -p pilkada-2024 --json rekap.csv > pemetaan.json\n\nLalu manifes dari usulan: logistik hitung -p pilkada-2024 pemetaan/rekap-tps.csv\nKode keluar: 0 usulan ditulis, 1 daftar pemilih bergalat (usulan tidak dibuat), 2 salah pakai atau konfigurasi, 3 galat berkas.',
    en: 'Examples:\n  logistik petakan -p pilkada-2024 fixtures/prabumulih-pemilu-2024/rekap.csv   # Pemilu TPS (300) merged for Pilkada (600)\n  logistik petakan --kapasitas 500 fixtures/contoh/pemilih.csv -o village-map     # voter-level: families whole\n  logistik petakan -p pilkada-2024 --json rekap.csv > mapping.json\n\nThen manifests from the proposal: logistik hitung -p pilkada-2024 pemetaan/rekap-tps.csv\nExit codes: 0 proposal written, 1 the roll has errors (no proposal), 2 usage or config error, 3 file error.',
  },
};
