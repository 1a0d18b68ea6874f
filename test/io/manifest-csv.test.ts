/**
 * readStrictCsv reads a text without quotes or CR by splitting it (issue 16.4: csv-parse took ~1 s
 * for a 40,000-TPS distribusi-tps.csv). The same text with every cell quoted goes through
 * csv-parse and means the same cells, so the two paths must give the same rows, lines and errors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStrictCsv } from '../../src/io/manifest/index.js';

/** Every cell of `text` quoted: csv-parse's path, with the same cells and line numbers. */
const quoted = (text: string): string =>
  text
    .split('\n')
    .map((line, i, all) => (i === all.length - 1 && line === '' ? '' : line.split(',').map((c) => `"${c}"`).join(',')))
    .join('\n');

function outcome(text: string): unknown {
  try {
    return readStrictCsv('m/x.csv', Buffer.from(text, 'utf8'));
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err), params: (err as { params?: unknown }).params };
  }
}

describe('readStrictCsv without quotes', () => {
  it.each([['a,b\n1,2\n'], ['a,b\n1,2'], ['a,b\n\n1,2\n'], ['a,b\n1,2\n\n'], [''], ['a,b'], ['\n'], ['a,b\n1,2,3\n'], ['a,b\n,\n'], ['\uFEFFa,b\n1,2\n']])('reads %j as csv-parse does', (text) => {
    expect(outcome(text)).toEqual(outcome(quoted(text)));
  });

  it('reads any text of cells, commas and line ends as csv-parse does', () => {
    const char = fc.constantFrom('a', '1', ' ', ',', '\n', 'é', '\u0000', '😀');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }).map((cs) => cs.join('')), (text) => {
        expect(outcome(text)).toEqual(outcome(quoted(text)));
      }),
      { numRuns: 1000 },
    );
  });
});
