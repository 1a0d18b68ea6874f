import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue, Lang } from '../../src/core/types.js';
import { validasiTable } from '../../src/core/report/validasi.js';
import { tableToCsv } from '../../src/io/csv-write.js';
import { CANONICAL_CSV, SPREADSHEET_CSV, SpillingIssueSink } from '../../src/io/issue-sink.js';
import { putRecord, recordTexts } from '../../src/io/issue-record.js';
import { IssueTally } from '../../src/core/report/issue-tally.js';
import { arbitraryIssue } from '../report/issues.js';
import { OutputError } from '../../src/errors.js';

/** validasi.csv as the in-memory path writes it: every issue sorted, one table, csv-stringify. */
function inMemory(issues: readonly Issue[], lang: Lang): [string, string] {
  const table = validasiTable(issues, lang);
  return [tableToCsv(table), tableToCsv(table, { delimiter: ';', bom: true })];
}

/** Adds the issues to a sink (some through a child, in batches of encoded records too), writes validasi.csv. */
async function throughSink(issues: readonly Issue[], lang: Lang, budgetBytes?: number, dir?: string) {
  const sink = SpillingIssueSink.create({ lang, variants: [CANONICAL_CSV, SPREADSHEET_CSV], ...(budgetBytes ? { budgetBytes } : {}), ...(dir ? { dir } : {}) });
  try {
    const child = sink.child();
    issues.forEach((issue, i) => (i % 3 === 0 ? child : sink).add(issue));
    child.commit();
    const runs = sink.runCount;
    const written = await sink.writeValidasi(false);
    return { runs, files: written.map((w) => readFileSync(w.path, 'latin1')), summary: sink.summary() };
  } finally {
    await sink.close();
  }
}

describe('SpillingIssueSink', () => {
  it('writes validasi.csv byte for byte as the in-memory path, spilled into many runs or not at all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryIssue, { maxLength: 120 }), fc.constantFrom<Lang>('id', 'en'), async (issues, lang) => {
        const [canonical, spreadsheet] = inMemory(issues, lang).map((t) => Buffer.from(t, 'utf8').toString('latin1'));
        const held = await throughSink(issues, lang);
        expect(held.runs).toBe(0);
        expect(held.files).toEqual([canonical, spreadsheet]);
        // ~2 issues per run: dozens of runs, merged in more than one pass when there are over 64.
        const spilled = await throughSink(issues, lang, 600);
        if (issues.length > 40) expect(spilled.runs).toBeGreaterThan(10);
        expect(spilled.files).toEqual(held.files);
        expect(spilled.summary).toEqual(held.summary);
      }),
      { numRuns: 60 },
    );
  });

  it('merges hundreds of runs (several merge passes) into the same bytes', async () => {
    const issues = fc.sample(arbitraryIssue, { numRuns: 1500, seed: 9 });
    const spilled = await throughSink(issues, 'id', 1);
    expect(spilled.runs).toBeGreaterThan(64 * 3);
    expect(spilled.files[0]).toBe(Buffer.from(inMemory(issues, 'id')[0], 'utf8').toString('latin1'));
  });

  it('takes issues encoded elsewhere (the batches of a worker thread) and their tally as its own', async () => {
    const issues = fc.sample(arbitraryIssue, { numRuns: 300, seed: 11 });
    const sink = SpillingIssueSink.create({ lang: 'en', budgetBytes: 4000 });
    try {
      const tally = new IssueTally();
      let batch = Buffer.alloc(0);
      for (const [i, issue] of issues.entries()) {
        tally.add(issue);
        const texts = recordTexts(issue, sink.format);
        const room = Buffer.alloc(texts.room);
        batch = Buffer.concat([batch, room.subarray(0, putRecord(room, 0, texts))]);
        if (i % 37 === 36) {
          sink.addRecords(batch);
          batch = Buffer.alloc(0);
        }
      }
      sink.addRecords(batch);
      sink.absorbTally(IssueTally.fromData(tally.toData()));
      expect(sink.runCount).toBeGreaterThan(3);
      const [csv] = await sink.writeValidasi(false);
      expect(readFileSync(csv!.path, 'utf8')).toBe(inMemory(issues, 'en')[0]);
      expect(sink.summary()).toEqual(tally.summary());
    } finally {
      await sink.close();
    }
  });

  it('writes the header alone when there is no issue', async () => {
    expect((await throughSink([], 'id')).files).toEqual(inMemory([], 'id').map((t) => Buffer.from(t, 'utf8').toString('latin1')));
  });

  it('drops what a discarded child held, runs on disk included', async () => {
    const issues = fc.sample(arbitraryIssue, { numRuns: 50, seed: 3 });
    const sink = SpillingIssueSink.create({ lang: 'id', budgetBytes: 500 });
    try {
      const kept = sink.child();
      const dropped = sink.child();
      for (const issue of issues) {
        kept.add(issue);
        dropped.add({ ...issue, code: 'nkk-format', severity: 'peringatan' });
      }
      dropped.discard();
      kept.commit();
      const [csv] = await sink.writeValidasi(false);
      expect(readFileSync(csv!.path, 'utf8')).toBe(inMemory(issues, 'id')[0]);
      expect(sink.summary().perKode['nkk-format']).toBeUndefined();
    } finally {
      await sink.close();
    }
  });

  it('says in words when its disk fails (here: its folder gone with an aborted run), exit 3 not a crash', async () => {
    const gone = join(mkdtempSync(join(tmpdir(), 'logistik-sink-')), 'staging');
    const sink = SpillingIssueSink.create({ lang: 'id', budgetBytes: 1, dir: gone, shownDir: 'm' });
    const issue = fc.sample(arbitraryIssue, { numRuns: 1, seed: 1 })[0]!;
    let thrown: unknown;
    try {
      sink.add(issue);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(OutputError);
    expect(thrown).toMatchObject({ exitCode: 3, key: 'output.os.enoent', params: { path: 'm' } });
    await sink.close();
  });

  it('leaves nothing behind in its folder, after a run and after a failure', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'logistik-sink-'));
    const issues = fc.sample(arbitraryIssue, { numRuns: 100, seed: 5 });
    await throughSink(issues, 'id', 300, parent);
    expect(readdirSync(parent)).toEqual([]);
    const sink = SpillingIssueSink.create({ lang: 'id', budgetBytes: 300, dir: parent });
    for (const issue of issues) sink.add(issue);
    expect(readdirSync(parent)).toHaveLength(1);
    // A run that stops midway (the caller's finally): the spill folder goes all the same.
    await sink.close();
    expect(readdirSync(parent)).toEqual([]);
    expect(existsSync(parent)).toBe(true);
  });
});
