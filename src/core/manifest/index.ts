/** A `hitung` folder read back: file names, the recorded ringkasan.json, strict typed rows. */
export { MANIFEST_FILES, CONFIG_FILE, RINGKASAN_FILE, VALIDASI_FILE, type ManifestFile } from './files.js';
export { parseRecordedRun, versionOf, type RecordedRun, type RecordedOpsi } from './recorded.js';
export { parseManifestTables } from './parse.js';
export { wholeNumber, checkHeader, KeyLines } from './cells.js';
export type * from './types.js';
