import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvRecord, tableToCsv } from '../../src/io/csv-write.js';

describe('tableToCsv', () => {
  it('writes LF line ends, a header, and quotes only where needed', () => {
    const csv = tableToCsv({ columns: ['a', 'b'], rows: [['x,y', 1], ['plain', 0], ['say "hi"', 2]] });
    expect(csv).toBe('a,b\n"x,y",1\nplain,0\n"say ""hi""",2\n');
  });

  it.each([['=SUM(A1)'], ['+62'], ['-kosong'], ['@user'], ['\tx'], ['\rx']])('makes %j safe from spreadsheets running it as a formula', (value) => {
    const csv = tableToCsv({ columns: ['nama'], rows: [[value]] });
    const cell = csv.split('\n')[1] ?? '';
    expect(cell.replace(/^"/, '').startsWith(`'`)).toBe(true);
  });

  it.each([['a\rb'], ['\rx'], ['Gunung Ibul\r'], ['x\r\ny']])('never writes the bare CR of %j raw: the cell is quoted', (value) => {
    const csv = tableToCsv({ columns: ['nama', 'n'], rows: [[value, 1]] });
    const body = csv.slice('nama,n\n'.length);
    expect(body.startsWith('"')).toBe(true);
    // Outside quotes, a reader sees exactly one record: no CR between the quotes' ends and the LF.
    expect(body.replace(/"(?:[^"]|"")*"/g, '')).toBe(',1\n');
  });

  it('leaves numbers alone (quantities are never escaped)', () => {
    expect(tableToCsv({ columns: ['n'], rows: [[0], [306]] })).toBe('n\n0\n306\n');
  });

  it('refuses a fractional quantity instead of printing 3.3000000000000003', () => {
    expect(() => tableToCsv({ columns: ['n'], rows: [[1.1 + 2.2]] })).toThrow(/whole number/);
  });

  it('writes the spreadsheet dialect on request: BOM and semicolons', () => {
    expect(tableToCsv({ columns: ['a', 'b'], rows: [['1;2', 3]] }, { delimiter: ';', bom: true })).toBe('\uFEFFa;b\n"1;2";3\n');
  });
});

// Every character csv-stringify treats specially, and some it must not.
const char = fc.constantFrom('a', ' ', ',', ';', '"', '\n', '\r', '\t', '=', '+', '-', '@', "'", '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', 'é', '😀');
const text = fc.array(char, { maxLength: 6 }).map((cs) => cs.join(''));
const cell = fc.oneof(text, fc.integer({ min: -5, max: 2 ** 40 }));

/** The reference: csv-stringify with the options tableToCsv's comment names. */
function reference(columns: string[], rows: (string | number)[][], spreadsheet: boolean): string {
  const options = { header: true, columns, record_delimiter: '\n', escape_formulas: true, quoted_match: /\r/ };
  return stringify(rows, spreadsheet ? { ...options, delimiter: ';', bom: true } : { ...options, delimiter: ',', bom: false });
}

describe('tableToCsv against csv-stringify', () => {
  it('writes csv-stringify\'s bytes for any header and cells, in both dialects, rows of any width', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 }), fc.boolean(), (columns, rows, spreadsheet) => {
        const whole = tableToCsv({ columns, rows }, spreadsheet ? { delimiter: ';', bom: true } : {});
        expect(whole).toBe(reference(columns, rows, spreadsheet));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('csvRecord (one row at a time, for streamed files)', () => {
  it('writes the bytes csv-stringify writes, for any cells, in both dialects', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 6 }), fc.boolean(), (rows, spreadsheet) => {
        const columns = ['a', 'b', 'c'];
        const delimiter = spreadsheet ? ';' : ',';
        const streamed = (spreadsheet ? CSV_BOM : '') + csvRecord(columns, delimiter) + rows.map((r) => csvRecord(r, delimiter)).join('');
        expect(streamed).toBe(reference(columns, rows, spreadsheet));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a fractional number like tableToCsv', () => {
    expect(() => csvRecord([0.5])).toThrow(/whole number/);
  });
});
