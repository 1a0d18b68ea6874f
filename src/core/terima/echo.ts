/**
 * What of a receipt cell a message may quote. Receipts hold public data (item codes, dapil names,
 * quantities, delivery-note numbers), but a shifted column can still put a NIK anywhere, so long
 * digit runs are masked and long text is cut.
 *
 * TODO(merge): the echo policy of issue 9.2 (`core/echo.ts`: echoCell for counts, echoLabel for
 * names) replaces both bodies once it lands.
 */
import { maskNik, safeEcho } from '../validate/mask.js';

const MAX_ECHO = 32;

/** A quantity cell (`dikirim`, `diterima`, `rusak`). */
export function echoQuantity(raw: string): string {
  return safeEcho(raw);
}

/** An item code, a dapil name, a delivery-note number, a region name. */
export function echoText(raw: string): string {
  const masked = raw.trim().replace(/\d(?:\D{0,3}\d){10,}/g, (run) => maskNik(run));
  return masked.length > MAX_ECHO ? `${masked.slice(0, MAX_ECHO)}…` : masked;
}
