/**
 * What `kemas` writes and prints: its five files rendered in memory (the same bytes every run), its
 * ringkasan.json, and the report a warehouse coordinator reads: per kecamatan the cartons and loose
 * sheets to pull, a total that closes with the manifest, the containers to pack, the PSU stock.
 */
import { configText, type ResolvedConfig } from '../core/config/index.js';
import { KEMAS_FILES, type KemasResult, type KemasTotals } from '../core/kemas/index.js';
import { RINGKASAN_FILE } from '../core/manifest/index.js';
import { t } from '../core/messages/index.js';
import { buildCommandRingkasan, type BerkasDigest, type CommandRingkasanInput } from '../core/report/ringkasan.js';
import type { Table } from '../core/report/table.js';
import type { Lang } from '../core/types.js';
import type { OutputFile } from '../io/commit.js';
import { tableToCsvBytes } from '../io/csv-bytes.js';
import { sha256 } from '../io/hash.js';
import { WORKBOOK_FILE, workbookFile } from '../io/xlsx/workbook-file.js';
import { withRingkasan, type OutputSet } from './outputs.js';
import { outcome, renderHeader, renderIssues, summarizeIssues, type ReportStyle } from './report/index.js';
import { TOOL } from './version.js';

/**
 * Every name a kemas run claims in its --out (openRun `names`); it never writes or removes any
 * other. With `--xlsx`, the workbook too.
 */
export function kemasNames(xlsx: boolean): string[] {
  return [...KEMAS_FILES, RINGKASAN_FILE, ...(xlsx ? [WORKBOOK_FILE] : [])];
}

export interface KemasRun {
  /** The manifest folder as given, and as data files name it. */
  readonly folder: string;
  readonly shownFolder: string;
  readonly config: ResolvedConfig;
  /** The `-c` file as given and its digest; null without one. */
  readonly konfigurasi: BerkasDigest | null;
  /** Every file read, the manifest's included. */
  readonly masukan: readonly BerkasDigest[];
  readonly result: KemasResult;
}

/** `--xlsx`: the workbook's words and titles in this language (Indonesian unless --lang was given). */
export interface KemasOutputOptions {
  readonly xlsx: { readonly lang: Lang } | null;
}

/**
 * The run's files in memory, then ringkasan.json with their digests. The workbook, like the lists,
 * comes only when something was packed: a refused run writes ringkasan.json alone.
 */
export async function kemasOutput(r: KemasRun, waktu: string | null, opts: KemasOutputOptions = { xlsx: null }): Promise<OutputSet> {
  const t = r.result.tables;
  const tables: [string, Table][] =
    t === null
      ? []
      : [['kemas-tps.csv', t.kemasTps], ['ambil-koli.csv', t.ambilKoli], ['koli-kabkota.csv', t.koliKabkota], ['serah-terima-ppk.csv', t.serahTerimaPpk], ['serah-terima-pps.csv', t.serahTerimaPps]];
  const files: OutputFile[] = tables.map(([name, table]) => ({ name, data: tableToCsvBytes(table) }));
  const summary = ringkasanInput(r, waktu);
  if (opts.xlsx !== null && t !== null) {
    // The first sheet reads the run from the same summary; `keluaran` cannot list the workbook itself.
    const sheets = tables.map(([berkas, table]) => ({ berkas, table }));
    files.push(await workbookFile({ perintah: 'kemas', ringkasan: buildCommandRingkasan({ ...summary, keluaran: [] }), tables: sheets, barang: r.config.barang, lang: opts.xlsx.lang, waktu }));
  }
  return withRingkasan(files, (keluaran) => buildCommandRingkasan({ ...summary, keluaran }));
}

function ringkasanInput(r: KemasRun, waktu: string | null): Omit<CommandRingkasanInput, 'keluaran'> {
  return {
    alat: TOOL,
    perintah: 'kemas',
    masukan: r.masukan.map((m) => ({ berkas: m.berkas, sha256: m.sha256 })),
    totals: {
      preset: r.config.preset,
      // The rules packed with: the manifest's konfigurasi.json, with the -c's kemas section on top.
      konfigurasi_sha256: sha256(configText(r.config)),
      konfigurasi: r.konfigurasi,
      jumlah: jumlahEntry(r),
    },
    // kemas's issues are a handful about the manifest as a whole: counted here, not spilled.
    masalah: summarizeIssues(r.result.issues),
    waktu,
  };
}

/** Counts of the manifest always; what was packed only when something was (else null). */
function jumlahEntry(r: KemasRun): Record<string, number | null> {
  const p: KemasTotals | null = r.result.totals;
  const rows = { kecamatan: r.result.counts.kecamatan, kelurahan: r.result.counts.kelurahan, tps: r.result.counts.tps };
  return {
    ...rows,
    wadah: p?.wadah ?? null,
    koli_penuh: p?.koliPenuh ?? null,
    sisa_lembar: p?.sisaLembar ?? null,
    lembar: p?.lembar ?? null,
    koli_psu: p?.koliPsu ?? null,
    lembar_psu: p?.lembarPsu ?? null,
  };
}

export interface KemasReport {
  readonly run: KemasRun;
  readonly config?: string;
  readonly out: string;
  readonly quiet: boolean;
  /** --xlsx: buku-kerja.xlsx was asked for (written beside the lists when they are). */
  readonly xlsx: boolean;
  /** Files of the earlier kemas run in --out that this one proved and removed. */
  readonly removed: readonly string[];
}

/** The end-of-run report: header, manifest, issues, what to pull and pack, outcome. */
export function renderKemas(k: KemasReport, s: ReportStyle): string {
  const { run } = k;
  const lines: string[] = [];
  if (!k.quiet) {
    lines.push(renderHeader(s, { command: 'kemas', preset: run.config.preset, ...(k.config !== undefined ? { config: k.config } : {}) }));
    const c = run.result.counts;
    lines.push(`  ${t(s.lang, 'kemas.manifest', { folder: run.shownFolder, tps: s.num(c.tps), kelurahan: s.num(c.kelurahan), kecamatan: s.num(c.kecamatan) })}`);
  }
  lines.push(...renderIssues(s, summarizeIssues(run.result.issues)));
  if (!k.quiet && run.result.totals !== null) lines.push(...packingLines(run, s));
  lines.push(...outcomeLines(k, s));
  return `${lines.join('\n')}\n`;
}

/** `2.000` or `2.000/3.000`: the sizes a rule uses, for the heading. */
function sizes(values: ReadonlyArray<number | undefined>, s: ReportStyle): string {
  const known = [...new Set(values.filter((v): v is number => v !== undefined))].sort((a, b) => a - b);
  return known.map((v) => s.num(v)).join('/');
}

function packingLines(run: KemasRun, s: ReportStyle): string[] {
  const { lang, c } = s;
  const totals = run.result.totals as KemasTotals;
  const rules = run.config.kemas;
  const koli = sizes(rules.map((r) => r.isiKoli?.jumlah), s);
  const ikat = sizes(rules.map((r) => r.isiIkat?.jumlah), s);
  const lines: string[] = [];
  if (run.result.perKecamatan.length > 0) {
    lines.push(c.bold(t(lang, 'kemas.pull-title', { isi: koli })));
    const names = run.result.perKecamatan.map((p) => `${p.kodeKecamatan} ${p.kecamatan}`.trim());
    const width = Math.max(...names.map((n) => n.length));
    run.result.perKecamatan.forEach((p, i) => {
      lines.push(`  ${(names[i] ?? '').padEnd(width)}  ${t(lang, 'kemas.pull-row', { koli: s.num(p.koliPenuh), sisa: s.num(p.sisaLembar), lembar: s.num(p.lembar) })}`);
    });
    const total = t(lang, 'kemas.pull-row', { koli: s.num(totals.koliPenuh), sisa: s.num(totals.sisaLembar), lembar: s.num(totals.lembar) });
    lines.push(c.bold(`  ${t(lang, 'kemas.total').padEnd(width)}  ${total}`));
    lines.push(c.dim(`  ${t(lang, 'kemas.pull-closes')}`));
  }
  lines.push(t(lang, 'kemas.pack', { wadah: s.num(totals.wadah), tps: s.num(totals.tps), ikat }));
  if (totals.koliPsu > 0) lines.push(t(lang, 'kemas.psu', { koli: s.num(totals.koliPsu), lembar: s.num(totals.lembarPsu) }));
  return lines;
}

function outcomeLines(k: KemasReport, s: ReportStyle): string[] {
  const { lang } = s;
  const removed = k.removed.length > 0 ? [t(lang, 'kemas.removed', { out: k.out, berkas: k.removed.join(', ') })] : [];
  if (k.run.result.tables === null) return [outcome(s, 'fail', t(lang, 'kemas.not-written', { folder: k.run.shownFolder, out: k.out })), ...removed];
  const xlsx = k.xlsx ? [t(lang, 'summary.written-xlsx', { out: k.out })] : [];
  return [outcome(s, 'ok', t(lang, 'kemas.written', { out: k.out, files: KEMAS_FILES.join(', ') })), ...xlsx];
}
