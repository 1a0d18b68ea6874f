/**
 * The check of the current layout, as issues in the same report as hitung's (validasi.csv and the
 * grouped summary). TPS over capacity is the reader's own `tps-over-capacity`, against the same
 * capacity; these are the rest of the KPU's conditions (domain.md §12):
 *   - tps-very-small: an ordinary TPS (not 9xx) with voters but fewer than a tenth of the capacity
 *     (dpt × 10 < kapasitas: under 30 at 300, under 60 at 600) — a candidate for merging;
 *   - family-split: a family whose voters of one kelurahan sit in two or more ordinary TPS (a
 *     member in a special-location TPS, a prison or hospital, is not a split);
 *   - family-two-kelurahan: a family registered in two or more kelurahan;
 *   - tps-two-kelurahan: a TPS whose rows name two or more kelurahan (compared case- and
 *     space-insensitively; rows without a name are not counted). Only a roll with both a code
 *     and a name column can show it: the code keys the TPS, the names are what the check reads.
 */
import type { Issue, TpsCount } from '../types.js';
import type { Origin } from '../validate/order.js';
import { compareCodePoint } from '../validate/order.js';
import type { VoterTable } from './collect.js';
import { petakanIssue } from './issues.js';
import { describeVillage, isSpecial, type Village } from './villages.js';
import { membersOf, unitSize, type Units } from './voters.js';

/** dpt × VERY_SMALL_DIVISOR < kapasitas is "very small". */
export const VERY_SMALL_DIVISOR = 10;

export function smallTpsIssues(tps: readonly TpsCount[], origin: readonly Origin[], cap: number): Issue[] {
  const out: Issue[] = [];
  tps.forEach((t, i) => {
    if (isSpecial(t) || t.dpt === 0 || t.dpt * VERY_SMALL_DIVISOR >= cap) return;
    const at = origin[i]!;
    out.push(petakanIssue('tps-very-small', at.file, at.line, 'dpt', { kode: describeVillage(t), tps: t.tps, dpt: t.dpt, kapasitas: cap }));
  });
  return out;
}

/** family-split, family-two-kelurahan and tps-two-kelurahan of a voter-level roll. */
export function familyIssues(voters: VoterTable, tps: readonly TpsCount[], villages: readonly Village[], units: Units): Issue[] {
  return [...splitFamilies(voters, tps, villages, units), ...twoVillageFamilies(voters, villages, units), ...twoVillageTps(voters, tps)];
}

function at(voters: VoterTable, v: number): Origin {
  return { file: voters.files[voters.file.at(v)]!, line: voters.line.at(v) };
}

function splitFamilies(voters: VoterTable, tps: readonly TpsCount[], villages: readonly Village[], units: Units): Issue[] {
  const out: Issue[] = [];
  for (let u = 0; u < units.count; u++) {
    const family = units.family[u]!;
    if (family < 0 || unitSize(units, u) < 2) continue;
    const members = membersOf(units, u);
    // Most families sit in one TPS: no set of its TPS numbers needed to see that.
    const t0 = voters.tps.at(members[0]!);
    if (members.every((v) => voters.tps.at(v) === t0)) continue;
    const old = [...new Set(Array.from(members, (v) => tps[voters.tps.at(v)]!.tps))];
    if (old.length < 2) continue;
    const where = at(voters, units.first[u]!);
    const params = { nkk: voters.familyMask(family), jumlah: members.length, tps: listed(old.sort(compareCodePoint)), kelurahan: describeVillage(villages[units.village[u]!]!) };
    out.push(petakanIssue('family-split', where.file, where.line, 'nkk', params));
  }
  return out;
}

/** Families with units in two or more kelurahan, in the order of their first unit. */
function twoVillageFamilies(voters: VoterTable, villages: readonly Village[], units: Units): Issue[] {
  // Most families are in one kelurahan: its first unit's village, and whether another was seen.
  const firstUnit = new Int32Array(voters.familyCount).fill(-1);
  const seen = new Map<number, { first: number; villages: Set<number> }>();
  for (let u = 0; u < units.count; u++) {
    const family = units.family[u]!;
    if (family < 0) continue;
    const f = firstUnit[family]!;
    if (f < 0) firstUnit[family] = u;
    else if (units.village[f] !== units.village[u] || seen.has(family)) {
      const entry = seen.get(family) ?? { first: units.first[f]!, villages: new Set([units.village[f]!]) };
      entry.villages.add(units.village[u]!);
      if (units.first[u]! < entry.first) entry.first = units.first[u]!;
      seen.set(family, entry);
    }
  }
  const out: Issue[] = [];
  for (let u = 0; u < units.count; u++) {
    const family = units.family[u]!;
    const entry = family < 0 || firstUnit[family] !== u ? undefined : seen.get(family);
    if (entry === undefined || entry.villages.size < 2) continue;
    const names = [...entry.villages].sort((a, b) => a - b).map((i) => describeVillage(villages[i]!));
    const where = at(voters, entry.first);
    const params = { nkk: voters.familyMask(family), jumlah: names.length, kelurahan: listed(names) };
    out.push(petakanIssue('family-two-kelurahan', where.file, where.line, 'nkk', params));
  }
  return out;
}

function twoVillageTps(voters: VoterTable, tps: readonly TpsCount[]): Issue[] {
  const first = new Int32Array(tps.length).fill(-1);
  const names = tps.map(() => new Set<number>());
  const flagged = new Int32Array(tps.length).fill(-1);
  for (let v = 0; v < voters.count; v++) {
    const name = voters.kelurahan.at(v);
    if (voters.strings[name] === '') continue;
    const t = voters.tps.at(v);
    names[t]!.add(name);
    if (first[t] === -1) first[t] = name;
    else if (first[t] !== name && flagged[t] === -1) flagged[t] = v;
  }
  const out: Issue[] = [];
  tps.forEach((t, i) => {
    if (flagged[i] === -1) return;
    const where = at(voters, flagged[i]!);
    out.push(petakanIssue('tps-two-kelurahan', where.file, where.line, 'kelurahan', { kode: describeVillage(t), tps: t.tps, jumlah: names[i]!.size }));
  });
  return out;
}

const MAX_LISTED = 5;

/** At most five values, then how many more. */
function listed(values: readonly string[]): string {
  const shown = values.slice(0, MAX_LISTED).join(', ');
  return values.length > MAX_LISTED ? `${shown} (+${values.length - MAX_LISTED})` : shown;
}
