/**
 * `logistik terima`, pure: the manifest's items (+ its TPS, with `--tps`) and the rows the table
 * reader read → reconciliation per item and variant, what to request from whom, what to destroy,
 * per-TPS readiness, the `--strict` gate, and every issue. The result depends only on the set of
 * rows, never on the order they come in (each step sorts by berkas and baris, or by date).
 *
 *   const r = computeTerima({ items, receipts, tps });
 *   r.rekonsiliasi, r.statusTps, r.issues, r.rejected, r.gate
 */
import type { Issue } from '../types.js';
import { checkDamage } from './damage.js';
import { ItemIndex, type ManifestItem } from './items.js';
import { readConfirmations, type KonfirmasiRow, type ManifestTps } from './konfirmasi.js';
import { compareRows, readReceipts, type PenerimaanRow } from './penerimaan.js';
import { reconcile, type Rekonsiliasi } from './reconcile.js';
import { tpsStatuses, type StatusTpsRow } from './status-tps.js';
import { gateOf, type Gate } from './totals.js';

export { isBallot, itemLabel, ItemIndex, type ManifestItem } from './items.js';
export { PENERIMAAN_TABLE, TAHAP, isoDate, type PenerimaanRow, type PenerimaanColumn, type Tahap, type Receipt } from './penerimaan.js';
export { KONFIRMASI_TPS_TABLE, type KonfirmasiRow, type KonfirmasiColumn, type ManifestTps } from './konfirmasi.js';
export { STATUS_BARANG, type Rekonsiliasi, type StatusBarang } from './reconcile.js';
export { STATUS_TPS, countTps, readinessPerKecamatan, type KecamatanReadiness, type StatusTps, type StatusTpsRow } from './status-tps.js';
export { rekonsiliasiTable, usulanTable, pemusnahanTable, statusTpsTable, usulanLines, pemusnahanLines } from './outputs.js';
export { MAX_QUANTITY, parseQuantity } from './quantity.js';
export { terimaTotals, type Gate } from './totals.js';

export interface TerimaInput {
  /** One per item and variant of the manifest's pengadaan.csv. */
  readonly items: readonly ManifestItem[];
  /** Receipt rows as the table reader handed them on. */
  readonly receipts: readonly PenerimaanRow[];
  /** `--tps`: the manifest's TPS, the item codes of distribusi-tps.csv, and the KPPS rows; null without it. */
  readonly tps: { readonly list: readonly ManifestTps[]; readonly items: readonly string[]; readonly rows: readonly KonfirmasiRow[] } | null;
}

export interface TerimaResult {
  /** One per item and variant, in (kode_barang, varian) order. */
  readonly rekonsiliasi: readonly Rekonsiliasi[];
  /** One per TPS and item (with `--tps`), else null. */
  readonly statusTps: readonly StatusTpsRow[] | null;
  /** Value issues of the rows (the reader's own header and structure issues are not here). */
  readonly issues: readonly Issue[];
  /** Rows not counted (each has a `galat`), in (berkas, baris) order. */
  readonly rejected: readonly { readonly file: string; readonly line: number }[];
  readonly gate: Gate;
}

export function computeTerima(input: TerimaInput): TerimaResult {
  const index = new ItemIndex(input.items);
  const read = readReceipts(input.receipts, index);
  const damage = checkDamage(read.receipts, index);
  const rekonsiliasi = reconcile(index, damage.accepted);
  const konfirmasi = input.tps === null ? null : readConfirmations(input.tps.rows, input.tps.list, input.tps.items);
  const statusTps = input.tps === null || konfirmasi === null ? null : tpsStatuses(input.tps.list, input.tps.items, konfirmasi.confirmations);
  const rejected = [...read.rejected, ...damage.rejected, ...(konfirmasi?.rejected ?? [])].map((r) => ({ file: r.file, line: r.line })).sort(compareRows);
  return {
    rekonsiliasi,
    statusTps,
    issues: [...read.issues, ...damage.issues, ...(konfirmasi?.issues ?? [])],
    rejected,
    gate: gateOf(rekonsiliasi, statusTps),
  };
}
