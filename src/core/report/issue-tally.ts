import type { Issue, IssueSink, Severity } from '../types.js';
import { compareIssues } from './issue-order.js';
import { byCodePoint } from './sort.js';

/** How many places per issue code the summary and `masalah.baris_pertama` name (the rest are in validasi.csv). */
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
  /** The code's first issue in validasi.csv order: the summary shows its message and hint. */
  readonly first: Issue;
  /** Its first FIRST_PLACES distinct places in validasi.csv order, each with its issue count. */
  readonly places: readonly Place[];
}

/** What the summary and `ringkasan.json` say about the issues of a run: counts, never the issues themselves. */
export interface IssueSummary {
  readonly galat: number;
  readonly peringatan: number;
  /** One per code, in code-point order of the codes. */
  readonly groups: readonly CodeGroup[];
  readonly perKode: Record<string, number>;
  /** Per code, the first FIRST_PLACES issues' places in validasi.csv order (a place twice when two issues stand there). */
  readonly barisPertama: Record<string, Array<{ berkas: string; baris: number | null }>>;
  /**
   * Issues whose place the terminal list does not name: per code, those outside its first
   * FIRST_PLACES places (the "and N more" of each code), summed. All of them are in validasi.csv.
   */
  readonly tidakDitampilkan: number;
}

interface Group {
  readonly code: string;
  count: number;
  first: Issue;
  readonly places: Place[];
}

/** A tally as plain data, for another thread. */
export interface IssueTallyData {
  readonly galat: number;
  readonly peringatan: number;
  readonly groups: readonly Group[];
}

/** Places in validasi.csv order: file in code-point order, then line (a whole-file issue first). */
function comparePlace(file: string, line: number | null, p: Place): number {
  return byCodePoint(file, p.file) || (line ?? 0) - (p.line ?? 0);
}

/**
 * Counts issues per code and severity and keeps, per code, the first issue and the first
 * FIRST_PLACES places: bounded by the number of codes, whatever the number of issues, and the
 * same whatever order the issues arrive in (two tallies absorb each other exactly).
 */
export class IssueTally implements IssueSink {
  private galat = 0;
  private peringatan = 0;
  private readonly byCode = new Map<string, Group>();

  static fromData(data: IssueTallyData): IssueTally {
    const t = new IssueTally();
    t.galat = data.galat;
    t.peringatan = data.peringatan;
    for (const g of data.groups) t.byCode.set(g.code, { code: g.code, count: g.count, first: g.first, places: g.places.map((p) => ({ ...p })) });
    return t;
  }

  toData(): IssueTallyData {
    return { galat: this.galat, peringatan: this.peringatan, groups: [...this.byCode.values()] };
  }

  add(issue: Issue): void {
    if (issue.severity === 'galat') this.galat++;
    else this.peringatan++;
    const group = this.byCode.get(issue.code);
    if (group === undefined) {
      this.byCode.set(issue.code, { code: issue.code, count: 1, first: issue, places: [{ file: issue.file, line: issue.line, count: 1 }] });
      return;
    }
    group.count++;
    if (compareIssues(issue, group.first) < 0) group.first = issue;
    notePlace(group.places, issue.file, issue.line, 1);
  }

  /** Adds another tally's counts (a part of the run counted elsewhere). */
  absorb(other: IssueTally): void {
    this.galat += other.galat;
    this.peringatan += other.peringatan;
    for (const [code, theirs] of other.byCode) {
      const mine = this.byCode.get(code);
      if (mine === undefined) {
        this.byCode.set(code, { code, count: theirs.count, first: theirs.first, places: theirs.places.map((p) => ({ ...p })) });
        continue;
      }
      mine.count += theirs.count;
      if (compareIssues(theirs.first, mine.first) < 0) mine.first = theirs.first;
      // A place among the other's first ones that is among the merged first ones was among the
      // other's first ones too: counts stay exact.
      for (const p of theirs.places) notePlace(mine.places, p.file, p.line, p.count);
    }
  }

  summary(): IssueSummary {
    const groups: CodeGroup[] = [];
    const perKode: Record<string, number> = {};
    const barisPertama: IssueSummary['barisPertama'] = {};
    let tidakDitampilkan = 0;
    for (const code of [...this.byCode.keys()].sort(byCodePoint)) {
      const g = this.byCode.get(code)!;
      const places = g.places.map((p) => ({ ...p }));
      groups.push({ code, severity: g.first.severity, count: g.count, first: g.first, places });
      perKode[code] = g.count;
      barisPertama[code] = firstIssuePlaces(places);
      tidakDitampilkan += g.count - places.reduce((n, p) => n + p.count, 0);
    }
    return { galat: this.galat, peringatan: this.peringatan, groups, perKode, barisPertama, tidakDitampilkan };
  }
}

/** The summary of a small list of issues (tests, and callers that hold them anyway). */
export function summarizeIssues(issues: Iterable<Issue>): IssueSummary {
  const tally = new IssueTally();
  for (const issue of issues) tally.add(issue);
  return tally.summary();
}

/** Counts `n` issues at a place, keeping only the first FIRST_PLACES places, in order. */
function notePlace(places: Place[], file: string, line: number | null, n: number): void {
  const last = places[places.length - 1];
  // Most issues come in line order, after every place kept: one comparison.
  if (places.length === FIRST_PLACES && last !== undefined && comparePlace(file, line, last) > 0) return;
  for (let i = 0; i < places.length; i++) {
    const p = places[i]!;
    const c = comparePlace(file, line, p);
    if (c === 0 && line === p.line) {
      p.count += n;
      return;
    }
    if (c <= 0) {
      places.splice(i, 0, { file, line, count: n });
      if (places.length > FIRST_PLACES) places.pop();
      return;
    }
  }
  if (places.length < FIRST_PLACES) places.push({ file, line, count: n });
}

/** The places of the first FIRST_PLACES issues: a place repeated as often as issues stand there. */
function firstIssuePlaces(places: readonly Place[]): Array<{ berkas: string; baris: number | null }> {
  const out: Array<{ berkas: string; baris: number | null }> = [];
  for (const p of places) {
    for (let k = 0; k < p.count && out.length < FIRST_PLACES; k++) out.push({ berkas: p.file, baris: p.line });
  }
  return out;
}
