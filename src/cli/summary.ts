import type { Issue } from '../core/types.js';
import type { Table } from '../core/report/table.js';
import { renderIssueHint, renderIssueMessage, t } from '../core/messages/index.js';
import { byCodePoint } from '../core/report/sort.js';
import { compareIssues } from '../core/report/issue-order.js';
import type { CommandContext } from './context.js';
import type { RollReadResult } from './roll.js';
import type { DapilRead } from './dapil.js';
import type { Drift } from './check.js';

export interface SummaryInput {
  readonly mode: 'hitung' | 'validasi';
  readonly preset: string;
  readonly roll: RollReadResult;
  /** The --dapil mapping, when given. */
  readonly dapil?: DapilRead | null;
  /** The mapping has errors: no manifests, --allow-invalid or not. */
  readonly dapilRefused?: boolean;
  readonly issues: readonly Issue[];
  readonly pengadaan: Table | null;
  readonly out: string;
  readonly wroteManifests: boolean;
  /** --excel: spreadsheet copies were written into excel/ too. */
  readonly excel?: boolean;
  readonly hasErrors: boolean;
  readonly allowInvalid: boolean;
  readonly quiet: boolean;
}

/** How many lines of each issue code the summary names before it says "and N more". */
const FIRST_LINES = 5;

/** The end-of-run summary on stderr: counts, issues grouped by code, totals, where files went. */
export function renderSummary(s: SummaryInput, ctx: CommandContext): string {
  const { lang, color: c } = ctx;
  const lines: string[] = [];
  if (!s.quiet) {
    lines.push(c.bold(t(lang, 'summary.title', { mode: s.mode, preset: s.preset })));
    for (const m of s.roll.stats) {
      lines.push(`  ${t(lang, 'summary.input', { berkas: m.berkas, jenis: m.jenis, baris: m.barisData, dihitung: m.dihitung, ditolak: m.ditolak })}`);
      if (m.barisJudul + m.barisKosong > 0) lines.push(c.dim(`    ${t(lang, 'summary.skipped-lines', { judul: m.barisJudul, kosong: m.barisKosong })}`));
    }
    if (s.dapil) lines.push(`  ${t(lang, 'summary.dapil-input', { berkas: s.dapil.mapping.file, baris: s.dapil.barisData, ditolak: s.dapil.ditolak })}`);
    const j = s.roll.jumlah;
    lines.push(t(lang, 'summary.regions', { kecamatan: j.kecamatan, kelurahan: j.kelurahan, tps: j.tps, pemilih: j.pemilih }));
    const unknown = [...new Set(s.roll.stats.flatMap((m) => m.kolomTakDikenal))].sort(byCodePoint);
    if (unknown.length > 0) lines.push(c.dim(t(lang, 'summary.unknown-columns', { kolom: unknown.join(', ') })));
  }
  lines.push(...renderIssueGroups(s.issues, ctx));
  if (!s.quiet && s.pengadaan) lines.push(...renderPengadaan(s.pengadaan, ctx));
  lines.push(...renderOutcome(s, ctx));
  return `${lines.join('\n')}\n`;
}

function renderIssueGroups(issues: readonly Issue[], ctx: CommandContext): string[] {
  const { lang, color: c } = ctx;
  const galat = issues.filter((i) => i.severity === 'galat').length;
  const lines = [t(lang, 'summary.issues', { galat, peringatan: issues.length - galat })];
  // In validasi.csv order, so "the first lines" are the same ones the file and --json list first.
  // Grouping pushes in place: a roll can carry millions of issues of one code.
  const byCode = new Map<string, Issue[]>();
  for (const issue of [...issues].sort(compareIssues)) {
    const group = byCode.get(issue.code);
    if (group) group.push(issue);
    else byCode.set(issue.code, [issue]);
  }
  for (const code of [...byCode.keys()].sort(byCodePoint)) {
    const group = byCode.get(code) ?? [];
    const first = group[0];
    if (!first) continue;
    const paint = first.severity === 'galat' ? c.red : c.yellow;
    lines.push(`  ${paint(`${code} (${group.length})`)} ${renderIssueMessage(first, lang)}`);
    // Issues about a whole file (line null) name it once, not once per issue.
    const place = (i: Issue): string => (i.line === null ? i.file : `${i.file}:${i.line}`);
    const where = [...new Set(group.map(place))].slice(0, FIRST_LINES);
    const rest = group.filter((i) => !where.includes(place(i))).length;
    const more = rest > 0 ? ` ${t(lang, 'summary.more', { n: rest })}` : '';
    // A run-level issue has no file: no place line then.
    if (where.some((w) => w !== '')) lines.push(`    ${c.dim(where.join(', ') + more)}`);
    lines.push(`    ${c.dim(renderIssueHint(first, lang))}`);
  }
  return lines;
}

function renderPengadaan(table: Table, ctx: CommandContext): string[] {
  const { lang, color: c } = ctx;
  const col = (name: string): number => table.columns.indexOf(name);
  const [kode, varian, keb, cad, tam, jumlah, kemasan, peng] = ['kode_barang', 'varian', 'kebutuhan', 'cadangan', 'tambahan', 'jumlah', 'jumlah_kemasan', 'jumlah_pengadaan'].map(col);
  const lines = [c.bold(t(lang, 'summary.procurement'))];
  for (const row of table.rows) {
    const v = (i: number | undefined): string => String(i === undefined || i < 0 ? '' : (row[i] ?? ''));
    const name = v(varian) === '' ? v(kode) : `${v(kode)} [${v(varian)}]`;
    lines.push(`  ${name}: ${t(lang, 'summary.procurement-row', { kebutuhan: v(keb), cadangan: v(cad), tambahan: v(tam), jumlah: c.bold(v(jumlah)), kemasan: v(kemasan), pengadaan: v(peng) })}`);
  }
  return lines;
}

function renderOutcome(s: SummaryInput, ctx: CommandContext): string[] {
  const { lang, color: c } = ctx;
  if (s.mode === 'validasi') return [t(lang, s.hasErrors ? 'summary.validasi-failed' : 'summary.validasi-ok', { out: s.out })];
  if (!s.wroteManifests) return [c.red(t(lang, s.dapilRefused === true ? 'summary.dapil-refused' : 'summary.not-written', { out: s.out }))];
  if (s.hasErrors && s.allowInvalid) {
    const rejected = s.roll.stats.reduce((n, m) => n + m.ditolak, 0);
    return [c.yellow(t(lang, 'summary.allow-invalid', { ditolak: rejected })), t(lang, 'summary.written', { out: s.out }), ...excelNote(s, ctx)];
  }
  return [c.green(t(lang, 'summary.written', { out: s.out })), ...excelNote(s, ctx)];
}

function excelNote(s: SummaryInput, ctx: CommandContext): string[] {
  return s.excel ? [t(ctx.lang, 'summary.written-excel', { out: s.out })] : [];
}

export function renderCheck(drift: readonly Drift[], out: string, refused: boolean, ctx: CommandContext): string {
  const { lang, color: c } = ctx;
  // Current files of an invalid roll are not "up to date manifests": say both things.
  if (drift.length === 0 && refused) return `${c.red(t(lang, 'check.current-but-invalid', { out }))}\n`;
  if (drift.length === 0) return `${c.green(t(lang, 'check.current', { out }))}\n`;
  const lines = [c.red(t(lang, 'check.drift', { out, n: drift.length }))];
  for (const d of drift) {
    const key = d.status === 'beda' ? 'check.file-differs' : d.status === 'hilang' ? 'check.file-missing' : 'check.file-extra';
    lines.push(`  ${t(lang, key, { berkas: d.berkas, baris: d.status === 'beda' ? d.baris : 0 })}`);
  }
  lines.push(c.dim(t(lang, 'check.hint')));
  return `${lines.join('\n')}\n`;
}
