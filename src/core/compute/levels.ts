/** Roll-ups: kelurahan (PPS) = its TPS plus what the PPS holds; kecamatan (PPK) = its PPS plus PPK. */
import { safeAdd } from './rounding.js';
import type { ItemQuantities } from './quantities.js';
import { heldAt, type Table } from './tables.js';
import { compareKeys, type PlacedTps } from './units.js';

interface Unit {
  readonly key: string;
  readonly first: PlacedTps;
  readonly members: number[];
}

/** Units in order of their first TPS: the placed list is already in manifest order. */
function unitsBy(placed: readonly PlacedTps[], keyOf: (p: PlacedTps) => string): Unit[] {
  const units = new Map<string, Unit>();
  placed.forEach((p, i) => {
    const key = keyOf(p);
    const u = units.get(key) ?? { key, first: p, members: [] };
    u.members.push(i);
    units.set(key, u);
  });
  return [...units.values()];
}

function sumOf(values: readonly number[]): number {
  return values.reduce((s, v) => safeAdd(s, v), 0);
}

function kelurahanAmount(q: ItemQuantities, u: Unit): number {
  return safeAdd(sumOf(u.members.map((i) => q.perTps[i] ?? 0)), q.perPps.get(u.key) ?? 0);
}

export function distribusiKelurahanTable(placed: readonly PlacedTps[], items: readonly ItemQuantities[]): Table {
  const cols = items.filter((q) => heldAt(q, ['tps', 'pps']));
  const units = unitsBy(placed, (p) => p.kel);
  units.sort((a, b) => compareKeys(kelSortKey(a.first), kelSortKey(b.first)));
  const rows = units.map((u) => {
    const t = u.first.tps;
    const dpt = sumOf(u.members.map((i) => placed[i]?.tps.dpt ?? 0));
    return [t.kodeKelurahan, t.kecamatan, t.kelurahan, u.members.length, dpt, ...cols.map((q) => kelurahanAmount(q, u))];
  });
  return { columns: ['kode_kelurahan', 'kecamatan', 'kelurahan', 'jumlah_tps', 'dpt', ...cols.map((q) => q.item.kode)], rows };
}

function kecamatanAmount(q: ItemQuantities, u: Unit, placed: readonly PlacedTps[]): number {
  const kels = new Set(u.members.map((i) => placed[i]?.kel ?? ''));
  const pps = sumOf([...kels].map((k) => q.perPps.get(k) ?? 0));
  const tps = sumOf(u.members.map((i) => q.perTps[i] ?? 0));
  return safeAdd(safeAdd(tps, pps), q.perPpk.get(u.key) ?? 0);
}

export function distribusiKecamatanTable(placed: readonly PlacedTps[], items: readonly ItemQuantities[]): Table {
  const cols = items.filter((q) => heldAt(q, ['tps', 'pps', 'ppk']));
  const units = unitsBy(placed, (p) => p.kec);
  units.sort((a, b) => compareKeys([a.first.kodeKecamatan, a.first.tps.kecamatan], [b.first.kodeKecamatan, b.first.tps.kecamatan]));
  const rows = units.map((u) => {
    const f = u.first;
    const dpt = sumOf(u.members.map((i) => placed[i]?.tps.dpt ?? 0));
    return [f.kodeKecamatan, f.tps.kecamatan, u.members.length, dpt, ...cols.map((q) => kecamatanAmount(q, u, placed))];
  });
  return { columns: ['kode_kecamatan', 'kecamatan', 'jumlah_tps', 'dpt', ...cols.map((q) => q.item.kode)], rows };
}

function kelSortKey(p: PlacedTps): string[] {
  return [p.tps.kodeKelurahan, p.tps.kecamatan, p.tps.kelurahan];
}
