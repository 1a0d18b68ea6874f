/**
 * Invariants of `petakan` on random rolls (fast-check), through the whole command: the proposal
 * partitions the old TPS (recaps) or the voters (voter-level); the capacity holds except for the
 * documented exceptions (an old TPS or a family above it, kept whole and alone; special-location
 * TPS kept as they are); no family is split; no kelurahan is mixed; and the same roll gives the
 * same files whatever the order of its rows or files.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from '../helpers/cli.js';
import { csvRows, type Rows } from './helpers.js';

const KELURAHAN = ['16.74.01.1001', '16.74.01.1002', '16.74.02.2001'];

const recapArb = fc.record({
  cap: fc.integer({ min: 50, max: 600 }),
  rows: fc.uniqueArray(
    fc.record({ kel: fc.constantFrom(...KELURAHAN), no: fc.oneof(fc.integer({ min: 1, max: 14 }), fc.constantFrom(901, 902)), dpt: fc.integer({ min: 0, max: 700 }) }),
    { selector: (r) => `${r.kel} ${r.no}`, minLength: 1, maxLength: 30 },
  ),
  seed: fc.integer(),
});

const voterArb = fc.record({
  cap: fc.integer({ min: 3, max: 40 }),
  voters: fc.array(
    fc.record({
      kel: fc.constantFrom(...KELURAHAN),
      tps: fc.constantFrom(1, 2, 3, 901),
      family: fc.option(fc.integer({ min: 0, max: 25 }), { nil: null }),
      rt: fc.constantFrom('1', '2', '10', ''),
      rw: fc.constantFrom('001', '2'),
      alamat: fc.constantFrom('JL. A', 'JL. B', 'GG. C', ''),
    }),
    { minLength: 2, maxLength: 120 },
  ),
  seed: fc.integer(),
});

/** Deterministic shuffle, so a failing case replays. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function run(files: Record<string, string>, args: readonly string[]): Promise<{ dir: string; out: string; read: (n: string) => Promise<Rows>; text: (n: string) => Promise<string> }> {
  const dir = await tempDir();
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  const r = await runInProcess(['petakan', ...Object.keys(files), '-o', 'p', '-q', ...args], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  const out = join(dir, 'p');
  return { dir, out, read: (n) => csvRows(join(out, n)), text: (n) => readFile(join(out, n), 'utf8') };
}

const pad = (n: number): string => String(n).padStart(3, '0');
const PROPOSAL_FILES = ['usulan-tps.csv', 'pemetaan-kelurahan.csv', 'rekap-tps.csv', 'selisih-barang.csv'];

describe('recap rolls', () => {
  it('partition, capacity, numbering, bound, and the same proposal in any row order', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(recapArb, async ({ cap, rows, seed }) => {
        const line = (r: (typeof rows)[number]): string => `${r.kel},${pad(r.no)},${r.dpt}`;
        const a = await run({ 'r.csv': `kode_kelurahan,tps,dpt\n${rows.map(line).join('\n')}\n` }, ['--kapasitas', String(cap)]);
        const usulan = await a.read('usulan-tps.csv');
        for (const kel of KELURAHAN) {
          const old = rows.filter((r) => r.kel === kel);
          const mine = usulan.filter((u) => u.kode_kelurahan === kel);
          expect(mine.flatMap((u) => u.tps_asal!.split(';')).sort()).toEqual(old.map((r) => pad(r.no)).sort());
          const regular = mine.filter((u) => u.keterangan !== 'lokasi_khusus');
          expect(regular.map((u) => u.tps)).toEqual(regular.map((_, i) => pad(i + 1)));
        }
        for (const u of usulan) {
          if (u.keterangan === 'lokasi_khusus') expect(u.tps_asal).toBe(u.tps);
          else if (u.keterangan === 'di_atas_kapasitas') {
            expect(u.tps_asal!.includes(';')).toBe(false);
            expect(Number(u.dpt)).toBeGreaterThan(cap);
          } else expect(Number(u.dpt)).toBeLessThanOrEqual(cap);
        }
        const ringkasan = JSON.parse(await a.text('ringkasan.json'));
        if (rows.every((r) => r.dpt <= cap)) expect(ringkasan.tps_usulan).toBeGreaterThanOrEqual(ringkasan.batas_bawah);
        const b = await run({ 'r.csv': `kode_kelurahan,tps,dpt\n${shuffled(rows, seed).map(line).join('\n')}\n` }, ['--kapasitas', String(cap)]);
        for (const f of PROPOSAL_FILES) expect(await b.text(f), f).toBe(await a.text(f));
      }),
      { numRuns: 25 },
    );
  });
});

describe('voter-level rolls', () => {
  it('every voter once, in its kelurahan, families whole, capacity, and the same files in any file order', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(voterArb, async ({ cap, voters, seed }) => {
        // Distinct valid NIKs (kecamatan 16.74.01, born 01-01-1990) and NKKs per family number.
        const line = (v: (typeof voters)[number], i: number): string =>
          [v.kel, pad(v.tps), `16740101019${String(i + 1).padStart(5, '0')}`, v.family === null ? '' : `1674010101${String(v.family).padStart(6, '0')}`, v.rt, v.rw, v.alamat].join(',');
        const header = 'kode_kelurahan,tps,nik,nkk,rt,rw,alamat';
        const lines = voters.map(line);
        const a = await run({ 'v.csv': `${header}\n${lines.join('\n')}\n` }, ['--kapasitas', String(cap)]);
        const penempatan = await a.read('penempatan.csv');
        expect(penempatan.map((p) => Number(p.baris))).toEqual(voters.map((_, i) => i + 2));
        const family = new Map<string, string>();
        const load = new Map<string, number>();
        penempatan.forEach((p, i) => {
          const v = voters[i]!;
          expect(p.kode_kelurahan).toBe(v.kel);
          const tps = `${p.kode_kelurahan} ${p.tps}`;
          load.set(tps, (load.get(tps) ?? 0) + 1);
          if (v.tps === 901) return expect(p.tps).toBe('901');
          if (v.family === null) return;
          const key = `${v.kel} ${v.family}`;
          expect(family.get(key) ?? tps).toBe(tps);
          family.set(key, tps);
        });
        for (const u of await a.read('usulan-tps.csv')) {
          expect(Number(u.dpt)).toBe(load.get(`${u.kode_kelurahan} ${u.tps}`));
          if (u.keterangan === '') expect(Number(u.dpt)).toBeLessThanOrEqual(cap);
          if (u.keterangan === 'di_atas_kapasitas') expect(Number(u.dpt)).toBeGreaterThan(cap);
        }
        // Same voters in two files, given in the other order: the same files, byte for byte.
        const order = shuffled(lines.map((l, i) => ({ l, i })), seed);
        const half = Math.ceil(order.length / 2);
        const files = { 'x.csv': `${header}\n${lines.join('\n')}\n` };
        const one = await run(files, ['--kapasitas', String(cap)]);
        const two = await run({ 'x.csv': files['x.csv'] }, ['--kapasitas', String(cap)]);
        for (const f of [...PROPOSAL_FILES, 'penempatan.csv', 'validasi.csv', 'ringkasan.json']) expect(await two.text(f), f).toBe(await one.text(f));
        const parts = { 'b.csv': `${header}\n${order.slice(0, half).map((o) => o.l).join('\n')}\n`, 'a.csv': `${header}\n${order.slice(half).map((o) => o.l).join('\n')}\n` };
        const forward = await run(parts, ['--kapasitas', String(cap)]);
        const backward = await run({ 'a.csv': parts['a.csv'], 'b.csv': parts['b.csv'] }, ['--kapasitas', String(cap)]);
        for (const f of [...PROPOSAL_FILES, 'penempatan.csv', 'validasi.csv', 'ringkasan.json']) expect(await backward.text(f), f).toBe(await forward.text(f));
      }),
      { numRuns: 20 },
    );
  });
});
