/** Compute: TpsCount[] + ResolvedConfig (+ dapil mapping) → the five manifest tables. */
import type { Issue, TpsCount } from '../types.js';
import type { ResolvedConfig } from '../config/index.js';
import { ConfigError } from '../../errors.js';
import type { DapilMapping } from './dapil.js';
import { distribusiKecamatanTable, distribusiKelurahanTable, distribusiKpuTable } from './levels.js';
import { computeItem, type ItemQuantities } from './quantities.js';
import { reserveWarning } from './reserve-check.js';
import { distribusiTpsTable, pengadaanTable, type Table } from './tables.js';
import { sortPlaced, type PlacedTps } from './units.js';

export type { Table } from './tables.js';
export { PENGADAAN_COLUMNS } from './tables.js';
export { KPU_COLUMNS } from './levels.js';
export { dapilColumn } from './dapil-columns.js';
export { DAPIL_TABLE, parseDapil, lookupDapil, normaliseKodeWilayah, type DapilMapping, type DapilParse, type DapilRow } from './dapil.js';
export { checkDapilCoverage } from './coverage.js';
export { itemsNotIssued, type NotIssued } from './not-issued.js';
export { RESERVE_KEY } from './reserve-check.js';
export { reserve, scale, divRound, mulDivRound, ceilDiv, floorDiv, roundHalfUpDiv, splitLargestRemainder, type Rounding } from './rounding.js';

export interface Manifests {
  readonly pengadaan: Table;
  readonly distribusiTps: Table;
  readonly distribusiKelurahan: Table;
  readonly distribusiKecamatan: Table;
  readonly distribusiKpu: Table;
  /** Warnings about what the rules give on this roll (reserve-rounding-inflated). */
  readonly issues: readonly Issue[];
}

function computeAll(placed: readonly PlacedTps[], config: ResolvedConfig, dapil: DapilMapping | null): { items: ItemQuantities[]; issues: Issue[] } {
  const items: ItemQuantities[] = [];
  const issues: Issue[] = [];
  for (const item of config.barang) {
    const q = overflowIsConfig(item.kode, () => computeItem(item, placed, dapil, config.lingkup));
    items.push(q);
    const warning = overflowIsConfig(item.kode, () => reserveWarning(q, placed, dapil));
    if (warning) issues.push(warning);
  }
  return { items, issues };
}

export function computeManifests(tps: readonly TpsCount[], config: ResolvedConfig, dapil: DapilMapping | null): Manifests {
  const placed = sortPlaced(tps);
  const { items, issues } = computeAll(placed, config, dapil);
  // Every level's amount of an item is part of its total: past the pack rounding, nothing can overflow.
  const pengadaan = overflowIsConfig(items, () => pengadaanTable(items));
  return {
    pengadaan,
    distribusiTps: distribusiTpsTable(placed, items),
    distribusiKelurahan: distribusiKelurahanTable(placed, items),
    distribusiKecamatan: distribusiKecamatanTable(placed, items),
    distribusiKpu: distribusiKpuTable(placed, items),
    issues,
  };
}

/**
 * A quantity past 2^53 (rounding.ts refuses it with a RangeError). The roll's own size is bounded
 * first (finishRoll: at most MAX_PEMILIH voters, each TPS at most MAX_DPT_TPS), so what overflows
 * here is the config's numbers: exit 2 naming the item, not an internal error.
 */
function overflowIsConfig<T>(item: string | readonly ItemQuantities[], run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const kode = typeof item === 'string' ? item : largest(item);
    throw new ConfigError('config-overflow', { kode }, `quantity of ${kode} above 2^53`);
  }
}

/** The item with the largest total: the one whose pack rounding passed 2^53. */
function largest(items: readonly ItemQuantities[]): string {
  let best = items[0];
  const total = (q: ItemQuantities): number => q.variants.reduce((n, v) => n + v.kebutuhan + v.cadangan + v.tambahan, 0);
  for (const q of items) if (best === undefined || total(q) > total(best)) best = q;
  return best?.item.kode ?? '';
}
