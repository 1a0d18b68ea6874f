/**
 * The names of the commit protocol inside `--out`. Everything of the protocol's own starts with a
 * dot (hidden in a file manager and in `ls`), and no output name may, so the two never meet.
 */

/** Held while a run is open: `{pid, host, perintah, token}` of the holder (contract). */
export const LOCK = '.logistik.lock';
/** Where a run stages its files before the commit begins; one per run. */
export const STAGING_PREFIX = '.logistik-staging-';
/**
 * The staging folder is renamed to this when the commit begins. That one atomic rename is the
 * journal: a `.logistik-commit-*` folder after a hard kill means "complete me", a
 * `.logistik-staging-*` folder means "nothing was changed, throw me away".
 */
export const COMMIT_PREFIX = '.logistik-commit-';
/** The earlier run's ringkasan.json while a commit is under way, inside the commit folder. */
export const SET_ASIDE = '.ringkasan-lama.json';
/** Renamed in last: its `keluaran` proves every other file of the run. */
export const RINGKASAN = 'ringkasan.json';

/**
 * A name a run may write inside `--out`: relative, `/`-separated, no empty segment and no segment
 * that starts with a dot (which also rules out `.` and `..`, so no name leaves `--out`). The same
 * rule decides which `keluaran` entries of an earlier ringkasan.json are believable at all.
 */
export function isOutputName(name: string): boolean {
  if (name === '' || name.includes('\\') || name.includes('\0') || name.startsWith('/')) return false;
  return name.split('/').every((segment) => segment !== '' && !segment.startsWith('.'));
}

/** The folders a name lies in, outermost first: `excel/pengadaan.csv` → [`excel`]. */
export function parentsOf(name: string): string[] {
  const segments = name.split('/').slice(0, -1);
  return segments.map((_, i) => segments.slice(0, i + 1).join('/'));
}
