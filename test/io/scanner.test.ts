import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { RecordProblem, RecordScanner, type ScannedRecord } from '../../src/io/scanner.js';

interface Scanned {
  fields: string[];
  line: number;
  problem: number;
  problemLine: number;
}

/** Runs the scanner over `text` cut into the given chunk sizes, decoding every field as UTF-8. */
function scan(text: string | Buffer, opts: { delimiter?: string; sizes?: number[]; max?: number } = {}) {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const records: Scanned[] = [];
  const blanks: number[] = [];
  const scanner = new RecordScanner(
    { delimiter: (opts.delimiter ?? ',').charCodeAt(0), maxRecordBytes: opts.max },
    {
      onRecord(r: ScannedRecord) {
        const fields: string[] = [];
        for (let i = 0; i < r.count; i++) {
          const s = r.buf.toString('utf8', r.starts[i], r.ends[i]);
          fields.push(r.escaped[i] === 1 ? s.replaceAll('""', '"') : s);
        }
        records.push({ fields, line: r.line, problem: r.problem, problemLine: r.problemLine });
      },
      onBlank(line: number) {
        blanks.push(line);
      },
    },
  );
  const sizes = opts.sizes ?? [bytes.length];
  let at = 0;
  for (let k = 0; at < bytes.length; k++) {
    const size = Math.max(1, sizes[k % sizes.length] ?? 1);
    scanner.push(Buffer.from(bytes.subarray(at, at + size)));
    at += size;
  }
  scanner.end();
  return { records, blanks };
}

describe('RecordScanner', () => {
  it('splits plain records and reports their start lines', () => {
    const { records } = scan('a,b,c\n1,2,3\r\n4,,6\n');
    expect(records.map((r) => r.fields)).toEqual([['a', 'b', 'c'], ['1', '2', '3'], ['4', '', '6']]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it('reads one-line quoted records, plain, escaped or bad, the same whatever the chunks', () => {
    const text = [
      'a,"b,c",d', // delimiter inside quotes
      '"x","",y', // empty quoted field
      '"p"\r', // CRLF after a closing quote
      'q,"r"', // quoted last field
      'e,f"g,h', // a quote inside an unquoted field is data
      ' "s",t', // a space before the quote: unquoted
      '"u""v",w', // escaped quote: the byte machine
      '"bad"x,z', // text after a closing quote
      'k,',
    ].join('\n') + '\n';
    for (const sizes of [[text.length], [1], [7, 3]]) {
      const { records } = scan(text, { sizes });
      expect(records.map((r) => r.fields)).toEqual([
        ['a', 'b,c', 'd'], ['x', '', 'y'], ['p'], ['q', 'r'], ['e', 'f"g', 'h'], [' "s"', 't'], ['u"v', 'w'], ['bad"x', 'z'], ['k', ''],
      ]);
      expect(records.map((r) => r.problem)).toEqual([0, 0, 0, 0, 0, 0, 0, RecordProblem.BadQuote, 0]);
      expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
  });

  it('keeps line numbers right after a newline inside quotes', () => {
    const { records } = scan('h1,h2\n"x\ny\r\nz",2\n3,4\n', { sizes: [3] });
    expect(records.map((r) => r.fields)).toEqual([['h1', 'h2'], ['x\ny\r\nz', '2'], ['3', '4']]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('undoes "" escapes and keeps a lone CR in an unquoted field as data', () => {
    const { records } = scan('"a""b",c\rd,""""\n');
    expect(records[0]?.fields).toEqual(['a"b', 'c\rd', '"']);
  });

  it('skips blank lines and counts them on their own lines', () => {
    const { records, blanks } = scan('a,b\n\n , \r\n,,\n1,2\n');
    expect(blanks).toEqual([2, 3, 4]);
    expect(records.map((r) => r.line)).toEqual([1, 5]);
  });

  it('reports an unclosed quote at the line where it opened, the rest being one record', () => {
    const { records } = scan('a,b\n1,2\n3,"open\n4,5\n6,7\n', { sizes: [2] });
    expect(records).toHaveLength(3);
    expect(records[2]).toMatchObject({ line: 3, problem: RecordProblem.UnclosedQuote, problemLine: 3 });
  });

  it('rejects text after a closing quote but keeps later lines in step', () => {
    const { records } = scan('"ab"c,1\n2,3\n');
    expect(records[0]?.problem).toBe(RecordProblem.BadQuote);
    expect(records[1]).toMatchObject({ fields: ['2', '3'], line: 2, problem: RecordProblem.None });
  });

  it('drops a record longer than maxRecordBytes without holding it, and goes on', () => {
    const long = '"' + 'x\n'.repeat(500) + '",1\n';
    const { records } = scan('a,b\n' + long + 'c,d\n', { sizes: [7], max: 64 });
    expect(records.map((r) => [r.line, r.problem])).toEqual([
      [1, RecordProblem.None],
      [2, RecordProblem.TooLong],
      [503, RecordProblem.None],
    ]);
  });

  it('handles a last record without a line end, quoted or not', () => {
    expect(scan('a,b\n1,"2"').records[1]?.fields).toEqual(['1', '2']);
    expect(scan('a,b\n1,2\r').records[1]?.fields).toEqual(['1', '2']);
    expect(scan('a,b\n1,').records[1]?.fields).toEqual(['1', '']);
  });

  it('can start mid-file at a record start with a given line number', () => {
    const recs: number[] = [];
    const s = new RecordScanner({ delimiter: 0x2c, firstLine: 41 }, { onRecord: (r) => recs.push(r.line), onBlank: () => {} });
    s.push(Buffer.from('1,2\n"3\n",4\n5,6'));
    s.end();
    expect(recs).toEqual([41, 42, 44]);
  });
});

const FIELD_CHARS = ['a', 'Z', '0', ' ', ',', ';', '|', '\t', '"', '\r', '\n', 'é', 'ñ', '😀', '\u00a0'];
const fieldArb = fc
  .array(fc.constantFrom(...FIELD_CHARS), { maxLength: 8 })
  .map((cs) => cs.join(''));
const recordArb = fc.array(fieldArb, { minLength: 1, maxLength: 6 });

function serialise(fields: string[], d: string, quoteAll: boolean): string {
  return fields
    .map((f) => (quoteAll || /[",;|\t\r\n]/.test(f) || f.includes(d) ? `"${f.replaceAll('"', '""')}"` : f))
    .join(d);
}

describe('RecordScanner against csv-parse (differential)', () => {
  it('gives the same records, and start lines computed from the generator', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(recordArb, fc.boolean()), { minLength: 1, maxLength: 25 }),
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 10 }),
        (recs, d, eol, finalEol, sizes) => {
          const lines = recs.map(([fields, quoteAll]) => serialise(fields, d, quoteAll));
          const text = lines.join(eol) + (finalEol ? eol : '');
          const parsed = parse(text, { relax_column_count: true, bom: true, delimiter: d }) as string[][];
          const expected: { fields: string[]; line: number }[] = [];
          let line = 1;
          lines.forEach((l, i) => {
            const blank = /^[ \t,;|]*$/.test(l) && [...l].every((c) => c === ' ' || c === '\t' || c === d);
            if (!blank) expected.push({ fields: parsed[i] ?? [], line });
            line += 1 + (l.match(/\n/g)?.length ?? 0);
          });
          const got = scan(text, { delimiter: d, sizes });
          expect(got.records.map((r) => ({ fields: r.fields, line: r.line }))).toEqual(expected);
          expect(got.records.every((r) => r.problem === RecordProblem.None)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('RecordScanner on long quote-free records (4 bytes at a time)', () => {
  it('finds every delimiter, whatever the record length, field widths and chunk cuts', () => {
    const plain = fc.array(fc.constantFrom('a', 'Z', '0', ' ', '.', '-', 'é', ',', ';', '|', '\t'), { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';', '\t', '|'),
        fc.array(fc.array(plain, { minLength: 1, maxLength: 90 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 9000 }), { minLength: 1, maxLength: 5 }),
        (d, recs, sizes) => {
          // Fields hold no delimiter of their own (the quote-free path), but may hold the others;
          // each record starts with R so that none is blank.
          const want = recs.map((fs) => fs.map((f, i) => (i === 0 ? 'R' : '') + f.replaceAll(d, 'x')));
          const text = want.map((fs) => fs.join(d)).join('\n') + '\n';
          const got = scan(text, { delimiter: d, sizes });
          expect(got.records.map((r) => r.fields)).toEqual(want);
        },
      ),
      { numRuns: 300 },
    );
  });
});
