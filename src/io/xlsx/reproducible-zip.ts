/**
 * An .xlsx is a zip, and a zip records a modification time per entry: exceljs (through JSZip) puts
 * the clock there, so two runs would differ in those bytes. This rewrites the archive with one
 * given time on every entry, the entries in the order they came, no folder entries (Excel writes
 * none), DOS attributes and the same deflate level, so equal content always gives equal bytes.
 */
import JSZip from 'jszip';

/** The DOS date range a zip entry can hold (1980-2107); DOS time has 2-second steps. */
const ZIP_MIN = Date.UTC(1980, 0, 1);
const ZIP_MAX = Date.UTC(2107, 11, 31, 23, 59, 58);

/**
 * The time of a workbook without SOURCE_DATE_EPOCH: the first a zip can record, the customary
 * fixed date of reproducible archives.
 */
export const FIXED_TIME = new Date(ZIP_MIN);

export async function reproducibleZip(bytes: Uint8Array, time: Date): Promise<Uint8Array> {
  const date = new Date(Math.min(ZIP_MAX, Math.max(ZIP_MIN, time.getTime())));
  const source = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    out.file(entry.name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
