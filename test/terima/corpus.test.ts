/**
 * Bad receipts never pass silently (issue 12.5): every file of test/fixtures/terima/bad/ through
 * `logistik terima` against a manifest the real `hitung` wrote, checked against expected.json
 * (exit code, every issue's code and line, per-file counts), as test/fixtures/bad/ is for rolls.
 * Files named `kpps-*` are KPPS confirmations, given as `--tps` beside a valid receipt file.
 */
import { readdirSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, runInProcess, tempDir, type CliRun } from '../helpers/cli.js';

const FIXTURES = join(REPO, 'test/fixtures/terima');
const BAD = join(FIXTURES, 'bad');

interface Expected {
  readonly exit: number;
  /** A KPPS confirmation file, given as --tps. */
  readonly tps?: boolean;
  /** Per input file (`.` for a single file): [baris_data, dihitung, ditolak]. */
  readonly masukan: Readonly<Record<string, readonly [number, number, number]>>;
  /** Every issue: [code, line (null: the whole file), file inside a folder input]. */
  readonly issues: ReadonlyArray<readonly [string, number | null, string?]>;
}

interface Run extends CliRun {
  readonly files: string[];
  readonly validasi: Record<string, string>[];
  readonly ringkasan: { masukan: { berkas: string; jenis?: string; baris_data?: number; dihitung?: number; ditolak?: number }[]; masalah: { galat: number; per_kode: Record<string, number> } };
}

const table = JSON.parse(await readFile(join(BAD, 'expected.json'), 'utf8')) as Record<string, Expected>;
const inputs = readdirSync(BAD).filter((n) => n !== 'expected.json').sort();
let manifest = '';
const runs = new Map<string, Run>();
const human = new Map<string, CliRun>();

/** The same manifest for every input: the real hitung on a three-TPS recap with a dapil mapping. */
async function makeManifest(): Promise<string> {
  const dir = await tempDir();
  const out = join(dir, 'manifest');
  const r = await runInProcess(['hitung', 'rekap.csv', '--dapil', 'dapil.csv', '--out', out, '--quiet'], { cwd: FIXTURES });
  expect(r.code, r.stderr).toBe(0);
  return out;
}

async function run(input: string, extra: string[] = []): Promise<Run> {
  const out = join(await tempDir(), 'rekonsiliasi');
  const args = table[input]?.tps ? ['../penerimaan-kpps.csv', '--tps', input] : [input];
  const r = await runInProcess(['terima', ...args, '--manifest', manifest, '--out', out, ...extra], { cwd: BAD });
  const files = (await readdir(out).catch(() => [])).filter((f) => !f.startsWith('.')).sort();
  const validasi = files.includes('validasi.csv') ? (parse(await readFile(join(out, 'validasi.csv')), { columns: true }) as Record<string, string>[]) : [];
  const ringkasan = files.includes('ringkasan.json') ? JSON.parse(await readFile(join(out, 'ringkasan.json'), 'utf8')) : null;
  return { ...r, files, validasi, ringkasan };
}

// Two runs per input over ~40 inputs: more than the default 10 s on a busy machine.
beforeAll(async () => {
  manifest = await makeManifest();
  for (const input of inputs) {
    runs.set(input, await run(input, ['--json']));
    human.set(input, await runInProcess(['terima', ...(table[input]?.tps ? ['../penerimaan-kpps.csv', '--tps', input] : [input]), '--manifest', manifest, '--out', join(await tempDir(), 'r')], { cwd: BAD }));
  }
}, 600_000);

const get = <T>(m: Map<string, T>, k: string): T => m.get(k) ?? (() => { throw new Error(`no run for ${k}`); })();

describe('the receipt corpus', () => {
  it('has an expectation for every input and an input for every expectation', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(table).sort()).toEqual(inputs);
  });
});

describe.each(inputs)('%s', (input) => {
  const expected = table[input]!;

  it('exits as expected, never 4, with one JSON document on stdout', () => {
    const r = get(runs, input);
    expect(r.code, r.stderr).toBe(expected.exit);
    expect(JSON.parse(r.stdout).perintah).toBe('terima');
  });

  it('reports exactly the expected issues: code, line, file', () => {
    const r = get(runs, input);
    const where = (b: string): string[] => (b === input || b === '../penerimaan-kpps.csv' ? [] : [b.slice(input.length + 1)]);
    const got = r.validasi.map((v) => JSON.stringify([v.kode, v.baris === '' ? null : Number(v.baris), ...where(v.berkas ?? '')])).sort();
    expect(got).toEqual(expected.issues.map((i) => JSON.stringify(i)).sort());
    expect(r.ringkasan.masalah.galat).toBe(r.validasi.filter((v) => v.tingkat === 'galat').length);
  });

  it('counts every data row as counted or rejected, per file', () => {
    const r = get(runs, input);
    for (const [file, [baris, dihitung, ditolak]] of Object.entries(expected.masukan)) {
      const berkas = file === '.' ? input : `${input}/${file}`;
      const m = r.ringkasan.masukan.find((x) => x.berkas === berkas);
      expect(m, berkas).toMatchObject({ baris_data: baris, dihitung, ditolak });
    }
  });

  if (expected.exit === 1) {
    it('writes nothing but validasi.csv and ringkasan.json, and names each place with a hint', () => {
      expect(get(runs, input).files).toEqual(['ringkasan.json', 'validasi.csv']);
      const out = get(human, input).stdout;
      for (const [code, line, file] of expected.issues) {
        expect(out).toContain(`GALAT ${code}`);
        const berkas = file === undefined ? input : `${input}/${file}`;
        expect(out).toContain(line === null ? berkas : `${berkas}:${line}`);
      }
      expect(out).toContain('Saran: ');
      expect(out).toContain('rekonsiliasi TIDAK ditulis');
    });
  } else {
    it('writes the reconciliation', () => {
      expect(get(runs, input).files).toEqual(expect.arrayContaining(['pemusnahan.csv', 'rekonsiliasi.csv', 'usulan-pemenuhan.csv']));
    });
  }

  it('never shows a NIK in clear', () => {
    const r = get(runs, input);
    expect(`${r.stdout}${r.stderr}${JSON.stringify(r.validasi)}${get(human, input).stdout}`).not.toContain('1674047112760001');
  });
});

describe('--allow-invalid', () => {
  it('writes the reconciliation from the valid rows, lists the rejected ones, and exits 0', async () => {
    const r = await run('item-unknown.csv', ['--allow-invalid']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.files).toEqual(['pemusnahan.csv', 'rekonsiliasi.csv', 'ringkasan.json', 'usulan-pemenuhan.csv', 'validasi.csv']);
    expect(r.validasi.map((v) => [v.kode, v.baris])).toEqual([['receipt-item-unknown', '3']]);
    expect(r.stdout).toContain('--allow-invalid: 1 baris ditolak dan TIDAK dihitung');
  });
});
