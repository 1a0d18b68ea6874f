/**
 * Roll-ups: kelurahan (PPS) = its TPS plus what the PPS holds; kecamatan (PPK) = its PPS plus PPK;
 * kab/kota (KPU) = only what the KPU Kab/Kota itself holds, so that for every item the kecamatan
 * rows plus the KPU rows equal pengadaan.csv `jumlah` summed over variants (issue 14.4).
 */
import { safeAdd } from './rounding.js';
import type { ItemQuantities } from './quantities.js';
import { heldAt, type Table } from './tables.js';
import { dapilColumn, dapilTypes, itemsOfJenis, sharedDapil } from './dapil-columns.js';
import { compareKeys, type PlacedTps } from './units.js';

interface Unit {
  readonly key: string;
  readonly first: PlacedTps;
  readonly members: number[];
}

/** Units in order of their first TPS: the placed list is already in manifest order. */
function unitsBy(placed: readonly PlacedTps[], keyOf: (p: PlacedTps) => string): Unit[] {
  const units = new Map<string, Unit>();
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i]!;
    const key = keyOf(p);
    const u = units.get(key);
    if (u === undefined) units.set(key, { key, first: p, members: [i] });
    else u.members.push(i);
  }
  return [...units.values()];
}

// The sums below are indexed loops over a unit's TPS, not sums of mapped arrays or iterators: they
// run per unit and item (15 items × 4,000 TPS per million voters), at the end of a run, mostly
// before V8 has optimised them. Every amount is a whole number ≥ 0, so a partial sum only grows:
// one past 2^53 stays past it, and safeAdd at the end refuses it as safeAdd at every step would.

/** Sum of `perTps` over the unit's TPS. */
function tpsSum(perTps: readonly number[], members: readonly number[]): number {
  let s = 0;
  for (let m = 0; m < members.length; m++) s += perTps[members[m]!] ?? 0;
  return safeAdd(s, 0);
}

/** Voters of the unit's TPS. */
function dptOf(placed: readonly PlacedTps[], members: readonly number[]): number {
  let s = 0;
  for (let m = 0; m < members.length; m++) s += placed[members[m]!]?.tps.dpt ?? 0;
  return safeAdd(s, 0);
}

function kelurahanAmount(q: ItemQuantities, u: Unit): number {
  return safeAdd(tpsSum(q.perTps, u.members), q.perPps.get(u.key) ?? 0);
}

export function distribusiKelurahanTable(placed: readonly PlacedTps[], items: readonly ItemQuantities[]): Table {
  const cols = items.filter((q) => heldAt(q, ['tps', 'pps']));
  const jenis = dapilTypes(items);
  const ofJenis = jenis.map((j) => itemsOfJenis(items, j));
  const units = unitsBy(placed, (p) => p.kel);
  units.sort((a, b) => compareKeys(kelSortKey(a.first), kelSortKey(b.first)));
  const rows = units.map((u) => {
    const t = u.first.tps;
    const row: (string | number)[] = [t.kodeKelurahan, t.kecamatan, t.kelurahan, u.members.length, dptOf(placed, u.members)];
    for (const q of cols) row.push(kelurahanAmount(q, u));
    for (const same of ofJenis) row.push(sharedDapil(same, u.members));
    return row;
  });
  return { columns: ['kode_kelurahan', 'kecamatan', 'kelurahan', 'jumlah_tps', 'dpt', ...cols.map((q) => q.item.kode), ...jenis.map(dapilColumn)], rows };
}

/** What a PPK unit holds of an item: its TPS, its PPS (`kels`: their keys, each once) and its own. */
function kecamatanAmount(q: ItemQuantities, u: Unit, kels: readonly string[]): number {
  let pps = 0;
  for (const k of kels) pps = safeAdd(pps, q.perPps.get(k) ?? 0);
  return safeAdd(safeAdd(tpsSum(q.perTps, u.members), pps), q.perPpk.get(u.key) ?? 0);
}

export function distribusiKecamatanTable(placed: readonly PlacedTps[], items: readonly ItemQuantities[]): Table {
  const cols = items.filter((q) => heldAt(q, ['tps', 'pps', 'ppk']));
  const units = unitsBy(placed, (p) => p.kec);
  units.sort((a, b) => compareKeys([a.first.kodeKecamatan, a.first.tps.kecamatan], [b.first.kodeKecamatan, b.first.tps.kecamatan]));
  const rows = units.map((u) => {
    const f = u.first;
    // The unit's PPS, found once for all items (in order of their first TPS).
    const kels = [...new Set(u.members.map((i) => placed[i]?.kel ?? ''))];
    const row: (string | number)[] = [f.kodeKecamatan, f.tps.kecamatan, u.members.length, dptOf(placed, u.members)];
    for (const q of cols) row.push(kecamatanAmount(q, u, kels));
    return row;
  });
  return { columns: ['kode_kecamatan', 'kecamatan', 'jumlah_tps', 'dpt', ...cols.map((q) => q.item.kode)], rows };
}

function kelSortKey(p: PlacedTps): string[] {
  return [p.tps.kodeKelurahan, p.tps.kecamatan, p.tps.kelurahan];
}

export const KPU_COLUMNS = ['kode_kabkota', 'jumlah_tps', 'dpt'] as const;

/**
 * distribusi-kpu.csv: one row per kab/kota code of the roll with what its KPU itself holds, for
 * every item of the config (0 where it holds none). `kode_kabkota` is '' for a names-only roll.
 * A province run (`lingkup: provinsi`) counts the KPU Provinsi's own PSU stock too: it gets a row
 * of its own under the province code (`PP`, sorting before its kab/kota), with the TPS and voters
 * of that province, so that the file still closes every item's total.
 */
export function distribusiKpuTable(placed: readonly PlacedTps[], items: readonly ItemQuantities[]): Table {
  const units = unitsBy(placed, (p) => p.kodeKabkota);
  const kabkota = new Set(units.map((u) => u.key));
  const provinces = new Set(items.flatMap((q) => [...q.perKpu.keys()].filter((k) => !kabkota.has(k))));
  units.push(...unitsBy(placed, (p) => p.provinsi).filter((u) => provinces.has(u.key)));
  units.sort((a, b) => compareKeys([a.key], [b.key]));
  const rows = units.map((u) => [u.key, u.members.length, dptOf(placed, u.members), ...items.map((q) => q.perKpu.get(u.key) ?? 0)]);
  return { columns: [...KPU_COLUMNS, ...items.map((q) => q.item.kode)], rows };
}
