/**
 * Pemilu 2024 (14 Feb 2024). Every number carries `sumber` and `keyakinan` from
 * docs/domain.md (§ cited). Keputusan KPU 1281/2023, the authoritative quantity table,
 * was not read (domain.md §10), so these are presets to be confirmed, not law.
 * Left out on purpose: envelopes (≈75/TPS) and forms (≈10 sets/TPS) are national averages over all
 * levels with no per-level split (§10.1), so no per-TPS rule can be written for them yet.
 * PSU stock (§10.5): held by the body whose area holds the dapil, so a kab/kota run (the default
 * `lingkup`) carries DPRD Kab/Kota PSU only; `--lingkup provinsi` adds DPR, DPD and DPRD Prov.
 */
import type { BarangInput, ConfigInput } from '../schema.js';

const BALLOT_RULE =
  'UU 7/2017 Ps. 344(2) (DPT + 2 %), Ps. 350(3) (per TPS); KPU chair 20 Sep 2023: 2 % per TPS, 300 → 306 (domain.md §1.1, §1.2)';
const RESERVE =
  '2 % per TPS: UU 7/2017 Ps. 344(2), 350(3) [primary]; rounded up per TPS: KPU 300 → 306 example, rounding rule itself not in a primary text (domain.md §1.2, §10.4)';
const PSU_LAW = 'UU 7/2017 Ps. 344(3)-(4): 1,000 PSU ballots per dapil per ballot type (domain.md §1.1)';
const KARIMUN =
  'Kab. Karimun received 195,631 each of PPWP, DPR, DPD and DPRD Prov ballots (no PSU) and 199,631 = 195,631 + 4 × 1,000 DPRD Kab for its four dapils (domain.md §10.5)';
/** Held by the body whose area holds the dapil (domain.md §10.5): a kab/kota run carries only its own. */
const PSU_KABKOTA = `${PSU_LAW} [primary]; held at the KPU Kab/Kota, per DPRD Kab/Kota dapil: ${KARIMUN} [reported]`;
const PSU_PROVINSI = (area: string): string =>
  `${PSU_LAW}; ${area}, so the stock is the KPU Provinsi's, never a kab/kota's: ${KARIMUN}; Kota Semarang DPRD Prov 1,267,357 = per-TPS rule without PSU. Held at the province is our reading (counted with --lingkup provinsi)`;
const PSU_RI =
  `${PSU_LAW}; the presidential race has no dapil below the nation, so the stock is read as the KPU RI's and no kab/kota or province run counts it: ${KARIMUN}. Counter-case: Kab. Kepahiang PPWP 115,628 = 112,132 + 2,496 + 1,000 (config docs/contoh/kepahiang-psu-ppwp.json)`;

/** Pemilu 2024: ballots and the centrally bought equipment are replaced through KPU Provinsi → KPU RI (§11). */
const CENTRAL = {
  lembaga: 'kpu_ri',
  sumber: 'Pemilu 2024: every ballot type and the centrally procured equipment via KPU Provinsi → KPU RI → supplier; KPU Pangkalpinang: regions procure only stationery and forms, the centre the rest (domain.md §10.1, §11 item 4)',
  keyakinan: 'reported',
} as const;
const OWN = {
  lembaga: 'kpu_kabkota',
  sumber: 'Stationery and some forms are bought by the KPU Kab/Kota itself (KPU Pangkalpinang; domain.md §10.1, §11 item 4)',
  keyakinan: 'reported',
} as const;

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
    pembulatan_cadangan: 'per_unit',
    pengada: CENTRAL,
    sumber: RESERVE,
    keyakinan: 'reported',
    ...extra,
  };
}

const psu = (disimpan_di: 'kpu_ri' | 'kpu_provinsi' | 'kpu_kabkota', sumber: string, keyakinan: 'primary' | 'inferred') =>
  ({ jumlah: 1000, per: 'dapil', disimpan_di, sumber, keyakinan }) as const;

const PER_TPS = { tingkat: 'tps', basis: 'tps' } as const;

export const PEMILU_2024: ConfigInput = {
  nama: 'Pemilu 2024',
  pemilihan: 'pemilu',
  hari_pemungutan: '2024-02-14',
  // KPU policy 300 (law max 500, UU 7/2017 Ps. 350(1)); domain.md §4.
  kapasitas_tps: 300,
  barang: [
    ballot('surat_suara_ppwp', 'Surat suara PPWP (Presiden dan Wakil Presiden)', { tambahan: psu('kpu_ri', PSU_RI, 'inferred') }),
    ballot('surat_suara_dpr', 'Surat suara DPR', {
      tambahan: psu('kpu_provinsi', PSU_PROVINSI('a DPR dapil is a province or part of one'), 'inferred'),
      varian: { jenis: 'dapil', jenis_dapil: 'dpr' },
    }),
    ballot('surat_suara_dpd', 'Surat suara DPD', { tambahan: psu('kpu_provinsi', PSU_PROVINSI("DPD's constituency is the province"), 'inferred') }),
    ballot('surat_suara_dprd_prov', 'Surat suara DPRD Provinsi', {
      tambahan: psu('kpu_provinsi', PSU_PROVINSI('a DPRD Prov dapil spans kab/kota of one province'), 'inferred'),
      varian: { jenis: 'dapil', jenis_dapil: 'dprd_prov' },
    }),
    ballot('surat_suara_dprd_kabkota', 'Surat suara DPRD Kabupaten/Kota', {
      tambahan: psu('kpu_kabkota', PSU_KABKOTA, 'primary'),
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
          sumber: '2 per kecamatan (PPK): stated by KPU Kota Pekalongan ("881 TPS dikali 5 … ditambah di kecamatan masing-masing ada 2" = 4,413); fits Kab. Malang, Sumenep, Maros, Kota Malang, Pangkalpinang; not Prabumulih, Ponorogo, Kota Bogor (domain.md §10.1 note a, §10.5)',
          keyakinan: 'reported',
        },
      ],
      cadangan_persen: 0,
      pengada: CENTRAL,
    },
    {
      kode: 'bilik_suara',
      nama: 'Bilik suara',
      satuan: 'buah',
      alokasi: [{ ...PER_TPS, rasio: 4 }],
      sumber: 'National 3,280,644 = 4 × 820,161 TPS; Kab. Malang 31,044 = 4 × 7,761 (domain.md §3.2, §10.1)',
      keyakinan: 'reported',
      pengada: CENTRAL,
    },
    {
      kode: 'tinta',
      nama: 'Tinta (40 ml)',
      satuan: 'botol',
      alokasi: [{ ...PER_TPS, rasio: 2 }],
      sumber: 'PKPU 14/2023 Ps. 9 as quoted: 2 bottles per TPS/TPSLN; Maros, Kab. Malang fit (domain.md §3.2, §10.1)',
      keyakinan: 'primary',
      pengada: CENTRAL,
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
      pengada: CENTRAL,
    },
    {
      kode: 'segel_stiker',
      nama: 'Segel stiker',
      satuan: 'lembar',
      alokasi: [{ ...PER_TPS, rasio: 96 }],
      sumber: '≈96 per TPS: Kab. Malang 96×7,761 + 758, Maros 96×1,073 + 262, Prabumulih 96×670 + 108; the remainders are not modelled (domain.md §10.1 note b)',
      keyakinan: 'inferred',
      pengada: CENTRAL,
    },
    {
      kode: 'template_braille',
      nama: 'Alat bantu tunanetra (template braille) PPWP dan DPD',
      satuan: 'buah',
      alokasi: [{ ...PER_TPS, rasio: 2 }],
      sumber: 'National 1,640,322 = 2 × 820,161 TPS, PPWP + DPD only (domain.md §3.2, §10.1). Conflicting reports: KPU DKI (30,766 TPS) and KPU Kab. Malang (7,761 TPS) distributed 1 per TPS; 2 kept until the Keputusan KPU 1281/2023 table is read (domain.md §10.5)',
      keyakinan: 'reported',
      pengada: CENTRAL,
    },
    {
      kode: 'daftar_calon',
      nama: 'Daftar pasangan calon dan DCT (set poster)',
      satuan: 'set',
      alokasi: [{ ...PER_TPS, rasio: 1 }],
      sumber: 'National 820,161 "daftar paslon + DCT" = TPS count (domain.md §3.2, §10.1)',
      keyakinan: 'inferred',
      pengada: CENTRAL,
    },
    // Delivered to every TPS by KPU Kota Semarang (4,646 TPS; Kompas TV), one source each (domain.md §10.5).
    {
      kode: 'tanda_pengenal',
      nama: 'Tanda pengenal (KPPS/petugas/saksi)',
      satuan: 'buah',
      alokasi: [{ ...PER_TPS, rasio: 36 }],
      sumber: 'KPU Kota Semarang: 167,256 ID tags for 4,646 TPS = 36 per TPS exactly; one source (domain.md §10.5)',
      keyakinan: 'inferred',
      pengada: CENTRAL,
    },
    {
      kode: 'alat_coblos',
      nama: 'Alat dan alas coblos',
      satuan: 'set',
      alokasi: [{ ...PER_TPS, rasio: 4 }],
      sumber: 'KPU Kota Semarang: 18,584 "alat dan alas coblos" for 4,646 TPS = 4 per TPS, one per booth (booths 18,584 too); one source (domain.md §10.5)',
      keyakinan: 'inferred',
      pengada: CENTRAL,
    },
    {
      kode: 'alat_tulis',
      nama: 'Alat tulis kantor (ATK)',
      satuan: 'set',
      alokasi: [{ ...PER_TPS, rasio: 1 }],
      sumber: 'KPU Kota Semarang: "alat tulis kantor 4.646 set" for 4,646 TPS = 1 set per TPS; one source (domain.md §10.5)',
      keyakinan: 'inferred',
      pengada: OWN,
    },
  ],
};
