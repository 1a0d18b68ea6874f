import { echoLabel } from '../echo.js';

/** `kode|tps`, or `\0kecamatan\0kelurahan|tps` for rolls without codes (never clashes with a code). */
export function tpsKey(kode: string, kecamatan: string, kelurahan: string, tps: string): string {
  return kode !== '' ? `${kode}|${tps}` : `\u0000${kecamatan}\u0000${kelurahan}|${tps}`;
}

/**
 * How a TPS key (verdict.ts tpsKey) reads in a message: the village code, or `kecamatan / kelurahan`
 * for rolls without codes, through the echo policy; `…` for a name column found to hold personal
 * data (personal-columns.ts).
 */
export function describeTpsKey(key: string, hidden: ReadonlySet<string> = NONE): { wilayah: string; tps: string } {
  const bar = key.lastIndexOf('|');
  const place = key.slice(0, bar);
  const tps = key.slice(bar + 1);
  if (!place.startsWith('\u0000')) return { wilayah: place, tps };
  const [, kecamatan = '', kelurahan = ''] = place.split('\u0000');
  const show = (column: string, name: string): string => (hidden.has(column) ? '…' : echoLabel(name));
  return { wilayah: `${show('kecamatan', kecamatan)} / ${show('kelurahan', kelurahan)}`, tps };
}

const NONE: ReadonlySet<string> = new Set();
