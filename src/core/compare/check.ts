/**
 * Why a `hitung --check` differs: the recorded ringkasan.json of `--out` against the one this run
 * would write, fact by fact — which inputs, the config file and the config in effect, the preset,
 * the dapil mapping, the options, the command and the tool version. A difference is explained by
 * what the auditor can go and look at, never by "run it again".
 */
import type { RecordedRun } from '../manifest/recorded.js';
import { byCodePoint } from '../report/sort.js';

interface Digest {
  readonly berkas: string;
  readonly sha256: string;
}

export type Cause =
  | { readonly jenis: 'masukan'; readonly berkas: string; readonly lama: string | null; readonly baru: string | null }
  | { readonly jenis: 'konfigurasi' | 'dapil'; readonly lama: Digest | null; readonly baru: Digest | null }
  | { readonly jenis: 'konfigurasi_sha256' | 'preset' | 'perintah' | 'versi_alat'; readonly lama: string | null; readonly baru: string | null }
  | { readonly jenis: 'opsi'; readonly opsi: string; readonly lama: unknown; readonly baru: unknown };

function sameDigest(a: Digest | null | undefined, b: Digest | null | undefined): boolean {
  return (a ?? null) === null ? (b ?? null) === null : b !== null && b !== undefined && a?.berkas === b.berkas && a.sha256 === b.sha256;
}

function inputs(recorded: RecordedRun, now: RecordedRun): Cause[] {
  const before = new Map((recorded.masukan ?? []).map((m) => [m.berkas, m.sha256]));
  const after = new Map((now.masukan ?? []).map((m) => [m.berkas, m.sha256]));
  const out: Cause[] = [];
  for (const berkas of [...new Set([...before.keys(), ...after.keys()])].sort(byCodePoint)) {
    const lama = before.get(berkas) ?? null;
    const baru = after.get(berkas) ?? null;
    if (lama !== baru) out.push({ jenis: 'masukan', berkas, lama, baru });
  }
  return out;
}

function options(recorded: RecordedRun, now: RecordedRun): Cause[] {
  const before: Record<string, unknown> = recorded.opsi ?? {};
  const after: Record<string, unknown> = now.opsi ?? {};
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return keys
    .filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
    .map((opsi) => ({ jenis: 'opsi' as const, opsi, lama: before[opsi] ?? null, baru: after[opsi] ?? null }));
}

function scalar(jenis: 'konfigurasi_sha256' | 'preset' | 'perintah' | 'versi_alat', lama: string | undefined, baru: string | undefined): Cause[] {
  return (lama ?? null) === (baru ?? null) ? [] : [{ jenis, lama: lama ?? null, baru: baru ?? null }];
}

/** Every recorded fact that differs from this run's, in the order a reader checks them. */
export function explainChange(recorded: RecordedRun, now: RecordedRun): Cause[] {
  return [
    ...inputs(recorded, now),
    ...(sameDigest(recorded.konfigurasi, now.konfigurasi) ? [] : [{ jenis: 'konfigurasi' as const, lama: recorded.konfigurasi ?? null, baru: now.konfigurasi ?? null }]),
    ...scalar('konfigurasi_sha256', recorded.konfigurasi_sha256, now.konfigurasi_sha256),
    ...scalar('preset', recorded.preset, now.preset),
    ...(sameDigest(recorded.dapil, now.dapil) ? [] : [{ jenis: 'dapil' as const, lama: recorded.dapil ?? null, baru: now.dapil ?? null }]),
    ...options(recorded, now),
    ...scalar('perintah', recorded.perintah, now.perintah),
    ...scalar('versi_alat', recorded.alat.versi, now.alat.versi),
  ];
}
