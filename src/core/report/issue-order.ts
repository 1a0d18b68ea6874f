import type { Issue } from '../types.js';
import { byCodePoint } from './sort.js';

/** Sorted by file, line, column, code (code point), so reports are stable across runs and machines. */
export function compareIssues(a: Issue, b: Issue): number {
  return (
    byCodePoint(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    byCodePoint(a.column ?? '', b.column ?? '') ||
    byCodePoint(a.code, b.code) ||
    byCodePoint(JSON.stringify(a.params), JSON.stringify(b.params))
  );
}
