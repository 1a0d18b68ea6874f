/**
 * The deterministic voter-roll generator (scripts/generate-roll.mjs) and the fixtures made with it.
 * Other tests trust the generated rolls as ground truth, so the generator's promises are checked
 * here against an independent reading of its output (csv-parse), not against its own internals.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  HEADER,
  ageOn,
  parseIsoDate,
  readRecap,
  recapToCsv,
  rollToString,
  syntheticRecap,
  writeRoll,
  type RecapEntry,
} from '../scripts/generate-roll.mjs';
import { CONTOH_KODE, FIXTURE_POLLING_DAY, FIXTURE_SEED } from '../scripts/make-fixtures.mjs';

const FIX = join(import.meta.dirname, '..', 'fixtures');
const seribuRecap = readRecap(readFileSync(join(FIX, 'kepulauan-seribu-pemilu-2024', 'rekap.csv'), 'utf8'));
// A Ciamis kecamatan: no dpt_l/dpt_p in the recap, and up to ~600 voters per TPS.
const ciamisRecap = readRecap(readFileSync(join(FIX, 'ciamis-pilkada-2024', 'rekap.csv'), 'utf8')).filter((e) =>
  e.kode_kelurahan.startsWith('32.07.01.'),
);

const parseRoll = (text: string): string[][] => parse(text, { relax_column_count: true }) as string[][];

/** Every row is 16 cells, the header is the contract's; returns the data rows. */
function rowsOf(text: string): string[][] {
  const records = parseRoll(text);
  expect(records[0]).toEqual(COLUMNS);
  const bad = records.filter((r) => r.length !== COLUMNS.length);
  expect(bad).toEqual([]);
  return records.slice(1);
}

// The contract header, spelled out here so the test does not trust the generator's own constant.
const COLUMNS = [
  'kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'nkk', 'nik', 'nama', 'tempat_lahir', 'tanggal_lahir',
  'status_kawin', 'jenis_kelamin', 'alamat', 'rt', 'rw', 'disabilitas', 'keterangan',
] as const;
const col = Object.fromEntries(COLUMNS.map((h, i) => [h, i])) as Record<(typeof COLUMNS)[number], number>;
const key = (r: string[]) => `${r[col.kode_kelurahan]} ${r[col.tps]}`;

function isRealDate(y: number, m: number, d: number): boolean {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const dim = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return m >= 1 && m <= 12 && d >= 1 && dim !== undefined && d <= dim;
}

describe('determinism', () => {
  it('gives byte-identical output for the same seed, and another roll for another seed', () => {
    const a = rollToString(seribuRecap, { seed: 7 });
    expect(rollToString(seribuRecap, { seed: 7 })).toBe(a);
    expect(rollToString(seribuRecap, { seed: 8 })).not.toBe(a);
  });

  it('streams to a writable exactly what rollToString returns, and returns the recap it wrote', async () => {
    const parts: string[] = [];
    // A tiny highWaterMark forces write() to return false, so the drain path is exercised.
    const sink = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, done) {
        parts.push(chunk.toString());
        setImmediate(done);
      },
    });
    const used = await writeRoll(seribuRecap, sink, { seed: 3 });
    expect(parts.join('')).toBe(rollToString(seribuRecap, { seed: 3 }));
    expect(recapToCsv(used)).toBe(recapToCsv(seribuRecap));
  });

  it('--warn-every-row: disabilitas 9 on every row, every other cell as without it', () => {
    const plain = rowsOf(rollToString(seribuRecap, { seed: 5 }));
    const warned = rowsOf(rollToString(seribuRecap, { seed: 5, warnEveryRow: true }));
    expect(warned.length).toBe(plain.length);
    expect(warned.every((r) => r[col.disabilitas] === '9')).toBe(true);
    const without = (r: string[]) => r.filter((_, i) => i !== col.disabilitas);
    expect(warned.map(without)).toEqual(plain.map(without));
  });

  it('reproduces the committed voter-level fixtures from the committed recaps', () => {
    const opts = { seed: FIXTURE_SEED, pollingDay: FIXTURE_POLLING_DAY };
    const seribu = gunzipSync(readFileSync(join(FIX, 'kepulauan-seribu-pemilu-2024', 'pemilih.csv.gz'))).toString();
    expect(seribu).toBe(rollToString(seribuRecap, opts));
    const prabumulih = readRecap(readFileSync(join(FIX, 'prabumulih-pemilu-2024', 'rekap.csv'), 'utf8'));
    const contoh = prabumulih.filter((e) => CONTOH_KODE.includes(e.kode_kelurahan));
    expect(readFileSync(join(FIX, 'contoh', 'pemilih.csv'), 'utf8')).toBe(rollToString(contoh, opts));
  });
});

describe('rows per TPS', () => {
  it.each([
    ['Kepulauan Seribu (with L/P)', seribuRecap],
    ['Ciamis kecamatan 01 (total only)', ciamisRecap],
  ])('%s: dpt rows per TPS, and dpt_l men / dpt_p women when given', (_name, recap: RecapEntry[]) => {
    const rows = rowsOf(rollToString(recap));
    const counted = new Map<string, { n: number; l: number }>();
    for (const r of rows) {
      const c = counted.get(key(r)) ?? { n: 0, l: 0 };
      c.n++;
      if (r[col.jenis_kelamin] === 'L') c.l++;
      counted.set(key(r), c);
    }
    expect(counted.size).toBe(recap.length);
    for (const e of recap) {
      const c = counted.get(`${e.kode_kelurahan} ${e.tps}`);
      expect(c?.n).toBe(e.dpt);
      if (e.dpt_l !== undefined) expect(c?.l).toBe(e.dpt_l);
    }
  });

  it('syntheticRecap gives exactly the rows asked for, sorted, ~250 voters per TPS, ~146 bytes a row', () => {
    const recap = syntheticRecap(20_000, 11);
    expect(recap.reduce((s, e) => s + e.dpt, 0)).toBe(20_000);
    for (let i = 1; i < recap.length; i++) {
      const [a, b] = [recap[i - 1]!, recap[i]!];
      expect(a.kode_kelurahan < b.kode_kelurahan || (a.kode_kelurahan === b.kode_kelurahan && a.tps < b.tps)).toBe(true);
    }
    for (const e of recap.slice(0, -1)) expect(e.dpt).toBeGreaterThanOrEqual(200);
    const text = rollToString(recap, { seed: 11 });
    const perRow = (Buffer.byteLength(text) - HEADER.join(',').length - 1) / 20_000;
    expect(perRow).toBeGreaterThan(130);
    expect(perRow).toBeLessThan(160);
    expect(rowsOf(text)).toHaveLength(20_000);
  });
});

describe('NIK, NKK and households', () => {
  // Generated in beforeAll, so a broken roll fails the tests below rather than the file's collection.
  let rows: string[][] = [];
  beforeAll(() => {
    const both = [...seribuRecap, ...ciamisRecap].sort((a, b) =>
      a.kode_kelurahan < b.kode_kelurahan ? -1 : a.kode_kelurahan > b.kode_kelurahan ? 1 : a.tps < b.tps ? -1 : 1,
    );
    rows = rowsOf(rollToString(both));
  });

  it('NIKs are 16 digits and unique across the roll', () => {
    const niks = rows.map((r) => r[col.nik]!);
    for (const nik of niks) expect(nik).toMatch(/^\d{16}$/);
    expect(new Set(niks).size).toBe(niks.length);
  });

  it('NIK structure: region of the kecamatan, real DDMMYY (+40 iff P) equal to tanggal_lahir, serial ≥ 1', () => {
    // Collect the offending rows instead of one expect per row: fast, and the failure shows them.
    const bad = rows.filter((r) => {
      const nik = r[col.nik]!;
      const dd = Number(nik.slice(6, 8));
      const female = r[col.jenis_kelamin] === 'P';
      const [bd, bm, by] = r[col.tanggal_lahir]!.split('-').map(Number) as [number, number, number];
      return !(
        nik.slice(0, 6) === r[col.kode_kelurahan]!.slice(0, 8).replace(/\./g, '') &&
        (female ? dd > 40 : dd <= 31) &&
        isRealDate(by, bm, bd) &&
        (female ? dd - 40 : dd) === bd &&
        Number(nik.slice(8, 10)) === bm &&
        Number(nik.slice(10, 12)) === by % 100 &&
        Number(nik.slice(12)) >= 1
      );
    });
    expect(bad).toEqual([]);
  });

  it('NKKs are 16 digits; a household (one NKK) has 1–5 voters sharing one address and TPS', () => {
    const households = new Map<string, string[][]>();
    for (const r of rows) households.set(r[col.nkk]!, [...(households.get(r[col.nkk]!) ?? []), r]);
    expect(rows.filter((r) => !/^\d{16}$/.test(r[col.nkk]!))).toEqual([]);
    const bad = [...households.values()].filter(
      (members) => members.length > 5 || new Set(members.map((m) => `${m[col.alamat]}|${key(m)}`)).size !== 1,
    );
    expect(bad).toEqual([]);
    expect([...households.values()].some((m) => m.length === 5)).toBe(true);
  });

  it('other columns hold contract values: L/P, B/S/P, disabilitas 0–6, 3-digit rt/rw, upper-case names', () => {
    const bad = rows.filter(
      (r) =>
        !/^[LP]$/.test(r[col.jenis_kelamin]!) ||
        !/^[BSP]$/.test(r[col.status_kawin]!) ||
        !/^[0-6]$/.test(r[col.disabilitas]!) ||
        !/^\d{3}$/.test(r[col.rt]!) ||
        !/^\d{3}$/.test(r[col.rw]!) ||
        r[col.nama] !== r[col.nama]!.toUpperCase(),
    );
    expect(bad).toEqual([]);
  });
});

describe('duplicates (--duplicates R, for the benchmark)', () => {
  it('writes about R of the voters as a copy of an earlier voter of the same sex, in the recap counts, and nothing else changes', () => {
    const plain = rollToString(ciamisRecap, { seed: 5 });
    expect(rollToString(ciamisRecap, { seed: 5, duplicates: 0 })).toBe(plain);
    const rows = rowsOf(rollToString(ciamisRecap, { seed: 5, duplicates: 0.01 }));
    const person = (r: string[]) => [col.nkk, col.nik, col.nama, col.tempat_lahir, col.tanggal_lahir, col.status_kawin, col.jenis_kelamin].map((c) => r[c]).join('|');
    const first = new Map<string, { index: number; person: string }>();
    let copies = 0;
    rows.forEach((r, index) => {
      const seen = first.get(r[col.nik]!);
      if (seen === undefined) first.set(r[col.nik]!, { index, person: person(r) });
      else {
        copies++;
        expect(person(r)).toBe(seen.person);
        expect(index).toBeGreaterThan(seen.index);
      }
    });
    // ~1 % of the rows once the pool has voters in it (it fills a voter in 4096).
    expect(copies).toBeGreaterThan(rows.length * 0.002);
    expect(copies).toBeLessThan(rows.length * 0.02);
    // Still exactly dpt rows per TPS.
    const perTps = new Map<string, number>();
    for (const r of rows) perTps.set(key(r), (perTps.get(key(r)) ?? 0) + 1);
    for (const e of ciamisRecap) expect(perTps.get(`${e.kode_kelurahan} ${e.tps}`)).toBe(e.dpt);
  });
});

describe('CSV quoting', () => {
  const text = rollToString(seribuRecap);
  let rows: string[][] = [];

  it('parses (csv-parse) into the contract header and 16 cells in every record', () => {
    rows = rowsOf(text);
    expect(rows).toHaveLength(18_580);
  });

  it('quotes names with comma titles and doubles quotes inside names', () => {
    const titled = rows.filter((r) => r[col.nama]!.includes(','));
    const nicknamed = rows.filter((r) => r[col.nama]!.includes('"'));
    expect(titled.length).toBeGreaterThan(rows.length * 0.01);
    expect(nicknamed.length).toBeGreaterThan(0);
    for (const r of titled) expect(text).toContain(`,"${r[col.nama]}",`);
    for (const r of nicknamed) expect(text).toContain(`,"${r[col.nama]!.replace(/"/g, '""')}",`);
    expect(rows.some((r) => r[col.alamat]!.includes(','))).toBe(true);
  });

  it('keeps every record on one line unless embedded newlines are asked for', () => {
    expect(text.split('\n').length - 2).toBe(rows.length);
    const withNl = rollToString(seribuRecap, { newlineRate: 0.05 });
    const nlRows = rowsOf(withNl);
    expect(nlRows).toHaveLength(rows.length);
    expect(nlRows.some((r) => r[col.alamat]!.includes('\n'))).toBe(true);
  });
});

describe('eligibility', () => {
  it.each(['2024-02-14', '2024-11-27', '2028-02-29'])('every voter is ≥ 17 or married on %s', (pollingDay) => {
    const poll = parseIsoDate(pollingDay);
    const rows = rowsOf(rollToString(seribuRecap, { pollingDay, seed: 5 }));
    const ages = rows.map((r) => {
      const [d, m, y] = r[col.tanggal_lahir]!.split('-').map(Number) as [number, number, number];
      return { age: ageOn({ y, m, d }, poll), kawin: r[col.status_kawin] };
    });
    expect(ages.filter((a) => a.age < 17 && a.kawin === 'B')).toEqual([]);
    expect(ages.filter((a) => a.age < 16 || a.age > 96)).toEqual([]);
    const minors = ages.filter((a) => a.age < 17).length;
    expect(minors).toBeLessThan(rows.length / 1000);
  });
});

describe('recap reading', () => {
  it('accepts the shared aliases (nama_kelurahan), 10-digit codes and "TPS 1", and sorts', () => {
    const recap = readRecap('kode_desa,nama_kelurahan,kecamatan,no_tps,dpt\n3101011002,B,K,TPS 2,5\n31.01.01.1001,A,K,1,3\n');
    expect(recap).toEqual([
      { kode_kelurahan: '31.01.01.1001', kecamatan: 'K', kelurahan: 'A', tps: '001', dpt: 3, dpt_l: undefined, dpt_p: undefined },
      { kode_kelurahan: '31.01.01.1002', kecamatan: 'K', kelurahan: 'B', tps: '002', dpt: 5, dpt_l: undefined, dpt_p: undefined },
    ]);
  });

  it('refuses dpt_l + dpt_p ≠ dpt and a TPS listed twice', () => {
    expect(() => readRecap('kode_kelurahan,tps,dpt,dpt_l,dpt_p\n31.01.01.1001,001,5,2,2\n')).toThrow(/dpt_l \+ dpt_p/);
    expect(() => readRecap('kode_kelurahan,tps,dpt\n31.01.01.1001,001,5\n31.01.01.1001,1,6\n')).toThrow(/twice/);
  });
});

describe('committed fixtures', () => {
  it('stay under 2 MB in all', () => {
    const walk = (dir: string): number =>
      readdirSync(dir).reduce((sum, name) => {
        const p = join(dir, name);
        return sum + (statSync(p).isDirectory() ? walk(p) : statSync(p).size);
      }, 0);
    expect(walk(FIX)).toBeLessThan(2_000_000);
  });

  it('recaps use the contract column names', () => {
    for (const dir of ['prabumulih-pemilu-2024', 'kepulauan-seribu-pemilu-2024', 'ciamis-pilkada-2024']) {
      const header = readFileSync(join(FIX, dir, 'rekap.csv'), 'utf8').split('\n')[0];
      expect(['kode_kelurahan,kecamatan,kelurahan,tps,dpt', 'kode_kelurahan,kecamatan,kelurahan,tps,dpt,dpt_l,dpt_p']).toContain(header);
    }
  });
});
