import type { Issue, Severity } from '../../core/types.js';
import { compareIssues } from '../../core/report/issue-order.js';

/** How many places of each issue code a report names before it says "and N more". */
export const FIRST_PLACES = 5;

/** Where an issue is: a line of a file, a whole file (line null), or the run (file ''). */
export interface Place {
  readonly file: string;
  readonly line: number | null;
}

/** One issue code of a run, as a report shows it: counts and first places, not every issue. */
export interface IssueGroup {
  readonly code: string;
  readonly severity: Severity;
  readonly count: number;
  /** The first issue in validasi.csv order: its message and hint speak for the group. */
  readonly first: Issue;
  /** The first distinct places, at most FIRST_PLACES. */
  readonly places: readonly Place[];
  /** How many of `count` sit at those places; the rest are "and N more". */
  readonly atPlaces: number;
}

export interface IssueSummary {
  readonly galat: number;
  readonly peringatan: number;
  readonly groups: readonly IssueGroup[];
}

interface MutableGroup {
  code: string;
  severity: Severity;
  count: number;
  first: Issue;
  places: Place[];
  atPlaces: number;
}

const samePlace = (a: Place, b: Place): boolean => a.file === b.file && a.line === b.line;

/**
 * Counts issues per code and keeps only what a report shows, so a report never needs the whole
 * issue list. Feed it issues in validasi.csv order (`compareIssues`): "first" then means the same
 * rows the file and `--json` list first.
 */
export class IssueTally {
  private readonly groups = new Map<string, MutableGroup>();
  private galat = 0;
  private peringatan = 0;

  add(issue: Issue): void {
    if (issue.severity === 'galat') this.galat++;
    else this.peringatan++;
    const place = { file: issue.file, line: issue.line };
    const group = this.groups.get(issue.code);
    if (group === undefined) {
      this.groups.set(issue.code, { code: issue.code, severity: issue.severity, count: 1, first: issue, places: [place], atPlaces: 1 });
      return;
    }
    group.count++;
    // In validasi.csv order the issues of one place are adjacent: comparing with the last is enough.
    const last = group.places[group.places.length - 1];
    if (last !== undefined && samePlace(last, place)) group.atPlaces++;
    else if (group.places.length < FIRST_PLACES) {
      group.places.push(place);
      group.atPlaces++;
    }
  }

  summary(): IssueSummary {
    return { galat: this.galat, peringatan: this.peringatan, groups: [...this.groups.values()] };
  }
}

/** The summary of a whole issue list (sorted here into validasi.csv order). */
export function summarizeIssues(issues: readonly Issue[]): IssueSummary {
  const tally = new IssueTally();
  for (const issue of [...issues].sort(compareIssues)) tally.add(issue);
  return tally.summary();
}
