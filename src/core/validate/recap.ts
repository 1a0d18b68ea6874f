/**
 * Counts in recap rolls. Only plain digits: `1.234` and `1,234` are refused rather than guessed,
 * because in Indonesian exports `.` is the thousands separator and `,` the decimal mark, and the
 * other way round in English ones; nine digits is far above any real TPS.
 */
const COUNT = /^\d{1,9}$/;

export function parseCount(raw: string): number | null {
  const text = raw.trim();
  return COUNT.test(text) ? Number(text) : null;
}
