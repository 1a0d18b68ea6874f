/**
 * The contract's invariants of `logistik kemas`, checked on the files alone (a manifest folder and
 * the kemas folder written from it), so that any data — real, generated — can be put through them.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { csv, kemasFiles, n, sums, type Rec } from './helpers.js';

/** The dapil type of each item that varies by one (from the manifest's konfigurasi.json). */
export type DapilTypes = Readonly<Record<string, string>>;

const key = (r: Rec): string => `${r.kode_barang} [${r.varian}]`;
const tpsKey = (r: Rec): string => `${r.kode_kelurahan}|${r.kecamatan}|${r.kelurahan}|${r.tps}`;

export async function checkInvariants(manifest: string, out: string, dapilTypes: DapilTypes): Promise<void> {
  const pengadaan = await csv(join(manifest, 'pengadaan.csv'));
  const distTps = await csv(join(manifest, 'distribusi-tps.csv'));
  const distKel = await csv(join(manifest, 'distribusi-kelurahan.csv'));
  const distKec = await csv(join(manifest, 'distribusi-kecamatan.csv'));
  const k = await kemasFiles(out);

  // Per item and variant: TPS rows = the TPS share; PPS lists = TPS + PPS; PPK lists = TPS + PPS + PPK.
  const listed = new Set(pengadaan.map(key));
  for (const rows of [k.tps, k.pps, k.ppk, k.ambil, k.koli]) for (const r of rows) expect(listed.has(key(r)), key(r)).toBe(true);
  const [tps, pps, ppk] = [sums(k.tps), sums(k.pps), sums(k.ppk)];
  for (const p of pengadaan) {
    const [t, s, d] = [n(p.di_tps), n(p.di_pps), n(p.di_ppk)];
    expect(tps.get(key(p)) ?? 0, `${key(p)} TPS`).toBe(t);
    expect(pps.get(key(p)) ?? 0, `${key(p)} PPS`).toBe(t + s);
    expect(ppk.get(key(p)) ?? 0, `${key(p)} PPK`).toBe(t + s + d);
  }

  // Each handover list closes with its unit's row of the manifest, item by item.
  const byUnit = (rows: readonly Rec[], unit: (r: Rec) => string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(`${unit(r)}|${r.kode_barang}`, (m.get(`${unit(r)}|${r.kode_barang}`) ?? 0) + n(r.jumlah));
    return m;
  };
  const kelHanded = byUnit(k.pps, (r) => `${r.kode_kelurahan}|${r.kecamatan}|${r.kelurahan}`);
  for (const row of distKel) {
    for (const [col, v] of Object.entries(row)) {
      if (!listedItem(pengadaan, col)) continue;
      expect(kelHanded.get(`${row.kode_kelurahan}|${row.kecamatan}|${row.kelurahan}|${col}`) ?? 0, `${row.kode_kelurahan} ${col}`).toBe(n(v));
    }
  }
  const kecHanded = byUnit(k.ppk, (r) => `${r.kode_kecamatan}|${r.kecamatan}`);
  for (const row of distKec) {
    for (const [col, v] of Object.entries(row)) {
      if (!listedItem(pengadaan, col)) continue;
      expect(kecHanded.get(`${row.kode_kecamatan}|${row.kecamatan}|${col}`) ?? 0, `${row.kode_kecamatan} ${col}`).toBe(n(v));
    }
  }

  // The arithmetic of every row.
  for (const r of k.tps) {
    expect(n(r.jumlah)).toBeGreaterThan(0);
    if (r.isi_ikat === '') expect([r.ikat_penuh, r.sisa]).toEqual(['', '']);
    else {
      expect(n(r.ikat_penuh) * n(r.isi_ikat) + n(r.sisa)).toBe(n(r.jumlah));
      expect(n(r.sisa)).toBeLessThan(n(r.isi_ikat));
    }
  }
  const handed = new Map(k.ppk.map((r) => [`${r.kode_kecamatan}|${r.kecamatan}|${key(r)}`, n(r.jumlah)]));
  expect(k.ambil.length).toBe(k.ppk.length);
  for (const r of k.ambil) {
    expect(n(r.jumlah)).toBe(handed.get(`${r.kode_kecamatan}|${r.kecamatan}|${key(r)}`));
    if (r.isi_koli !== '') {
      expect(n(r.koli_penuh) * n(r.isi_koli) + n(r.sisa_lembar)).toBe(n(r.jumlah));
      expect(n(r.sisa_lembar)).toBeLessThan(n(r.isi_koli));
    }
  }
  const delivered = new Map(pengadaan.map((p) => [key(p), p]));
  expect(k.koli.length).toBe(pengadaan.length);
  for (const r of k.koli) {
    const p = delivered.get(key(r)) as Rec;
    expect(n(r.jumlah)).toBe(n(p.jumlah_pengadaan));
    if (r.isi_koli === '') continue;
    expect(n(r.koli_penuh) * n(r.isi_koli) + n(r.sisa_lembar) + n(r.lembar_psu)).toBe(n(r.jumlah));
    expect(n(r.koli_psu)).toBe(Math.ceil(n(r.lembar_psu) / n(r.isi_koli)));
    expect([0, n(p.tambahan)]).toContain(n(r.lembar_psu));
  }

  // A TPS's ballots of a dapil type carry that TPS's dapil and no other.
  const dapilOf = new Map(distTps.map((r) => [tpsKey(r), r]));
  for (const r of k.tps) {
    const jenis = dapilTypes[r.kode_barang ?? ''];
    expect(r.varian, `${tpsKey(r)} ${r.kode_barang}`).toBe(jenis === undefined ? '' : (dapilOf.get(tpsKey(r))?.[`dapil_${jenis}`] ?? 'MISSING'));
  }
}

function listedItem(pengadaan: readonly Rec[], col: string): boolean {
  return pengadaan.some((p) => p.kode_barang === col);
}

/** Item code → dapil type, from a resolved config's display (konfigurasi.json). */
export function dapilTypesOf(konfigurasi: { barang: ReadonlyArray<{ kode: string; varian?: { jenis_dapil: string } }> }): DapilTypes {
  return Object.fromEntries(konfigurasi.barang.flatMap((b) => (b.varian ? [[b.kode, b.varian.jenis_dapil]] : [])));
}
