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
import type { Units } from './voters.js';

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
  for (const u of units.units) {
    if (u.family < 0 || u.members.length < 2) continue;
    const old = [...new Set(u.members.map((v) => tps[voters.tps.at(v)]!.tps))];
    if (old.length < 2) continue;
    const where = at(voters, u.first);
    const params = { nkk: voters.familyMask[u.family] ?? '', jumlah: u.members.length, tps: listed(old.sort(compareCodePoint)), kelurahan: describeVillage(villages[u.village]!) };
    out.push(petakanIssue('family-split', where.file, where.line, 'nkk', params));
  }
  return out;
}

function twoVillageFamilies(voters: VoterTable, villages: readonly Village[], units: Units): Issue[] {
  const byFamily = new Map<number, { first: number; villages: Set<number> }>();
  for (const u of units.units) {
    if (u.family < 0) continue;
    const seen = byFamily.get(u.family);
    if (seen === undefined) byFamily.set(u.family, { first: u.first, villages: new Set([u.village]) });
    else {
      seen.villages.add(u.village);
      if (u.first < seen.first) seen.first = u.first;
    }
  }
  const out: Issue[] = [];
  for (const [family, seen] of byFamily) {
    if (seen.villages.size < 2) continue;
    const names = [...seen.villages].sort((a, b) => a - b).map((i) => describeVillage(villages[i]!));
    const where = at(voters, seen.first);
    const params = { nkk: voters.familyMask[family] ?? '', jumlah: names.length, kelurahan: listed(names) };
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
