import type { Issue, Lang, Severity } from '../types.js';
import { fill, pick, screenParams, type Bilingual, type IssueText } from './format.js';
import { READING_ISSUES } from './issues-reading.js';
import { ROW_ISSUES } from './issues-rows.js';
import { CONFIG_MESSAGES, DAPIL_ISSUES } from './config-messages.js';
import { CLI_MESSAGES } from './cli.js';
import { OUTPUT_MESSAGES } from './output.js';
import { PRESET_MESSAGES } from './preset-messages.js';
import { RUN_ISSUES } from './issues-run.js';
import { PETAKAN_ISSUES } from './issues-petakan.js';
import { PETAKAN_MESSAGES } from './petakan.js';
import { WORKBOOK_MESSAGES } from './workbook.js';
import { COMPUTE_ISSUES } from './issues-compute.js';
import { AUDIT_MESSAGES } from './audit.js';
import { TERIMA_ISSUES } from './issues-terima.js';
import { TERIMA_MESSAGES } from './terima.js';
import { KEMAS_ISSUES, KEMAS_MESSAGES } from './kemas.js';
import { CETAK_MESSAGES } from './cetak.js';

export type { Bilingual, IssueText } from './format.js';
export { fill, formatNumber, screenParams } from './format.js';

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

/** Every non-issue message (CLI, config): the one catalogue. */
export const MESSAGE_CATALOGUE: Readonly<Record<string, Bilingual>> = Object.freeze({
  ...CONFIG_MESSAGES,
  ...CLI_MESSAGES,
  ...OUTPUT_MESSAGES,
  ...PETAKAN_MESSAGES,
  ...WORKBOOK_MESSAGES,
  ...PRESET_MESSAGES,
  ...AUDIT_MESSAGES,
  ...TERIMA_MESSAGES,
  ...KEMAS_MESSAGES,
  ...CETAK_MESSAGES,
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

/** The severity as a word (`GALAT`, `PERINGATAN`; `ERROR`, `WARNING`): readable without colour. */
export function severityWord(severity: Severity, lang: Lang): string {
  return t(lang, severity === 'galat' ? 'severity.galat' : 'severity.peringatan');
}

/** A non-issue message by key. */
export function t(lang: Lang, key: string, params: Readonly<Record<string, string | number>> = {}): string {
  const entry = MESSAGE_CATALOGUE[key];
  if (!entry) throw new Error(`no catalogue entry for message '${key}'`);
  return fill(pick(entry, lang), params);
}
