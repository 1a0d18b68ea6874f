/**
 * buku-kerja.xlsx read by another program than the one that wrote it (issue 14.3): LibreOffice
 * headless converts every sheet to CSV, and each must hold the rows of the CSV it came from, with
 * codes as written (`001`, `16.74.04.1001`), formula-like names as text, and totals that add up.
 * CI does not install LibreOffice: without `soffice` this file is skipped and says why.
 */
import { spawnSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBinary, tempDir } from '../helpers/cli.js';
import { assertBuilt } from '../ux/rolls.js';
import { readCsv, unguard, writeFormulaRoll } from './xlsx-helpers.js';

const SOFFICE = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 }).status === 0;
const WHY = 'soffice (LibreOffice) is not installed here; install libreoffice-calc-nogui to run these tests';
if (!SOFFICE) console.warn(`test/e2e/xlsx-libreoffice.test.ts skipped: ${WHY}`);

/** CSV export: `,`, `"`, UTF-8, raw values (not as shown), every sheet to its own file. */
const FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
const SHEETS = ['pengadaan', 'distribusi-kecamatan', 'distribusi-kelurahan', 'distribusi-tps', 'distribusi-kpu', 'validasi'];

describe.skipIf(!SOFFICE)(SOFFICE ? 'buku-kerja.xlsx read back by LibreOffice' : `buku-kerja.xlsx read back by LibreOffice (skipped: ${WHY})`, () => {
  let dir = '';
  const converted = new Map<string, string[][]>();

  beforeAll(async () => {
    assertBuilt();
    dir = await tempDir();
    const roll = await writeFormulaRoll(dir);
    const r = runBinary(['hitung', roll, '-o', 'm', '--xlsx', '-q'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    // A profile of its own: a LibreOffice already running elsewhere on the machine is not disturbed.
    const lo = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', FILTER, '--outdir', join(dir, 'lo'), join(dir, 'm/buku-kerja.xlsx')], {
      encoding: 'utf8',
      timeout: 240_000,
      env: { ...process.env, HOME: dir },
    });
    expect(lo.status, lo.stderr).toBe(0);
    for (const file of await readdir(join(dir, 'lo'))) {
      converted.set(file.replace(/^buku-kerja-/, '').replace(/\.csv$/, ''), parse(await readFile(join(dir, 'lo', file))) as string[][]);
    }
  }, 300_000);

  it('finds every sheet', () => {
    expect([...converted.keys()].sort()).toEqual(['keterangan', ...SHEETS].sort());
  });

  it.each(SHEETS)('%s holds the rows of its CSV, cell for cell', async (sheet) => {
    const csv = await readCsv(join(dir, 'm', `${sheet}.csv`));
    const got = converted.get(sheet) ?? [];
    expect(got.slice(1, csv.length), sheet).toEqual(csv.slice(1).map((row) => row.map(unguard)));
    expect(got[0]?.length, sheet).toBe(csv[0]?.length);
  });

  it('keeps 001 and dotted codes as written, and formula-like names as text', () => {
    const tps = converted.get('distribusi-tps') ?? [];
    expect(tps[1]?.slice(0, 4)).toEqual(['16.74.04.1001', 'Rambang Kapak Tengah', '=Tanjung Rambang', '001']);
    expect(tps[2]?.[3]).toBe('002');
  });

  it('adds up the distribution sheets in a totals row that the CSV does not have', () => {
    const tps = converted.get('distribusi-tps') ?? [];
    const total = tps.at(-1) ?? [];
    expect(total[0]).toBe('JUMLAH');
    expect(total[4]).toBe(String(250 + 198 + 1234 + 12));
    expect(tps.length).toBe(1 + 4 + 1);
  });

  it('the explaining sheet carries the input digest of ringkasan.json', async () => {
    const ringkasan = JSON.parse(await readFile(join(dir, 'm/ringkasan.json'), 'utf8'));
    const first = converted.get('keterangan') ?? [];
    expect(first.find((row) => row[0] === 'rekap.csv')?.[1]).toBe(ringkasan.masukan[0].sha256);
    expect(first.find((row) => row[0] === 'SHA-256 konfigurasi terselesaikan')?.[1]).toBe(ringkasan.konfigurasi_sha256);
  });
});
