/**
 * One CSV the tool wrote itself, read strictly: UTF-8 without BOM, `,`, one header row, every row
 * as wide as the header. Damage is exit 3 naming the file and line; no dialect is guessed (that is
 * the table reader's job for files people make).
 */
import { parse } from 'csv-parse/sync';
import { InputError } from '../../errors.js';
import type { CsvCells } from '../../core/manifest/index.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decode(berkas: string, bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new InputError('manifest-unreadable', { berkas, detail: 'not UTF-8' });
  }
}

interface Parsed {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

/**
 * What csv-parse gives (with the options below) for a text without quotes or CR: one record per
 * `\n`-ended line, cells split at `,`, a last line without `\n` a record too, an empty line a
 * record of one empty cell. The manifests are such texts unless a name holds a quote or a comma,
 * and csv-parse took ~1 s for the 40,000 rows of a distribusi-tps.csv (issue 16.4).
 */
function plainRecords(text: string): Parsed[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines.map((line, i) => ({ record: line.split(','), info: { lines: i + 1 } }));
}

function records(berkas: string, text: string): Parsed[] {
  if (!text.includes('"') && !text.includes('\r')) return plainRecords(text);
  try {
    return parse(text, { bom: false, relax_column_count: true, skip_empty_lines: false, info: true }) as unknown as Parsed[];
  } catch (err) {
    const line = typeof err === 'object' && err !== null && 'lines' in err && typeof err.lines === 'number' ? err.lines : 0;
    throw new InputError('manifest-csv', { berkas, baris: line, detail: err instanceof Error ? err.message : String(err) });
  }
}

export function readStrictCsv(berkas: string, bytes: Uint8Array): CsvCells {
  const parsed = records(berkas, decode(berkas, bytes));
  const [head, ...body] = parsed;
  if (head === undefined) throw new InputError('manifest-empty', { berkas });
  const header = head.record;
  let end = head.info.lines;
  const rows = body.map(({ record, info }) => {
    // info.lines is where a record ends; it starts on the line after the previous one ended.
    const line = end + 1;
    end = info.lines;
    if (record.length !== header.length) throw new InputError('manifest-ragged', { berkas, baris: line, sel: record.length, kolom: header.length });
    return { line, cells: record };
  });
  return { berkas, header, rows };
}
