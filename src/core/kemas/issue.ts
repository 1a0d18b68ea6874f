import { KEMAS_ISSUES, type KemasIssueCode } from '../messages/kemas.js';
import type { Issue } from '../types.js';

/** An issue of kemas; its severity comes from the catalogue only. */
export function kemasIssue(code: KemasIssueCode, file: string, line: number | null, column: string | null, params: Readonly<Record<string, string | number>>): Issue {
  return { code, severity: KEMAS_ISSUES[code].severity, file, line, column, params };
}
