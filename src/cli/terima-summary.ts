/**
 * The end-of-run report of `logistik terima`, written like the minutes a logistics officer must
 * draw up before H-1: what to request from whom (items, dapil, sheets), what to destroy, what has
 * not arrived at all, and how ready the TPS are, kecamatan by kecamatan, worst first. The shared
 * pieces (header, issue list, numbers, outcome) are cli/report's.
 */
import { t } from '../core/messages/index.js';
import { byCodePoint } from '../core/report/sort.js';
import {
  pemusnahanLines,
  readinessPerKecamatan,
  STATUS_TPS,
  usulanLines,
  type KecamatanReadiness,
  type Rekonsiliasi,
  type StatusTps,
  type TerimaResult,
} from '../core/terima/index.js';
import { outcome, renderHeader, renderIssues, type IssueSummary, type ReportStyle } from './report/index.js';
import { inputLines, type InputLineStats } from './summary.js';

export interface TerimaSummaryInput {
  /** The --manifest folder as given. */
  readonly manifest: string;
  readonly preset: string;
  /** Receipt files, then the --tps file, each with what was read of it. */
  readonly inputs: readonly InputLineStats[];
  readonly issues: IssueSummary;
  readonly result: TerimaResult;
  readonly out: string;
  /** Error-level issues and no --allow-invalid: only validasi.csv and ringkasan.json were written. */
  readonly refused: boolean;
  readonly allowInvalid: boolean;
  readonly strict: boolean;
  readonly quiet: boolean;
  /** The files written into --out, ringkasan.json last. */
  readonly written: readonly string[];
}

export function renderTerimaSummary(s: TerimaSummaryInput, style: ReportStyle): string {
  const { lang } = style;
  const lines: string[] = [];
  if (!s.quiet) {
    lines.push(renderHeader(style, { command: 'terima', preset: s.preset }));
    lines.push(`  ${t(lang, 'terima.manifest', { folder: s.manifest, barang: style.num(s.result.rekonsiliasi.length) })}`);
    lines.push(...inputLines({ stats: s.inputs }, style));
  }
  lines.push(...renderIssues(style, s.issues));
  if (!s.refused && !s.quiet) lines.push(...minutes(s, style));
  if (!s.refused) lines.push(gateLine(s, style));
  lines.push(...outcomeLines(s, style));
  return `${lines.join('\n')}\n`;
}

/** Everything the officer writes down, in the order they act on it. */
function minutes(s: TerimaSummaryInput, style: ReportStyle): string[] {
  const r = s.result.rekonsiliasi;
  return [warehouseLine(r, style), ...usulan(r, style), ...pemusnahan(r, style), ...notArrived(r, style), ...(s.result.statusTps ? readiness(s.result, style) : [])];
}

const label = (r: Rekonsiliasi): string => (r.varian === '' ? r.namaBarang : `${r.namaBarang} [${r.varian}]`);

function warehouseLine(r: readonly Rekonsiliasi[], style: ReportStyle): string {
  const count = (status: Rekonsiliasi['status']): number => r.filter((x) => x.status === status).length;
  const parts = [
    t(style.lang, 'terima.status.lengkap', { n: style.num(count('lengkap')) }),
    t(style.lang, 'terima.status.kurang', { n: style.num(count('kurang')) }),
    t(style.lang, 'terima.status.lebih', { n: style.num(count('lebih')) }),
    t(style.lang, 'terima.status.belum_diterima', { n: style.num(count('belum_diterima')) }),
  ];
  return style.c.bold(t(style.lang, 'terima.warehouse', { barang: style.num(r.length), bagian: parts.join(', ') }));
}

/** The body that replaces an item, as the minutes name it; '' when the config does not say. */
function pengadaText(pengada: string, style: ReportStyle): string {
  if (pengada === 'kpu_ri') return t(style.lang, 'terima.pengada.kpu_ri');
  if (pengada === 'kpu_provinsi') return t(style.lang, 'terima.pengada.kpu_provinsi');
  if (pengada === 'kpu_kabkota') return t(style.lang, 'terima.pengada.kpu_kabkota');
  return t(style.lang, 'terima.pengada.none');
}

function usulan(r: readonly Rekonsiliasi[], style: ReportStyle): string[] {
  const { lang } = style;
  const lines = usulanLines(r);
  if (lines.length === 0) return [t(lang, 'terima.usulan-none')];
  const out = [style.c.bold(t(lang, 'terima.usulan'))];
  let pengada: string | null = null;
  for (const x of lines) {
    if (x.pengada !== pengada) {
      pengada = x.pengada;
      out.push(`  ${pengadaText(x.pengada, style)}:`);
    }
    out.push(`    ${t(lang, 'terima.usulan-line', { barang: label(x), n: style.num(x.kekurangan), satuan: x.satuan, sebab: causes(x, style) })}`);
  }
  return out;
}

/** Why an item is short: damaged, short-shipped, not shipped at all; each number once. */
function causes(x: Rekonsiliasi, style: ReportStyle): string {
  const { lang } = style;
  if (x.status === 'belum_diterima') return t(lang, 'terima.sebab.belum_diterima');
  const parts: string[] = [];
  if (x.rusak > 0) parts.push(t(lang, 'terima.sebab.rusak', { n: style.num(x.rusak) }));
  if (x.kurangKirim > 0) parts.push(t(lang, 'terima.sebab.kurang_kirim', { n: style.num(x.kurangKirim) }));
  const rest = x.kekurangan - x.rusak - x.kurangKirim;
  if (rest > 0) parts.push(t(lang, 'terima.sebab.belum_dikirim', { n: style.num(rest) }));
  return parts.join(', ');
}

function pemusnahan(r: readonly Rekonsiliasi[], style: ReportStyle): string[] {
  const { lang } = style;
  const lines = pemusnahanLines(r);
  if (lines.length === 0) return [t(lang, 'terima.pemusnahan-none')];
  const out = [style.c.bold(t(lang, 'terima.pemusnahan'))];
  for (const x of lines) {
    const parts: string[] = [];
    if (x.rusak > 0) parts.push(t(lang, 'terima.sebab.rusak', { n: style.num(x.rusak) }));
    if (x.kelebihan > 0) parts.push(t(lang, 'terima.sebab.lebih', { n: style.num(x.kelebihan) }));
    out.push(`  ${t(lang, 'terima.pemusnahan-line', { barang: label(x), n: style.num(x.dimusnahkan ?? 0), satuan: x.satuan, sebab: parts.join(', ') })}`);
  }
  if (lines.length > 1) out.push(`  ${t(lang, 'terima.pemusnahan-total', { n: style.num(lines.reduce((n, x) => n + (x.dimusnahkan ?? 0), 0)) })}`);
  return out;
}

function notArrived(r: readonly Rekonsiliasi[], style: ReportStyle): string[] {
  const missing = r.filter((x) => x.status === 'belum_diterima').map(label);
  return missing.length === 0 ? [] : [style.c.yellow(t(style.lang, 'terima.belum', { barang: missing.join(', ') }))];
}

/** Per kecamatan, worst first; the kecamatan whose TPS are all ready are one line at the end. */
function readiness(result: TerimaResult, style: ReportStyle): string[] {
  const { lang } = style;
  const kecamatan = readinessPerKecamatan(result.statusTps ?? []);
  const ready = kecamatan.filter((k) => k.perStatus.lengkap + k.perStatus.lebih === k.tps);
  const out = [style.c.bold(t(lang, 'terima.tps-title'))];
  for (const k of kecamatan.filter((x) => !ready.includes(x))) {
    const name = k.kodeKecamatan === '' ? k.kecamatan : `${k.kodeKecamatan} ${k.kecamatan}`;
    out.push(`  ${t(lang, 'terima.tps-line', { kecamatan: name, tps: style.num(k.tps), bagian: statusParts(k, style) })}`);
  }
  if (ready.length > 0) {
    const tps = ready.reduce((n, k) => n + k.tps, 0);
    out.push(`  ${t(lang, ready.length === kecamatan.length ? 'terima.tps-all-ready' : 'terima.tps-rest-ready', { n: style.num(ready.length), tps: style.num(tps) })}`);
  }
  return out;
}

function statusParts(k: KecamatanReadiness, style: ReportStyle): string {
  return STATUS_TPS.filter((s) => k.perStatus[s] > 0)
    .map((s) => tpsStatusText(s, k.perStatus[s], style))
    .join(', ');
}

function tpsStatusText(status: StatusTps, n: number, style: ReportStyle): string {
  const p = { n: style.num(n) };
  const { lang } = style;
  if (status === 'belum_diterima') return t(lang, 'terima.tps.belum_diterima', p);
  if (status === 'kurang_di_bawah_dpt') return t(lang, 'terima.tps.kurang_di_bawah_dpt', p);
  if (status === 'kurang') return t(lang, 'terima.tps.kurang', p);
  if (status === 'kurang_dalam_cadangan') return t(lang, 'terima.tps.kurang_dalam_cadangan', p);
  if (status === 'lebih') return t(lang, 'terima.tps.lebih', p);
  return t(lang, 'terima.tps.lengkap', p);
}

/** Whether H-1 can go ahead: said on every run, so a run without --strict shows what --strict would do. */
function gateLine(s: TerimaSummaryInput, style: ReportStyle): string {
  const { gate } = s.result;
  if (gate.lulus) return outcome(style, 'ok', t(style.lang, 'terima.gate-pass'));
  const text = t(style.lang, s.result.statusTps ? 'terima.gate-fail-tps' : 'terima.gate-fail', { barang: style.num(gate.barang), tps: style.num(gate.tps) });
  return outcome(style, s.strict ? 'fail' : 'warn', text);
}

function outcomeLines(s: TerimaSummaryInput, style: ReportStyle): string[] {
  const { lang } = style;
  const files = [...s.written].sort(byCodePoint).join(', ');
  if (s.refused) return [outcome(style, 'fail', t(lang, 'terima.not-written', { out: s.out }))];
  const written = t(lang, 'terima.written', { out: s.out, berkas: files });
  if (s.allowInvalid && s.issues.galat > 0) {
    return [outcome(style, 'warn', t(lang, 'terima.allow-invalid', { ditolak: style.num(s.result.rejected.length) })), written];
  }
  return [outcome(style, 'ok', written)];
}
