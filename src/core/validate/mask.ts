/**
 * Masking of identity numbers before they reach any Issue param or message: the contract forbids a
 * NIK or NKK in clear anywhere in the output.
 */

/** First 6 + `*` + last 4 of the digits (`167401******0001`); fewer than 10 digits → all `*`. */
export function maskNik(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 10) return '*'.repeat(Math.max(value.trim().length, 1));
  return digits.slice(0, 6) + '*'.repeat(digits.length - 10) + digits.slice(-4);
}

const LONG_DIGITS = /\d{11,}/g;
const MAX_ECHO = 24;

/**
 * A cell value that is safe to quote in a message about a public column (region code, TPS number,
 * DPT count). A shifted column can still put a NIK or a person's name there, so long digit runs are
 * masked and anything wordy is not echoed at all.
 */
export function safeEcho(raw: string): string {
  const text = raw.trim();
  if (/[A-Za-z\u00c0-\uffff]{4,}/.test(text.replace(/tps/gi, ''))) return '…';
  const masked = text.replace(LONG_DIGITS, (run) => maskNik(run));
  return masked.length > MAX_ECHO ? masked.slice(0, MAX_ECHO) + '…' : masked;
}
