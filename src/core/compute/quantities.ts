/**
 * Quantities of one item. Each allocation is computed per holding unit (a TPS, a PPS, a PPK or the
 * KPU Kab/Kota) and per variant (dapil): base = round(rasio × count of basis units in it), reserve =
 * round(base × cadangan_persen / 100), both rounded there with the item's mode — the per-TPS rule
 * of UU 7/2017 Ps. 350(3) and Perpu 1/2014 Ps. 87(4) (domain.md §1.2, §2, §8.1). Fixed extras
 * (PSU ballots, domain.md §8.2) are held at the KPU, per dapil or once per run.
 */
import type { ResolvedAlokasi, ResolvedBarang, Tingkat } from '../config/index.js';
import { lookupDapil, type DapilMapping } from './dapil.js';
import { reserve, safeAdd, scale } from './rounding.js';
import { applies, compareKeys, type PlacedTps } from './units.js';

export interface VariantTotals {
  readonly varian: string;
  kebutuhan: number;
  cadangan: number;
  tambahan: number;
  readonly held: Record<Tingkat, number>;
  jumlahTps: number;
  dpt: number;
}

export interface ItemQuantities {
  readonly item: ResolvedBarang;
  /** Sorted by varian (code-point); one row with varian '' when the item varies by nothing. */
  readonly variants: readonly VariantTotals[];
  /** Amount delivered to each TPS (index into the placed list), reserve included. */
  readonly perTps: number[];
  /** Amounts held at PPS / PPK level, by unit key. */
  readonly perPps: Map<string, number>;
  readonly perPpk: Map<string, number>;
}

function variantOf(item: ResolvedBarang, dapil: DapilMapping | null, p: PlacedTps): string {
  if (item.jenisDapil === null || dapil === null || !dapil.byJenis.has(item.jenisDapil)) return '';
  // Unmapped TPS land in varian '' here; checkDapilCoverage has already reported them as errors.
  return lookupDapil(dapil, item.jenisDapil, p.tps.kodeKelurahan) ?? '';
}

function holdingKey(tingkat: Tingkat, p: PlacedTps): string {
  if (tingkat === 'pps') return p.kel;
  return tingkat === 'ppk' ? p.kec : '';
}

/** What a PPS, PPK or KPU holding unit counts, accumulated TPS by TPS. */
interface Group {
  readonly varian: string;
  readonly key: string;
  tps: number;
  dpt: number;
  /** Distinct PPS / PPK seen, kept only for a per-PPS / per-PPK basis. */
  readonly units: Set<string> | null;
}

function newGroup(a: ResolvedAlokasi, varian: string, key: string): Group {
  const units = a.basis === 'pps' || a.basis === 'ppk' ? new Set<string>() : null;
  return { varian, key, tps: 0, dpt: 0, units };
}

function addMember(g: Group, a: ResolvedAlokasi, p: PlacedTps): void {
  g.tps += 1;
  g.dpt = safeAdd(g.dpt, p.tps.dpt);
  g.units?.add(a.basis === 'pps' ? p.kel : p.kec);
}

/** How many basis units a holding unit holds: voters, TPS, distinct PPS/PPK, or one run/dapil. */
function basisCount(a: ResolvedAlokasi, g: Group): number {
  switch (a.basis) {
    case 'pemilih':
      return g.dpt;
    case 'tps':
      return g.tps;
    case 'pps':
    case 'ppk':
      return g.units?.size ?? 0;
    default:
      return 1;
  }
}

function emptyTotals(varian: string): VariantTotals {
  return { varian, kebutuhan: 0, cadangan: 0, tambahan: 0, held: { tps: 0, pps: 0, ppk: 0, kpu: 0 }, jumlahTps: 0, dpt: 0 };
}

function addTo(map: Map<string, number>, key: string, amount: number): void {
  map.set(key, safeAdd(map.get(key) ?? 0, amount));
}

/** TPS of one allocation above TPS level, grouped by (variant, holding unit). */
function groups(a: ResolvedAlokasi, placed: readonly PlacedTps[], variantAt: readonly (string | null)[]): Group[] {
  const out: Group[] = [];
  const byVarian = new Map<string, Map<string, Group>>();
  placed.forEach((p, i) => {
    const varian = variantAt[i];
    if (varian === null || varian === undefined || !applies(a.berlaku, p.provinsi)) return;
    const key = holdingKey(a.tingkat, p);
    let units = byVarian.get(varian);
    if (units === undefined) {
      units = new Map<string, Group>();
      byVarian.set(varian, units);
    }
    let g = units.get(key);
    if (g === undefined) {
      g = newGroup(a, varian, key);
      units.set(key, g);
      out.push(g);
    }
    addMember(g, a, p);
  });
  return out;
}

/** Base and reserve of one holding unit, booked on its variant and level (`index`: the TPS, or -1). */
function allocate(q: ItemQuantities, a: ResolvedAlokasi, t: VariantTotals, count: number, key: string, index: number): void {
  const { item } = q;
  const base = scale(count, a.rasio, item.pembulatan);
  const res = reserve(base, item.cadanganPersen, item.pembulatan);
  const amount = safeAdd(base, res);
  t.kebutuhan = safeAdd(t.kebutuhan, base);
  t.cadangan = safeAdd(t.cadangan, res);
  t.held[a.tingkat] = safeAdd(t.held[a.tingkat], amount);
  if (a.tingkat === 'tps') q.perTps[index] = safeAdd(q.perTps[index] ?? 0, amount);
  else if (a.tingkat === 'pps') addTo(q.perPps, key, amount);
  else if (a.tingkat === 'ppk') addTo(q.perPpk, key, amount);
}

/** The common case, kept free of per-TPS group objects: each TPS is its own holding unit. */
function allocateAtTps(q: ItemQuantities, a: ResolvedAlokasi, placed: readonly PlacedTps[], variantAt: readonly (string | null)[], totals: Map<string, VariantTotals>): void {
  placed.forEach((p, index) => {
    const varian = variantAt[index];
    if (varian === null || varian === undefined || !applies(a.berlaku, p.provinsi)) return;
    const count = a.basis === 'pemilih' ? p.tps.dpt : 1;
    allocate(q, a, totalsOf(totals, varian), count, '', index);
  });
}

function totalsOf(totals: Map<string, VariantTotals>, varian: string): VariantTotals {
  let t = totals.get(varian);
  if (t === undefined) {
    t = emptyTotals(varian);
    totals.set(varian, t);
  }
  return t;
}

/** Per variant: TPS and voters where the item applies, and the fixed extras held at the KPU. */
function countAndExtras(item: ResolvedBarang, placed: readonly PlacedTps[], variantAt: readonly (string | null)[], totals: Map<string, VariantTotals>): void {
  placed.forEach((p, i) => {
    const varian = variantAt[i];
    if (varian === null || varian === undefined) return;
    const t = totalsOf(totals, varian);
    t.jumlahTps += 1;
    t.dpt = safeAdd(t.dpt, p.tps.dpt);
  });
  // PSU stock exists only for races held in the roll: none for DPRD Kab/Kota in DKI (domain.md §8.2).
  if (item.tambahan === null) return;
  for (const t of totals.values()) {
    if (t.jumlahTps === 0) continue;
    t.tambahan = safeAdd(t.tambahan, item.tambahan.jumlah);
    t.held.kpu = safeAdd(t.held.kpu, item.tambahan.jumlah);
  }
}

export function computeItem(item: ResolvedBarang, placed: readonly PlacedTps[], dapil: DapilMapping | null): ItemQuantities {
  // null = the item does not apply at this TPS (berlaku), else its variant.
  const variantAt = placed.map((p) => (applies(item.berlaku, p.provinsi) ? variantOf(item, dapil, p) : null));
  const q: ItemQuantities = { item, variants: [], perTps: placed.map(() => 0), perPps: new Map(), perPpk: new Map() };
  const totals = new Map<string, VariantTotals>();
  countAndExtras(item, placed, variantAt, totals);
  for (const a of item.alokasi) {
    if (a.tingkat === 'tps') allocateAtTps(q, a, placed, variantAt, totals);
    else for (const g of groups(a, placed, variantAt)) allocate(q, a, totalsOf(totals, g.varian), basisCount(a, g), g.key, -1);
  }
  // An item that applies nowhere in the roll still gets one row of zeros: auditors see it was considered.
  if (totals.size === 0) totals.set('', emptyTotals(''));
  const variants = [...totals.values()].sort((x, y) => compareKeys([x.varian], [y.varian]));
  return { ...q, variants };
}
