/**
 * Which lines of a roll are data (contract "What counts as data"): `baris_data` counts every
 * non-blank line except the header, the title lines above it and one final footer. A title line is
 * a line that cannot be a record of this roll; a record-shaped line above the header is data (it is
 * counted and rejected, never skipped). The footer is the last record whose first cell reads
 * `JUMLAH` or `TOTAL`, with the signature lines below it that cannot be records either.
 */
import { looksLikeData } from './echo.js';
import { F, type Layout } from './types.js';
import { parseCount } from './validate/recap.js';
import { parseKode } from './validate/region-code.js';
import { parseTps } from './validate/tps-number.js';

/** The header is looked for among the first HEADER_WINDOW non-blank lines of a file (documented in the guide). */
export const HEADER_WINDOW = 50;

/** A NIK or NKK, however written: no title line carries one. */
const IDENTITY_RUN = /\d(?:[ .\-/]*\d){11,}/;

/**
 * Whether a line can be a record of a roll with this header: it holds an identity number anywhere,
 * or at least two cells under mapped columns of which one reads as that column's value (a region
 * code, a NIK-like number, a TPS number beside a region name, a count beside a TPS number).
 * "DAFTAR PEMILIH TETAP", "PROVINSI : SUMATERA SELATAN,,,,," or "KECAMATAN,PRABUMULIH BARAT" cannot.
 */
export function canBeRecord(cells: readonly string[], layout: Layout): boolean {
  if (cells.some((c) => IDENTITY_RUN.test(c))) return true;
  const cell = (field: number): string => {
    const column = layout.fieldOfColumn.indexOf(field);
    return column < 0 ? '' : (cells[column] ?? '').trim();
  };
  let mapped = 0;
  layout.fieldOfColumn.forEach((field, c) => {
    if (field >= 0 && (cells[c] ?? '').trim() !== '') mapped++;
  });
  if (mapped < 2) return false;
  const tps = parseTps(cell(F.tps)) !== null;
  return (
    typeof parseKode(cell(F.kode_kelurahan)) === 'string' ||
    looksLikeData(cell(F.nik)) ||
    (tps && (cell(F.kecamatan) !== '' || cell(F.kelurahan) !== '')) ||
    (tps && parseCount(cell(F.dpt)) !== null)
  );
}

/** A record whose first non-blank cell starts with JUMLAH or TOTAL (any case): maybe the footer. */
export function isFooterCandidate(cells: readonly string[]): boolean {
  const first = cells.find((c) => c.trim() !== '');
  return first !== undefined && /^(?:jumlah|total)\b/i.test(first.trim());
}

/** Whole numbers in a footer cell; `1.234` is read as a thousands-grouped 1234. */
function numbersIn(text: string): bigint[] {
  return [...text.matchAll(/\d{1,3}(?:\.\d{3})+(?!\d)|\d+/g)].map((m) => BigInt(m[0].replaceAll('.', '')));
}

/**
 * The total a footer states, to check against what was counted from its file: in a recap its
 * `dpt` cell (or `dpt_l + dpt_p`), else the largest whole number it holds (`JUMLAH PEMILIH : 183`,
 * `JUMLAH L 90 P 93 TOTAL 183`); null when it holds none. A string of digits: a footer may state any
 * number, also one past 2^53.
 */
export function footerTotal(cells: readonly string[], layout: Layout): string | null {
  const cell = (field: number): bigint | null => {
    const column = layout.fieldOfColumn.indexOf(field);
    const text = column < 0 || cells.length !== layout.width ? '' : (cells[column] ?? '').trim();
    const n = numbersIn(text);
    return n.length === 1 && /^[\d.\s]+$/.test(text) ? n[0]! : null;
  };
  if (layout.kind === 'rekap') {
    const dpt = cell(F.dpt);
    if (dpt !== null) return String(dpt);
    const l = cell(F.dpt_l);
    const p = cell(F.dpt_p);
    if (l !== null && p !== null) return String(l + p);
  }
  let best: bigint | null = null;
  for (const c of cells) for (const n of numbersIn(c)) if (best === null || n > best) best = n;
  return best === null ? null : String(best);
}
