import type { Issue, Lang } from '../types.js';
import type { Table } from './table.js';
import { renderIssueMessage } from '../messages/index.js';
import { byCodePoint } from './sort.js';

export const VALIDASI_COLUMNS = ['berkas', 'baris', 'kolom', 'kode', 'tingkat', 'pesan'] as const;

/** Sorted by file, line, column, code (code point), so the file is stable across runs and machines. */
export function compareIssues(a: Issue, b: Issue): number {
  return (
    byCodePoint(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    byCodePoint(a.column ?? '', b.column ?? '') ||
    byCodePoint(a.code, b.code) ||
    byCodePoint(JSON.stringify(a.params), JSON.stringify(b.params))
  );
}

/**
 * `validasi.csv`: one row per issue. `pesan` is Indonesian unless English was asked for explicitly
 * (the caller decides; the environment never does, so the file is the same on every machine).
 */
export function validasiTable(issues: readonly Issue[], lang: Lang): Table {
  const rows = [...issues].sort(compareIssues).map((issue) => [
    issue.file,
    issue.line ?? '',
    issue.column ?? '',
    issue.code,
    issue.severity,
    renderIssueMessage(issue, lang),
  ]);
  return { columns: VALIDASI_COLUMNS, rows };
}
