/**
 * Kemendagri province codes (PP), as of Kepmendagri 300.2.2-2138/2025. The 2022 Papua splits are
 * 93 Papua Selatan, 94 Papua Tengah, 95 Papua Pegunungan, 96 Papua Barat Daya (91 Papua, 92 Papua
 * Barat). BPS numbers Papua differently (94 Papua, 97 Papua Pegunungan …): a 97 usually means a BPS code.
 */
const PROVINCES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21',
  '31', '32', '33', '34', '35', '36',
  '51', '52', '53',
  '61', '62', '63', '64', '65',
  '71', '72', '73', '74', '75', '76',
  '81', '82',
  '91', '92', '93', '94', '95', '96',
]);

export function isProvinceCode(pp: string): boolean {
  return PROVINCES.has(pp);
}
