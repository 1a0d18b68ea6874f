/**
 * Issue 3 end to end: every input of test/fixtures/bad/ through `logistik hitung`, checked against
 * expected.json (exit code, every issue's code and line, per-file counts), plus what must hold for
 * any input: no exit 4, nothing lost, reports sorted, stable and consistent, and no personal data
 * in clear anywhere in the output.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import {
  BAD, corpusInputs, expectedTable, FILE_LEVEL, runCorpus, runCorpusBinary,
  type CorpusRun, type Expected, type ValidasiRow,
} from './run-corpus.js';

const table = await expectedTable();
const inputs = await corpusInputs();
const runs = new Map<string, CorpusRun>();
/** Runs with `--allow-invalid --lang en`: manifests written from the valid rows, English messages. */
const lenient = new Map<string, CorpusRun>();

// Two runs per input, over a corpus of ~100 inputs: far more than the default 10 s on a busy machine.
beforeAll(async () => {
  for (const input of inputs) {
    runs.set(input, await runCorpus(input));
    lenient.set(input, await runCorpus(input, ['--allow-invalid', '--lang', 'en']));
  }
}, 600_000);

function get(map: Map<string, CorpusRun>, input: string): CorpusRun {
  const run = map.get(input);
  if (run === undefined) throw new Error(`no run for ${input}`);
  return run;
}

/** The file of an issue as expected.json names it: the input itself, or a file in the folder. */
function shortFile(input: string, berkas: string): string | undefined {
  return berkas === input ? undefined : berkas.slice(input.length + 1);
}

function issueTuples(input: string, rows: readonly ValidasiRow[]): string[] {
  return rows
    .map((r) => JSON.stringify([r.kode, r.baris === '' ? null : Number(r.baris), ...(shortFile(input, r.berkas) ? [shortFile(input, r.berkas)] : [])]))
    .sort();
}

describe('the corpus', () => {
  it('has at least 30 inputs, each with an expectation, and no expectation without an input', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(table).sort()).toEqual(inputs);
  });
});

describe.each(inputs)('%s', (input) => {
  const expected: Expected = table[input] ?? { exit: -1 };

  it('gives the expected exit code, never 4 and never an exception', () => {
    const run = get(runs, input);
    expect(run.code, run.stderr).toBe(expected.exit);
    expect(run.stderr).not.toMatch(/at .+\.(ts|js):\d+|TypeError|RangeError|ReferenceError/);
    expect(get(lenient, input).code).not.toBe(4);
  });

  if (expected.exit === 3) {
    it('says which file and why, and writes nothing', () => {
      const run = get(runs, input);
      expect(run.stderr).toContain(input);
      expect(run.stderr).toContain(expected.stderr ?? '');
      // With --json, stdout is still one JSON document: the reason the run stopped.
      expect(JSON.parse(run.stdout).galat.kode_keluar).toBe(expected.exit);
      expect([...run.files.keys()]).toEqual([]);
    });
    return;
  }

  it('reports exactly the expected issues (code, line, file), errors and warnings alike', () => {
    const run = get(runs, input);
    expect(run.validasi).not.toBeNull();
    const want = (expected.issues ?? []).map((t) => JSON.stringify(t)).sort();
    expect(issueTuples(input, run.validasi ?? [])).toEqual(want);
  });

  it('loses no row: baris_data = dihitung + ditolak for every input file, as expected', () => {
    const r = get(runs, input).ringkasan;
    expect(r).not.toBeNull();
    for (const m of r?.masukan ?? []) expect(m.baris_data, m.berkas).toBe(m.dihitung + m.ditolak);
    const counts = Object.fromEntries((r?.masukan ?? []).map((m) => [shortFile(input, m.berkas) ?? '.', [m.baris_data, m.dihitung, m.ditolak]]));
    expect(counts).toEqual(expected.masukan);
  });

  it('gives every error a line, except file-level codes', () => {
    for (const row of get(runs, input).validasi ?? []) {
      if (FILE_LEVEL.has(row.kode)) expect(row.baris, row.kode).toBe('');
      else expect(row.baris, row.kode).toMatch(/^[1-9]\d*$/);
      expect(row.pesan.length, row.kode).toBeGreaterThan(10);
    }
  });

  it('prints on stdout exactly ringkasan.json, whose per_kode counts validasi.csv', () => {
    const run = get(runs, input);
    expect(JSON.parse(run.stdout)).toEqual(run.ringkasan);
    const perKode: Record<string, number> = {};
    for (const row of run.validasi ?? []) perKode[row.kode] = (perKode[row.kode] ?? 0) + 1;
    expect(run.ringkasan?.masalah.per_kode).toEqual(perKode);
    const galat = (run.validasi ?? []).filter((r) => r.tingkat === 'galat').length;
    expect(run.ringkasan?.masalah.galat).toBe(galat);
    expect(run.ringkasan?.masalah.peringatan).toBe((run.validasi ?? []).length - galat);
  });

  it('summarises issues on stderr grouped by code, with counts and the first lines', () => {
    const run = get(runs, input);
    const rows = run.validasi ?? [];
    for (const [code, n] of Object.entries(run.ringkasan?.masalah.per_kode ?? {})) {
      expect(run.stderr).toContain(`${code} (${n})`);
      const first = rows.find((r) => r.kode === code);
      if (first !== undefined) expect(run.stderr).toContain(first.baris === '' ? first.berkas : `${first.berkas}:${first.baris}`);
    }
  });

  it('writes validasi.csv sorted by file, line, column, code, and the same bytes on a second run', async () => {
    const run = get(runs, input);
    const keys = (run.validasi ?? []).map((r) => [r.berkas, r.baris === '' ? -1 : Number(r.baris), r.kolom, r.kode] as const);
    const sorted = [...keys].sort((a, b) => cmp(a[0], b[0]) || a[1] - b[1] || cmp(a[2], b[2]) || cmp(a[3], b[3]));
    expect(keys).toEqual(sorted);
    const again = await runCorpus(input);
    expect(again.files.get('validasi.csv')).toEqual(run.files.get('validasi.csv'));
    expect(again.stdout).toBe(run.stdout);
  });

  it('with --allow-invalid exits 0 and the manifests hold exactly the counted voters', () => {
    const run = get(lenient, input);
    expect(run.code, run.stderr).toBe(0);
    const r = run.ringkasan;
    const tps = run.files.get('distribusi-tps.csv');
    if (r === null || tps === undefined) throw new Error('manifests not written');
    const rows = parse(tps.toString('utf8'), { columns: true }) as Record<string, string>[];
    const dpt = rows.reduce((n, row) => n + Number(row.dpt), 0);
    expect(dpt).toBe(r.jumlah.pemilih);
    if (r.masukan.every((m) => m.jenis === 'pemilih')) expect(dpt).toBe(r.masukan.reduce((n, m) => n + m.dihitung, 0));
  });
});

function cmp(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

// ---- privacy -----------------------------------------------------------------------------------

/** Every file of the corpus, as bytes. */
function corpusFiles(): Buffer[] {
  const out: Buffer[] = [];
  for (const name of readdirSync(BAD, { recursive: true }) as string[]) {
    const path = join(BAD, name);
    if (statSync(path).isFile() && name !== 'expected.json') out.push(readFileSync(path));
  }
  return out;
}

/** 15- and 16-digit runs: NIKs, NKKs and what a spreadsheet left of them. */
function identityNumbers(files: readonly Buffer[]): Set<string> {
  const found = new Set<string>();
  for (const f of files) for (const m of f.toString('latin1').matchAll(/\d{15,}/g)) if (m[0].length <= 16) found.add(m[0]);
  return found;
}

/** The cells of each `nama` column, split on the delimiter of its header line. */
function personNames(files: readonly Buffer[]): Set<string> {
  const names = new Set<string>();
  for (const f of files) {
    const lines = f.toString('latin1').split(/\r\n|\r|\n/);
    const h = lines.findIndex((l) => /(^|[,;\t|:"])nama([,;\t|:"]|$)/.test(l));
    if (h === -1) continue;
    const d = [',', ';', '\t', '|', ':'].find((c) => lines[h]?.split(c).includes('nama')) ?? ',';
    const at = lines[h]?.split(d).indexOf('nama') ?? -1;
    for (const l of lines.slice(h + 1)) {
      const cell = l.split(d)[at]?.replaceAll('"', '').trim() ?? '';
      if (/^[A-Z][A-Z'.]+ [A-Z][A-Z'. ]+$/.test(cell)) names.add(cell);
    }
  }
  return names;
}

describe('privacy: no NIK, NKK or name from the inputs appears in clear in any output', () => {
  const files = corpusFiles();
  const numbers = identityNumbers(files);
  const names = personNames(files);

  it('finds the identity numbers and names to look for', () => {
    expect(numbers.size).toBeGreaterThan(300);
    expect(names.size).toBeGreaterThan(20);
  });

  it.each(['default', '--allow-invalid --lang en'])('in stdout, stderr and every file written (%s)', (mode) => {
    const map = mode === 'default' ? runs : lenient;
    const leaks: string[] = [];
    for (const [input, run] of map) {
      const outputs: [string, string][] = [['stdout', run.stdout], ['stderr', run.stderr]];
      for (const [name, data] of run.files) outputs.push([name, data.toString('utf8')]);
      for (const [where, text] of outputs) {
        for (const n of numbers) if (text.includes(n)) leaks.push(`${input} ${where}: ${n}`);
        for (const n of names) if (text.includes(n)) leaks.push(`${input} ${where}: ${n}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});

// ---- bytes in, bytes out (issue 9.5) ------------------------------------------------------------

describe('bytes in, bytes out: region names as they were written, whatever the encoding', () => {
  const kelurahan = (input: string): string[] => {
    const tps = get(lenient, input).files.get('distribusi-tps.csv')?.toString('utf8') ?? '';
    return [...new Set((parse(tps, { columns: true }) as Record<string, string>[]).map((r) => r.kelurahan ?? ''))];
  };
  it('decodes Windows-1252 0x96 as an en dash, not as an invisible U+0096', () => {
    expect(kelurahan('windows-1252-c1-region.csv')).toEqual(['Sindur – Tengah']);
  });
  it('decodes a Windows-1252 row of a UTF-8 file as the same name, no mojibake, no U+FFFD', () => {
    expect(kelurahan('mixed-utf8-windows-1252.csv')).toEqual(['Gunung Ibül']);
  });
  it('adopts no value of a name column that holds personal data', () => {
    expect(kelurahan('swapped-kelurahan-nama.csv')).toEqual(['']);
    expect(kelurahan('swapped-kelurahan-nkk.csv')).toEqual(['']);
  });
});

// ---- the real binary ---------------------------------------------------------------------------

describe.runIf(existsSync(join(BIN, '../../dist/cli/run.js')))('the built binary on a few corpus inputs', () => {
  it.each(['nik-15-digit.csv', 'duplicate-nik-two-files', 'cr-only-line-ends.csv', 'binary.csv', 'title-lines-kpu-export.csv'])(
    '%s gives the same exit code and files as in-process',
    async (input) => {
      const bin = await runCorpusBinary(input);
      const mem = get(runs, input);
      expect(bin.code, bin.stderr).toBe(mem.code);
      expect([...bin.files.keys()].sort()).toEqual([...mem.files.keys()].sort());
      expect(bin.files.get('validasi.csv')).toEqual(mem.files.get('validasi.csv'));
      expect(bin.stdout).toBe(mem.stdout);
    },
  );
});
