/** The names of the files a `hitung` run writes into `--out` (contract, "Output files"). */

/** The manifests proper: written only when the roll may be counted. */
export const MANIFEST_FILES = [
  'pengadaan.csv',
  'distribusi-tps.csv',
  'distribusi-kelurahan.csv',
  'distribusi-kecamatan.csv',
  'distribusi-kpu.csv',
] as const;
export type ManifestFile = (typeof MANIFEST_FILES)[number];

/** The resolved config of the run, written beside the manifests; later commands take their rules from it. */
export const CONFIG_FILE = 'konfigurasi.json';
export const VALIDASI_FILE = 'validasi.csv';
export const RINGKASAN_FILE = 'ringkasan.json';
