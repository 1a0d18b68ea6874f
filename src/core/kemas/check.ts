/**
 * The closing check: per item and variant, the TPS rows sum to the manifest's TPS share, the PPS
 * handovers to TPS + PPS, the PPK handovers to TPS + PPS + PPK (pengadaan.csv `di_tps`, `di_pps`,
 * `di_ppk`). A difference means the manifest's files do not agree with each other, and nothing is
 * packed from it.
 */
import type { Issue } from '../types.js';
import { safeAdd } from '../compute/rounding.js';
import { kemasIssue } from './issue.js';
import { Tally } from './tally.js';
import type { KemasManifest } from './types.js';

export interface Sums {
  readonly tps: Tally;
  readonly pps: Tally;
  readonly ppk: Tally;
}

/** `surat_suara_dpr [DAPIL 1]`, or the code alone for an item without a variant. */
const shown = (kode: string, varian: string): string => (varian === '' ? kode : `${kode} [${varian}]`);

export function checkSums(m: KemasManifest, sums: Sums, issues: Issue[]): void {
  const berkas = `${m.folder}/pengadaan.csv`;
  const listed = new Set<string>();
  for (const p of m.pengadaan) {
    listed.add(`${p.kodeBarang}\u0000${p.varian}`);
    // PSU stock is part of what is delivered: more of it than the delivery cannot be packed.
    if (p.tambahan > p.jumlahPengadaan) {
      issues.push(kemasIssue('kemas-sums-differ', berkas, p.baris, 'tambahan', { barang: shown(p.kodeBarang, p.varian), kolom: 'jumlah_pengadaan', tercatat: p.jumlahPengadaan, dikemas: p.tambahan }));
    }
    const expected = [
      ['di_tps', sums.tps, p.diTps],
      ['di_tps + di_pps', sums.pps, safeAdd(p.diTps, p.diPps)],
      ['di_tps + di_pps + di_ppk', sums.ppk, safeAdd(safeAdd(p.diTps, p.diPps), p.diPpk)],
    ] as const;
    for (const [kolom, tally, tercatat] of expected) {
      const dikemas = tally.get(p.kodeBarang, p.varian);
      if (dikemas !== tercatat) issues.push(kemasIssue('kemas-sums-differ', berkas, p.baris, 'jumlah', { barang: shown(p.kodeBarang, p.varian), kolom, tercatat, dikemas }));
    }
  }
  // An item and variant the distribution files hold but pengadaan.csv does not list at all.
  for (const tally of [sums.tps, sums.pps, sums.ppk]) {
    for (const a of tally.entries()) {
      const key = `${a.kode}\u0000${a.varian}`;
      if (listed.has(key)) continue;
      listed.add(key);
      issues.push(kemasIssue('kemas-sums-differ', berkas, null, 'jumlah', { barang: shown(a.kode, a.varian), kolom: 'jumlah', tercatat: 0, dikemas: a.jumlah }));
    }
  }
}
