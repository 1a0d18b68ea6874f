/** Compute: TpsCount[] + ResolvedConfig (+ dapil mapping) → the four manifest tables. */
import type { TpsCount } from '../types.js';
import type { ResolvedConfig } from '../config/index.js';
import type { DapilMapping } from './dapil.js';
import { distribusiKecamatanTable, distribusiKelurahanTable } from './levels.js';
import { computeItem } from './quantities.js';
import { distribusiTpsTable, pengadaanTable, type Table } from './tables.js';
import { sortPlaced } from './units.js';

export type { Table } from './tables.js';
export { PENGADAAN_COLUMNS } from './tables.js';
export { DAPIL_TABLE, parseDapil, lookupDapil, normaliseKodeWilayah, type DapilMapping, type DapilParse, type DapilRow } from './dapil.js';
export { checkDapilCoverage } from './coverage.js';
export { itemsNotIssued, type NotIssued } from './not-issued.js';
export { reserve, scale, divRound, mulDivRound, ceilDiv, floorDiv, roundHalfUpDiv, type Rounding } from './rounding.js';

export interface Manifests {
  readonly pengadaan: Table;
  readonly distribusiTps: Table;
  readonly distribusiKelurahan: Table;
  readonly distribusiKecamatan: Table;
}

export function computeManifests(tps: readonly TpsCount[], config: ResolvedConfig, dapil: DapilMapping | null): Manifests {
  const placed = sortPlaced(tps);
  const items = config.barang.map((item) => computeItem(item, placed, dapil));
  return {
    pengadaan: pengadaanTable(items),
    distribusiTps: distribusiTpsTable(placed, items),
    distribusiKelurahan: distribusiKelurahanTable(placed, items),
    distribusiKecamatan: distribusiKecamatanTable(placed, items),
  };
}
