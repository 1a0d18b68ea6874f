/**
 * A reserve rounded per unit can end far above its percentage: 1 item per TPS at 10 %, rounded up
 * per TPS, is a 100 % reserve. Such a reserve is what the config says, so it is a warning, not an
 * error, and it names the config key that changes it (`pembulatan_cadangan`).
 *
 * "Far larger" (issue 11.2), both at once:
 * - the reserve is at least twice the configured percentage of the base (R / B ≥ 2 × p / 100, in
 *   integers R × 100 × den ≥ 2 × num × B, exact in BigInt), and
 * - rounding once on the total would give less, so switching the key would change the order.
 * Ballots pass (2 % of a TPS of 250 is 5, rounded up at most 6 = 2.4 %); a lone TPS of 1 voter too,
 * since rounding its total gives the same 1.
 */
import type { Issue } from '../types.js';
import type { ResolvedBarang } from '../config/index.js';
import { rationalToNumber } from '../config/rational.js';
import { COMPUTE_ISSUES } from '../messages/issues-compute.js';
import type { DapilMapping } from './dapil.js';
import { groupReserve, heldUnits, variantsAt, type ItemQuantities } from './quantities.js';
import { safeAdd } from './rounding.js';
import type { PlacedTps } from './units.js';

export const RESERVE_KEY = 'pembulatan_cadangan';

/** R ≥ 2 × p % of B, exactly. */
export function atLeastTwice(reserveTotal: number, base: number, pct: { num: number; den: number }): boolean {
  return BigInt(reserveTotal) * 100n * BigInt(pct.den) >= 2n * BigInt(pct.num) * BigInt(base);
}

function sums(q: ItemQuantities): { base: number; res: number } {
  return q.variants.reduce((s, v) => ({ base: safeAdd(s.base, v.kebutuhan), res: safeAdd(s.res, v.cadangan) }), { base: 0, res: 0 });
}

/** What `pembulatan_cadangan: total` would give for the same item and roll. */
function totalScopeReserve(item: ResolvedBarang, placed: readonly PlacedTps[], dapil: DapilMapping | null): number {
  return heldUnits(item, placed, variantsAt(item, placed, dapil)).reduce((s, members) => safeAdd(s, groupReserve(item, members)), 0);
}

export function reserveWarning(q: ItemQuantities, placed: readonly PlacedTps[], dapil: DapilMapping | null): Issue | null {
  const { item } = q;
  if (item.pembulatanCadangan !== 'per_unit' || item.cadanganPersen.num === 0) return null;
  const { base, res } = sums(q);
  if (res === 0 || !atLeastTwice(res, base, item.cadanganPersen)) return null;
  const total = totalScopeReserve(item, placed, dapil);
  if (total >= res) return null;
  return {
    code: 'reserve-rounding-inflated',
    severity: COMPUTE_ISSUES['reserve-rounding-inflated']?.severity ?? 'peringatan',
    file: '',
    line: null,
    column: null,
    params: { barang: item.kode, kebutuhan: base, cadangan: res, persen: String(rationalToNumber(item.cadanganPersen)), cadangan_total: total, kunci: RESERVE_KEY },
  };
}
