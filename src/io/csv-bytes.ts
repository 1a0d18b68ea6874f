/**
 * A table as the UTF-8 bytes of tableToCsv's text, made a row at a time (csvRecord) into chunks of
 * about a megabyte. For the lists that grow with the TPS (kemas-tps.csv, status-tps.csv: ~600,000
 * rows at 40,000 TPS) csv-stringify took ~5 µs a row and made the whole file twice over as
 * garbage; this writes each row once, and a LazyTable's rows are made as they are written. The
 * header is tableToCsv's own, so the two cannot differ there; test/output/csv-write.test.ts holds
 * csvRecord to tableToCsv's bytes for the rows.
 */
import { rowsOf } from '../core/report/lazy-table.js';
import type { Table } from '../core/report/table.js';
import { csvRecord, tableToCsv } from './csv-write.js';

const CHUNK_CHARS = 1 << 20;

export function tableToCsvBytes(table: Table): Buffer {
  const chunks: Buffer[] = [];
  let text = tableToCsv({ columns: table.columns, rows: [] });
  for (const row of rowsOf(table)) {
    text += csvRecord(row);
    if (text.length >= CHUNK_CHARS) {
      chunks.push(Buffer.from(text, 'utf8'));
      text = '';
    }
  }
  chunks.push(Buffer.from(text, 'utf8'));
  return Buffer.concat(chunks);
}
