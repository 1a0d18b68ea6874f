/**
 * "Did you mean": the known word closest to a typed one, or null when none is close enough to be
 * a typo rather than a different word. Used for config keys and item codes.
 */
import { compareCodePoints } from './code-point.js';

/** Case, `-`, spaces and `_` do not make a different word: `Cadangan-Persen` is `cadangan_persen`. */
function loose(word: string): string {
  return word.toLowerCase().replace(/[-_\s]/g, '');
}

/** How many edits a typo of a word this long may hold: 1 up to 4 letters, 2 up to 8, then 3. */
export function allowedEdits(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/** A prefix this long is a word cut short, not a coincidence. */
const MIN_PREFIX = 5;

export function closest(word: string, candidates: Iterable<string>): string | null {
  const known = [...new Set(candidates)].filter((c) => c !== word).sort(compareCodePoints);
  const same = known.find((c) => loose(c) === loose(word));
  if (same !== undefined) return same;
  // A word cut short or run on (`kapasitas` for `kapasitas_tps`): one candidate that starts with it.
  if (word.length >= MIN_PREFIX) {
    const longer = known.filter((c) => c.startsWith(word) || word.startsWith(c));
    if (longer.length === 1) return longer[0] ?? null;
  }
  let best: string | null = null;
  let bestDistance = allowedEdits(word.length) + 1;
  for (const candidate of known) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i] as number[];
      const up = rows[i - 1] as number[];
      let d = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = d;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}
