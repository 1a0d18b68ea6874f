/**
 * The issue catalogue and its rendering, apart from the other messages (index.ts re-exports it):
 * a range worker renders its range's issues into validasi.csv records and needs only these. With
 * the CLI's, kemas', cetak's and the other commands' messages it loaded ~100 KB more at every
 * worker start (issue 16: two workers start per split roll).
 */
import type { Issue, Lang, Severity } from '../types.js';
import { fill, pick, screenParams, type IssueText } from './format.js';
import { READING_ISSUES } from './issues-reading.js';
import { ROW_ISSUES } from './issues-rows.js';
import { DAPIL_ISSUES } from './config-messages.js';
import { RUN_ISSUES } from './issues-run.js';
import { PETAKAN_ISSUES } from './issues-petakan.js';
import { COMPUTE_ISSUES } from './issues-compute.js';
import { TERIMA_ISSUES } from './issues-terima.js';
import { KEMAS_ISSUES } from './kemas.js';

interface IssueEntry {
  readonly severity: Severity;
  readonly text: IssueText;
}

/** Every issue code the tool can emit, with its severity and texts: the one catalogue. */
export const ISSUE_CATALOGUE: Readonly<Record<string, IssueEntry>> = Object.freeze({
  ...READING_ISSUES,
  ...ROW_ISSUES,
  ...DAPIL_ISSUES,
  ...RUN_ISSUES,
  ...PETAKAN_ISSUES,
  ...COMPUTE_ISSUES,
  ...TERIMA_ISSUES,
  ...KEMAS_ISSUES,
});

function issueEntry(code: string): IssueEntry {
  const entry = ISSUE_CATALOGUE[code];
  // A code without an entry is a bug; say so visibly instead of printing nothing.
  if (!entry) throw new Error(`no catalogue entry for issue code '${code}'`);
  return entry;
}

/**
 * An issue's message. `screen` groups its numbers (`1.234`) for the terminal; validasi.csv and
 * other data files keep plain digits.
 */
export function renderIssueMessage(issue: Issue, lang: Lang, screen = false): string {
  return fill(pick(issueEntry(issue.code).text.message, lang), screen ? screenParams(issue.params, lang) : issue.params);
}

export function renderIssueHint(issue: Issue, lang: Lang, screen = false): string {
  return fill(pick(issueEntry(issue.code).text.hint, lang), screen ? screenParams(issue.params, lang) : issue.params);
}
