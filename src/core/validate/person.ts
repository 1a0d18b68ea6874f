/**
 * Parsers for the optional per-voter columns. Each returns the canonical value, `''` for a blank
 * cell (unknown, not an error: many rolls leave these empty) or null for a value it cannot read.
 */

/** Single letters (nearly every row) skip the regex: this runs once per voter per column. */
function canon(raw: string): string {
  const text = raw.trim();
  if (text.length <= 1) return text.toUpperCase();
  return text.toUpperCase().replace(/[\s_\-.]+/g, ' ');
}

const SEX: ReadonlyMap<string, 'L' | 'P'> = new Map([
  ['L', 'L'],
  ['LK', 'L'],
  ['LAKI LAKI', 'L'],
  ['LAKI', 'L'],
  ['P', 'P'],
  ['PR', 'P'],
  ['PEREMPUAN', 'P'],
]);

export function parseSex(raw: string): 'L' | 'P' | '' | null {
  const text = canon(raw);
  if (text === '') return '';
  return SEX.get(text) ?? null;
}

export type MaritalStatus = 'B' | 'S' | 'P';

const STATUS: ReadonlyMap<string, MaritalStatus> = new Map([
  ['B', 'B'],
  ['BELUM', 'B'],
  ['BELUM KAWIN', 'B'],
  ['S', 'S'],
  ['SUDAH', 'S'],
  ['KAWIN', 'S'],
  ['SUDAH KAWIN', 'S'],
  ['P', 'P'],
  ['PERNAH', 'P'],
  ['PERNAH KAWIN', 'P'],
  ['CERAI', 'P'],
  ['CERAI HIDUP', 'P'],
  ['CERAI MATI', 'P'],
]);

export function parseStatus(raw: string): MaritalStatus | '' | null {
  const text = canon(raw);
  if (text === '') return '';
  return STATUS.get(text) ?? null;
}

const DISABILITY_LIST = /^[0-6](?:\s*[,;/\s]\s*[0-6])*$/;

/** Empty, `0` or `-` mean none; `1`-`6` are the KPU codes, also as a list (`1,5`, `1 5`). */
export function isValidDisability(raw: string): boolean {
  const text = raw.trim();
  return text === '' || text === '-' || DISABILITY_LIST.test(text);
}
