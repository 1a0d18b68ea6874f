import { hasInvisible } from '../echo.js';
import { isRealDate } from './dates.js';
import { isProvinceCode } from './provinces.js';

/**
 * What a NIK/NKK cell looks like. `spreadsheet` is damage done by a spreadsheet that read the
 * column as a number: scientific notation (`1.67401E+15`, also with a decimal comma), a trailing
 * `.0`, or 15 digits; `masked` is the `167401******0001` form of published lists. The other faults
 * are told apart so that the message can say what is wrong: an invisible character (zero-width
 * space, a lone CR …), a letter (`O` for `0`, or a name in the wrong column), 16 digits written
 * with spaces, dots or dashes, or simply the wrong number of digits (`format`).
 */
export type NikShape = 'ok' | 'masked' | 'spreadsheet' | 'invisible' | 'letter' | 'separator' | 'format';

const DIGITS16 = /^\d{16}$/;
const SCIENTIFIC = /^\d(?:[.,]\d+)?[eE]\+?\d+$/;
const DECIMAL_ZERO = /^\d+[.,]0+$/;
const DIGITS15 = /^\d{15}$/;
const MASKED = /^(?=.*[*xX])[\d*xX]{16}$/;
const LETTER = /\p{L}/u;
const SEPARATED16 = /^\d(?:[ .\-/]*\d){15}$/;

/** `text` must be trimmed. */
export function nikShape(text: string): NikShape {
  if (DIGITS16.test(text)) return 'ok';
  if (SCIENTIFIC.test(text) || DECIMAL_ZERO.test(text) || DIGITS15.test(text)) return 'spreadsheet';
  if (MASKED.test(text)) return 'masked';
  if (hasInvisible(text)) return 'invisible';
  if (LETTER.test(text)) return 'letter';
  if (SEPARATED16.test(text)) return 'separator';
  return 'format';
}

export function nikHasKnownProvince(nik: string): boolean {
  return isProvinceCode(nik.slice(0, 2));
}

/** The DDMMYY part of a 16-digit NIK: women have DD + 40 (domain.md §5.2). */
export interface NikBirth {
  readonly sex: 'L' | 'P';
  readonly day: number;
  readonly month: number;
  /** Two digits only: the century is unknowable. */
  readonly yy: number;
}

/**
 * Decodes DDMMYY, or null when it is no real date in either century. Trying both 19YY and 20YY
 * matters only for 29 February of YY = 00, which is real in 2000 but not in 1900.
 */
export function nikBirth(nik: string): NikBirth | null {
  const dd = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const female = dd > 40;
  const day = female ? dd - 40 : dd;
  if (day > 31) return null;
  if (!isRealDate(2000 + yy, month, day) && !isRealDate(1900 + yy, month, day)) return null;
  return { sex: female ? 'P' : 'L', day, month, yy };
}
