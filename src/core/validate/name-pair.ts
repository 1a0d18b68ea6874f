/**
 * A TPS's name tally is keyed by its pair `kecamatan\0kelurahan` (add-row.ts). pairKecamatan and
 * pairKelurahan read the two names back as `pair.split('\0')` gives them first and second, without
 * an array per TPS: they run once per TPS at the end of a run, mostly before V8 has optimised them.
 */
const NUL = '\u0000';

export function namePair(kecamatan: string, kelurahan: string): string {
  return `${kecamatan}${NUL}${kelurahan}`;
}

export function pairKecamatan(pair: string): string {
  const cut = pair.indexOf(NUL);
  return cut < 0 ? pair : pair.slice(0, cut);
}

export function pairKelurahan(pair: string): string {
  const cut = pair.indexOf(NUL);
  if (cut < 0) return '';
  const end = pair.indexOf(NUL, cut + 1);
  return end < 0 ? pair.slice(cut + 1) : pair.slice(cut + 1, end);
}
