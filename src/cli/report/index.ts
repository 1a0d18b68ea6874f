/**
 * The pieces every command's end-of-run report is made of: one header, one grouped issue list,
 * one number format, one way to stdout/stderr with `--json`, language and colour. A new command's
 * summary is its own few lines between `renderHeader` and its outcome line, passed to `emitReport`.
 */
export { emitReport, type EmitOptions } from './emit.js';
export { renderHeader, type HeaderInput } from './header.js';
export { summarizeIssues, type CodeGroup, type IssueSummary } from '../../core/report/issue-tally.js';
export { renderIssues } from './issues.js';
export { outcome } from './outcome.js';
export { reportStyle, type ReportStyle } from './style.js';
