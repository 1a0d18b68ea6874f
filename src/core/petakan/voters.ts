/**
 * The proposal for a voter-level roll: whole families (same NKK; a voter without one is a family of
 * one) in RW, RT, address, old-TPS order (order-keys.ts), never across kelurahan, cut into
 * consecutive TPS under the capacity (segment.ts). A family is one per kelurahan: the kelurahan
 * rule wins over the family rule. A family above the capacity gets a TPS of its own (warning).
 * Voters of a special-location TPS (9xx) stay in it; the TPS is kept as it is.
 */
import type { Issue, TpsCount } from '../types.js';
import { compareCodePoint } from '../validate/order.js';
import type { VoterTable } from './collect.js';
import { petakanIssue } from './issues.js';
import { compareAddress, compareRwRt, ranksOf } from './order-keys.js';
import { kelurahanPlan, type VillageProposal } from './recap.js';
import { balancedSegments } from './segment.js';
import type { ProposedTps } from './types.js';
import { describeVillage, isSpecial, tpsNumber, type Village } from './villages.js';

/**
 * Families per kelurahan (a family in one kelurahan is the unit the proposal places), as parallel
 * arrays: a million-voter roll has ~350 k of them, and an object with a members array each was
 * ~150 MiB. Units are numbered in the order of their first voter; unit u's members are
 * `members[start[u]] … members[start[u + 1] - 1]`, in voter order.
 */
export interface Units {
  readonly count: number;
  readonly village: Int32Array;
  /** The family number, or -1 (a voter without a usable NKK is a family of one). */
  readonly family: Int32Array;
  /** Its first voter (VoterTable order), and the voter with the least order key. */
  readonly first: Int32Array;
  readonly least: Int32Array;
  readonly start: Int32Array;
  readonly members: Int32Array;
  /** Per voter its unit; -1 for voters of special-location TPS. */
  readonly unitOf: Int32Array;
}

export function unitSize(units: Units, u: number): number {
  return units.start[u + 1]! - units.start[u]!;
}

/** Unit u's members (a view, not a copy). */
export function membersOf(units: Units, u: number): Int32Array {
  return units.members.subarray(units.start[u]!, units.start[u + 1]!);
}

/** `before` (the fill order) sets each unit's least voter; without it (checks only) that stays its first. */
export function unitsOf(voters: VoterTable, tps: readonly TpsCount[], villageOfTps: Int32Array, before?: (a: number, b: number) => boolean): Units {
  const n = voters.count;
  const special = Uint8Array.from(tps, (t) => (isSpecial(t) ? 1 : 0));
  const unitOf = new Int32Array(n).fill(-1);
  // At most one unit per voter: sized so, cut to the count at the end.
  const village = new Int32Array(n);
  const family = new Int32Array(n);
  const first = new Int32Array(n);
  const least = new Int32Array(n);
  const size = new Int32Array(n);
  // A family's unit in the kelurahan it was last seen in; a family found in a second kelurahan
  // puts its units in `elsewhere` (village × 2^26 + family: NKK numbers stay far below 2^26).
  const lastUnit = new Int32Array(voters.familyCount).fill(-1);
  const elsewhere = new Map<number, number>();
  let count = 0;
  for (let v = 0; v < n; v++) {
    const t = voters.tps.at(v);
    if (special[t] === 1) continue;
    const vil = villageOfTps[t]!;
    const fam = voters.family.at(v);
    let u = fam < 0 ? -1 : lastUnit[fam]!;
    if (u >= 0 && village[u] !== vil) {
      elsewhere.set(village[u]! * 67_108_864 + fam, u);
      u = elsewhere.get(vil * 67_108_864 + fam) ?? -1;
    }
    if (u < 0) {
      u = count++;
      village[u] = vil;
      family[u] = fam;
      first[u] = v;
      least[u] = v;
    } else if (before !== undefined && before(v, least[u]!)) least[u] = v;
    if (fam >= 0) lastUnit[fam] = u;
    size[u]!++;
    unitOf[v] = u;
  }
  const start = new Int32Array(count + 1);
  for (let u = 0; u < count; u++) start[u + 1] = start[u]! + size[u]!;
  const members = new Int32Array(start[count]!);
  const next = start.slice(0, count);
  for (let v = 0; v < n; v++) if (unitOf[v]! >= 0) members[next[unitOf[v]!]!++] = v;
  const cut = (a: Int32Array): Int32Array => a.slice(0, count);
  return { count, village: cut(village), family: cut(family), first: cut(first), least: cut(least), start, members, unitOf };
}

/** Whether voter a comes before voter b in the fill order (ties: the earlier record). */
function voterOrder(voters: VoterTable, tps: readonly TpsCount[]): (a: number, b: number) => boolean {
  const rwRt = ranksOf(voters.strings, compareRwRt);
  const address = ranksOf(voters.strings, compareAddress);
  // The old TPS numbers in code-point order, as ranks: integer compares only.
  const number = ranksOf(tps.map((t) => t.tps), compareCodePoint);
  return (a, b) => {
    const d =
      rwRt[voters.rw.at(a)]! - rwRt[voters.rw.at(b)]! ||
      rwRt[voters.rt.at(a)]! - rwRt[voters.rt.at(b)]! ||
      address[voters.alamat.at(a)]! - address[voters.alamat.at(b)]! ||
      number[voters.tps.at(a)]! - number[voters.tps.at(b)]! ||
      a - b;
    return d < 0;
  };
}

/** Every kelurahan's proposal, in `villages` order; `assign[v]` = index of voter v's TPS in its village's `usulan`. */
export function proposeVoters(
  villages: readonly Village[], villageOfTps: Int32Array, voters: VoterTable, tps: readonly TpsCount[], cap: number,
): { proposals: VillageProposal[]; units: Units; assign: Int32Array } {
  const before = voterOrder(voters, tps);
  const units = unitsOf(voters, tps, villageOfTps, before);
  // Units by kelurahan, each kelurahan's in the order of their least voters (a strict order:
  // two units never share a voter, and ties between voters go to the earlier record).
  const order = new Int32Array(units.count);
  for (let u = 0; u < units.count; u++) order[u] = u;
  order.sort((a, b) => units.village[a]! - units.village[b]! || (before(units.least[a]!, units.least[b]!) ? -1 : 1));
  const from = new Int32Array(villages.length + 1);
  for (let u = 0; u < units.count; u++) from[units.village[u]! + 1]!++;
  for (let i = 0; i < villages.length; i++) from[i + 1]! += from[i]!;
  const specialVoters = new Map<number, number[]>();
  for (let v = 0; v < voters.count; v++) {
    const t = voters.tps.at(v);
    if (isSpecial(tps[t]!)) (specialVoters.get(t) ?? specialVoters.set(t, []).get(t)!).push(v);
  }
  const assign = new Int32Array(voters.count).fill(-1);
  const proposals = villages.map((village, i) => {
    const ordered = order.subarray(from[i]!, from[i + 1]!);
    return proposeVillage(village, ordered, units, specialVoters, voters, tps, cap, assign);
  });
  return { proposals, units, assign };
}

function proposeVillage(
  village: Village, ordered: Int32Array, units: Units, specialVoters: ReadonlyMap<number, readonly number[]>,
  voters: VoterTable, tps: readonly TpsCount[], cap: number, assign: Int32Array,
): VillageProposal {
  const usulan: ProposedTps[] = [];
  const issues: Issue[] = [];
  cutAtOversized(ordered, units, cap).forEach((group, n) => {
    const members: number[] = [];
    for (const u of group) for (const v of membersOf(units, u)) members.push(v);
    const aboveCap = members.length > cap;
    for (const v of members) assign[v] = usulan.length;
    usulan.push(proposed(village, tpsNumber(n + 1), members, voters, tps, aboveCap ? 'di_atas_kapasitas' : ''));
    if (aboveCap) issues.push(oversizedIssue(group[0]!, units, village, voters, cap, tpsNumber(n + 1)));
  });
  for (const t of village.tps.filter((i) => isSpecial(tps[i]!))) {
    const members = specialVoters.get(t) ?? [];
    for (const v of members) assign[v] = usulan.length;
    usulan.push(proposed(village, tps[t]!.tps, members, voters, tps, 'lokasi_khusus'));
  }
  return { usulan, plan: kelurahanPlan(village, cap, usulan.length, 'berurutan'), issues };
}

/** Families in order cut into TPS: one of its own for a family above cap, balanced runs between. */
function cutAtOversized(ordered: Int32Array, units: Units, cap: number): number[][] {
  const groups: number[][] = [];
  let run: number[] = [];
  const flush = (): void => {
    const start = groups.length;
    balancedSegments(run.map((u) => unitSize(units, u)), cap).forEach((s, k) => (groups[start + s] ??= []).push(run[k]!));
    run = [];
  };
  for (const u of ordered) {
    if (unitSize(units, u) <= cap) {
      run.push(u);
      continue;
    }
    flush();
    groups.push([u]);
  }
  flush();
  return groups;
}

function proposed(v: Village, tpsBaru: string, members: readonly number[], voters: VoterTable, tps: readonly TpsCount[], keterangan: ProposedTps['keterangan']): ProposedTps {
  const asal = [...new Set(members.map((m) => tps[voters.tps.at(m)]!.tps))].sort(compareCodePoint);
  return { kodeKelurahan: v.kodeKelurahan, kecamatan: v.kecamatan, kelurahan: v.kelurahan, tps: tpsBaru, dpt: members.length, asal, keterangan };
}

function oversizedIssue(u: number, units: Units, v: Village, voters: VoterTable, cap: number, tpsBaru: string): Issue {
  const first = units.first[u]!;
  const params = { nkk: voters.familyMask(units.family[u]!), kelurahan: describeVillage(v), jumlah: unitSize(units, u), kapasitas: cap, tps: tpsBaru };
  return petakanIssue('family-over-capacity', voters.files[voters.file.at(first)]!, voters.line.at(first), 'nkk', params);
}
