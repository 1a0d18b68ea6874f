/**
 * A per-TPS recap of Kota Prabumulih, Pilkada 2024, built to the published figures so that the
 * Pilkada preset gives KPU Prabumulih's published 147,898 ballots per race (domain.md §6.1):
 *
 * - Published: DPT 144,157 at 281 TPS (280 + 1 in the detention centre); per kecamatan DPT/TPS
 *   Barat 22,329/44, Timur 58,294/110, Cambai 14,660/29, Rambang Kapak Tengah 9,877/24, Utara
 *   23,121/44, Selatan 15,776/30. Those TPS counts sum to 281 but the DPTs to 144,057: 100 short of
 *   the city's total. We read Selatan's 30 as 29 ordinary TPS + the detention centre's TPS 901,
 *   and give TPS 901 the missing 100 voters (Selatan's 15,776 seems not to count them).
 * - Per-TPS DPT is not published. The ballots of a TPS are dpt + ceil(dpt × 2.5 %) = dpt +
 *   ceil(dpt / 40); the city's 147,898 − 144,157 = 3,741 reserve ballots is Σ ceil(dpt / 40). Write
 *   each TPS's DPT as 40·a − r (0 ≤ r ≤ 39): its reserve is a. So a kecamatan with n TPS and D
 *   voters needs Σa = A and Σr = 40·A − D ∈ [0, 39·n]. We take A per kecamatan as the whole number
 *   nearest to (D + 19.5·n) / 40 (the reserve expected when the round-ups average half a ballot,
 *   domain.md §6.1's 137 excess), correct the largest kecamatan so the A sum to 3,741, and spread a
 *   and r as evenly as whole numbers allow. Every TPS then has at most 600 voters (the Pilkada
 *   capacity) and the city's DPT and reserve are exactly the published ones.
 * - Kelurahan: the kecamatan's TPS are dealt over its kelurahan/desa of the 2025 code list
 *   (shared/data/wilayah.csv) in turn, numbered 001… in each.
 */

interface Kecamatan {
  readonly kode: string;
  readonly nama: string;
  readonly tps: number;
  readonly dpt: number;
  readonly kelurahan: ReadonlyArray<readonly [kode: string, nama: string]>;
}

export const PRABUMULIH_PILKADA = { dpt: 144_157, tps: 281, perRace: 147_898 } as const;

const KECAMATAN: readonly Kecamatan[] = [
  { kode: '16.74.01', nama: 'Prabumulih Barat', tps: 44, dpt: 22_329, kelurahan: [['1001', 'Prabumulih'], ['1007', 'Patih Galung'], ['1009', 'Muntang Tapus'], ['1011', 'Gunung Kemala'], ['1012', 'Payuputat'], ['1014', 'Tebing Tanah Puteh'], ['2013', 'Tanjung Telang']] },
  { kode: '16.74.02', nama: 'Prabumulih Timur', tps: 110, dpt: 58_294, kelurahan: [['1003', 'Karang Raja'], ['1004', 'Tugu Kecil'], ['1005', 'Prabu Jaya'], ['1006', 'Muara Dua'], ['1007', 'Gunung Ibul'], ['1008', 'Gunung Ibul Barat'], ['1009', 'Sukajadi'], ['1010', 'Karang Jaya'], ['1011', 'Muara Dua Barat'], ['1012', 'Gunung Ibul Timur'], ['1013', 'Gunung Ibul Selatan'], ['1014', 'Gunung Ibul Utara'], ['1015', 'Arimbi Jaya']] },
  { kode: '16.74.03', nama: 'Cambai', tps: 29, dpt: 14_660, kelurahan: [['1001', 'Cambai'], ['1002', 'Sindur'], ['1005', 'Sungai Medang'], ['2003', 'Pangkul'], ['2004', 'Muara Sungai']] },
  { kode: '16.74.04', nama: 'Rambang Kapak Tengah', tps: 24, dpt: 9_877, kelurahan: [['1001', 'Tanjung Rambang'], ['2003', 'Karya Mulya'], ['2005', 'Rambang Senuling'], ['2006', 'Jungai'], ['2007', 'Talang Batu'], ['2008', 'Karangan'], ['2009', 'Karang Bindu'], ['2010', 'Sinar Rambang'], ['2011', 'Kemang Tanduk']] },
  { kode: '16.74.05', nama: 'Prabumulih Utara', tps: 44, dpt: 23_121, kelurahan: [['1001', 'Pasar Prabumulih I'], ['1002', 'Pasar Prabumulih II'], ['1003', 'Wonosari'], ['1004', 'Mangga Besar'], ['1005', 'Anak Petai'], ['1006', 'Sidomulyo'], ['1007', 'Sidogede']] },
  { kode: '16.74.06', nama: 'Prabumulih Selatan', tps: 29, dpt: 15_776, kelurahan: [['1001', 'Majasari'], ['1002', 'Tanjung Raman'], ['1003', 'Sukaraja'], ['2004', 'Tanjung Menang']] },
];

/** The detention centre's TPS (a special-location number), in Selatan's first kelurahan. */
const RUTAN = { kodeKelurahan: '16.74.06.1001', kelurahan: 'Majasari', kecamatan: 'Prabumulih Selatan', tps: '901', dpt: 100 } as const;

/** `total` spread over `n` whole numbers that differ by at most 1, larger ones first. */
function even(total: number, n: number): number[] {
  const base = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => base + (i < total - base * n ? 1 : 0));
}

export interface RecapRow {
  readonly kodeKelurahan: string;
  readonly kelurahan: string;
  readonly kecamatan: string;
  readonly tps: string;
  readonly dpt: number;
}

export function prabumulihPilkadaRecap(): RecapRow[] {
  const reserveTarget = PRABUMULIH_PILKADA.perRace - PRABUMULIH_PILKADA.dpt - Math.ceil(RUTAN.dpt / 40);
  const a = KECAMATAN.map((k) => Math.round((k.dpt + 19.5 * k.tps) / 40));
  const largest = KECAMATAN.reduce((best, k, i) => (k.tps > (KECAMATAN[best]?.tps ?? 0) ? i : best), 0);
  a[largest] = (a[largest] ?? 0) + reserveTarget - a.reduce((s, x) => s + x, 0);
  const rows: RecapRow[] = [];
  KECAMATAN.forEach((k, c) => {
    const reserves = even(a[c] ?? 0, k.tps);
    const shortfalls = even(40 * (a[c] ?? 0) - k.dpt, k.tps).reverse();
    const numbers = new Map<string, number>();
    reserves.forEach((ai, i) => {
      const [kode, nama] = k.kelurahan[i % k.kelurahan.length] ?? ['', ''];
      const n = (numbers.get(kode) ?? 0) + 1;
      numbers.set(kode, n);
      rows.push({ kodeKelurahan: `${k.kode}.${kode}`, kelurahan: nama, kecamatan: k.nama, tps: String(n).padStart(3, '0'), dpt: 40 * ai - (shortfalls[i] ?? 0) });
    });
  });
  rows.push(RUTAN);
  return rows;
}

export function recapCsv(rows: readonly RecapRow[]): string {
  return ['kode_kelurahan,kelurahan,kecamatan,tps,dpt', ...rows.map((r) => `${r.kodeKelurahan},${r.kelurahan},${r.kecamatan},${r.tps},${r.dpt}`)].join('\n') + '\n';
}
