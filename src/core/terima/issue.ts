import type { Issue } from '../types.js';
import { TERIMA_ISSUES, type TerimaIssueCode } from '../messages/issues-terima.js';

export type { TerimaIssueCode } from '../messages/issues-terima.js';

/** An issue of a receipt or KPPS confirmation row; its severity comes from the catalogue only. */
export function terimaIssue(code: TerimaIssueCode, file: string, line: number | null, column: string | null, params: Issue['params']): Issue {
  return { code, severity: TERIMA_ISSUES[code].severity, file, line, column, params };
}
