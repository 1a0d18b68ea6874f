/**
 * Pemilu 2024 (14 Feb 2024). Every number carries `sumber` and `keyakinan` from
 * docs/domain.md (§ cited). Keputusan KPU 1281/2023, the authoritative quantity table,
 * was not read (domain.md §10), so these are presets to be confirmed, not law.
 * Left out on purpose: envelopes (≈75/TPS) and forms (≈10 sets/TPS) are national averages over all
 * levels with no per-level split (§10.1), so no per-TPS rule can be written for them yet.
 */
import type { BarangInput, ConfigInput } from '../schema.js';

const BALLOT_RULE =
  'UU 7/2017 Ps. 344(2) (DPT + 2 %), Ps. 350(3) (per TPS); KPU chair 20 Sep 2023: 2 % per TPS, 300 → 306 (domain.md §1.1, §1.2)';
const RESERVE =
  '2 % per TPS: UU 7/2017 Ps. 344(2), 350(3) [primary]; rounded up per TPS: KPU 300 → 306 example, rounding rule itself not in a primary text (domain.md §1.2, §10.4)';
const PSU_DAPIL =
  'UU 7/2017 Ps. 344(3)-(4): 1,000 PSU ballots per dapil per ballot type (domain.md §1.1); held here at the KPU Kab/Kota for each dapil touching the roll (§8.2); holding level not confirmed (§10.4)';
const PSU_NO_DAPIL =
  'UU 7/2017 Ps. 344(3)-(4) says 1,000 per dapil, but this ballot has no dapil inside a kab/kota (PPWP national, DPD = province); counted once per run — how KPU applied it is not confirmed (domain.md §1.1, §9, §10.4)';

function ballot(kode: string, nama: string, extra: Partial<BarangInput>): BarangInput {
  return {
    kode,
    nama,
    satuan: 'lembar',
    alokasi: [
      { tingkat: 'tps', basis: 'pemilih', rasio: 1, sumber: BALLOT_RULE, keyakinan: 'primary' },
    ],
    // Ps. 514 makes printing above the formula an offence: never round ballots up to packs.
    isi_kemasan: 1,
    cadangan_persen: 2,
    pembulatan: 'atas',
    sumber: RESERVE,
    keyakinan: 'reported',
    ...extra,
  };
}

const psuPerDapil = { jumlah: 1000, per: 'dapil', sumber: PSU_DAPIL, keyakinan: 'primary' } as const;
const psuOnce = { jumlah: 1000, per: 'dapil', sumber: PSU_NO_DAPIL, keyakinan: 'inferred' } as const;

const PER_TPS = { tingkat: 'tps', basis: 'tps' } as const;

export const PEMILU_2024: ConfigInput = {
  nama: 'Pemilu 2024',
  pemilihan: 'pemilu',
  hari_pemungutan: '2024-02-14',
  // KPU policy 300 (law max 500, UU 7/2017 Ps. 350(1)); domain.md §4.
  kapasitas_tps: 300,
  barang: [
    ballot('surat_suara_ppwp', 'Surat suara PPWP (Presiden dan Wakil Presiden)', { tambahan: psuOnce }),
    ballot('surat_suara_dpr', 'Surat suara DPR', {
      tambahan: psuPerDapil,
      varian: { jenis: 'dapil', jenis_dapil: 'dpr' },
    }),
    ballot('surat_suara_dpd', 'Surat suara DPD', { tambahan: psuOnce }),
    ballot('surat_suara_dprd_prov', 'Surat suara DPRD Provinsi', {
      tambahan: psuPerDapil,
      varian: { jenis: 'dapil', jenis_dapil: 'dprd_prov' },
    }),
    ballot('surat_suara_dprd_kabkota', 'Surat suara DPRD Kabupaten/Kota', {
      tambahan: psuPerDapil,
      varian: { jenis: 'dapil', jenis_dapil: 'dprd_kabkota' },
      // DKI Jakarta has no DPRD Kab/Kota (domain.md §1.3, §3.4).
      berlaku: { provinsi_kecuali: ['31'] },
    }),
    {
      kode: 'kotak_suara',
      nama: 'Kotak suara',
      satuan: 'buah',
      alokasi: [
        {
          ...PER_TPS,
          rasio: 5,
          berlaku: { provinsi_kecuali: ['31'] },
          sumber: 'One box per ballot type, 5 per TPS: KPU (Yulianto Sudrajat, 20 Sep 2023); national 4,164,552; 2019 precedent Kep. KPU 999/2018 (domain.md §3.2, §10.1, §10.3)',
          keyakinan: 'reported',
        },
        {
          ...PER_TPS,
          rasio: 4,
          berlaku: { provinsi_hanya: ['31'] },
          sumber: 'DKI Jakarta: 4 ballot types, 4 boxes per TPS (domain.md §3.2, §3.4, §10.1)',
          keyakinan: 'reported',
        },
        {
          tingkat: 'ppk',
          basis: 'ppk',
          rasio: 2,
          sumber: '2 per kecamatan (PPK): fits Kab. Malang, Sumenep, Maros, Kota Malang, Pangkalpinang; not Prabumulih, Ponorogo, Kota Bogor (domain.md §10.1 note a)',
          keyakinan: 'inferred',
        },
      ],
      cadangan_persen: 0,
    },
    {
      kode: 'bilik_suara',
      nama: 'Bilik suara',
      satuan: 'buah',
      alokasi: [{ ...PER_TPS, rasio: 4 }],
      sumber: 'National 3,280,644 = 4 × 820,161 TPS; Kab. Malang 31,044 = 4 × 7,761 (domain.md §3.2, §10.1)',
      keyakinan: 'reported',
    },
    {
      kode: 'tinta',
      nama: 'Tinta (40 ml)',
      satuan: 'botol',
      alokasi: [{ ...PER_TPS, rasio: 2 }],
      sumber: 'PKPU 14/2023 Ps. 9 as quoted: 2 bottles per TPS/TPSLN; Maros, Kab. Malang fit (domain.md §3.2, §10.1)',
      keyakinan: 'primary',
    },
    {
      kode: 'segel_plastik',
      nama: 'Segel plastik (kabel ties)',
      satuan: 'buah',
      alokasi: [
        { ...PER_TPS, rasio: 10 },
        { tingkat: 'ppk', basis: 'tps', rasio: 1 },
        { tingkat: 'kpu', basis: 'tps', rasio: 15 },
      ],
      sumber: 'Bawaslu check of KPU Maros: 10 per TPS to KPPS, 1 per TPS at PPK, 15 per TPS at KPU Kab/Kota; total 26/TPS fits Kab. Malang and Prabumulih (domain.md §10.1)',
      keyakinan: 'reported',
    },
    {
      kode: 'segel_stiker',
      nama: 'Segel stiker',
      satuan: 'lembar',
      alokasi: [{ ...PER_TPS, rasio: 96 }],
      sumber: '≈96 per TPS: Kab. Malang 96×7,761 + 758, Maros 96×1,073 + 262, Prabumulih 96×670 + 108; the remainders are not modelled (domain.md §10.1 note b)',
      keyakinan: 'inferred',
    },
    {
      kode: 'template_braille',
      nama: 'Alat bantu tunanetra (template braille) PPWP dan DPD',
      satuan: 'buah',
      alokasi: [{ ...PER_TPS, rasio: 2 }],
      sumber: 'National 1,640,322 = 2 × 820,161 TPS, PPWP + DPD only (domain.md §3.2, §10.1)',
      keyakinan: 'reported',
    },
    {
      kode: 'daftar_calon',
      nama: 'Daftar pasangan calon dan DCT (set poster)',
      satuan: 'set',
      alokasi: [{ ...PER_TPS, rasio: 1 }],
      sumber: 'National 820,161 "daftar paslon + DCT" = TPS count (domain.md §3.2, §10.1)',
      keyakinan: 'inferred',
    },
  ],
};
