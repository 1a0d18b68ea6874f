import type { Table } from '../core/report/table.js';
import type { InputStats } from '../core/types.js';
import type { NotIssued } from '../core/compute/index.js';
import { MESSAGE_CATALOGUE, t } from '../core/messages/index.js';
import { byCodePoint } from '../core/report/sort.js';
import type { RollReadResult } from './roll.js';
import type { DapilRead } from './dapil.js';
import { outcome, renderHeader, renderIssues, type IssueSummary, type ReportStyle } from './report/index.js';
import type { ResolvedConfig } from '../core/config/index.js';
import { renderDasarAngka } from './jelaskan.js';

export interface SummaryInput {
  readonly mode: 'hitung' | 'validasi';
  readonly preset: string;
  /** The `--config` file, named in the header beside the preset. */
  readonly config?: string;
  readonly roll: RollReadResult;
  /** The --dapil mapping, when given. */
  readonly dapil?: DapilRead | null;
  /** The mapping has errors: no manifests, --allow-invalid or not. */
  readonly dapilRefused?: boolean;
  readonly issues: IssueSummary;
  readonly pengadaan: Table | null;
  /** Items that come out as 0 because their `berlaku` rule leaves out the roll's provinces. */
  readonly notIssued: readonly NotIssued[];
  readonly out: string;
  readonly wroteManifests: boolean;
  /** --excel: spreadsheet copies were written into excel/ too. */
  readonly excel?: boolean;
  /** --xlsx: buku-kerja.xlsx was written too. */
  readonly xlsx?: boolean;
  readonly hasErrors: boolean;
  readonly allowInvalid: boolean;
  readonly quiet: boolean;
  /** Files of the earlier run in `--out` that this one proved and removed. */
  readonly removed?: readonly string[];
  /** The rules of the run and the command that explains them: the "basis of the numbers" block. */
  readonly dasar?: { readonly config: ResolvedConfig; readonly perintah: string };
}

/** The end-of-run report of hitung and validasi: inputs, regions, issues, procurement, outcome. */
export function renderSummary(s: SummaryInput, style: ReportStyle): string {
  const { lang } = style;
  const lines: string[] = [];
  if (!s.quiet) {
    lines.push(renderHeader(style, { command: s.mode, preset: s.preset, ...(s.config !== undefined ? { config: s.config } : {}) }));
    lines.push(...inputLines(s.roll, style));
    if (s.dapil) lines.push(`  ${t(lang, 'summary.dapil-input', { berkas: s.dapil.mapping.file, baris: style.num(s.dapil.barisData), ditolak: style.num(s.dapil.ditolak) })}`);
    lines.push(...regionLines(s.roll, style));
  }
  lines.push(...renderIssues(style, s.issues));
  if (!s.quiet && s.pengadaan) lines.push(...renderPengadaan(s.pengadaan, s, style));
  if (!s.quiet && s.pengadaan && s.dasar) lines.push(...renderDasarAngka(s.dasar.config, s.dasar.perintah, style.lang, style.c));
  lines.push(...renderOutcome(s, style));
  return `${lines.join('\n')}\n`;
}

/** What an input line says of a file: a roll's counts, or a table's with its own kind (`penerimaan`). */
export type InputLineStats = Pick<InputStats, 'berkas' | 'barisData' | 'dihitung' | 'ditolak' | 'barisJudul' | 'barisKosong'> &
  Partial<Pick<InputStats, 'barisPenutup'>> & { readonly jenis: string };

/** A roll's (or tables') inputs, one line each with its counts, and the lines that were not data. */
export function inputLines(roll: { readonly stats: readonly InputLineStats[] }, style: ReportStyle): string[] {
  const lines: string[] = [];
  for (const m of roll.stats) {
    lines.push(`  ${inputLine(m, style)}`);
    const skipped = skippedText(m, style);
    if (skipped !== null) lines.push(style.c.dim(`    ${skipped}`));
  }
  return lines;
}

/** What the roll counted (regions, TPS, voters), and the columns it did not know. */
export function regionLines(roll: RollReadResult, style: ReportStyle): string[] {
  const { lang, c } = style;
  const j = roll.jumlah;
  // Nothing counted is said once, not as four zeros.
  const lines = [j.tps === 0 ? t(lang, 'summary.regions-none') : t(lang, 'summary.regions', { kecamatan: style.num(j.kecamatan), kelurahan: style.num(j.kelurahan), tps: style.num(j.tps), pemilih: style.num(j.pemilih) })];
  const unknown = [...new Set(roll.stats.flatMap((m) => m.kolomTakDikenal))].sort(byCodePoint);
  if (unknown.length > 0) lines.push(c.dim(t(lang, 'summary.unknown-columns', { kolom: unknown.join(', ') })));
  return lines;
}

/** Each count once: "825 baris data, semua dihitung", not "825 baris data, 825 dihitung, 0 ditolak". */
function inputLine(m: InputLineStats, s: ReportStyle): string {
  const params = { berkas: m.berkas, jenis: m.jenis, baris: s.num(m.barisData), dihitung: s.num(m.dihitung), ditolak: s.num(m.ditolak) };
  if (m.barisData === 0) return t(s.lang, 'summary.input-empty', params);
  if (m.ditolak === 0) return t(s.lang, 'summary.input-all', params);
  if (m.dihitung === 0) return t(s.lang, 'summary.input-none', params);
  return t(s.lang, 'summary.input', params);
}

/** The lines that are not data, naming only the kinds that occur. */
function skippedText(m: InputLineStats, s: ReportStyle): string | null {
  const parts: string[] = [];
  if (m.barisJudul > 0) parts.push(t(s.lang, 'summary.skipped-title', { n: s.num(m.barisJudul) }));
  if (m.barisKosong > 0) parts.push(t(s.lang, 'summary.skipped-blank', { n: s.num(m.barisKosong) }));
  if ((m.barisPenutup ?? 0) > 0) parts.push(t(s.lang, 'summary.skipped-footer', { n: s.num(m.barisPenutup ?? 0) }));
  return parts.length === 0 ? null : t(s.lang, 'summary.skipped-lines', { bagian: parts.join(', ') });
}

/**
 * One line per item and variant, each number once: the terms of the sum only when there is more
 * than one, packs only when a pack holds more than one unit, and a 0 explained by its rule.
 */
function renderPengadaan(table: Table, s: SummaryInput, style: ReportStyle): string[] {
  const { lang, c } = style;
  const col = (name: string): number => table.columns.indexOf(name);
  const at = (row: readonly (string | number)[], name: string): string => String(row[col(name)] ?? '');
  const n = (row: readonly (string | number)[], name: string): number => Number(at(row, name) || 0);
  const lines = [c.bold(t(lang, 'summary.procurement'))];
  for (const row of table.rows) {
    const kode = at(row, 'kode_barang');
    const name = at(row, 'varian') === '' ? kode : `${kode} [${at(row, 'varian')}]`;
    const jumlah = n(row, 'jumlah');
    const rule = s.notIssued.find((x) => x.kode === kode);
    if (jumlah === 0 && rule) {
      lines.push(`  ${name}: ${notIssuedText(rule, s.preset, style)}`);
      continue;
    }
    const terms = [t(lang, 'summary.term-kebutuhan', { n: style.num(n(row, 'kebutuhan')) })];
    if (n(row, 'cadangan') > 0) terms.push(t(lang, 'summary.term-cadangan', { n: style.num(n(row, 'cadangan')) }));
    if (n(row, 'tambahan') > 0) terms.push(t(lang, 'summary.term-tambahan', { n: style.num(n(row, 'tambahan')) }));
    const total = `${c.bold(style.num(jumlah))} ${at(row, 'satuan')}`;
    const sum = terms.length > 1 ? `${terms.join(' + ')} = ${total}` : total;
    lines.push(`  ${name}: ${sum}${packsText(row, n, style)}`);
  }
  return lines;
}

type Num = (row: readonly (string | number)[], name: string) => number;

function packsText(row: readonly (string | number)[], n: Num, s: ReportStyle): string {
  const isi = n(row, 'isi_kemasan');
  if (isi <= 1) return '';
  const params = { kemasan: s.num(n(row, 'jumlah_kemasan')), isi: s.num(isi), pengadaan: s.num(n(row, 'jumlah_pengadaan')) };
  const key = n(row, 'jumlah_pengadaan') === n(row, 'jumlah') ? 'summary.packs-exact' : 'summary.packs-rounded';
  return `; ${t(s.lang, key, params)}`;
}

function notIssuedText(rule: NotIssued, preset: string, s: ReportStyle): string {
  const provinsi = rule.provinsi.join(', ');
  const base = t(s.lang, rule.rule === 'hanya' ? 'summary.not-issued-hanya' : 'summary.not-issued-kecuali', { provinsi, preset });
  // The reason behind a preset's own rule, where the catalogue has it (DKI, DIY).
  const reasons = rule.provinsi.map((p) => `summary.not-issued.${rule.kode}.${p}`).filter((key) => MESSAGE_CATALOGUE[key] !== undefined);
  return reasons.length === 0 ? base : `${base}: ${reasons.map((key) => t(s.lang, key)).join('; ')}`;
}

function renderOutcome(s: SummaryInput, style: ReportStyle): string[] {
  const { lang } = style;
  if (s.mode === 'validasi') return [outcome(style, s.hasErrors ? 'fail' : 'ok', t(lang, s.hasErrors ? 'summary.validasi-failed' : 'summary.validasi-ok', { out: s.out }))];
  if (!s.wroteManifests) {
    const removed = s.removed && s.removed.length > 0 ? [t(lang, 'summary.removed-stale', { out: s.out, berkas: s.removed.join(', ') })] : [];
    return [outcome(style, 'fail', t(lang, s.dapilRefused === true ? 'summary.dapil-refused' : 'summary.not-written', { out: s.out })), ...removed];
  }
  const excel = [
    ...(s.excel ? [t(lang, 'summary.written-excel', { out: s.out })] : []),
    ...(s.xlsx ? [t(lang, 'summary.written-xlsx', { out: s.out })] : []),
  ];
  if (s.hasErrors && s.allowInvalid) {
    const rejected = s.roll.stats.reduce((sum, m) => sum + m.ditolak, 0);
    return [outcome(style, 'warn', t(lang, 'summary.allow-invalid', { ditolak: style.num(rejected) })), t(lang, 'summary.written', { out: s.out }), ...excel];
  }
  return [outcome(style, 'ok', t(lang, 'summary.written', { out: s.out })), ...excel];
}

