/**
 * `logistik petakan`, the pure part: check the current TPS layout and propose the merged one.
 * Rules (PKPU 7/2024 Ps. 10 and the KPU's four conditions, domain.md §12): at most `kapasitas`
 * voters per TPS; a TPS never spans two kelurahan/desa; a family is never split across TPS; the
 * proposal numbers TPS 001… per kelurahan. Recap rolls merge whole old TPS (recap.ts, pack.ts);
 * voter-level rolls place whole families (voters.ts). See docs/architecture.md.
 */
import type { Issue, TpsCount } from '../types.js';
import { familyIssues, smallTpsIssues } from './checks.js';
import type { ObservedRoll } from './collect.js';
import { proposeRecapVillage, type VillageProposal } from './recap.js';
import type { Plan } from './types.js';
import { villageKey, villagesOf } from './villages.js';
import { proposeVoters, unitsOf } from './voters.js';

export { RollCollector, type ObservedRoll, type VoterTable } from './collect.js';
export type { KelurahanPlan, Keterangan, Metode, Plan, ProposedTps } from './types.js';
export { EXACT_LIMIT } from './pack.js';
export { VERY_SMALL_DIVISOR } from './checks.js';
export { kitDifferences, type KitDifference } from './kits.js';
export * from './tables.js';

export interface Petakan {
  /** The check of the current layout and what the proposal had to do against the rules. */
  readonly issues: readonly Issue[];
  /** Null when no proposal was asked for (the roll has errors and --allow-invalid was not given). */
  readonly plan: Plan | null;
}

export function petakan(tps: readonly TpsCount[], observed: ObservedRoll, kapasitas: number, propose: boolean): Petakan {
  if (!Number.isSafeInteger(kapasitas) || kapasitas < 1) throw new RangeError(`kapasitas must be a whole number ≥ 1, got ${kapasitas}`);
  const villages = villagesOf(tps);
  const villageIndex = new Map(villages.map((v, i) => [v.key, i]));
  const villageOfTps = Int32Array.from(tps, (t) => villageIndex.get(villageKey(t))!);
  // Appended in loops, not push(...spread): a damaged roll can carry hundreds of thousands.
  const issues: Issue[] = [];
  const add = (more: readonly Issue[]): void => {
    for (const issue of more) issues.push(issue);
  };
  add(observed.issues);
  add(smallTpsIssues(tps, observed.tpsOrigin, kapasitas));
  const voters = observed.voters;
  if (voters !== null && !propose) add(familyIssues(voters, tps, villages, unitsOf(voters, tps, villageOfTps)));
  if (!propose) return { issues, plan: null };
  let proposals: VillageProposal[];
  let penempatan: Int32Array | null = null;
  if (voters === null) proposals = villages.map((v) => proposeRecapVillage(v, tps, kapasitas, observed.tpsOrigin));
  else {
    const made = proposeVoters(villages, villageOfTps, voters, tps, kapasitas);
    proposals = made.proposals;
    add(familyIssues(voters, tps, villages, made.units));
    // Village-local TPS indices → indices into the whole list.
    const offset: number[] = [];
    proposals.reduce((n, p, i) => ((offset[i] = n), n + p.usulan.length), 0);
    penempatan = Int32Array.from(made.assign, (local, v) => offset[villageOfTps[voters.tps.at(v)]!]! + local);
  }
  for (const p of proposals) add(p.issues);
  const plan: Plan = { usulan: proposals.flatMap((p) => p.usulan), kelurahan: proposals.map((p) => p.plan), penempatan };
  return { issues, plan };
}

/** Σ over kelurahan of ⌈DPT_kelurahan / kapasitas⌉: no lawful mapping has fewer TPS. */
export function batasBawah(tps: readonly TpsCount[], kapasitas: number): number {
  return villagesOf(tps).reduce((sum, v) => sum + Math.ceil(v.dpt / kapasitas), 0);
}
