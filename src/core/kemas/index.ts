/**
 * `logistik kemas` core: a manifest's typed rows + the packing rules of its config → the packing
 * list per TPS, the warehouse pick list per kecamatan, the supplier's cartons, the handover lists
 * per PPK and PPS, and their totals. Pure and whole-number; the same input gives the same bytes.
 * When the manifest's files do not add up (issues), no table is made: packing from numbers that
 * disagree would put the disagreement into boxes.
 */
import type { ResolvedConfig } from '../config/index.js';
import { safeAdd } from '../compute/rounding.js';
import type { Issue } from '../types.js';
import { checkSums } from './check.js';
import { rejectedRows } from './recorded.js';
import { split } from './rules.js';
import { kecamatanHandovers, kelurahanHandovers, type VariantOf } from './shares.js';
import { ambilKoliTable, deliveries, koliKabkotaTable, serahTerimaPpkTable, serahTerimaPpsTable, type DeliveryLine, type ItemInfo, type KecamatanId, type UnitLine } from './tables.js';
import { Tally } from './tally.js';
import { kemasTpsTable } from './tps-table.js';
import type { KecamatanPull, KemasManifest, KemasResult, KemasTotals } from './types.js';
import { compareKeys } from '../compute/units.js';

export type * from './types.js';
export { rejectedRows, type RecordedCounts } from './recorded.js';
export { split, cartons, type Split, type Cartons } from './rules.js';
export { KEMAS_TPS_COLUMNS, AMBIL_KOLI_COLUMNS, KOLI_KABKOTA_COLUMNS, SERAH_TERIMA_PPK_COLUMNS, SERAH_TERIMA_PPS_COLUMNS } from './tables.js';

/** The files kemas writes beside its ringkasan.json, in the order the summary names them. */
export const KEMAS_FILES = ['kemas-tps.csv', 'ambil-koli.csv', 'koli-kabkota.csv', 'serah-terima-ppk.csv', 'serah-terima-pps.csv'] as const;

function itemInfo(config: ResolvedConfig): (kode: string) => ItemInfo {
  const infos = new Map(config.barang.map((barang) => [barang.kode, { barang, kemas: config.kemas.find((k) => k.kode === barang.kode) }]));
  return (kode) => {
    const info = infos.get(kode);
    // The manifest reader checked every item column against this very config.
    if (info?.kemas === undefined) throw new Error(`item ${kode} is not in the config`);
    return { barang: info.barang, kemas: info.kemas };
  };
}

function variantOf(info: (kode: string) => ItemInfo): VariantOf {
  return (kode, tps) => {
    const jenis = info(kode).barang.jenisDapil;
    return jenis === null ? '' : (tps.dapil[jenis] ?? '');
  };
}

export function packManifest(m: KemasManifest, config: ResolvedConfig): KemasResult {
  const info = itemInfo(config);
  const variant = variantOf(info);
  const issues: Issue[] = m.recorded ? rejectedRows(m.folder, m.recorded) : [];
  const kelurahan = kelurahanHandovers(m, variant, issues);
  const kecamatan = kecamatanHandovers(m, kelurahan, variant, issues);
  const ppsLines = kelurahan.flatMap((h) => h.tally.entries().map((amount) => ({ unit: h.row, amount })));
  const ppkLines = kecamatan.flatMap((h) => h.tally.entries().map((amount) => ({ unit: h.row, amount })));
  checkSums(m, { tps: tpsSum(m, variant), pps: sumOf(ppsLines), ppk: sumOf(ppkLines) }, issues);
  const counts = { kecamatan: m.kecamatan.rows.length, kelurahan: m.kelurahan.rows.length, tps: m.tps.rows.length };
  if (issues.some((i) => i.severity === 'galat')) return { tables: null, perKecamatan: [], counts, totals: null, issues };
  const delivered = deliveries(m.pengadaan, info);
  const tps = kemasTpsTable(m.tps, info, variant);
  const tables = {
    kemasTps: tps.table,
    ambilKoli: ambilKoliTable(ppkLines, info),
    koliKabkota: koliKabkotaTable(delivered),
    serahTerimaPpk: serahTerimaPpkTable(ppkLines, info),
    serahTerimaPps: serahTerimaPpsTable(ppsLines, info),
  };
  const perKecamatan = pulls(ppkLines, info);
  return { tables, perKecamatan, counts, totals: totalsOf(counts, tps.wadah, perKecamatan, delivered), issues };
}

/** What the TPS rows hold per item and variant (no line objects: there is one per TPS and item). */
function tpsSum(m: KemasManifest, variant: VariantOf): Tally {
  const t = new Tally();
  for (const tps of m.tps.rows) {
    for (const kode of m.tps.barang) {
      const jumlah = tps.barang[kode] ?? 0;
      if (jumlah !== 0) t.add(kode, variant(kode, tps), jumlah);
    }
  }
  return t;
}

function sumOf(lines: ReadonlyArray<{ readonly amount: { kode: string; varian: string; jumlah: number } }>): Tally {
  const t = new Tally();
  for (const { amount: a } of lines) t.add(a.kode, a.varian, a.jumlah);
  return t;
}

/** Per kecamatan, over the items that come in cartons: what the warehouse pulls, in code order. */
function pulls(lines: readonly UnitLine<KecamatanId>[], info: (kode: string) => ItemInfo): KecamatanPull[] {
  const out = new Map<string, { kodeKecamatan: string; kecamatan: string; koliPenuh: number; sisaLembar: number; lembar: number }>();
  for (const { unit, amount } of lines) {
    const koli = info(amount.kode).kemas.isiKoli;
    if (koli === null) continue;
    const key = `${unit.kodeKecamatan}\u0000${unit.kecamatan}`;
    const p = out.get(key) ?? { kodeKecamatan: unit.kodeKecamatan, kecamatan: unit.kecamatan, koliPenuh: 0, sisaLembar: 0, lembar: 0 };
    const c = split(amount.jumlah, koli.jumlah);
    p.koliPenuh = safeAdd(p.koliPenuh, c.penuh);
    p.sisaLembar = safeAdd(p.sisaLembar, c.sisa);
    p.lembar = safeAdd(p.lembar, amount.jumlah);
    out.set(key, p);
  }
  return [...out.values()].sort((a, b) => compareKeys([a.kodeKecamatan, a.kecamatan], [b.kodeKecamatan, b.kecamatan]));
}

function totalsOf(counts: Pick<KemasTotals, 'kecamatan' | 'kelurahan' | 'tps'>, wadah: number, perKecamatan: readonly KecamatanPull[], delivered: readonly DeliveryLine[]): KemasTotals {
  const total = <T>(xs: readonly T[], f: (x: T) => number): number => xs.reduce((s, x) => safeAdd(s, f(x)), 0);
  return {
    ...counts,
    wadah,
    koliPenuh: total(perKecamatan, (p) => p.koliPenuh),
    sisaLembar: total(perKecamatan, (p) => p.sisaLembar),
    lembar: total(perKecamatan, (p) => p.lembar),
    koliPsu: total(delivered, (d) => d.cartons?.koliPsu ?? 0),
    lembarPsu: total(delivered, (d) => d.cartons?.lembarPsu ?? 0),
  };
}
