/**
 * Does the --dapil mapping cover every TPS that needs it? Called by the CLI before computing, so an
 * unmapped TPS is an error in validasi.csv rather than a silently merged "no dapil" row.
 */
import type { Issue, TpsCount } from '../types.js';
import type { ResolvedConfig } from '../config/index.js';
import { DAPIL_ISSUES } from '../messages/config-messages.js';
import { lookupDapil, type DapilMapping } from './dapil.js';
import { applies, compareKeys, place } from './units.js';

function runIssue(code: string, mapping: DapilMapping, params: Record<string, string | number>, at?: { file: string; line: number }): Issue {
  const severity = DAPIL_ISSUES[code]?.severity ?? 'galat';
  return { code, severity, file: at?.file ?? mapping.file, line: at?.line ?? null, column: at ? 'jenis' : null, params };
}

/** Items per jenis, in config order. */
function itemsByJenis(config: ResolvedConfig): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const item of config.barang) {
    if (item.jenisDapil !== null) out.set(item.jenisDapil, [...(out.get(item.jenisDapil) ?? []), item.kode]);
  }
  return out;
}

/** One issue per (jenis, kelurahan) with unmapped TPS, not one per TPS: thousands would bury it. */
function unmapped(tps: readonly TpsCount[], config: ResolvedConfig, mapping: DapilMapping, jenis: string): Issue[] {
  const items = config.barang.filter((b) => b.jenisDapil === jenis);
  const counts = new Map<string, number>();
  for (const t of tps) {
    const p = place(t);
    if (!items.some((b) => applies(b.berlaku, p.provinsi))) continue;
    if (lookupDapil(mapping, jenis, t.kodeKelurahan) !== null) continue;
    const wilayah = t.kodeKelurahan !== '' ? t.kodeKelurahan : `${t.kecamatan} / ${t.kelurahan}`;
    counts.set(wilayah, (counts.get(wilayah) ?? 0) + 1);
  }
  const barang = items.map((b) => b.kode).join(', ');
  return [...counts]
    .sort(([a], [b]) => compareKeys([a], [b]))
    .map(([wilayah, n]) => runIssue('dapil-unmapped', mapping, { jenis, wilayah, jumlah_tps: n, barang }));
}

export function checkDapilCoverage(tps: readonly TpsCount[], config: ResolvedConfig, mapping: DapilMapping): Issue[] {
  const byJenis = itemsByJenis(config);
  const issues: Issue[] = [];
  const known = [...byJenis.keys()].join(', ');
  for (const jenis of [...mapping.byJenis.keys()].sort((a, b) => compareKeys([a], [b]))) {
    // Named at its first row: a typo there (`dprd_kab`) would otherwise leave the real jenis unmapped.
    if (!byJenis.has(jenis)) issues.push(runIssue('dapil-jenis-unused', mapping, { jenis, known }, mapping.firstRow.get(jenis)));
  }
  for (const [jenis, kodes] of byJenis) {
    if (!mapping.byJenis.has(jenis)) {
      issues.push(runIssue('dapil-jenis-absent', mapping, { jenis, barang: kodes.join(', ') }));
    } else {
      issues.push(...unmapped(tps, config, mapping, jenis));
    }
  }
  return issues;
}
