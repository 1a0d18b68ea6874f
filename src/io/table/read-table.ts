/**
 * The one reader for every CSV the tool reads that is not a roll (the `--dapil` mapping now;
 * receipts and KPPS confirmations later). Same inputs as rolls (files, folders of `*.csv` /
 * `*.csv.gz`, `-`), same bytes → text path (SHA-256 of the stored bytes, gzip, BOM, UTF-8 or
 * Windows-1252, UTF-16 and binary refused, CR-only line ends), same delimiter and header detection
 * (title lines above the header), the same RFC 4180 scanner with the line where each record starts,
 * and the same issue codes, and the same rule for an input given twice (io/duplicate-inputs.ts): the
 * same real path is read once (`peringatan`), a copy under another name is one `galat` and none of
 * its rows is handed on, so a receipt file given twice never doubles what arrived. What a table's
 * columns are is its spec's (core/table/spec.ts); what its values mean is its own core module's.
 */
import type { InputStats, Issue } from '../../core/types.js';
import { compareCodePoints } from '../../core/code-point.js';
import { isTableHeader } from '../../core/table/header.js';
import type { TableRow, TableSpec } from '../../core/table/spec.js';
import { FieldDecoder, type Encoding } from '../decode.js';
import { planInputs, sameBytesIssue } from '../duplicate-inputs.js';
import { expandInputs, type ResolvedInput } from '../inputs.js';
import { crToLf, detectInput, pushText, readSample } from '../read-roll.js';
import { RecordScanner } from '../scanner.js';
import { openInput } from '../source.js';
import { TableAssembler } from './table-assembler.js';

export interface TableReadOptions {
  /** Forces the delimiter (`,` `;` `\t` `|`); detected otherwise. */
  readonly delimiter?: string;
  /** Forces the encoding; detected otherwise. */
  readonly encoding?: Encoding;
  /** What `-` reads; `process.stdin` when absent. */
  readonly stdin?: AsyncIterable<Uint8Array>;
}

/**
 * Per file, what `ringkasan.json` and the summary report about a table input: a roll's record
 * without its kind, count and footer lines. `ditolak` is what the reader rejected (structure, or a
 * header it could not read): `barisData = rows handed on + ditolak`.
 */
export type TableFileStats = Omit<InputStats, 'jenis' | 'dihitung' | 'barisPenutup'>;

export interface TableRead<C extends string> {
  readonly inputs: readonly ResolvedInput[];
  /** In code-point order of `berkas`. */
  readonly files: readonly TableFileStats[];
  /** In (`berkas`, line) order, whatever order the inputs were given in. */
  readonly rows: readonly TableRow<C>[];
  /** Header and structure issues (the values are the caller's to check). */
  readonly issues: readonly Issue[];
}

/** Reads every input of one table. Unreadable input throws InputError (exit 3); problems in it are issues. */
export async function readTable<C extends string>(
  args: readonly string[],
  spec: TableSpec<C>,
  cwd: string,
  opts: TableReadOptions = {},
): Promise<TableRead<C>> {
  const inputs = await expandInputs(args, cwd);
  const plan = await planInputs(inputs);
  const read = [];
  for (const input of plan.read) read.push(await readTableFile(input, spec, opts));
  read.sort((a, b) => compareCodePoints(a.stats.berkas, b.stats.berkas));
  const copies = copiesOf(read, plan.sameBytes);
  const kept = read.filter((r) => !copies.has(r.stats.berkas));
  const files: TableFileStats[] = read.map((r) => (copies.has(r.stats.berkas) ? { ...r.stats, ditolak: r.stats.barisData } : r.stats));
  // A copy found before reading was not read: it has its first's counts, all of them rejected.
  for (const [berkas, first] of plan.sameBytes) {
    const base = files.find((f) => f.berkas === first);
    if (base !== undefined) files.push({ ...base, berkas, ditolak: base.barisData });
  }
  files.sort((a, b) => compareCodePoints(a.berkas, b.berkas));
  return {
    inputs,
    files,
    rows: kept.flatMap((r) => r.rows),
    issues: [...plan.issues, ...kept.flatMap((r) => r.issues), ...[...copies].map(([berkas, first]) => sameBytesIssue(berkas, first))],
  };
}

/**
 * Every copy → the input it copies: the ones found before reading, and standard input, whose bytes
 * are known only once read (the first in code-point order of `berkas` is the one that counts).
 */
function copiesOf(read: readonly { readonly stats: TableFileStats }[], before: ReadonlyMap<string, string>): Map<string, string> {
  const copies = new Map(before);
  const firstBySha = new Map<string, string>();
  for (const { stats } of read) {
    const first = firstBySha.get(stats.sha256);
    if (first === undefined) firstBySha.set(stats.sha256, stats.berkas);
    else copies.set(stats.berkas, first);
  }
  return copies;
}

async function readTableFile<C extends string>(input: ResolvedInput, spec: TableSpec<C>, opts: TableReadOptions) {
  const bytes = openInput(input, opts.stdin);
  const it = bytes.chunks[Symbol.asyncIterator]();
  const { sample, complete } = await readSample(it);
  const { body, guess, dialect, crOnly } = detectInput(sample, complete, input.berkas, opts, (names) => isTableHeader(names, spec));
  const decoder = new FieldDecoder(guess);
  const assembler = new TableAssembler(input.berkas, spec, dialect, decoder);
  const scanner = new RecordScanner({ delimiter: dialect.delimiter.charCodeAt(0) }, assembler);
  scanner.push(body);
  for (let r = await it.next(); r.done !== true; r = await it.next()) pushText(scanner, crOnly ? crToLf(r.value) : r.value, input.berkas);
  scanner.end();
  assembler.finish();
  const stats: TableFileStats = {
    berkas: input.berkas,
    sha256: bytes.sha256(),
    barisData: assembler.barisData,
    ditolak: assembler.ditolak,
    barisKosong: assembler.barisKosong,
    barisJudul: assembler.barisJudul,
    kolomTakDikenal: assembler.layout?.unknownColumns ?? [],
    delimiter: dialect.delimiter,
    encoding: decoder.encoding,
  };
  return { stats, rows: assembler.rows, issues: assembler.issues };
}
