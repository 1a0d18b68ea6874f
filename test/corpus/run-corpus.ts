/**
 * Runs inputs of the bad-input corpus through the CLI and collects everything it wrote: stdout,
 * stderr and every file in `--out`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { REPO, runBinary, runInProcess, tempDir, type CliRun } from '../helpers/cli.js';

export const BAD = join(REPO, 'test/fixtures/bad');

export interface Expected {
  readonly exit: number;
  /** Per input file (`.` for a single-file input): [baris_data, dihitung, ditolak]. */
  readonly masukan?: Readonly<Record<string, readonly [number, number, number]>>;
  /** Every issue: [code, line (null: file-level), file inside a folder input]. */
  readonly issues?: ReadonlyArray<readonly [string, number | null, string?]>;
  /** For exit 3: what stderr must say. */
  readonly stderr?: string;
}

export interface ValidasiRow {
  readonly berkas: string;
  readonly baris: string;
  readonly kolom: string;
  readonly kode: string;
  readonly tingkat: string;
  readonly pesan: string;
}

export interface CorpusRun extends CliRun {
  /** Every file written under `--out`, by its path relative to it. */
  readonly files: ReadonlyMap<string, Buffer>;
  readonly validasi: ValidasiRow[] | null;
  readonly ringkasan: Ringkasan | null;
}

export interface Ringkasan {
  masukan: { berkas: string; jenis: string; baris_data: number; dihitung: number; ditolak: number }[];
  jumlah: { pemilih: number; tps: number };
  masalah: { galat: number; peringatan: number; per_kode: Record<string, number> };
}

export async function expectedTable(): Promise<Record<string, Expected>> {
  return JSON.parse(await readFile(join(BAD, 'expected.json'), 'utf8')) as Record<string, Expected>;
}

async function collect(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    files.set(relative(dir, path), await readFile(path));
  }
  return files;
}

function withOutputs(run: CliRun, files: Map<string, Buffer>): CorpusRun {
  const v = files.get('validasi.csv');
  const r = files.get('ringkasan.json');
  return {
    ...run,
    files,
    validasi: v === undefined ? null : (parse(v.toString('utf8'), { columns: true }) as ValidasiRow[]),
    ringkasan: r === undefined ? null : (JSON.parse(r.toString('utf8')) as Ringkasan),
  };
}

/** `logistik hitung <input> --out <tmp> <extra…>` in-process, from the corpus folder. */
export async function runCorpus(input: string, extra: readonly string[] = ['--json']): Promise<CorpusRun> {
  const out = await tempDir();
  const run = await runInProcess(['hitung', input, '--out', out, ...extra], { cwd: BAD });
  return withOutputs(run, await collect(out));
}

/** The same through the built binary (`npm run build` first). */
export async function runCorpusBinary(input: string, extra: readonly string[] = ['--json']): Promise<CorpusRun> {
  const out = await tempDir();
  const run = runBinary(['hitung', input, '--out', out, ...extra], { cwd: BAD });
  return withOutputs(run, await collect(out));
}

/** Corpus inputs: every entry of the folder but the manifest. */
export async function corpusInputs(): Promise<string[]> {
  return (await readdir(BAD)).filter((n) => n !== 'expected.json').sort();
}

/** Issue codes that are about a whole file (or run), so they carry no line. */
export const FILE_LEVEL = new Set([
  'empty-file',
  'no-records',
  'nik-column-truncated',
  'nik-masked',
  'no-header',
  'duplicate-input',
  'region-name-personal',
  'dpt-total-too-large',
  'reserve-rounding-inflated',
]);
