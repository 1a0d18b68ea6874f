/**
 * The presets' packing rules (the `kemas` section; domain.md §11 items 1, 2, 6, 7). Kept beside the
 * presets rather than inside them: they are read only by `logistik kemas`, and a later command's
 * `-c` may change them without touching what `hitung` computed (later.ts).
 */
import type { KemasBarangInput, KemasInput } from '../schema.js';

const IKAT = {
  jumlah: 20,
  sumber: 'Sortir-lipat: every sheet checked, folded and tied in bundles of 20 with two rubber bands (Bandung 2024); 25 per tie in Jakarta Utara 2019 (domain.md §11 item 2)',
  keyakinan: 'reported',
} as const;

const KOLI_PILKADA = {
  jumlah: 2000,
  psu_terpisah: true,
  sumber: 'Prabumulih, Pilkada 2024: cartons of 2,000 sheets, 73 × 2,000 + 1 × 1,898 = 147,898 per race, the mayor\'s 2,000 PSU ballots as one carton of their own (domain.md §6.1, §11 item 1)',
  keyakinan: 'reported',
} as const;

const KOLI_PEMILU = {
  jumlah: 2000,
  psu_terpisah: true,
  sumber: 'Carton sizes depend on the printer: 2,000 sheets (Prabumulih 2024), 3,000 (Cirebon), 500 (Jakarta Utara); 2,000 assumed, set the size on your delivery note. PSU stock kept apart as at Prabumulih (domain.md §6.1, §11 item 1)',
  keyakinan: 'inferred',
} as const;

const WADAH_EQUIPMENT =
  'Ink, seals and forms are packed with the TPS\'s ballots (Ponorogo, Madiun, Kab. Malang), but no source says which box holds them: one lot of their own beside the boxes; set wadah to a box code to pack them in it (domain.md §11 item 6)';
const WADAH_OTHER =
  'ID tags, punching tools and stationery go to the TPS like the forms, but no packing source names them (domain.md §11 item 6 names ink, seals and forms): packed in the same lot; set wadah to a box code to pack them in it';
const WADAH_LEPAS =
  'Boxes and booths travel as themselves: booths and forms first, boxes with the ballots last (Buleleng; domain.md §11 item 7)';

function ballot(kode: string, wadah: string, sumber: string, koli: KemasBarangInput['isi_koli']): KemasBarangInput {
  return { kode, wadah, isi_ikat: IKAT, isi_koli: koli, sumber, keyakinan: 'reported' };
}

const equipment = (kode: string, sumber = WADAH_EQUIPMENT): KemasBarangInput => ({ kode, wadah: 'perlengkapan_tps', sumber, keyakinan: 'inferred' });
const loose = (kode: string): KemasBarangInput => ({ kode, wadah: 'lepas', sumber: WADAH_LEPAS, keyakinan: 'reported' });

/** What both presets send to every TPS besides the ballots, in the presets' item order. */
const AT_EVERY_TPS: readonly KemasBarangInput[] = [
  loose('kotak_suara'),
  loose('bilik_suara'),
  equipment('tinta'),
  equipment('segel_plastik'),
  equipment('segel_stiker'),
  equipment('template_braille'),
  equipment('daftar_calon'),
];

const PEMILU_BOX =
  'Each ballot type in the box of its type, DPRD ballots per dapil (Ponorogo, Madiun, Kab. Malang; domain.md §11 item 6); one box per ballot type at the TPS (Kep. KPU 999/2018 Lampiran I, domain.md §7)';

export const PEMILU_2024_KEMAS: KemasInput = {
  barang: [
    ballot('surat_suara_ppwp', 'kotak_ppwp', PEMILU_BOX, KOLI_PEMILU),
    ballot('surat_suara_dpr', 'kotak_dpr', PEMILU_BOX, KOLI_PEMILU),
    ballot('surat_suara_dpd', 'kotak_dpd', PEMILU_BOX, KOLI_PEMILU),
    ballot('surat_suara_dprd_prov', 'kotak_dprd_prov', PEMILU_BOX, KOLI_PEMILU),
    ballot('surat_suara_dprd_kabkota', 'kotak_dprd_kabkota', PEMILU_BOX, KOLI_PEMILU),
    ...AT_EVERY_TPS,
    equipment('tanda_pengenal', WADAH_OTHER),
    equipment('alat_coblos', WADAH_OTHER),
    equipment('alat_tulis', WADAH_OTHER),
  ],
};

const PILKADA_BOX =
  'One box per race at the TPS (PKPU 12/2024 as summarised, domain.md §3.3); ballots packed per TPS into the box of their race (domain.md §11 item 6)';

export const PILKADA_2024_KEMAS: KemasInput = {
  barang: [
    ballot('surat_suara_gubernur', 'kotak_gubernur', PILKADA_BOX, KOLI_PILKADA),
    ballot('surat_suara_bupati_walikota', 'kotak_bupati_walikota', PILKADA_BOX, KOLI_PILKADA),
    ...AT_EVERY_TPS,
  ],
};
