/**
 * Pilkada 2024 (27 Nov 2024): governor + regent/mayor. Numbers and their confidence from
 * docs/domain.md (§ cited). "Per election" items are written as two allocations: one
 * for the usual two races, one for DKI Jakarta (31, governor only) and DIY (34, no governor race),
 * which hold one race (domain.md §2, §3.4, §10.2). A kab/kota without a regent/mayor race in
 * another province needs a config override.
 * Left out: sticker seals (≈49/TPS rests on one regency's DPS-stage count, §10.2) and envelopes,
 * forms, stationery (items confirmed, quantities not found).
 */
import type { AlokasiInput, BarangInput, ConfigInput } from '../schema.js';

const ONE_RACE = ['31', '34'];

const BALLOT_RULE =
  'Perpu 1/2014 Ps. 87(4) (UU 1/2015): per TPS DPT + 2.5 % of DPT (domain.md §2)';
const RESERVE =
  '2.5 %: UU 1/2015 Ps. 80 [primary]; rounded up per TPS: Prabumulih 147,898 for DPT 144,157 at 281 TPS and DKI figures fit, rule not in a primary text (domain.md §6.1, §10.4)';

function ballot(kode: string, nama: string, extra: Partial<BarangInput>): BarangInput {
  return {
    kode,
    nama,
    satuan: 'lembar',
    alokasi: [{ tingkat: 'tps', basis: 'pemilih', rasio: 1, sumber: BALLOT_RULE, keyakinan: 'primary' }],
    // UU 7/2017 Ps. 514 logic (no printing above the formula): never round ballots up to packs.
    isi_kemasan: 1,
    cadangan_persen: 2.5,
    pembulatan: 'atas',
    sumber: RESERVE,
    keyakinan: 'reported',
    ...extra,
  };
}

/** `perRace` per TPS where two races are held, half of it in DKI and DIY. */
function perElection(perRace: number, sumber: string, keyakinan: AlokasiInput['keyakinan']): AlokasiInput[] {
  return [
    { tingkat: 'tps', basis: 'tps', rasio: 2 * perRace, berlaku: { provinsi_kecuali: ONE_RACE }, sumber, keyakinan },
    { tingkat: 'tps', basis: 'tps', rasio: perRace, berlaku: { provinsi_hanya: ONE_RACE }, sumber, keyakinan },
  ];
}

export const PILKADA_2024: ConfigInput = {
  nama: 'Pilkada 2024',
  pemilihan: 'pilkada',
  hari_pemungutan: '2024-11-27',
  // KPU policy 600 (law max 800, Perpu 1/2014 Ps. 87(1)); domain.md §4.
  kapasitas_tps: 600,
  barang: [
    ballot('surat_suara_gubernur', 'Surat suara pemilihan Gubernur dan Wakil Gubernur', {
      // DIY has no governor election (domain.md §2, §3.4). The governor's 2,000 PSU ballots are
      // held by the KPU Provinsi (DKI, Kaltara, Prabumulih: §2), so a kab/kota run adds none; a
      // provincial run can override with tambahan { jumlah: 2000, per: kegiatan }.
      berlaku: { provinsi_kecuali: ['34'] },
    }),
    ballot('surat_suara_bupati_walikota', 'Surat suara pemilihan Bupati/Wali Kota', {
      // DKI's cities are administrative: no regent/mayor election (domain.md §3.4).
      berlaku: { provinsi_kecuali: ['31'] },
      tambahan: {
        jumlah: 2000,
        per: 'kegiatan',
        sumber: 'UU Pilkada Ps. 80(2)-(3) as amended (consolidated text) + KPU practice: Prabumulih mayor 147,898 + 2,000 PSU koli (domain.md §2, §6.1)',
        keyakinan: 'reported',
      },
    }),
    {
      kode: 'kotak_suara',
      nama: 'Kotak suara',
      satuan: 'buah',
      alokasi: [
        ...perElection(1, 'PKPU 12/2024 as summarised: 1 box per election per TPS; Kota Bogor, Sukabumi, Simalungun deliveries (domain.md §3.3, §10.2)', 'reported'),
        {
          tingkat: 'ppk',
          basis: 'ppk',
          rasio: 2,
          sumber: '2 per kecamatan in total, not per race: KPU Kota Bogor and Kota Sukabumi; Simalungun, Prabumulih fit (domain.md §3.3, §10.2)',
          keyakinan: 'reported',
        },
      ],
      cadangan_persen: 0,
    },
    {
      kode: 'bilik_suara',
      nama: 'Bilik suara',
      satuan: 'buah',
      alokasi: [{ tingkat: 'tps', basis: 'tps', rasio: 4 }],
      sumber: 'Sukabumi 2,204 = 4×551; Demak, Makassar, Prabumulih 1,124 = 4×281 (domain.md §3.3, §10.2)',
      keyakinan: 'reported',
    },
    {
      kode: 'tinta',
      nama: 'Tinta (40 ml)',
      satuan: 'botol',
      alokasi: [{ tingkat: 'tps', basis: 'tps', rasio: 2 }],
      sumber: '2 per TPS, not per election: Sukabumi 1,102 = 2×551; Makassar 3,754 = 2×1,877 (domain.md §10.2)',
      keyakinan: 'reported',
    },
    {
      kode: 'segel_plastik',
      nama: 'Segel plastik (kabel ties)',
      satuan: 'buah',
      // Unresolved 6 or 12 per TPS (domain.md §3.3, §10.2). We read it as 6 per race: Demak's 12 =
      // 6 × 2 races, and Sukabumi's 6 would then cover one race. Chosen over a flat 12 because it
      // also gives DKI/DIY (one race) a number that follows the same rule.
      alokasi: perElection(
        6,
        'Demak 21,336 = 12×1,778 (two races); Kota Sukabumi 3,306 = 6×551; read as 6 per TPS per race — not settled, Makassar ≈93 is an outlier (domain.md §3.3, §10.2)',
        'inferred',
      ),
    },
    {
      kode: 'template_braille',
      nama: 'Alat bantu tunanetra (template braille)',
      satuan: 'buah',
      alokasi: perElection(1, 'KPU Jateng 56,812 templates for 56,812 TPS per race; KPU chair: every TPS (domain.md §3.3, §10.2)', 'reported'),
    },
    {
      kode: 'daftar_calon',
      nama: 'Daftar pasangan calon (poster)',
      satuan: 'lembar',
      alokasi: perElection(1, 'Item list of PKPU 12/2024 supporting equipment; count not found, 1 per race assumed (domain.md §3.1, §10.2)', 'inferred'),
    },
  ],
};
