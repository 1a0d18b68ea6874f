import type { Issue, Lang } from '../types.js';
import type { Table } from './table.js';
import { renderIssueMessage } from '../messages/index.js';
import { compareIssues } from './issue-order.js';

export const VALIDASI_COLUMNS = ['berkas', 'baris', 'kolom', 'kode', 'tingkat', 'pesan'] as const;


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
