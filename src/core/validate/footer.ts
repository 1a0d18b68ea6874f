/**
 * The footer of a file (contract "What counts as data"): a last JUMLAH/TOTAL row is not data. Its
 * stated total is checked against what was counted from the file (voters, or the recap's DPT): a
 * `peringatan` `footer` when they agree (or it states no number), a `galat` `footer-mismatch`
 * otherwise, so that the manifests never silently hold fewer voters than the file says it has.
 */
import type { IssueSink } from '../types.js';
import { makeIssue } from './issue.js';
import type { RollState } from './roll-state.js';

export function footerIssues(state: RollState, excluded: ReadonlySet<string>, issues: IssueSink): void {
  for (const [name, file] of state.files) {
    const footer = file.footer;
    if (footer === null) continue;
    let dihitung = 0;
    if (!excluded.has(name)) for (const acc of file.tps.values()) dihitung += acc.dpt;
    const tertulis = footer.tertulis ?? '-';
    const agrees = footer.tertulis === null || footer.tertulis === String(dihitung);
    issues.add(makeIssue(agrees ? 'footer' : 'footer-mismatch', name, footer.line, null, { tertulis, dihitung }));
  }
}
