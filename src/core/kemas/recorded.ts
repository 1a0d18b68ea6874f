/**
 * What the manifest's own ringkasan.json says that a packer must hear: a manifest written with
 * `--allow-invalid` left rows of the roll out, and their voters get nothing from these lists.
 */
import type { Issue } from '../types.js';
import { kemasIssue } from './issue.js';

export interface RecordedCounts {
  /** `masalah.galat` of the manifest's run. */
  readonly galat: number;
  /** Σ `masukan[].ditolak`: the roll's rows that were not counted. */
  readonly ditolak: number;
}

export function rejectedRows(folder: string, r: RecordedCounts): Issue[] {
  if (r.galat === 0) return [];
  return [kemasIssue('kemas-manifest-rows-rejected', `${folder}/ringkasan.json`, null, null, { folder, galat: r.galat, ditolak: r.ditolak })];
}
