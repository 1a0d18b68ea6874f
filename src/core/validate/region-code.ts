import { isProvinceCode } from './provinces.js';

/** Which part of `PP.KK.CC.DDDD` is wrong; the token is language-neutral, so it goes in params. */
export type KodePart = 'PP.KK.CC.DDDD' | 'KK' | 'CC' | 'DDDD';

export interface KodeFault {
  readonly fault: KodePart;
}

const SHAPE: KodeFault = Object.freeze({ fault: 'PP.KK.CC.DDDD' });
const KABKOTA: KodeFault = Object.freeze({ fault: 'KK' });
const KECAMATAN: KodeFault = Object.freeze({ fault: 'CC' });
const VILLAGE: KodeFault = Object.freeze({ fault: 'DDDD' });

const DOTTED = /^(\d{2})\.(\d{2})\.(\d{2})\.(\d{4})$/;
const PLAIN = /^(\d{2})(\d{2})(\d{2})(\d{4})$/;

/**
 * Normalises a Kemendagri village code (dotted or 10 digits) to dotted form, or says which part is
 * wrong. KK 01-69 is a kabupaten and 71-99 a kota, so 00 and 70 are impossible; the village part
 * starts with 1 (kelurahan) or 2 (desa).
 */
export function parseKode(raw: string): string | KodeFault {
  const text = raw.trim();
  const m = DOTTED.exec(text) ?? PLAIN.exec(text);
  if (m === null) return SHAPE;
  const [, pp = '', kk = '', cc = '', dddd = ''] = m;
  if (kk === '00' || kk === '70') return KABKOTA;
  if (cc === '00') return KECAMATAN;
  if (dddd[0] !== '1' && dddd[0] !== '2') return VILLAGE;
  return `${pp}.${kk}.${cc}.${dddd}`;
}

/** Province unknown to Kemendagri: often a BPS code mixed in (see provinces.ts). */
export function hasKnownProvince(kode: string): boolean {
  return isProvinceCode(kode.slice(0, 2));
}

/** `PP.KK.CC` of a dotted village code. */
export function kecamatanCode(kode: string): string {
  return kode.slice(0, 8);
}

/** `PP.KK` of a dotted village code. */
export function kabKotaCode(kode: string): string {
  return kode.slice(0, 5);
}
