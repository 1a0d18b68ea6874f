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

/** A family in one kelurahan: the unit the proposal places. */
export interface Unit {
  readonly village: number;
  readonly family: number;
  /** Its first voter (VoterTable order) and the voter with the least order key. */
  readonly first: number;
  least: number;
  readonly members: number[];
}

/** Families per kelurahan; `unitOf[v]` is -1 for voters of special-location TPS. */
export interface Units {
  readonly units: Unit[];
  readonly unitOf: Int32Array;
}

/** `before` (the fill order) sets each unit's least voter; without it (checks only) that stays its first. */
export function unitsOf(voters: VoterTable, tps: readonly TpsCount[], villageOfTps: Int32Array, before?: (a: number, b: number) => boolean): Units {
  const units: Unit[] = [];
  const unitOf = new Int32Array(voters.count).fill(-1);
  // village × 2^26 + family: NKK numbers stay far below 2^26 (67 M).
  const byKey = new Map<number, number>();
  for (let v = 0; v < voters.count; v++) {
    const t = voters.tps.at(v);
    if (isSpecial(tps[t]!)) continue;
    const village = villageOfTps[t]!;
    const family = voters.family.at(v);
    const key = family < 0 ? -1 : village * 67_108_864 + family;
    let u = key < 0 ? undefined : byKey.get(key);
    if (u === undefined) {
      u = units.length;
      units.push({ village, family, first: v, least: v, members: [] });
      if (key >= 0) byKey.set(key, u);
    }
    const unit = units[u]!;
    unit.members.push(v);
    if (before !== undefined && before(v, unit.least)) unit.least = v;
    unitOf[v] = u;
  }
  return { units, unitOf };
}

/** Whether voter a comes before voter b in the fill order (ties: the earlier record). */
function voterOrder(voters: VoterTable, tps: readonly TpsCount[]): (a: number, b: number) => boolean {
  const rwRt = ranksOf(voters.strings, compareRwRt);
  const address = ranksOf(voters.strings, compareAddress);
  return (a, b) => {
    const d =
      rwRt[voters.rw.at(a)]! - rwRt[voters.rw.at(b)]! ||
      rwRt[voters.rt.at(a)]! - rwRt[voters.rt.at(b)]! ||
      address[voters.alamat.at(a)]! - address[voters.alamat.at(b)]! ||
      compareCodePoint(tps[voters.tps.at(a)]!.tps, tps[voters.tps.at(b)]!.tps) ||
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
  const perVillage: Unit[][] = villages.map(() => []);
  for (const u of units.units) perVillage[u.village]!.push(u);
  const perTps: number[][] = tps.map(() => []);
  for (let v = 0; v < voters.count; v++) perTps[voters.tps.at(v)]!.push(v);
  const assign = new Int32Array(voters.count).fill(-1);
  const proposals = villages.map((village, i) => {
    const ordered = perVillage[i]!.sort((a, b) => (before(a.least, b.least) ? -1 : 1));
    return proposeVillage(village, ordered, perTps, voters, tps, cap, assign);
  });
  return { proposals, units, assign };
}

function proposeVillage(
  village: Village, ordered: readonly Unit[], perTps: readonly number[][], voters: VoterTable, tps: readonly TpsCount[], cap: number, assign: Int32Array,
): VillageProposal {
  const usulan: ProposedTps[] = [];
  const issues: Issue[] = [];
  cutAtOversized(ordered, cap).forEach((group, n) => {
    const members = group.flatMap((u) => u.members);
    const aboveCap = members.length > cap;
    for (const v of members) assign[v] = usulan.length;
    usulan.push(proposed(village, tpsNumber(n + 1), members, voters, tps, aboveCap ? 'di_atas_kapasitas' : ''));
    if (aboveCap) issues.push(oversizedIssue(group[0]!, village, voters, cap, tpsNumber(n + 1)));
  });
  for (const t of village.tps.filter((i) => isSpecial(tps[i]!))) {
    const members = perTps[t]!;
    for (const v of members) assign[v] = usulan.length;
    usulan.push(proposed(village, tps[t]!.tps, members, voters, tps, 'lokasi_khusus'));
  }
  return { usulan, plan: kelurahanPlan(village, cap, usulan.length, 'berurutan'), issues };
}

/** Families in order cut into TPS: one of its own for a family above cap, balanced runs between. */
function cutAtOversized(ordered: readonly Unit[], cap: number): Unit[][] {
  const groups: Unit[][] = [];
  let run: Unit[] = [];
  const flush = (): void => {
    const start = groups.length;
    balancedSegments(run.map((u) => u.members.length), cap).forEach((s, k) => (groups[start + s] ??= []).push(run[k]!));
    run = [];
  };
  for (const u of ordered) {
    if (u.members.length <= cap) {
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

function oversizedIssue(u: Unit, v: Village, voters: VoterTable, cap: number, tpsBaru: string): Issue {
  const params = { nkk: voters.familyMask[u.family] ?? '', kelurahan: describeVillage(v), jumlah: u.members.length, kapasitas: cap, tps: tpsBaru };
  return petakanIssue('family-over-capacity', voters.files[voters.file.at(u.first)]!, voters.line.at(u.first), 'nkk', params);
}
