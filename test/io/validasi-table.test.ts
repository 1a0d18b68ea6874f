/**
 * The workbook's validasi sheet comes from validasi.csv as the issue sink wrote it, read back: it
 * must be the table validasiTable builds from the same issues, cell for cell and type for type.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validasiTable } from '../../src/core/report/validasi.js';
import { SpillingIssueSink } from '../../src/io/issue-sink.js';
import { readValidasiTable } from '../../src/io/validasi-table.js';
import { arbitraryIssue } from '../report/issues.js';

describe('readValidasiTable', () => {
  it('gives back validasiTable of the issues: line numbers as numbers, formula starts without their guard, CR and quotes intact', async () => {
    // Standard input is `-`, a file may start with `=` or `@`: cells that csv-write guards with `'`.
    const guarded = arbitraryIssue.chain((issue) => fc.constantFrom('-', '=1+1.csv', '@a.csv', issue.file).map((file) => ({ ...issue, file })));
    await fc.assert(
      fc.asyncProperty(fc.array(guarded, { maxLength: 60 }), async (issues) => {
        const sink = SpillingIssueSink.create({ lang: 'id', budgetBytes: 2048 });
        try {
          for (const issue of issues) sink.add(issue);
          const [csv] = await sink.writeValidasi(false);
          expect(await readValidasiTable(csv!.path)).toEqual(validasiTable(issues, 'id'));
        } finally {
          await sink.close();
        }
      }),
      { numRuns: 60 },
    );
  });
});
