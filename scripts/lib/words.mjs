/**
 * Word lists for the synthetic voter roll. Upper case because the DPT is printed in upper case.
 * Plain data; the generator picks from them with its seeded PRNG, so changing a list changes every
 * generated roll (and the committed fixtures: run `npm run fixtures` afterwards).
 */

export const MALE_GIVEN = [
  'AHMAD', 'MUHAMMAD', 'BUDI', 'AGUS', 'BAMBANG', 'DEDI', 'HENDRA', 'IWAN', 'JOKO', 'RUDI',
  'SUPRIYADI', 'SLAMET', 'SUTRISNO', 'TEGUH', 'WAHYU', 'YUSUF', 'ANDI', 'ARIF', 'DENI', 'EKO',
  'FAJAR', 'GUNAWAN', 'HERU', 'IRFAN', 'KURNIAWAN', 'LUKMAN', 'NANANG', 'RAHMAT', 'RIZKY', 'SAEPUL',
  'ASEP', 'UJANG', 'DADANG', 'CECEP', 'ENDANG', 'TEUKU', 'RIDWAN', 'SYAHRIAL', 'ZULKIFLI', 'HASAN',
  'MA\'RUF', 'NU\'MAN', 'DIMAS', 'ILHAM', 'REZA', 'TAUFIK', 'YOGI', 'HARIS', 'FIRMAN', 'ROBERTUS',
];

export const FEMALE_GIVEN = [
  'SITI', 'NUR', 'DEWI', 'SRI', 'RATNA', 'YULI', 'ENDAH', 'LESTARI', 'RINA', 'WATI',
  'NURHAYATI', 'SUMARNI', 'SUHARTINI', 'AISYAH', 'FITRI', 'INDAH', 'KARTIKA', 'LINDA', 'MAYA', 'NOVI',
  'PUTRI', 'RAHMAWATI', 'SARI', 'TUTI', 'UMI', 'WULAN', 'YANTI', 'ANI', 'EUIS', 'IMAS',
  'NENG', 'CUCU', 'ENTIN', 'POPON', 'CUT', 'NURUL', 'AMINAH', 'HALIMAH', 'ROSMIATI', 'SYAFITRI',
  'DIAH', 'ELIS', 'HANI', 'IKA', 'JUBAEDAH', 'MARIA', 'NINGSIH', 'RESTU', 'TATI', 'ZAHRA',
];

export const MIDDLE = [
  'TRI', 'DWI', 'EKA', 'AJI', 'SETYA', 'PUTRA', 'SURYA', 'ADI', 'NUR', 'ABDUL',
  'RAHMAN', 'HIDAYAT', 'PRASETYO', 'SANTOSO', 'WIBOWO', 'SAPUTRA', 'KUSUMA', 'LATIF', 'FAUZI', 'HAKIM',
  'SUSANTI', 'HANDAYANI', 'WAHYUNI', 'PERMATA', 'ANGGRAENI', 'MULYANI', 'KURNIASIH', 'SURYADI', 'FITRIANI', 'SUNDARI',
];

/** Clan or family names (Batak, Minang, Minahasa, Ambon …): only some voters carry one. */
export const FAMILY = [
  'HASIBUAN', 'SIREGAR', 'NASUTION', 'LUBIS', 'HARAHAP', 'SIMANJUNTAK', 'SITOMPUL', 'TANJUNG', 'PANGGABEAN',
  'SINAGA', 'POHAN', 'DAULAY', 'RITONGA', 'LOMBAN', 'PATTY', 'WATTIMENA', 'TAMBUNAN', 'SITUMORANG',
];

/** Academic titles written after a comma: the reason these names need CSV quoting. */
export const TITLES_AFTER = [
  'S.PD.', 'S.E.', 'S.H.', 'S.KOM.', 'S.IP.', 'S.T.', 'S.AG.', 'A.MD.', 'M.M.', 'S.KEP.', 'S.SOS.', 'M.PD.',
];

/** Nicknames that voters put in quotes inside the name cell: the reason for `""` escapes. */
export const NICKNAMES = ['ENDUT', 'UCOK', 'ATENG', 'NENG', 'UJANG', 'BUTET', 'ACIL', 'IPUL'];

export const CITIES = [
  'JAKARTA', 'BANDUNG', 'SURABAYA', 'PALEMBANG', 'MEDAN', 'SEMARANG', 'MAKASSAR', 'AMBON', 'PADANG',
  'BANJARMASIN', 'YOGYAKARTA', 'TASIKMALAYA', 'CIAMIS', 'GARUT', 'CIREBON', 'MUARA ENIM', 'LAHAT',
  'BATURAJA', 'PRABUMULIH', 'BOGOR', 'TEGAL', 'SOLO', 'MALANG', 'PEKANBARU', 'JAMBI', 'LAMPUNG',
];

export const STREETS = [
  'SUDIRMAN', 'MERDEKA', 'DIPONEGORO', 'KARTINI', 'PAHLAWAN', 'MELATI', 'MAWAR', 'KENANGA', 'SEMANGKA',
  'MANGGA', 'RAMBUTAN', 'DURIAN', 'NANGKA', 'PERINTIS', 'PEMUDA', 'GARUDA', 'CEMPAKA', 'ANGGREK',
  'SILIWANGI', 'HASANUDDIN', 'IMAM BONJOL', 'KAPTEN RIVAI', 'LINTAS TIMUR', 'PELABUHAN', 'DERMAGA',
];

export const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
export const LANE = ['TIMUR', 'BARAT', 'UTARA', 'SELATAN', 'BUNTU', 'MASJID', 'SEKOLAH', 'H. ROHIM'];

/** Syllables for synthetic region names ("SUKA UTARA", "MARGA HILIR"). */
export const PLACE_HEAD = [
  'SUKA', 'MARGA', 'KARANG', 'TANJUNG', 'SUMBER', 'BATU', 'MEKAR', 'SIDO', 'KOTA', 'PASIR', 'TEGAL',
  'AIR', 'MUARA', 'GUNUNG', 'SUNGAI', 'CIKAL', 'PANCA', 'SINDANG', 'RAWA', 'BUKIT',
];
export const PLACE_TAIL = [
  'UTARA', 'SELATAN', 'TIMUR', 'BARAT', 'HILIR', 'HULU', 'JAYA', 'MAKMUR', 'SARI', 'RAYA', 'BARU',
  'INDAH', 'MULYA', 'REJO', 'ASRI', 'TENGAH', 'LAMA', 'AGUNG',
];
