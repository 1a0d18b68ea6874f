import { F, type Layout, type Row, type RowContext, type ValidationSettings } from '../types.js';
import { pollingDay } from './dates.js';
import { makeIssue } from './issue.js';
import { readIdentity } from './identity.js';
import { checkRecap } from './recap-checks.js';
import { VerdictDraft, type RowVerdict } from './verdict.js';
import { checkVoter } from './voter-checks.js';

const nikHeaders = new WeakMap<Layout, string>();

/** The NIK column's header as written, looked up once per layout rather than once per row. */
export function nikHeaderOf(layout: Layout): string {
  let header = nikHeaders.get(layout);
  if (header === undefined) {
    const column = layout.fieldOfColumn.indexOf(F.nik);
    header = (column >= 0 ? layout.headerNames[column] : undefined) ?? 'nik';
    nikHeaders.set(layout, header);
  }
  return header;
}

/**
 * Checks one record. A pure function of its arguments (the two caches are memos), so records can
 * be checked in any order and in any thread; everything across rows happens in addRow/finishRoll.
 */
export function checkRow(row: Row, layout: Layout, ctx: RowContext, settings: ValidationSettings): RowVerdict {
  const v = new VerdictDraft(layout.kind);
  readIdentity(v, row, layout, ctx);
  if (layout.kind === 'pemilih') {
    v.nikHeader = nikHeaderOf(layout);
    checkVoter(v, row, pollingDay(settings.hariPemungutan), ctx);
  } else {
    checkRecap(v, row, ctx);
    if (v.counted && v.dpt === 0) {
      v.add(makeIssue('tps-empty', ctx.file, ctx.line, 'dpt', { tps: v.tps }));
    }
  }
  return v;
}
