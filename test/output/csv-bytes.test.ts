import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LazyTable } from '../../src/core/report/lazy-table.js';
import { tableToCsvBytes } from '../../src/io/csv-bytes.js';
import { tableToCsv } from '../../src/io/csv-write.js';

// Every character the CSV rules treat specially (quotes, delimiters, line ends, formula starts in
// ASCII and full width), some they must not (`;`, `'`, tab inside a cell), and text past ASCII,
// a lone surrogate included: csv-bytes.ts writes plain ASCII itself and hands the rest to csvCell.
const char = fc.constantFrom('a', 'Z', '0', ' ', ',', ';', '"', '\n', '\r', '\t', '=', '+', '-', '@', "'", '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', 'é', '😀', '\uD800', '\u007F', '\u0080');
const text = fc.array(char, { maxLength: 8 }).map((cs) => cs.join(''));
// Small whole numbers are written digit by digit; the others (negative, past 2^31) through String.
const number = fc.oneof(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: -1000, max: 0 }), fc.constantFrom(0, 9, 10, 99, 100, 2 ** 31 - 1, 2 ** 31, 2 ** 40, Number.MAX_SAFE_INTEGER, -0));
const cell = fc.oneof(text, number);

describe('tableToCsvBytes (the TPS lists of kemas and terima)', () => {
  it('writes the UTF-8 bytes of tableToCsv\'s text for any header and cells, rows of any width', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), (columns, rows) => {
        const bytes = tableToCsvBytes({ columns, rows });
        expect(bytes.equals(Buffer.from(tableToCsv({ columns, rows }), 'utf8'))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the same bytes across its megabyte chunks, a cell longer than a chunk included', () => {
    const columns = ['kode_kelurahan', 'tps', 'nama_barang', 'jumlah'];
    const rows: (string | number)[][] = [];
    for (let i = 0; i < 30000; i++) rows.push(['11.01.01.1001', String(i % 997).padStart(3, '0'), i % 7 === 0 ? 'Surat suara "DPR", ganda' : 'Surat suara DPD', i * 37]);
    rows.splice(12345, 0, ['x', '001', 'é'.repeat(700000), 1], ['y', '002', 'a'.repeat(1500000), 2]);
    const bytes = tableToCsvBytes({ columns, rows });
    expect(bytes.length).toBeGreaterThan(3 * (1 << 20));
    expect(bytes.equals(Buffer.from(tableToCsv({ columns, rows }), 'utf8'))).toBe(true);
  });

  it('makes a LazyTable\'s rows as it writes them, with the same bytes as the rows kept', () => {
    let made = 0;
    const lazy = new LazyTable(['a', 'b'], function* rows() {
      for (let i = 0; i < 5; i++) {
        made++;
        yield [`r${i}`, i];
      }
    });
    const bytes = tableToCsvBytes(lazy);
    expect(made).toBe(5);
    expect(bytes.toString('utf8')).toBe('a,b\nr0,0\nr1,1\nr2,2\nr3,3\nr4,4\n');
  });

  it.each([[1.5], [Number.NaN], [Number.POSITIVE_INFINITY], [2 ** 53]])('refuses %s as tableToCsv does, instead of writing it', (n) => {
    expect(() => tableToCsvBytes({ columns: ['n'], rows: [[n]] })).toThrow(/not a whole number in a manifest cell/);
  });
});
