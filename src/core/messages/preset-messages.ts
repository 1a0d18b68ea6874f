import type { Bilingual } from './format.js';

/**
 * Words for the presets' own view (`logistik preset NAME --jelaskan`), the "basis of the numbers"
 * block after a run, the --lingkup option and the config keys of PSU placement, reserve rounding
 * scope and pengada.
 */
export const PRESET_MESSAGES: Record<string, Bilingual> = {
  'help.opt.jelaskan': {
    id: 'jelaskan setiap barang: aturannya dalam kata-kata, sumber dan tingkat keyakinannya',
    en: 'explain every item: its rule in words, its source and confidence',
  },
  'help.opt.lingkup': {
    id: 'cakupan perhitungan: kabkota (bawaan) atau provinsi (menambah stok PSU yang disimpan KPU Provinsi)',
    en: 'what the run covers: kabkota (default) or provinsi (adds the PSU stock the KPU Provinsi holds)',
  },
  'usage.lingkup': { id: '--lingkup harus salah satu dari {allowed}, bukan {value}', en: '--lingkup must be one of {allowed}, not {value}' },

  'schema.lingkup': {
    id: 'Cakupan perhitungan: kabkota (bawaan; hanya stok yang disimpan KPU Kab/Kota) atau provinsi (juga stok KPU Provinsi, misalnya PSU DPR, DPD, DPRD Provinsi dan gubernur). --lingkup menggantinya.',
    en: 'What a run covers: kabkota (default; only stock the KPU Kab/Kota holds) or provinsi (also the KPU Provinsi\'s, e.g. PSU for DPR, DPD, DPRD Provinsi and governor). --lingkup replaces it.',
  },
  'schema.barang.pembulatan_cadangan': {
    id: 'Di mana cadangan dibulatkan: per_unit (bawaan, aturan: per TPS) atau total (sekali per varian dan kab/kota, lalu dibagi ke TPS dengan sisa terbesar).',
    en: 'Where the reserve is rounded: per_unit (default, the rule: per TPS) or total (once per variant and kab/kota, then shared over the TPS by largest remainder).',
  },
  'schema.barang.tambahan.disimpan_di': {
    id: 'Siapa yang menyimpan stok tambahan ini: kpu_kabkota (bawaan), kpu_provinsi atau kpu_ri. Dihitung hanya bila lingkup mencakupnya.',
    en: 'Who holds this extra stock: kpu_kabkota (default), kpu_provinsi or kpu_ri. Counted only when the lingkup covers that body.',
  },
  'schema.barang.pengada': {
    id: 'Siapa yang mengganti barang ini bila kurang atau rusak (dipakai logistik terima); null menghapus pengada dari preset.',
    en: 'Who replaces this item when short or damaged (used by logistik terima); null removes the preset\'s pengada.',
  },
  'schema.barang.pengada.lembaga': { id: 'kpu_ri, kpu_provinsi atau kpu_kabkota.', en: 'kpu_ri, kpu_provinsi or kpu_kabkota.' },

  'jelaskan.judul': {
    id: '{nama} (preset {preset}): hari pemungutan {hari}, kapasitas TPS {kapasitas} pemilih, lingkup {lingkup}',
    en: '{nama} (preset {preset}): polling day {hari}, TPS capacity {kapasitas} voters, lingkup {lingkup}',
  },
  'jelaskan.legenda': {
    id: 'Tanda: [hukum] teks undang-undang atau peraturan · [laporan] dinyatakan KPU atau cocok dengan pengiriman · [simpulan] disimpulkan dari angka terbit, perlu dikonfirmasi · [tanpa sumber] konfigurasi tidak menyebut sumber',
    en: 'Marks: [law] text of a law or regulation · [reported] stated by KPU or matching deliveries · [inferred] inferred from published figures, to be confirmed · [no source] the config names no source',
  },
  'jelaskan.tanda.primary': { id: 'hukum', en: 'law' },
  'jelaskan.tanda.reported': { id: 'laporan', en: 'reported' },
  'jelaskan.tanda.inferred': { id: 'simpulan', en: 'inferred' },
  'jelaskan.tanda.none': { id: 'tanpa sumber', en: 'no source' },
  'jelaskan.barang': { id: '{kode} — {nama} ({satuan})', en: '{kode} — {nama} ({satuan})' },
  'jelaskan.berlaku': { id: 'berlaku {berlaku}', en: 'applies {berlaku}' },
  'jelaskan.berlaku.hanya': { id: 'hanya di provinsi {provinsi}', en: 'only in province {provinsi}' },
  'jelaskan.berlaku.kecuali': { id: 'kecuali di provinsi {provinsi}', en: 'except in province {provinsi}' },
  'jelaskan.alokasi': { id: '{tingkat}: {rasio} per {basis}{berlaku}', en: '{tingkat}: {rasio} per {basis}{berlaku}' },
  'jelaskan.dibulatkan': { id: ', dibulatkan {pembulatan} per unit', en: ', rounded {pembulatan} per unit' },
  'jelaskan.tingkat.tps': { id: 'di TPS', en: 'at the TPS' },
  'jelaskan.tingkat.pps': { id: 'di PPS (kelurahan/desa)', en: 'at the PPS (kelurahan/desa)' },
  'jelaskan.tingkat.ppk': { id: 'di PPK (kecamatan)', en: 'at the PPK (kecamatan)' },
  'jelaskan.tingkat.kpu': { id: 'di KPU Kab/Kota', en: 'at the KPU Kab/Kota' },
  'jelaskan.basis.pemilih': { id: 'pemilih', en: 'voter' },
  'jelaskan.basis.tps': { id: 'TPS', en: 'TPS' },
  'jelaskan.basis.pps': { id: 'kelurahan/desa', en: 'kelurahan/desa' },
  'jelaskan.basis.ppk': { id: 'kecamatan', en: 'kecamatan' },
  'jelaskan.basis.kegiatan': { id: 'perhitungan', en: 'run' },
  'jelaskan.basis.dapil': { id: 'dapil', en: 'dapil' },
  'jelaskan.cadangan': {
    id: 'cadangan {persen} % dari kebutuhan, dibulatkan {pembulatan} {cakupan}',
    en: 'reserve {persen} % of the base, rounded {pembulatan} {cakupan}',
  },
  'jelaskan.pembulatan.atas': { id: 'ke atas', en: 'up' },
  'jelaskan.pembulatan.terdekat': { id: 'ke yang terdekat', en: 'to the nearest' },
  'jelaskan.pembulatan.bawah': { id: 'ke bawah', en: 'down' },
  'jelaskan.cakupan.per_unit': { id: 'per unit penyimpanan (per TPS)', en: 'in each holding unit (per TPS)' },
  'jelaskan.cakupan.total': {
    id: 'sekali pada total per varian dan kab/kota, lalu dibagi ke TPS dengan sisa terbesar',
    en: 'once on the total per variant and kab/kota, then shared over the TPS by largest remainder',
  },
  'jelaskan.tanpa-cadangan': { id: 'tanpa cadangan', en: 'no reserve' },
  'jelaskan.kemasan': { id: 'dipesan dalam kemasan isi {isi}', en: 'ordered in packs of {isi}' },
  'jelaskan.tambahan': {
    id: 'tambahan (PSU) {jumlah} per {per}, disimpan {lembaga} — {dihitung}',
    en: 'extra (PSU) {jumlah} per {per}, held by {lembaga} — {dihitung}',
  },
  'jelaskan.per.dapil': { id: 'dapil', en: 'dapil' },
  'jelaskan.per.kegiatan': { id: 'pemilihan', en: 'election' },
  'jelaskan.lembaga.kpu_ri': { id: 'KPU RI', en: 'KPU RI' },
  'jelaskan.lembaga.kpu_provinsi': { id: 'KPU Provinsi', en: 'KPU Provinsi' },
  'jelaskan.lembaga.kpu_kabkota': { id: 'KPU Kab/Kota', en: 'KPU Kab/Kota' },
  'jelaskan.dihitung': { id: 'dihitung pada lingkup {lingkup}', en: 'counted in a {lingkup} run' },
  'jelaskan.tidak-dihitung.kpu_provinsi': {
    id: 'tidak dihitung pada lingkup kabkota (dihitung dengan --lingkup provinsi)',
    en: 'not counted in a kabkota run (counted with --lingkup provinsi)',
  },
  'jelaskan.tidak-dihitung.kpu_ri': { id: 'tidak dihitung: stok KPU RI, bukan milik daerah', en: 'not counted: the KPU RI\'s stock, no region\'s' },
  'jelaskan.pengada': {
    id: 'pengada (yang mengganti bila kurang atau rusak): {lembaga}',
    en: 'pengada (who replaces it when short or damaged): {lembaga}',
  },
  'jelaskan.pengada-kosong': {
    id: 'pengada: tidak disebut; isi "pengada" di konfigurasi bila perlu',
    en: 'pengada: not stated; set "pengada" in a config if needed',
  },
  'jelaskan.sumber': { id: 'sumber: {sumber}', en: 'source: {sumber}' },
  'jelaskan.sumber-kosong': { id: 'sumber: tidak disebut', en: 'source: not given' },
  'jelaskan.jumlah': {
    id: '{n} bagian: {primary} hukum, {reported} laporan, {inferred} simpulan, {none} tanpa sumber.',
    en: '{n} parts: {primary} law, {reported} reported, {inferred} inferred, {none} without a source.',
  },
  'dasar.judul': { id: 'Dasar angka (rinci: {perintah}):', en: 'Basis of the numbers (details: {perintah}):' },
};
