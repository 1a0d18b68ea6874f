import { F, type Row, type RowContext } from '../types.js';
import { makeIssue } from './issue.js';
import { echoCell } from '../echo.js';
import { MAX_DPT_TPS, readCountCell } from './recap.js';
import type { VerdictDraft } from './verdict.js';

type CountField = 'dpt' | 'dpt_l' | 'dpt_p';

/**
 * undefined: no such column, or a blank cell that is not needed; null: unreadable (issue added).
 * A blank is needed when it is the only source of the count.
 */
function readCount(
  v: VerdictDraft, row: Row, field: CountField, needed: boolean, ctx: RowContext,
): number | null | undefined {
  const raw = row[F[field]];
  if (raw === undefined || (raw.trim() === '' && !needed)) return undefined;
  const n = readCountCell(raw);
  if (typeof n === 'number') return n;
  const nilai = echoCell(field, raw);
  if (n === 'negative') v.add(makeIssue('dpt-negative', ctx.file, ctx.line, field, { nilai }));
  else if (n === 'too-large') v.add(makeIssue('dpt-too-large', ctx.file, ctx.line, field, { nilai, batas: MAX_DPT_TPS }));
  else v.add(makeIssue('dpt-format', ctx.file, ctx.line, field, { nilai }));
  return null;
}

/** One TPS of a recap roll: `dpt`, or `dpt_l + dpt_p`, which must agree when all three exist. */
export function checkRecap(v: VerdictDraft, row: Row, ctx: RowContext): void {
  const hasDpt = row[F.dpt] !== undefined;
  const dpt = readCount(v, row, 'dpt', true, ctx);
  const l = readCount(v, row, 'dpt_l', !hasDpt, ctx);
  const p = readCount(v, row, 'dpt_p', !hasDpt, ctx);
  if (!hasDpt && (l === undefined || p === undefined)) {
    // No count at all: the header lacks the columns, which the reader reports; the row still needs
    // a reason to be rejected here, or it would be counted as an empty TPS.
    v.add(makeIssue('dpt-format', ctx.file, ctx.line, 'dpt', { nilai: '' }));
    return;
  }
  if (typeof dpt === 'number' && typeof l === 'number' && typeof p === 'number' && l + p !== dpt) {
    v.add(makeIssue('dpt-sum-mismatch', ctx.file, ctx.line, 'dpt', { dpt, dptL: l, dptP: p }));
  }
  const total = hasDpt ? dpt : typeof l === 'number' && typeof p === 'number' ? l + p : null;
  if (typeof total === 'number') v.dpt = total;
}
