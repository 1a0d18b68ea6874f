/**
 * What `hitung --check` says (its report: stdout, or stderr beside `--json`): the verdict, each
 * file, the causes, the numbers, the way on.
 */
import { t } from '../core/messages/index.js';
import type { Cause } from '../core/compare/check.js';
import type { RecordedRun } from '../core/manifest/index.js';
import type { CheckResult, Drift } from './check.js';
import { renderItems, renderTps } from './commands/banding.js';
import { outcome, type ReportStyle } from './report/index.js';
import { TOOL } from './version.js';

/** Up to this many TPS rows that differ are listed; more are left to `logistik banding`. */
export const CHECK_TPS_SHOWN = 10;

const short = (sha: string | null): string => (sha === null ? '' : `${sha.slice(0, 12)}…`);

function fileLine(d: Drift, s: ReportStyle): string {
  if (d.status === 'beda') return d.baris === null ? t(s.lang, 'check.file-differs-whole', { berkas: d.berkas }) : t(s.lang, 'check.file-differs', { berkas: d.berkas, baris: s.num(d.baris) });
  const key = { hilang: 'check.file-missing', lebih: 'check.file-extra', diubah: 'check.file-changed', versi_alat: 'check.file-version' }[d.status];
  return t(s.lang, key, { berkas: d.berkas });
}

function valueText(v: unknown, s: ReportStyle): string {
  if (v === null || v === undefined) return t(s.lang, 'check.none');
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

function digestText(d: { berkas: string; sha256: string } | null, s: ReportStyle): string {
  return d === null ? t(s.lang, 'check.none') : `${d.berkas} (sha256 ${short(d.sha256)})`;
}

export function causeText(c: Cause, s: ReportStyle): string {
  const { lang } = s;
  switch (c.jenis) {
    case 'masukan':
      if (c.lama === null) return t(lang, 'check.cause-input-added', { berkas: c.berkas });
      if (c.baru === null) return t(lang, 'check.cause-input-removed', { berkas: c.berkas });
      return t(lang, 'check.cause-input-changed', { berkas: c.berkas, lama: short(c.lama), baru: short(c.baru) });
    case 'konfigurasi':
      return t(lang, 'check.cause-config-file', { lama: digestText(c.lama, s), baru: digestText(c.baru, s) });
    case 'dapil':
      return t(lang, 'check.cause-dapil', { lama: digestText(c.lama, s), baru: digestText(c.baru, s) });
    case 'konfigurasi_sha256':
      return t(lang, 'check.cause-config', { lama: short(c.lama), baru: short(c.baru) });
    case 'preset':
      return t(lang, 'check.cause-preset', { lama: valueText(c.lama, s), baru: valueText(c.baru, s) });
    case 'perintah':
      return t(lang, 'check.cause-command', { lama: valueText(c.lama, s), baru: valueText(c.baru, s) });
    case 'versi_alat':
      return t(lang, 'check.cause-version', { lama: c.lama ?? '?', baru: c.baru ?? '?' });
    case 'opsi':
      return t(lang, 'check.cause-option', { opsi: `--${c.opsi.replace(/_/g, '-')}`, lama: valueText(c.lama, s), baru: valueText(c.baru, s) });
  }
}

function verdict(r: CheckResult, out: string, refused: boolean, recorded: RecordedRun | null, s: ReportStyle): string {
  // Current files of an invalid roll are not "up to date manifests": say both things.
  if (refused) return outcome(s, 'fail', t(s.lang, 'check.current-but-invalid', { out }));
  if (r.berkas.some((d) => d.status === 'versi_alat')) return outcome(s, 'warn', t(s.lang, 'check.only-version', { out, lama: recorded?.alat.versi ?? '?', baru: TOOL.versi }));
  return outcome(s, 'ok', t(s.lang, 'check.current', { out }));
}

export function renderCheck(r: CheckResult, out: string, refused: boolean, recorded: RecordedRun | null, s: ReportStyle): string {
  const { lang, c } = s;
  if (r.sama) return `${verdict(r, out, refused, recorded, s)}\n`;
  const lines = [outcome(s, 'fail', t(lang, 'check.drift', { out, n: s.num(r.berkas.length) }))];
  for (const d of r.berkas) lines.push(`  ${fileLine(d, s)}`);
  if (r.sebab === null) lines.push(t(lang, 'check.cause-unrecorded', { out }));
  else if (r.sebab.length === 0) lines.push(t(lang, 'check.cause-none'));
  else {
    lines.push(c.bold(t(lang, 'check.causes')));
    for (const cause of r.sebab) lines.push(`  ${causeText(cause, s)}`);
  }
  const n = r.angka;
  if (n !== null && !n.sama) {
    lines.push(c.bold(t(lang, 'check.numbers', { out })));
    lines.push(...renderItems(n, out, t(lang, 'check.this-run'), s).map((l) => `  ${l}`));
    const tps = n.tps.ditambah.length + n.tps.dihapus.length + n.tps.berubah.length;
    if (tps > CHECK_TPS_SHOWN) lines.push(`  ${t(lang, 'check.tps-many', { n: s.num(tps) })}`);
    else lines.push(...renderTps(n, s).map((l) => `  ${l}`));
  }
  const base = out.replace(/\/+$/, '');
  // Not dimmed only: the way on must read the same without colour.
  lines.push(t(lang, 'check.hint', { out: base, baru: `${base}-baru` }));
  return `${lines.join('\n')}\n`;
}
