/**
 * An .xlsx is a zip, and a zip records a modification time per entry: exceljs puts the clock
 * there, so two runs would differ in those bytes. This rewrites the archive with one given time on
 * every entry, the entries in one fixed order (`[Content_Types].xml` first, as Excel writes it,
 * then by name in code-point order, whatever order the library wrote them in), names without the
 * leading `/` exceljs's streaming writer gives some, no folder entries, DOS attributes and one
 * deflate level, so equal content always gives equal bytes.
 */
import JSZip from 'jszip';
import { compareCodePoints } from '../../core/code-point.js';

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
  const entries = Object.values(source.files)
    .filter((entry) => !entry.dir)
    .map((entry) => ({ entry, name: entry.name.replace(/^\/+/, '') }))
    .sort((a, b) => rank(a.name) - rank(b.name) || compareCodePoints(a.name, b.name));
  const out = new JSZip();
  for (const { entry, name } of entries) out.file(name, await entry.async('uint8array'), { date, createFolders: false });
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

const CONTENT_TYPES = '[Content_Types].xml';

function rank(name: string): number {
  return name === CONTENT_TYPES ? 0 : 1;
}
