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

/** The provinces' names, for pages people read (a box label names its province). */
const PROVINCE_NAMES: Readonly<Record<string, string>> = {
  '11': 'Aceh', '12': 'Sumatera Utara', '13': 'Sumatera Barat', '14': 'Riau', '15': 'Jambi',
  '16': 'Sumatera Selatan', '17': 'Bengkulu', '18': 'Lampung', '19': 'Kepulauan Bangka Belitung',
  '21': 'Kepulauan Riau', '31': 'DKI Jakarta', '32': 'Jawa Barat', '33': 'Jawa Tengah',
  '34': 'DI Yogyakarta', '35': 'Jawa Timur', '36': 'Banten', '51': 'Bali', '52': 'Nusa Tenggara Barat',
  '53': 'Nusa Tenggara Timur', '61': 'Kalimantan Barat', '62': 'Kalimantan Tengah',
  '63': 'Kalimantan Selatan', '64': 'Kalimantan Timur', '65': 'Kalimantan Utara', '71': 'Sulawesi Utara',
  '72': 'Sulawesi Tengah', '73': 'Sulawesi Selatan', '74': 'Sulawesi Tenggara', '75': 'Gorontalo',
  '76': 'Sulawesi Barat', '81': 'Maluku', '82': 'Maluku Utara', '91': 'Papua', '92': 'Papua Barat',
  '93': 'Papua Selatan', '94': 'Papua Tengah', '95': 'Papua Pegunungan', '96': 'Papua Barat Daya',
};

/** The province's name, or null for a code that is not a province. */
export function provinceName(pp: string): string | null {
  return PROVINCE_NAMES[pp] ?? null;
}
