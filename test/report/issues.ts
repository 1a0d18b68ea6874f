import fc from 'fast-check';
import type { Issue } from '../../src/core/types.js';
import { ISSUE_CATALOGUE } from '../../src/core/messages/index.js';

const CODES = ['duplicate-nik', 'disabilitas', 'nik-masked', 'tps-gap', 'region-name-conflict', 'validation-disabled', 'ragged-row'].filter((c) => ISSUE_CATALOGUE[c]);

/** Text with what trips CSV writers and sorts: quotes, delimiters, line breaks, formula starts, non-ASCII, astral. */
export const nastyText = fc
  .array(fc.constantFrom('a', 'B', ' ', ',', ';', '"', '\n', '\r', '=', '-', 'é', '\uFFFD', '😀'), { maxLength: 5 })
  .map((cs) => cs.join(''));

/**
 * Issues of catalogue codes, few files and lines (so that places and keys tie often), params that
 * differ only in their values or their order (ties on file, line, column and code are broken by
 * the params' JSON).
 */
export const arbitraryIssue: fc.Arbitrary<Issue> = fc
  .record({
    code: fc.constantFrom(...CODES),
    file: fc.constantFrom('', 'a.csv', 'b.csv', 'B.csv', 'é.csv', 'a.csv.gz', 'x/😀.csv'),
    line: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
    column: fc.option(fc.constantFrom('nik', 'tps', 'kode_kelurahan', ''), { nil: null }),
    params: fc.dictionary(fc.constantFrom('nik', 'firstFile', 'firstLine', 'kode', 'n'), fc.oneof(nastyText, fc.integer({ min: 0, max: 2 ** 33 })), { maxKeys: 3 }),
  })
  .map((r) => ({ ...r, severity: ISSUE_CATALOGUE[r.code]!.severity }));
