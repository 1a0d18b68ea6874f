/**
 * Quantities of one item. Each allocation is computed per holding unit (a TPS, a PPS, a PPK or the
 * KPU Kab/Kota) and per variant (dapil): base = round(rasio × count of basis units in it). The
 * reserve (cadangan_persen) is rounded with the item's mode either in each holding unit
 * (`per_unit`: the per-TPS rule of UU 7/2017 Ps. 350(3) and Perpu 1/2014 Ps. 87(4), domain.md §1.2,
 * §2, §8.1) or once per variant and kab/kota and then split over its units by largest remainder
 * (`total`: the shortcut KPU Tapanuli Selatan announced, §10.5), so the distribution files still sum.
 * Fixed extras (PSU ballots) are held at a KPU: see extras.ts. What each KPU holds is also kept by
 * its area (`perKpu`), so distribusi-kpu.csv closes every item's total.
 */
import type { Lingkup, ResolvedAlokasi, ResolvedBarang, Tingkat } from '../config/index.js';
import { lookupDapil, type DapilMapping } from './dapil.js';
import { addExtras } from './extras.js';
import { packs, reserve, safeAdd, scale, splitLargestRemainder } from './rounding.js';
import { applies, compareKeys, type PlacedTps, type VariantAt } from './units.js';

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
  /**
   * Amounts held at KPU level, by the holder's area: `kode_kabkota` for a KPU Kab/Kota, the
   * province code for a KPU Provinsi's stock (counted only in a province run, extras.ts).
   */
  readonly perKpu: Map<string, number>;
  /** Per TPS (index into the placed list): its variant of this item, or null where it does not apply. */
  readonly variantAt: readonly (string | null)[];
}

/**
 * Per TPS, the item's variant, or null where it does not apply. The TPS are in code order, so a
 * province's TPS come together: `berlaku` is checked once per run of them, not per TPS (this runs
 * once per item, cold, at 4,000 TPS per million voters).
 */
export function variantsAt(item: ResolvedBarang, placed: readonly PlacedTps[], dapil: DapilMapping | null): VariantAt {
  const jenis = item.jenisDapil;
  const mapped = jenis !== null && dapil !== null && dapil.byJenis.has(jenis) ? dapil : null;
  const out: (string | null)[] = [];
  let provinsi: string | null = null;
  let here = false;
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i]!;
    if (p.provinsi !== provinsi) {
      provinsi = p.provinsi;
      here = applies(item.berlaku, provinsi);
    }
    // Unmapped TPS land in varian '' here; checkDapilCoverage has already reported them as errors.
    out.push(!here ? null : mapped === null ? '' : (lookupDapil(mapped, jenis!, p.tps.kodeKelurahan) ?? ''));
  }
  return out;
}

/** The KPU level is held per kab/kota: each KPU Kab/Kota keeps its own share. */
function holdingKey(tingkat: Tingkat, p: PlacedTps): string {
  if (tingkat === 'pps') return p.kel;
  if (tingkat === 'ppk') return p.kec;
  return tingkat === 'kpu' ? p.kodeKabkota : '';
}

/** What a PPS, PPK or KPU holding unit counts, accumulated TPS by TPS. */
interface Group {
  readonly varian: string;
  readonly key: string;
  readonly kabkota: string;
  tps: number;
  dpt: number;
  /** Distinct PPS / PPK seen, kept only for a per-PPS / per-PPK basis. */
  readonly units: Set<string> | null;
}

function newGroup(a: ResolvedAlokasi, varian: string, key: string, kabkota: string): Group {
  const units = a.basis === 'pps' || a.basis === 'ppk' ? new Set<string>() : null;
  return { varian, key, kabkota, tps: 0, dpt: 0, units };
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

export function totalsOf(totals: Map<string, VariantTotals>, varian: string): VariantTotals {
  let t = totals.get(varian);
  if (t === undefined) {
    t = emptyTotals(varian);
    totals.set(varian, t);
  }
  return t;
}

function addTo(map: Map<string, number>, key: string, amount: number): void {
  map.set(key, safeAdd(map.get(key) ?? 0, amount));
}

/** TPS of one allocation above TPS level, grouped by (variant, holding unit). */
function groups(a: ResolvedAlokasi, placed: readonly PlacedTps[], variantAt: VariantAt): Group[] {
  const out: Group[] = [];
  const byVarian = new Map<string, Map<string, Group>>();
  // A holding unit's TPS come together (code order): its group is looked up once per run.
  let g: Group | null = null;
  const held = heldTps(a, placed, variantAt);
  for (let h = 0; h < held.length; h++) {
    const index = held[h]!;
    const p = placed[index]!;
    const varian = variantAt[index]!;
    const key = holdingKey(a.tingkat, p);
    if (g === null || g.key !== key || g.varian !== varian) g = groupOf(byVarian, out, a, varian, key, p.kodeKabkota);
    addMember(g, a, p);
  }
  return out;
}

/**
 * The TPS the allocation holds, as indexes into the placed list: those with a ballot variant
 * (`variantAt`), in a province where it applies (`berlaku`). A province's TPS come together (code
 * order): `applies` is asked once per run. A list rather than a visitor: its callers loop over it
 * per TPS and item at the end of a run, mostly before V8 has optimised them, where a call per TPS
 * costs more than the list.
 */
function heldTps(a: ResolvedAlokasi, placed: readonly PlacedTps[], variantAt: VariantAt): number[] {
  const held: number[] = [];
  let provinsi: string | null = null;
  let here = false;
  for (let index = 0; index < placed.length; index++) {
    const varian = variantAt[index];
    if (varian === null || varian === undefined) continue;
    const p = placed[index]!;
    if (p.provinsi !== provinsi) {
      provinsi = p.provinsi;
      here = applies(a.berlaku, provinsi);
    }
    if (here) held.push(index);
  }
  return held;
}

/** The group of (variant, holding unit), made (and listed in `out`) on its first TPS. */
function groupOf(byVarian: Map<string, Map<string, Group>>, out: Group[], a: ResolvedAlokasi, varian: string, key: string, kabkota: string): Group {
  let units = byVarian.get(varian);
  if (units === undefined) {
    units = new Map<string, Group>();
    byVarian.set(varian, units);
  }
  let g = units.get(key);
  if (g === undefined) {
    g = newGroup(a, varian, key, kabkota);
    units.set(key, g);
    out.push(g);
  }
  return g;
}

/** One holding unit's base, before its reserve is known (`index`: the TPS, or -1 above TPS level). */
export interface Held {
  readonly a: ResolvedAlokasi;
  readonly varian: string;
  readonly kabkota: string;
  readonly key: string;
  readonly index: number;
  readonly base: number;
}

/**
 * Every holding unit of the item with its base, grouped by (variant, kab/kota); inside a group in
 * allocation order, then manifest order, which is the tie order of the largest-remainder split.
 */
export function heldUnits(item: ResolvedBarang, placed: readonly PlacedTps[], variantAt: VariantAt): Held[][] {
  const byGroup = new Map<string, Held[]>();
  const add = (h: Held): void => {
    const k = `${h.varian}\u0000${h.kabkota}`;
    const members = byGroup.get(k);
    if (members) members.push(h);
    else byGroup.set(k, [h]);
  };
  for (const a of item.alokasi) {
    if (a.tingkat === 'tps') {
      placed.forEach((p, index) => {
        const varian = variantAt[index];
        if (varian === null || varian === undefined || !applies(a.berlaku, p.provinsi)) return;
        const base = scale(a.basis === 'pemilih' ? p.tps.dpt : 1, a.rasio, item.pembulatan);
        add({ a, varian, kabkota: p.kodeKabkota, key: '', index, base });
      });
    } else {
      for (const g of groups(a, placed, variantAt)) {
        add({ a, varian: g.varian, kabkota: g.kabkota, key: g.key, index: -1, base: scale(basisCount(a, g), a.rasio, item.pembulatan) });
      }
    }
  }
  return [...byGroup.values()];
}

/** Books base and reserve of one holding unit on its variant and level (`index`: the TPS, or -1). */
function book(q: ItemQuantities, t: VariantTotals, tingkat: Tingkat, key: string, index: number, base: number, res: number): void {
  const amount = safeAdd(base, res);
  t.kebutuhan = safeAdd(t.kebutuhan, base);
  t.cadangan = safeAdd(t.cadangan, res);
  t.held[tingkat] = safeAdd(t.held[tingkat], amount);
  if (tingkat === 'tps') q.perTps[index] = safeAdd(q.perTps[index] ?? 0, amount);
  else if (tingkat === 'pps') addTo(q.perPps, key, amount);
  else if (tingkat === 'ppk') addTo(q.perPpk, key, amount);
  else addTo(q.perKpu, key, amount);
}

/** `per_unit`, the common case, kept free of per-TPS objects: each holding unit rounds its own reserve. */
function allocatePerUnit(q: ItemQuantities, placed: readonly PlacedTps[], variantAt: VariantAt, totals: Map<string, VariantTotals>): void {
  const { item } = q;
  for (const a of item.alokasi) {
    if (a.tingkat === 'tps') {
      allocateTps(q, a, placed, variantAt, totals);
      continue;
    }
    for (const g of groups(a, placed, variantAt)) {
      const base = scale(basisCount(a, g), a.rasio, item.pembulatan);
      book(q, totalsOf(totals, g.varian), a.tingkat, g.key, -1, base, reserve(base, item.cadanganPersen, item.pembulatan));
    }
  }
}

/**
 * A TPS-level allocation, `per_unit`: a TPS's base and reserve depend only on its count (1, or its
 * voters), so each distinct count is rounded once and booked for every TPS that has it: this runs
 * per TPS and item (15 × 4,000 TPS per million voters, at the end of a run, mostly before V8 has
 * optimised it), so it is one plain loop. A variant's TPS come in runs (code order): the variant's
 * totals are booked once per run.
 */
function allocateTps(q: ItemQuantities, a: ResolvedAlokasi, placed: readonly PlacedTps[], variantAt: VariantAt, totals: Map<string, VariantTotals>): void {
  const { item, perTps } = q;
  const rounded = new Map<number, Rounded>();
  const run: TpsRun = { varian: null, base: 0, res: 0 };
  const held = heldTps(a, placed, variantAt);
  for (let h = 0; h < held.length; h++) {
    const index = held[h]!;
    const varian = variantAt[index]!;
    const count = a.basis === 'pemilih' ? placed[index]!.tps.dpt : 1;
    let r = rounded.get(count);
    if (r === undefined) {
      // The first TPS of a count rounds it, so an overflow is thrown where it first occurs.
      const base = scale(count, a.rasio, item.pembulatan);
      const res = reserve(base, item.cadanganPersen, item.pembulatan);
      r = { base, res, amount: safeAdd(base, res) };
      rounded.set(count, r);
    }
    if (varian !== run.varian) bookRun(run, totals, varian);
    // Every amount is a whole number ≥ 0, so a run's sums only grow: one past 2^53 stays past it
    // and bookRun's safeAdd refuses it, as a safeAdd per TPS would have.
    run.base += r.base;
    run.res += r.res;
    perTps[index] = safeAdd(perTps[index]!, r.amount);
  }
  bookRun(run, totals, null);
}

/** A distinct count's rounding at one TPS-level allocation. */
interface Rounded {
  readonly base: number;
  readonly res: number;
  readonly amount: number;
}

/** The sums of a run of TPS of one variant, not yet booked on its totals. */
interface TpsRun {
  varian: string | null;
  base: number;
  res: number;
}

/** Books the run on its variant's totals (what `book` does per TPS) and starts one of `next`. */
function bookRun(run: TpsRun, totals: Map<string, VariantTotals>, next: string | null): void {
  if (run.varian !== null) {
    const t = totalsOf(totals, run.varian);
    t.kebutuhan = safeAdd(t.kebutuhan, run.base);
    t.cadangan = safeAdd(t.cadangan, run.res);
    t.held.tps = safeAdd(t.held.tps, safeAdd(run.base, run.res));
  }
  run.varian = next;
  run.base = 0;
  run.res = 0;
}

/** The reserve of each (variant, kab/kota) group, rounded once on its total base. */
export function groupReserve(item: ResolvedBarang, members: readonly Held[]): number {
  return reserve(members.reduce((s, h) => safeAdd(s, h.base), 0), item.cadanganPersen, item.pembulatan);
}

/** `total`: one rounding per (variant, kab/kota), shared over its units by largest remainder. */
function allocateTotal(q: ItemQuantities, placed: readonly PlacedTps[], variantAt: VariantAt, totals: Map<string, VariantTotals>): void {
  for (const members of heldUnits(q.item, placed, variantAt)) {
    const shares = splitLargestRemainder(groupReserve(q.item, members), members.map((h) => h.base));
    members.forEach((h, j) => book(q, totalsOf(totals, h.varian), h.a.tingkat, h.key, h.index, h.base, shares[j] ?? 0));
  }
}

/** Per variant: TPS and voters where the item applies. */
function countTps(placed: readonly PlacedTps[], variantAt: VariantAt, totals: Map<string, VariantTotals>): void {
  let varianOf: string | null = null;
  let t: VariantTotals | null = null;
  for (let i = 0; i < placed.length; i++) {
    const varian = variantAt[i];
    if (varian === null || varian === undefined) continue;
    if (varian !== varianOf || t === null) {
      varianOf = varian;
      t = totalsOf(totals, varian);
    }
    t.jumlahTps += 1;
    t.dpt += placed[i]!.tps.dpt;
  }
  // Voters are whole numbers >= 0: a sum past 2^53 stays past it, and this refuses it (allocateTps).
  for (const v of totals.values()) safeAdd(v.dpt, 0);
}

export function computeItem(item: ResolvedBarang, placed: readonly PlacedTps[], dapil: DapilMapping | null, lingkup: Lingkup): ItemQuantities {
  const variantAt = variantsAt(item, placed, dapil);
  const q: ItemQuantities = { item, variants: [], perTps: new Array<number>(placed.length).fill(0), perPps: new Map(), perPpk: new Map(), perKpu: new Map(), variantAt };
  const totals = new Map<string, VariantTotals>();
  countTps(placed, variantAt, totals);
  addExtras(item, placed, variantAt, lingkup, (varian, amount, area) => {
    const t = totalsOf(totals, varian);
    t.tambahan = safeAdd(t.tambahan, amount);
    t.held.kpu = safeAdd(t.held.kpu, amount);
    addTo(q.perKpu, area, amount);
  });
  if (item.pembulatanCadangan === 'total') allocateTotal(q, placed, variantAt, totals);
  else allocatePerUnit(q, placed, variantAt, totals);
  // An item that applies nowhere in the roll still gets one row of zeros: auditors see it was considered.
  if (totals.size === 0) totals.set('', emptyTotals(''));
  const variants = [...totals.values()].sort((x, y) => compareKeys([x.varian], [y.varian]));
  // pengadaan.csv rounds up to whole packs: that too must stay exact (throws past 2^53).
  for (const v of variants) packs(safeAdd(safeAdd(v.kebutuhan, v.cadangan), v.tambahan), item.isiKemasan);
  return { ...q, variants };
}
