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

function records(berkas: string, text: string): Parsed[] {
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
