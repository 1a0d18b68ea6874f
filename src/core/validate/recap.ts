/**
 * Counts in recap rolls. Only plain digits: `1.234` and `1,234` are refused rather than guessed,
 * because in Indonesian exports `.` is the thousands separator and `,` the decimal mark, and the
 * other way round in English ones.
 */
const COUNT = /^\d+$/;
const NEGATIVE = /^-\s*\d+$/;

/**
 * Above this a count is refused (`dpt-too-large`): no TPS comes near a million voters, and the
 * bound keeps every sum of a roll exact (far below 2^53).
 */
export const MAX_DPT_TPS = 1_000_000;

/** What a count cell says: a number, or why it is none. */
export type CountRead = number | 'negative' | 'too-large' | 'format';

export function readCountCell(raw: string): CountRead {
  const text = raw.trim();
  if (NEGATIVE.test(text)) return 'negative';
  if (!COUNT.test(text)) return 'format';
  const digits = text.replace(/^0+(?=\d)/, '');
  if (digits.length > 7 || Number(digits) > MAX_DPT_TPS) return 'too-large';
  return Number(digits);
}

/** The count, or null for anything that is not a plain whole number up to MAX_DPT_TPS. */
export function parseCount(raw: string): number | null {
  const n = readCountCell(raw);
  return typeof n === 'number' ? n : null;
}
