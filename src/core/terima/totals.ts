/**
 * What `terima` says about a run in `ringkasan.json` (its own totals) and the `--strict` gate.
 * The gate (contract, Exit): anything `kurang` or `belum_diterima` in the warehouse, or `kurang`,
 * `kurang_di_bawah_dpt` or `belum_diterima` at a TPS, keeps it shut; ballots short but still ≥ the
 * TPS's DPT pass, because the reserve absorbs them.
 */
import { STATUS_BARANG, type Rekonsiliasi, type StatusBarang } from './reconcile.js';
import { countTps, STATUS_TPS, type StatusTps, type StatusTpsRow } from './status-tps.js';
import { pemusnahanLines, usulanLines } from './outputs.js';

const BLOCKS_BARANG: readonly StatusBarang[] = ['kurang', 'belum_diterima'];
const BLOCKS_TPS: readonly StatusTps[] = ['kurang', 'kurang_di_bawah_dpt', 'belum_diterima'];

export interface Gate {
  readonly lulus: boolean;
  /** Items and variants that keep the gate shut. */
  readonly barang: number;
  /** TPS with at least one item that keeps the gate shut; 0 without `--tps`. */
  readonly tps: number;
}

export function gateOf(rekonsiliasi: readonly Rekonsiliasi[], statusTps: readonly StatusTpsRow[] | null): Gate {
  const barang = rekonsiliasi.filter((r) => BLOCKS_BARANG.includes(r.status)).length;
  const blockedTps = new Set((statusTps ?? []).filter((r) => BLOCKS_TPS.includes(r.status)).map((r) => r.tps));
  return { lulus: barang === 0 && blockedTps.size === 0, barang, tps: blockedTps.size };
}

function countBy<S extends string>(statuses: readonly S[], of: readonly { status: S }[]): Record<S, number> {
  const counts = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<S, number>;
  for (const r of of) counts[r.status]++;
  return counts;
}

/**
 * The command's own keys of ringkasan.json, in this order: `rekonsiliasi` (items and variants per
 * status), `usulan_pemenuhan` (lines per pengada), `pemusnahan` (lines and ballot sheets),
 * `status_tps` (TPS per worst status; null without --tps), `gerbang` (the --strict verdict, whether
 * or not --strict was given).
 */
export function terimaTotals(rekonsiliasi: readonly Rekonsiliasi[], statusTps: readonly StatusTpsRow[] | null, gate: Gate): Record<string, unknown> {
  const usulan = usulanLines(rekonsiliasi);
  const perPengada: Record<string, number> = {};
  for (const r of usulan) perPengada[r.pengada] = (perPengada[r.pengada] ?? 0) + 1;
  const pemusnahan = pemusnahanLines(rekonsiliasi);
  return {
    rekonsiliasi: { barang: rekonsiliasi.length, ...countBy(STATUS_BARANG, rekonsiliasi) },
    usulan_pemenuhan: { baris: usulan.length, per_pengada: perPengada },
    pemusnahan: { baris: pemusnahan.length, lembar: pemusnahan.reduce((n, r) => n + (r.dimusnahkan ?? 0), 0) },
    status_tps: statusTps === null ? null : { tps: new Set(statusTps.map((r) => r.tps)).size, ...orderedTps(countTps(statusTps)) },
    gerbang: { lulus: gate.lulus, barang: gate.barang, tps: gate.tps },
  };
}

/** TPS counts in the order the statuses are listed, worst first. */
function orderedTps(counts: Record<StatusTps, number>): Record<StatusTps, number> {
  return Object.fromEntries(STATUS_TPS.map((s) => [s, counts[s]])) as Record<StatusTps, number>;
}
