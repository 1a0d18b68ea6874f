import type { Issue, Lang } from '../types.js';
import type { Table } from './table.js';
// The issue catalogue only, not every message: range workers load this (messages/issues.ts).
import { renderIssueMessage } from '../messages/issues.js';
import { compareIssues } from './issue-order.js';

export const VALIDASI_COLUMNS = ['berkas', 'baris', 'kolom', 'kode', 'tingkat', 'pesan'] as const;

/**
 * One row of `validasi.csv`. `pesan` is Indonesian unless English was asked for explicitly (the
 * caller decides; the environment never does, so the file is the same on every machine).
 */
export function validasiRow(issue: Issue, lang: Lang): Array<string | number> {
  return [issue.file, issue.line ?? '', issue.column ?? '', issue.code, issue.severity, renderIssueMessage(issue, lang)];
}

/**
 * `validasi.csv` of a list of issues held in memory: one row per issue in compareIssues order. A
 * run streams its issues through io/issue-sink.ts instead, which writes the same bytes.
 */
export function validasiTable(issues: readonly Issue[], lang: Lang): Table {
  return { columns: VALIDASI_COLUMNS, rows: [...issues].sort(compareIssues).map((issue) => validasiRow(issue, lang)) };
}
