/**
 * Pilkada 2024 (27 Nov 2024): governor + regent/mayor. Numbers and their confidence from
 * docs/domain.md (§ cited). "Per election" items are written as two allocations: one
 * for the usual two races, one for DKI Jakarta (31, governor only) and DIY (34, no governor race),
 * which hold one race (domain.md §2, §3.4, §10.2). A kab/kota without a regent/mayor race in
 * another province needs a config override.
 * Left out: envelopes, forms, stationery (items confirmed, quantities not found). Who replaces the
 * equipment (`pengada`) was not found for Pilkada; only the ballots carry it (§11 item 4).
 */
import type { AlokasiInput, BarangInput, ConfigInput } from '../schema.js';

const ONE_RACE = ['31', '34'];

const BALLOT_RULE =
  'Perpu 1/2014 Ps. 87(4) (UU 1/2015): per TPS DPT + 2.5 % of DPT (domain.md §2)';
const PSU_LAW = 'UU Pilkada Ps. 80(2)-(3) as amended (consolidated text): 2,000 PSU ballots per election, set by the organising KPU';
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
    // Rounding once on the total is a local shortcut (Tapanuli Selatan, PPU), not the rule (§10.5).
    pembulatan_cadangan: 'per_unit',
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
      // DIY has no governor election (domain.md §2, §3.4).
      berlaku: { provinsi_kecuali: ['34'] },
      // Held by the KPU Provinsi, so a kab/kota run adds none; --lingkup provinsi counts it.
      tambahan: {
        jumlah: 2000,
        per: 'kegiatan',
        disimpan_di: 'kpu_provinsi',
        sumber: `${PSU_LAW}; governor stock at the KPU Provinsi: DKI, Kaltara; Kab. Lebak "tidak disimpan di Gudang Logistik KPU Lebak"; Prabumulih governor 147,898 without a PSU koli (domain.md §2, §10.5)`,
        keyakinan: 'reported',
      },
      pengada: {
        lembaga: 'kpu_provinsi',
        sumber: 'Pilkada 2024: governor ballots are replaced through the KPU Provinsi and its printer (domain.md §11 item 4)',
        keyakinan: 'reported',
      },
    }),
    ballot('surat_suara_bupati_walikota', 'Surat suara pemilihan Bupati/Wali Kota', {
      // DKI's cities are administrative: no regent/mayor election (domain.md §3.4).
      berlaku: { provinsi_kecuali: ['31'] },
      tambahan: {
        jumlah: 2000,
        per: 'kegiatan',
        disimpan_di: 'kpu_kabkota',
        sumber: `${PSU_LAW}; regent/mayor stock at the KPU Kab/Kota: Prabumulih mayor 147,898 + 2,000 PSU koli; Kab. Lebak 2,000 at KPU Lebak (domain.md §2, §6.1, §10.5). Kaltara kept it at the province: override disimpan_di there`,
        keyakinan: 'reported',
      },
      pengada: {
        lembaga: 'kpu_kabkota',
        sumber: "Pilkada 2024: regent/mayor ballots are replaced by the KPU Kab/Kota's own printer (domain.md §11 item 4)",
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
      // 6 per race: Demak's 12 = 6 × 2 races, confirmed by Kota Semarang (§10.5); Sukabumi's 6 then
      // covers one race. It also gives DKI/DIY (one race) a number that follows the same rule.
      alokasi: perElection(
        6,
        'Kota Semarang 28,296 = 12 × 2,358 TPS and Demak 21,336 = 12 × 1,778 (two races each): 6 per TPS per race; Kota Sukabumi 3,306 = 6 × 551 read as one race; Makassar ≈93 an outlier (domain.md §3.3, §10.2, §10.5)',
        'reported',
      ),
    },
    {
      kode: 'segel_stiker',
      nama: 'Segel stiker',
      satuan: 'lembar',
      // 49 per TPS where two races are held; half, rounded up per TPS (25), where one is.
      alokasi: perElection(
        24.5,
        '≈49 per TPS for two races: Kab. Seluma 18,283 for 374 TPS (48.9), Kab. Simalungun 98,634 for 2,007 (49.1, DPS-stage count); neither exact; one race (DKI, DIY) assumed half, rounded up per TPS to 25; Makassar ≈375 an outlier (domain.md §10.2, §10.5)',
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
