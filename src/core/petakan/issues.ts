import { PETAKAN_ISSUES, type PetakanIssueCode } from '../messages/issues-petakan.js';
import type { Issue } from '../types.js';

/** An issue of the TPS mapping; its severity comes from the catalogue only. */
export function petakanIssue(
  code: PetakanIssueCode, file: string, line: number | null, column: string | null, params: Readonly<Record<string, string | number>>,
): Issue {
  return { code, severity: PETAKAN_ISSUES[code].severity, file, line, column, params };
}
