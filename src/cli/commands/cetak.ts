/**
 * `logistik cetak <folder>`: the documents people print (contract, "Documents people print or look
 * at") from a folder hitung, terima or kemas wrote. The folder is read only while every file its
 * ringkasan.json lists matches (exit 1 otherwise, naming the file); the pages (core/render) go to
 * `--out` (default `<folder>/cetak`) through the run session, with a ringkasan.json of their own.
 */
import { join, resolve } from 'node:path';
import { ExitCode, InputError } from '../../errors.js';
import { formatNumber, t } from '../../core/messages/index.js';
import { summarizeIssues } from '../../core/report/issue-tally.js';
import { buildCommandRingkasan, type BerkasDigest } from '../../core/report/ringkasan.js';
import { findRunFolder, isFolder, runFileName } from '../../io/manifest/index.js';
import { CETAK_FILES, filesToLoad, pagesOf, sourceKind, type Page, type SourceKind } from '../cetak-pages.js';
import type { CommandContext } from '../context.js';
import { stageFiles, withRingkasan } from '../outputs.js';
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
  // Before the run opens: its staging lies in the default --out, inside the folder, and must not make a missing folder appear.
  if (!(await isFolder(folder, ctx.io.cwd))) throw new InputError('cetak-not-folder', { folder });
  const run = await openCommandRun(ctx, out, { command: 'cetak', reads: [resolve(ctx.io.cwd, folder)], names: CETAK_FILES });
  try {
    const source = await findRunFolder(folder, ctx.io.cwd, { load: filesToLoad() });
    if (source === 'no-folder') throw new InputError('cetak-not-folder', { folder });
    if (source === 'no-ringkasan') throw new InputError('cetak-no-ringkasan', { folder });
    const kind = sourceKind(source);
    const waktu = timeFromEpoch(ctx.io.env.SOURCE_DATE_EPOCH);
    // Pages are Indonesian unless English was asked for explicitly: like data files, never from the environment.
    const paper = { lang: ctx.langExplicit ? ctx.lang : 'id', generator: `${TOOL.nama} ${TOOL.versi}`, waktu } as const;
    const pages = pagesOf(paper, source, kind);
    const totals = {
      sumber: { folder: runFileName(folder, '').replace(/\/$/, ''), perintah: kind },
      dokumen: pages.map((p) => ({ berkas: p.berkas, halaman: p.halaman, ...p.satuan })),
    };
    const set = withRingkasan(
      pages.map((p) => ({ name: p.berkas, data: p.html })),
      (keluaran: BerkasDigest[]) => buildCommandRingkasan({ alat: TOOL, perintah: 'cetak', masukan: source.masukan.map((m) => ({ berkas: m.berkas, sha256: m.sha256 })), totals, masalah: summarizeIssues([]), keluaran, waktu }),
    );
    await stageFiles(run, set.files);
    await run.commit();
    emitReport(ctx, { json: opts.json ? set.ringkasan : null, quiet: opts.quiet, mustShow: false }, (style) => report(style, { folder, out, kind, pages, files: source.masukan.length }));
    return ExitCode.Ok;
  } finally {
    await run.abort();
  }
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
