/**
 * What a report says about a run's issues: counts per code and severity, each code's first issue
 * and first places, never the issues themselves.
 *
 * TODO(merge): a stand-in with the shape of the issue pipeline's tally ("scale" builds the real
 * one here: order-independent, mergeable across threads, with `perKode`, `barisPertama` and
 * `tidakDitampilkan`). The report renderer (src/cli/report/issues.ts) reads only the fields below.
 */
import type { Issue, Severity } from '../types.js';
import { compareIssues } from './issue-order.js';
import { byCodePoint } from './sort.js';

/** How many places per issue code a report names (the rest are in validasi.csv). */
export const FIRST_PLACES = 5;

/** A file and line (null: an issue about a whole file, or the run), with how many issues of one code stand there. */
export interface Place {
  readonly file: string;
  readonly line: number | null;
  count: number;
}

export interface CodeGroup {
  readonly code: string;
  readonly severity: Severity;
  readonly count: number;
  /** The code's first issue in validasi.csv order: the report shows its message and hint. */
  readonly first: Issue;
  /** Its first FIRST_PLACES distinct places in validasi.csv order, each with its issue count. */
  readonly places: readonly Place[];
}

export interface IssueSummary {
  readonly galat: number;
  readonly peringatan: number;
  /** One per code, in code-point order of the codes. */
  readonly groups: readonly CodeGroup[];
}

/** The summary of a list of issues, in validasi.csv order whatever order they come in. */
export function summarizeIssues(issues: Iterable<Issue>): IssueSummary {
  const byCode = new Map<string, Issue[]>();
  let galat = 0;
  for (const issue of [...issues].sort(compareIssues)) {
    if (issue.severity === 'galat') galat++;
    const group = byCode.get(issue.code);
    if (group) group.push(issue);
    else byCode.set(issue.code, [issue]);
  }
  let total = 0;
  const groups: CodeGroup[] = [];
  for (const code of [...byCode.keys()].sort(byCodePoint)) {
    const list = byCode.get(code) ?? [];
    total += list.length;
    const places: Place[] = [];
    for (const issue of list) {
      const last = places[places.length - 1];
      // In validasi.csv order the issues of one place are adjacent.
      if (last !== undefined && last.file === issue.file && last.line === issue.line) last.count++;
      else if (places.length < FIRST_PLACES) places.push({ file: issue.file, line: issue.line, count: 1 });
      else break;
    }
    const first = list[0];
    if (first) groups.push({ code, severity: first.severity, count: list.length, first, places });
  }
  return { galat, peringatan: total - galat, groups };
}
