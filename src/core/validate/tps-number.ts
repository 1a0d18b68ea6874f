const TPS = /^(?:tps[\s.-]*)?0*(\d{1,3})$/i;

/**
 * `1`, `001`, `TPS 1`, `tps001` → `001`. Returns null for anything else, including 0 and numbers
 * above 999 (TPS numbers are written with three digits).
 */
export function parseTps(raw: string): string | null {
  const match = TPS.exec(raw.trim());
  if (match === null) return null;
  const n = Number(match[1]);
  if (n === 0) return null;
  return n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n);
}

/** TPS 9xx are special-location TPS (hospitals, prisons …) outside the village sequence. */
export function isSpecialTps(tps: string): boolean {
  return tps.startsWith('9');
}
