/**
 * `petakan` reads a roll exactly as `hitung` does: with the row observer (core/validate/
 * row-observer.ts) the reader never splits a file over workers and decodes the cells the observer
 * reads on the fast way too, and must still give the same stats, TPS, totals and issues. On every
 * bad fixture and the real ones; the collector's own check (what it kept = the roll's counts, TPS
 * by TPS) must pass too.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRoll, settled, type RollReadOptions } from '../../src/cli/roll.js';
import { RollCollector } from '../../src/core/petakan/index.js';
import { foldSink } from '../../src/io/fold.js';
import { expandInputs } from '../../src/io/inputs.js';
import { readInput } from '../../src/io/read-roll.js';
import type { Row } from '../../src/core/types.js';
import type { RowObserver } from '../../src/core/validate/index.js';
import { SpillingIssueSink } from '../../src/io/issue-sink.js';
import { createRollState } from '../../src/core/validate/index.js';
import { F } from '../../src/core/types.js';
import { FIXTURES, REPO, tempDir } from '../helpers/cli.js';

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
    const roll = await settled(await readRoll([input], REPO, { read: {}, settings, ...opts, issues }));
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
      const { roll } = seen as { roll: Awaited<ReturnType<typeof settled>> };
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

/** What an observer is shown, record by record. */
class Spy implements RowObserver {
  seen: string[] = [];
  /** Records shown from the fast way: it decodes no NIK cell. */
  fastWay = 0;
  beginFile(): void {
    this.seen = [];
  }
  counted(_file: string, line: number, v: { kind: string; key: string; kelurahan: string }, row: Row): void {
    if (row[F.nik] === undefined) this.fastWay++;
    this.seen.push(JSON.stringify([line, v.kind, v.key, v.kelurahan, row[F.nkk], row[F.rw], row[F.rt], row[F.alamat]]));
  }
  uncounted(): void {}
}

/** Each file of the input read alone, the fast way kept or taken out: what the observer was shown, or what was thrown. */
async function shown(input: string, fast: boolean): Promise<unknown> {
  const out: unknown[] = [];
  for (const resolved of await expandInputs([input], REPO)) {
    const spy = new Spy();
    const sink = foldSink(createRollState(), resolved.berkas, settings, { add: () => {} }, null, spy);
    const { cleanVoter: _fast, ...slow } = sink;
    try {
      await readInput(resolved, {}, fast ? sink : slow);
      sink.finish();
      out.push(spy.seen);
    } catch (err) {
      out.push({ threw: (err as Error).message });
    }
  }
  return out;
}

describe('the fast way shows the observer what the decoded way shows', () => {
  it.each(INPUTS.map((p) => [p.slice(REPO.length + 1), p]))('%s', { timeout: 120_000 }, async (_name, input) => {
    const fast = await shown(input, true);
    expect(fast).toEqual(await shown(input, false));
  });

  it('in a Windows-1252 roll too, once the encoding is settled and the cells it reads are not ASCII', async () => {
    // The first row's name settles the encoding; the rows after it carry bytes past ASCII in the
    // address and RT cells that petakan reads (0x92 is a right quote in Windows-1252, 0xE9 é).
    const header = 'kode_kelurahan,kecamatan,kelurahan,tps,nik,nkk,nama,jenis_kelamin,tanggal_lahir,status_kawin,rt,rw,alamat\n';
    const row = (n: number, nama: string, rt: string, alamat: string): string =>
      `16.74.01.1001,Cambai,Sindur Tengah,001,16740115077007${String(50 + n)},16740123071508${String(50 + n)},${nama},L,15-07-1970,S,${rt},002,${alamat}\n`;
    const text = header + row(1, 'ANDR\u00c9', '001', 'JL. MAWAR') + row(2, 'BUDI', '001', 'GG. \u2019MAWAR\u2019') + row(3, 'CITRA', '00\u00e9', 'JL. CAF\u00c9 NO. 2') + row(4, 'DEDI', '001', 'GG. \u2019MAWAR\u2019') + row(5, 'EKO', '001', 'JL. MAWAR');
    const bytes = Buffer.from([...text].map((c) => (c === '\u2019' ? 0x92 : c.charCodeAt(0))));
    const file = join(await tempDir(), 'pemilih.csv');
    writeFileSync(file, bytes);
    const fast = await shown(file, true);
    expect(fast).toEqual(await shown(file, false));
    expect(JSON.stringify(fast)).toContain('JL. CAF\u00c9 NO. 2');
    expect(JSON.stringify(fast)).toContain('GG. \u2019MAWAR\u2019');
    // And the fast way is taken here (it decodes no NIK): at least by the last, all-ASCII row.
    const [resolved] = await expandInputs([file], REPO);
    const spy = new Spy();
    const sink = foldSink(createRollState(), resolved!.berkas, settings, { add: () => {} }, null, spy);
    await readInput(resolved!, {}, sink);
    sink.finish();
    expect(spy.fastWay).toBeGreaterThan(0);
  });

  it('and the fast way is taken: most records of a clean roll come by it', async () => {
    const [resolved] = await expandInputs([join(FIXTURES, 'kepulauan-seribu-pemilu-2024/pemilih.csv.gz')], REPO);
    const spy = new Spy();
    const sink = foldSink(createRollState(), resolved!.berkas, settings, { add: () => {} }, null, spy);
    await readInput(resolved!, {}, sink);
    sink.finish();
    expect(spy.fastWay).toBeGreaterThan(spy.seen.length * 0.9);
  });
});
