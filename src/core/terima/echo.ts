/**
 * What of a receipt or KPPS cell a message may quote: the one echo policy (core/echo.ts). Receipts
 * hold public data, but a shifted column can still put a NIK anywhere: quantities follow the policy
 * of counts (letters and long digit runs masked), everything else that of labels (digit runs masked).
 */
import { echoCell, echoLabel } from '../echo.js';

/** A quantity cell (`dikirim`, `diterima`, `rusak`). */
export function echoQuantity(raw: string): string {
  return echoCell('dpt', raw);
}

/** An item code, a dapil name, a stage, a date, a delivery-note number, a region name. */
export function echoText(raw: string): string {
  return echoLabel(raw);
}
