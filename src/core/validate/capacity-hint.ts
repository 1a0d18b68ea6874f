/**
 * A roll made for another election's TPS size. Pemilu TPS hold at most 300 voters, Pilkada TPS
 * 600 (KPU merged TPS between the two): a Pilkada roll run with the default Pemilu preset puts
 * most TPS over capacity. One run-level hint says so, instead of leaving the user to read two
 * thousand `tps-over-capacity` warnings (which stay in validasi.csv, one per TPS, as data).
 */
import type { Issue, TpsCount } from '../types.js';

/** A built-in preset and its TPS capacity. */
export interface PresetCapacity {
  readonly preset: string;
  readonly kapasitas: number;
}

/**
 * The rule, in whole numbers: the TPS over this run's capacity are at least a quarter of all TPS
 * (the shape of the roll, not a few crowded TPS), and more than half of them fit the larger
 * capacity of another preset (so that preset explains them).
 */
export const HINT_MIN_SHARE = { over: 1, of: 4 } as const;

export function capacityHint(tps: readonly TpsCount[], run: PresetCapacity, presets: readonly PresetCapacity[]): Issue | null {
  const sizes = tps.map((t) => t.dpt);
  const over = sizes.filter((d) => d > run.kapasitas);
  if (over.length === 0 || over.length * HINT_MIN_SHARE.of < sizes.length * HINT_MIN_SHARE.over) return null;
  // The smallest larger capacity that explains most of them: the closest other election.
  const larger = presets.filter((p) => p.kapasitas > run.kapasitas).sort((a, b) => a.kapasitas - b.kapasitas);
  for (const other of larger) {
    const fit = over.filter((d) => d <= other.kapasitas).length;
    if (fit * 2 <= over.length) continue;
    return {
      code: 'capacity-fits-other-preset',
      severity: 'peringatan',
      file: '',
      line: null,
      column: null,
      params: {
        lebih: over.length,
        tps: sizes.length,
        kapasitas: run.kapasitas,
        preset: run.preset,
        muat_persen: Math.floor((fit * 100) / over.length),
        kapasitas_lain: other.kapasitas,
        preset_lain: other.preset,
      },
    };
  }
  return null;
}
