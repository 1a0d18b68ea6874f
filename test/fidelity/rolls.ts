/**
 * Recap rolls with a region's published TPS count, kecamatan count and DPT, spread over the TPS
 * deterministically so that the per-TPS reserve adds up to the published figure where it should.
 *
 * Why this is possible: with a reserve rate of 1/k (2 % = 1/50, 2.5 % = 1/40) a TPS of d voters
 * gets ⌈d / k⌉ reserve ballots. Write d = k·q + r (0 ≤ r < k): the reserve is q, plus 1 when r > 0.
 * Over N TPS with M of them having r > 0, Σd = D and Σ reserve = R exactly when
 *   Q = Σq = R − M   and   S = Σr = D − k·Q = k·M − E,  with E = k·R − D,
 * and S can be shared as remainders in [1, k − 1] over M TPS exactly when M ≤ S ≤ (k − 1)·M,
 * i.e. ⌈E / (k − 1)⌉ ≤ M ≤ E, and M ≤ N. We take M ≈ 2E / k (average remainder ≈ k / 2, as real
 * TPS sizes give) clamped into that range, give the remainders ⌊S / M⌋ or one more to the first M
 * TPS and the quotients ⌊Q / N⌋ or one more to all N TPS, and check every TPS against the capacity.
 * When only the ballot total T = D + R is published (Kab. Karimun), R is chosen near its expected
 * value T/(k + 1) + N(k − 1)/(2k) and then the first feasible R nearby is taken. When no ballot
 * figure is published, the DPT is spread evenly (⌊D/N⌋ or one more).
 * TPS go to kecamatan in equal blocks (largest remainder), ten TPS to a kelurahan, numbered from 001.
 */
import { splitLargestRemainder } from '../../src/core/compute/index.js';

export interface Kelompok {
  /** A dapil name when the case runs with --dapil; the kecamatan of this group form it. */
  readonly dapil?: string;
  readonly kecamatan: number;
  readonly tps: number;
  /** Published DPT; derived from `surat` when only the ballot total is published. */
  readonly dpt?: number;
  /** Σ⌈d / k⌉ the TPS must add up to (published ballots − DPT), when a ballot figure must match. */
  readonly cadangan?: number;
  /** Published ballots of the group (DPT + reserve) when its DPT is not published. */
  readonly surat?: number;
}

export interface Wilayah {
  /** `PP.KK` */
  readonly kode: string;
  /** Reserve rate 1/k. */
  readonly k: number;
  readonly kapasitas: number;
  readonly kelompok: readonly Kelompok[];
}

export interface Roll {
  readonly csv: string;
  /** `kode_wilayah,jenis,dapil` rows for the groups that name a dapil (jenis dprd_kabkota). */
  readonly dapil: string | null;
  readonly tps: number;
  readonly kecamatan: number;
  readonly dpt: number;
}

const reserveOf = (d: number, k: number): number => Math.ceil(d / k);

/** DPT per TPS with Σd = D and Σ⌈d/k⌉ = R (see the header). */
export function spreadWithReserve(n: number, dpt: number, reserve: number, k: number): number[] {
  const e = k * reserve - dpt;
  const low = Math.ceil(e / (k - 1));
  const high = Math.min(n, e);
  if (e < 0 || low > high) throw new Error(`no spread of ${dpt} voters over ${n} TPS has reserve ${reserve} at 1/${k}`);
  const m = Math.min(high, Math.max(low, Math.round((2 * e) / k)));
  const q = reserve - m;
  const s = k * m - e;
  return Array.from({ length: n }, (_, i) => {
    const quotient = Math.floor(q / n) + (i < q % n ? 1 : 0);
    const remainder = i < m ? Math.floor(s / m) + (i < s % m ? 1 : 0) : 0;
    return k * quotient + remainder;
  });
}

export function spreadEvenly(n: number, dpt: number): number[] {
  return Array.from({ length: n }, (_, i) => Math.floor(dpt / n) + (i < dpt % n ? 1 : 0));
}

/** DPT and reserve of a group whose ballot total T = D + R is published, D not. */
function fromBallots(n: number, total: number, k: number): { dpt: number; reserve: number } {
  const expected = Math.round(total / (k + 1) + (n * (k - 1)) / (2 * k));
  for (let step = 0; step < 1000; step++) {
    for (const reserve of [expected + step, expected - step]) {
      const dpt = total - reserve;
      const e = k * reserve - dpt;
      if (e >= 0 && Math.ceil(e / (k - 1)) <= Math.min(n, e)) return { dpt, reserve };
    }
  }
  throw new Error(`no DPT gives ${total} ballots over ${n} TPS`);
}

function groupDpts(g: Kelompok, k: number): number[] {
  if (g.surat !== undefined) {
    const { dpt, reserve } = fromBallots(g.tps, g.surat, k);
    return spreadWithReserve(g.tps, dpt, reserve, k);
  }
  if (g.dpt === undefined) throw new Error('a group needs dpt or surat');
  return g.cadangan === undefined ? spreadEvenly(g.tps, g.dpt) : spreadWithReserve(g.tps, g.dpt, g.cadangan, k);
}

/** The recap CSV of a region (and its dapil mapping), checked against what it was asked for. */
export function makeRoll(w: Wilayah): Roll {
  const rows = ['kode_kelurahan,kecamatan,kelurahan,tps,dpt'];
  const dapil = ['kode_wilayah,jenis,dapil'];
  let kec = 0;
  let total = 0;
  for (const g of w.kelompok) {
    const dpts = groupDpts(g, w.k);
    const perKec = splitLargestRemainder(g.tps, Array.from({ length: g.kecamatan }, () => 1));
    let next = 0;
    for (const count of perKec) {
      kec += 1;
      const kodeKec = `${w.kode}.${String(kec).padStart(2, '0')}`;
      if (g.dapil !== undefined) dapil.push(`${kodeKec},dprd_kabkota,${g.dapil}`);
      for (let j = 0; j < count; j++) {
        const d = dpts[next++] ?? -1;
        if (d < 1 || d > w.kapasitas) throw new Error(`TPS of ${d} voters outside 1..${w.kapasitas}`);
        const kel = `${kodeKec}.${1001 + Math.floor(j / 10)}`;
        rows.push(`${kel},KEC ${kec},KEL ${kel.slice(-4)},${String((j % 10) + 1).padStart(3, '0')},${d}`);
        total += d;
      }
    }
    const reserve = dpts.reduce((s, d) => s + reserveOf(d, w.k), 0);
    if (g.cadangan !== undefined && reserve !== g.cadangan) throw new Error('spread missed its reserve');
    if (g.surat !== undefined && dpts.reduce((s, d) => s + d, reserve) !== g.surat) throw new Error('spread missed its ballots');
  }
  const tps = w.kelompok.reduce((s, g) => s + g.tps, 0);
  return { csv: `${rows.join('\n')}\n`, dapil: dapil.length > 1 ? `${dapil.join('\n')}\n` : null, tps, kecamatan: kec, dpt: total };
}
