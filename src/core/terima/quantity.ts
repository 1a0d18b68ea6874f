/**
 * Quantities in receipts and KPPS confirmations: plain digits only. `1.234` and `1,234` are refused
 * rather than guessed (the thousands mark is `.` in Indonesian exports and `,` in English ones), as
 * for the counts of recap rolls. Nine digits is far above any delivery to one KPU Kab/Kota, and keeps
 * every sum of a run exact.
 */
const DIGITS = /^\d+$/;

export const MAX_QUANTITY = 999_999_999;

/** The whole number ≥ 0 a cell holds, or null when it holds none (or one above MAX_QUANTITY). */
export function parseQuantity(raw: string): number | null {
  const text = raw.trim();
  if (!DIGITS.test(text)) return null;
  const digits = text.replace(/^0+(?=\d)/, '');
  if (digits.length > 9) return null;
  return Number(digits);
}
