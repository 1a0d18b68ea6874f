/**
 * Per-TPS readiness (contract, `--tps`): what each KPPS confirmed against what the manifest sends
 * it. `baik = diterima − rusak`, `selisih = baik − diharapkan`. Short ballots are told apart by the
 * TPS's DPT: above it the reserve absorbs the gap (`kurang_dalam_cadangan`), below it voters would
 * be turned away (`kurang_di_bawah_dpt`). A TPS with no row for an item it should get has not
 * received it (`belum_diterima`); an item it should get none of, and got none of, is `lengkap`.
 */
import { compareCodePoints } from '../code-point.js';
import { kodeKecamatanOf } from '../compute/units.js';
import { isBallot } from './items.js';
import type { Konfirmasi, ManifestTps } from './konfirmasi.js';
import { TpsItemCells } from './tps-cells.js';

/** Worst first: the order the summary ranks TPS and kecamatan in. */
export const STATUS_TPS = ['belum_diterima', 'kurang_di_bawah_dpt', 'kurang', 'kurang_dalam_cadangan', 'lebih', 'lengkap'] as const;
export type StatusTps = (typeof STATUS_TPS)[number];

export interface StatusTpsRow {
  readonly tps: ManifestTps;
  readonly kodeBarang: string;
  readonly diharapkan: number;
  readonly diterima: number;
  readonly rusak: number;
  readonly baik: number;
  readonly selisih: number;
  readonly status: StatusTps;
}

export function compareTps(a: ManifestTps, b: ManifestTps): number {
  return (
    compareCodePoints(a.kodeKelurahan, b.kodeKelurahan) ||
    compareCodePoints(a.kecamatan, b.kecamatan) ||
    compareCodePoints(a.kelurahan, b.kelurahan) ||
    compareCodePoints(a.tps, b.tps)
  );
}

/** One row per TPS of the list and item code, sorted by (kode_kelurahan, kecamatan, kelurahan, tps, kode_barang). */
export function tpsStatuses(list: readonly ManifestTps[], items: readonly string[], confirmations: readonly Konfirmasi[]): StatusTpsRow[] {
  const cells = new TpsItemCells(list.length, items);
  // Plain arrays of small integers, not Float64Array: a number read from one is boxed again in each
  // row (~37 MB more at 600,000 rows), where a small integer of an array is stored as it is.
  const diterima = new Array<number>(cells.size).fill(0);
  const rusak = new Array<number>(cells.size).fill(0);
  const confirmed = new Uint8Array(cells.size);
  for (const c of confirmations) {
    const at = cells.at(c.tps, c.kodeBarang);
    // A confirmation of a TPS or item outside the lists is never asked for (as with a Map of them).
    if (at < 0) continue;
    diterima[at] = diterima[at]! + c.diterima;
    rusak[at] = rusak[at]! + c.rusak;
    confirmed[at] = 1;
  }
  const codes = [...items].sort(compareCodePoints);
  const order = list.map((_, i) => i).sort((a, b) => compareTps(list[a]!, list[b]!));
  const rows: StatusTpsRow[] = [];
  for (const i of order) {
    for (const kode of codes) {
      const at = cells.at(i, kode);
      rows.push(statusRow(list[i]!, kode, confirmed[at] === 1 ? { diterima: diterima[at]!, rusak: rusak[at]! } : undefined));
    }
  }
  return rows;
}

function statusRow(tps: ManifestTps, kodeBarang: string, got: { diterima: number; rusak: number } | undefined): StatusTpsRow {
  const diharapkan = tps.barang[kodeBarang] ?? 0;
  const diterima = got?.diterima ?? 0;
  const rusak = got?.rusak ?? 0;
  const baik = diterima - rusak;
  const selisih = baik - diharapkan;
  return { tps, kodeBarang, diharapkan, diterima, rusak, baik, selisih, status: statusOf(got !== undefined, tps.dpt, kodeBarang, diharapkan, baik) };
}

function statusOf(confirmed: boolean, dpt: number, kodeBarang: string, diharapkan: number, baik: number): StatusTps {
  if (!confirmed && diharapkan > 0) return 'belum_diterima';
  if (baik === diharapkan) return 'lengkap';
  if (baik > diharapkan) return 'lebih';
  if (!isBallot(kodeBarang)) return 'kurang';
  return baik >= dpt ? 'kurang_dalam_cadangan' : 'kurang_di_bawah_dpt';
}

/** The worse of two statuses. */
export function worse(a: StatusTps, b: StatusTps): StatusTps {
  return STATUS_TPS.indexOf(a) <= STATUS_TPS.indexOf(b) ? a : b;
}

/** One kecamatan's TPS, counted by each TPS's worst item status. */
export interface KecamatanReadiness {
  /** `PP.KK.CC`, or '' in a manifest of a roll identified by names only. */
  readonly kodeKecamatan: string;
  readonly kecamatan: string;
  readonly tps: number;
  readonly perStatus: Readonly<Record<StatusTps, number>>;
}

const zero = (): Record<StatusTps, number> => ({ belum_diterima: 0, kurang_di_bawah_dpt: 0, kurang: 0, kurang_dalam_cadangan: 0, lebih: 0, lengkap: 0 });

/** Each TPS's status: the worst of its items'. In the rows' order. */
export function statusPerTps(rows: readonly StatusTpsRow[]): Map<ManifestTps, StatusTps> {
  const out = new Map<ManifestTps, StatusTps>();
  for (const r of rows) out.set(r.tps, worse(out.get(r.tps) ?? 'lengkap', r.status));
  return out;
}

/** TPS per status over the whole run (each TPS counted once, by its worst item). */
export function countTps(rows: readonly StatusTpsRow[]): Record<StatusTps, number> {
  const counts = zero();
  for (const status of statusPerTps(rows).values()) counts[status]++;
  return counts;
}

/** The statuses a TPS is not ready in (or not yet known to be), worst first. */
const NOT_READY = STATUS_TPS.slice(0, 4);

/** Per kecamatan, worst first: most TPS in the worst status, then the next status, then by code and name. */
export function readinessPerKecamatan(rows: readonly StatusTpsRow[]): KecamatanReadiness[] {
  const byKec = new Map<string, { kodeKecamatan: string; kecamatan: string; tps: number; perStatus: Record<StatusTps, number> }>();
  for (const [tps, status] of statusPerTps(rows)) {
    const kodeKecamatan = kodeKecamatanOf(tps.kodeKelurahan);
    const key = `${kodeKecamatan}\u0000${kodeKecamatan === '' ? tps.kecamatan : ''}`;
    const k = byKec.get(key) ?? { kodeKecamatan, kecamatan: tps.kecamatan, tps: 0, perStatus: zero() };
    k.tps++;
    k.perStatus[status]++;
    byKec.set(key, k);
  }
  return [...byKec.values()].sort(
    (a, b) =>
      NOT_READY.reduce((d, s) => d || b.perStatus[s] - a.perStatus[s], 0) ||
      compareCodePoints(a.kodeKecamatan, b.kodeKecamatan) ||
      compareCodePoints(a.kecamatan, b.kecamatan),
  );
}
