import { renderIssueHint, renderIssueMessage, severityWord, t } from '../../core/messages/index.js';
import { byCodePoint } from '../../core/report/sort.js';
import type { CodeGroup, IssueSummary, Place } from '../../core/report/issue-tally.js';
import type { ReportStyle } from './style.js';

/**
 * Codes a report shows inside another code's group when that one is present: a run-level finding
 * that explains them all at once (a Pemilu run of a Pilkada roll: one hint, not 2,000 warnings).
 * Every issue is still counted and listed in validasi.csv.
 */
const SHOWN_UNDER: Readonly<Record<string, string>> = {
  'tps-over-capacity': 'capacity-fits-other-preset',
};

/**
 * The issue list of a report: a count line, then one group per code, errors first, each with its
 * severity as a word, the first issue's message, its first places and a labelled hint, so the list
 * reads the same without colour.
 */
export function renderIssues(s: ReportStyle, summary: IssueSummary): string[] {
  const { lang } = s;
  if (summary.galat + summary.peringatan === 0) return [t(lang, 'report.issues-none')];
  const lines = [t(lang, 'report.issues', { galat: s.num(summary.galat), peringatan: s.num(summary.peringatan) })];
  const present = new Set(summary.groups.map((g) => g.code));
  const top = summary.groups.filter((g) => !present.has(SHOWN_UNDER[g.code] ?? ''));
  const order = (a: CodeGroup, b: CodeGroup): number => (a.severity === b.severity ? byCodePoint(a.code, b.code) : a.severity === 'galat' ? -1 : 1);
  for (const group of [...top].sort(order)) {
    lines.push(...renderGroup(s, group));
    for (const child of summary.groups.filter((g) => SHOWN_UNDER[g.code] === group.code).sort(order)) {
      lines.push(`    ${child.code}: ${placesText(s, child)}`);
    }
  }
  // The list is capped (a few places per code): say how many issues it did not name.
  if (summary.tidakDitampilkan > 0) lines.push(s.c.dim(t(lang, 'report.not-shown', { n: s.num(summary.tidakDitampilkan) })));
  return lines;
}

function renderGroup(s: ReportStyle, g: CodeGroup): string[] {
  const { lang, c } = s;
  const paint = g.severity === 'galat' ? c.red : c.yellow;
  const head = `${severityWord(g.severity, lang)} ${g.code} (${s.num(g.count)})`;
  const lines = [`  ${paint(head)}: ${renderIssueMessage(g.first, lang, true)}`];
  // A run-level issue has no file: no place line then.
  if (g.places.some((p) => p.file !== '')) lines.push(`    ${c.dim(placesText(s, g))}`);
  lines.push(`    ${t(lang, 'report.hint', { hint: renderIssueHint(g.first, lang, true) })}`);
  return lines;
}

/** `dpt.csv:2, dpt.csv:185 and 3 more (see validasi.csv)`; a whole-file issue names its file once. */
function placesText(s: ReportStyle, g: CodeGroup): string {
  const where = g.places.filter((p) => p.file !== '').map(placeText).join(', ');
  const rest = g.count - g.places.reduce((n, p) => n + p.count, 0);
  return rest > 0 ? `${where} ${t(s.lang, 'report.more', { n: s.num(rest) })}` : where;
}

function placeText(p: Place): string {
  return p.line === null ? p.file : `${p.file}:${p.line}`;
}
