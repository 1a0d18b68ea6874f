/**
 * `petakan` reads a roll exactly as `hitung` does: with the row observer (core/validate/
 * row-observer.ts) the reader never splits a file over workers and decodes the cells the observer
 * reads on the fast way too, and must still give the same stats, TPS, totals and issues. On every
 * bad fixture and the real ones; the collector's own check (what it kept = the roll's counts, TPS
 * by TPS) must pass too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRoll, type RollReadOptions } from '../../src/cli/roll.js';
import { RollCollector } from '../../src/core/petakan/index.js';
import { foldSink } from '../../src/io/fold.js';
import { SpillingIssueSink } from '../../src/io/issue-sink.js';
import { createRollState } from '../../src/core/validate/index.js';
import { F } from '../../src/core/types.js';
import { FIXTURES, REPO } from '../helpers/cli.js';

const BAD = join(REPO, 'test/fixtures/bad');
const INPUTS = [
  ...readdirSync(BAD).filter((n) => n !== 'expected.json').map((n) => join(BAD, n)),
  join(FIXTURES, 'contoh/pemilih.csv'),
  join(FIXTURES, 'prabumulih-pemilu-2024/rekap.csv'),
  join(FIXTURES, 'kepulauan-seribu-pemilu-2024/pemilih.csv.gz'),
];

const settings = { hariPemungutan: '2024-02-14', kapasitasTps: 300 };

/** The roll, its issues' summary and validasi.csv (the issue sink's), or what it threw. */
async function read(input: string, opts: Partial<RollReadOptions>): Promise<unknown> {
  const issues = SpillingIssueSink.create({ lang: 'id' });
  try {
    const roll = await readRoll([input], REPO, { read: {}, settings, ...opts, issues });
    const [csv] = await issues.writeValidasi(false);
    return { roll, masalah: issues.summary(), validasi: readFileSync(csv!.path, 'utf8') };
  } catch (err) {
    return { threw: (err as Error).message };
  } finally {
    await issues.close();
  }
}

describe('the row observer changes nothing the reader reports', () => {
  it.each(INPUTS.map((p) => [p.slice(REPO.length + 1), p]))('%s', { timeout: 120_000 }, async (_name, input) => {
    // Small split threshold: without the observer large files would go over byte ranges.
    const plain = await read(input, { parallel: { inline: true, minBytes: 0 } });
    const collector = new RollCollector();
    const seen = await read(input, { observer: collector, parallel: { inline: true, minBytes: 0 } });
    expect(seen).toEqual(plain);
    if (typeof seen === 'object' && seen !== null && 'roll' in seen) {
      const { roll } = seen as { roll: Awaited<ReturnType<typeof readRoll>> };
      expect(() => collector.finish(roll.stats, roll.tps)).not.toThrow();
    }
  });
});

describe('hitung pays nothing for the hook', () => {
  it('the plain sink decodes no cell for the fast way; the observed one asks for the four it reads', () => {
    const plain = foldSink(createRollState(), 'x.csv', settings, { add: () => {} });
    expect(plain.cleanVoter).toBeDefined();
    expect(plain.cleanVoter!.fields).toBeUndefined();
    const observed = foldSink(createRollState(), 'x.csv', settings, { add: () => {} }, null, new RollCollector());
    expect(observed.cleanVoter!.fields).toEqual([F.nkk, F.rw, F.rt, F.alamat]);
  });
});
