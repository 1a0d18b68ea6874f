/**
 * The proposal for a recap roll (one row per old TPS): whole old TPS merged inside each
 * kelurahan, as KPU did from Pemilu 2024 (300) to Pilkada 2024 (600). A family stays together
 * because its old TPS stays whole. Special-location TPS (9xx) are kept as they are; an old TPS
 * above the capacity stays whole and alone, with a warning. The rest is bin packing (pack.ts).
 */
import type { Issue, TpsCount } from '../types.js';
import { compareCodePoint, type Origin } from '../validate/order.js';
import { petakanIssue } from './issues.js';
import { pack } from './pack.js';
import { groupsOf } from './proposal-order.js';
import type { KelurahanPlan, Metode, ProposedTps } from './types.js';
import { describeVillage, isSpecial, tpsNumber, type Village } from './villages.js';

export interface VillageProposal {
  readonly usulan: ProposedTps[];
  readonly plan: KelurahanPlan;
  readonly issues: Issue[];
}

export function proposeRecapVillage(v: Village, tps: readonly TpsCount[], cap: number, origin: readonly Origin[]): VillageProposal {
  const old = v.tps.map((i) => ({ i, t: tps[i]! }));
  const special = old.filter((o) => isSpecial(o.t));
  const regular = old.filter((o) => !isSpecial(o.t));
  const whole = regular.filter((o) => o.t.dpt > cap);
  const merged = regular.filter((o) => o.t.dpt <= cap);
  const packing = pack(merged.map((o) => o.t.dpt), cap);
  // New TPS as lists of old ones; numbered 001… in the order of their lowest old number.
  const groups = [...groupsOf(packing.rgs).map((g) => g.map((k) => merged[k]!)), ...whole.map((o) => [o])];
  groups.sort((a, b) => compareCodePoint(a[0]!.t.tps, b[0]!.t.tps));
  const usulan: ProposedTps[] = [];
  const issues: Issue[] = [];
  groups.forEach((group, n) => {
    const tpsBaru = tpsNumber(n + 1);
    const aboveCap = group.length === 1 && group[0]!.t.dpt > cap;
    usulan.push(proposed(v, tpsBaru, group.map((o) => o.t), aboveCap ? 'di_atas_kapasitas' : ''));
    if (!aboveCap) return;
    const o = group[0]!;
    const at = origin[o.i]!;
    const params = { kode: describeVillage(o.t), tps: o.t.tps, dpt: o.t.dpt, kapasitas: cap, baru: tpsBaru };
    issues.push(petakanIssue('tps-kept-whole', at.file, at.line, 'dpt', params));
  });
  for (const o of special) usulan.push(proposed(v, o.t.tps, [o.t], 'lokasi_khusus'));
  const metode: Metode = packing.method;
  return { usulan, plan: kelurahanPlan(v, cap, usulan.length, metode), issues };
}

function proposed(v: Village, tps: string, old: readonly TpsCount[], keterangan: ProposedTps['keterangan']): ProposedTps {
  return {
    kodeKelurahan: v.kodeKelurahan, kecamatan: v.kecamatan, kelurahan: v.kelurahan, tps,
    dpt: old.reduce((sum, t) => sum + t.dpt, 0),
    asal: old.map((t) => t.tps).sort(compareCodePoint),
    keterangan,
  };
}

export function kelurahanPlan(v: Village, cap: number, tpsUsulan: number, metode: Metode): KelurahanPlan {
  return {
    kodeKelurahan: v.kodeKelurahan, kecamatan: v.kecamatan, kelurahan: v.kelurahan, dpt: v.dpt,
    tpsSekarang: v.tps.length, batasBawah: Math.ceil(v.dpt / cap), tpsUsulan, metode,
  };
}
