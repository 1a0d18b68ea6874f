/**
 * `logistik cetak <folder>`: the documents people print (contract, "Documents people print or look
 * at") from a folder hitung, terima or kemas wrote. The folder is read only while every file its
 * ringkasan.json lists matches (exit 1 otherwise, naming the file); the pages (core/render) go to
 * `--out` (default `<folder>/cetak`) through the run session, with a ringkasan.json of their own.
 */
import { join, resolve } from 'node:path';
import { ExitCode } from '../../errors.js';
import { formatNumber, t } from '../../core/messages/index.js';
import { VERSI_FORMAT, ringkasanText } from '../../core/report/ringkasan.js';
import type { OutputFile } from '../../io/commit.js';
import { sha256 } from '../../io/hash.js';
import { openRun, requireFolder, runFileName } from '../../io/run-folder.js';
import { CETAK_FILES, RINGKASAN, filesToLoad, pagesOf, sourceKind, type Page, type SourceKind } from '../cetak-pages.js';
import type { CommandContext } from '../context.js';
import { emitReport, outcome, renderHeader, type ReportStyle } from '../report/index.js';
import { openCommandRun } from '../run-session.js';
import { TOOL } from '../version.js';
import { timeFromEpoch } from './hitung.js';

export interface CetakOptions {
  readonly out?: string;
  readonly json: boolean;
  readonly quiet: boolean;
}

export async function runCetak(folder: string, opts: CetakOptions, ctx: CommandContext): Promise<ExitCode> {
  const out = opts.out ?? join(folder, 'cetak');
  await requireFolder(folder, ctx.io.cwd);
  const run = await openCommandRun(ctx, out, { command: 'cetak', reads: [resolve(ctx.io.cwd, folder)], names: CETAK_FILES });
  try {
    const source = await openRun(folder, ctx.io.cwd, filesToLoad());
    const kind = sourceKind(source);
    const waktu = timeFromEpoch(ctx.io.env.SOURCE_DATE_EPOCH);
    // Pages are Indonesian unless English was asked for explicitly: like data files, never from the environment.
    const paper = { lang: ctx.langExplicit ? ctx.lang : 'id', generator: `${TOOL.nama} ${TOOL.versi}`, waktu } as const;
    const pages = pagesOf(paper, source, kind);
    const files: OutputFile[] = pages.map((p) => ({ name: p.berkas, data: p.html }));
    const ringkasan = cetakRingkasan(folder, kind, source.masukan, pages, files, waktu);
    for (const f of [...files, { name: RINGKASAN, data: ringkasanText(ringkasan) }]) await run.write(f.name, f.data);
    await run.commit();
    emitReport(ctx, { json: opts.json ? ringkasan : null, quiet: opts.quiet, mustShow: false }, (style) => report(style, { folder, out, kind, pages, files: source.masukan.length }));
    return ExitCode.Ok;
  } finally {
    await run.abort();
  }
}

/**
 * cetak's ringkasan.json, keys in the contract's order for the later commands: versi_format, alat,
 * perintah, masukan (every file of the folder, checked), its own totals (`sumber`, `dokumen`),
 * masalah, keluaran. TODO(merge): audit's buildCommandRingkasan builds this for every later command.
 */
function cetakRingkasan(folder: string, kind: SourceKind, masukan: ReadonlyArray<{ berkas: string; sha256: string }>, pages: readonly Page[], files: readonly OutputFile[], waktu: string | null): Record<string, unknown> {
  const byName = <T extends { berkas: string }>(xs: readonly T[]): T[] => [...xs].sort((a, b) => (a.berkas < b.berkas ? -1 : a.berkas > b.berkas ? 1 : 0));
  const doc: Record<string, unknown> = {
    versi_format: VERSI_FORMAT,
    alat: { nama: TOOL.nama, versi: TOOL.versi },
    perintah: 'cetak',
    masukan: byName(masukan).map((m) => ({ berkas: m.berkas, sha256: m.sha256 })),
    sumber: { folder: runFileName(folder, '').replace(/\/$/, ''), perintah: kind },
    dokumen: pages.map((p) => ({ berkas: p.berkas, halaman: p.halaman, ...p.satuan })),
    masalah: { galat: 0, peringatan: 0, per_kode: {}, baris_pertama: {} },
    keluaran: byName(files.map((f) => ({ berkas: f.name, sha256: sha256(f.data) }))),
  };
  if (waktu !== null) doc.waktu = waktu;
  return doc;
}

interface ReportInput {
  readonly folder: string;
  readonly out: string;
  readonly kind: SourceKind;
  readonly pages: readonly Page[];
  readonly files: number;
}

function report(s: ReportStyle, r: ReportInput): string {
  const n = (x: number): string => formatNumber(x, s.lang);
  const lines = [
    renderHeader(s, { command: 'cetak' }),
    t(s.lang, 'cetak.ringkasan.dibaca', { folder: r.folder, perintah: r.kind, berkas: n(r.files) }),
    outcome(s, 'ok', t(s.lang, 'cetak.ringkasan.ditulis', { out: r.out.replace(/\/+$/, '') })),
  ];
  for (const p of r.pages) {
    const parts = Object.entries(p.satuan).map(([k, v]) => t(s.lang, `cetak.satuan.${k}`, { n: n(v) }));
    if (p.halaman !== null) parts.push(t(s.lang, 'cetak.ringkasan.halaman', { n: n(p.halaman) }));
    lines.push(`  ${p.berkas}  (${parts.join(', ')})`);
  }
  lines.push(t(s.lang, 'cetak.ringkasan.buka'));
  return `${lines.join('\n')}\n`;
}
