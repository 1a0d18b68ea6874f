import { ROW_ISSUES, type RowIssueCode } from '../messages/issues-rows.js';
import type { Issue } from '../types.js';

type Params = Readonly<Record<string, string | number>>;

/** Shared by every clean row, so that 200 M clean rows allocate no issue arrays. */
export const NO_ISSUES: readonly Issue[] = Object.freeze([]);

const NO_PARAMS: Params = Object.freeze({});

/** Severity comes from the catalogue only, so code and message can never disagree. */
export function makeIssue(
  code: RowIssueCode,
  file: string,
  line: number | null,
  column: string | null,
  params: Params = NO_PARAMS,
): Issue {
  return { code, severity: ROW_ISSUES[code].severity, file, line, column, params };
}


