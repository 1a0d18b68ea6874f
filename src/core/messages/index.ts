import type { Lang, Severity } from '../types.js';
import { fill, pick, type Bilingual } from './format.js';
import { CONFIG_MESSAGES } from './config-messages.js';
import { CLI_MESSAGES } from './cli.js';
import { OUTPUT_MESSAGES } from './output.js';
import { PRESET_MESSAGES } from './preset-messages.js';
import { PETAKAN_MESSAGES } from './petakan.js';
import { WORKBOOK_MESSAGES } from './workbook.js';
import { AUDIT_MESSAGES } from './audit.js';
import { TERIMA_MESSAGES } from './terima.js';
import { KEMAS_MESSAGES } from './kemas.js';
import { CETAK_MESSAGES } from './cetak.js';

export type { Bilingual, IssueText } from './format.js';
export { fill, formatNumber, screenParams } from './format.js';
export { ISSUE_CATALOGUE, renderIssueHint, renderIssueMessage } from './issues.js';

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
