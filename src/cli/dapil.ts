import type { Readable } from 'node:stream';
import type { Issue } from '../core/types.js';
import { DAPIL_TABLE, parseDapil, type DapilMapping } from '../core/compute/index.js';
import { readTable, type TableFileStats } from '../io/table/read-table.js';
import type { BerkasDigest } from '../core/report/ringkasan.js';
import { sha256 } from '../io/hash.js';
import { recordedName } from '../io/inputs.js';

/** The `--dapil` mapping as a run uses it: the mapping, every problem found in it, and its files. */
export interface DapilRead {
  readonly mapping: DapilMapping;
  /** Header, structure and value issues of the mapping file(s). */
  readonly issues: readonly Issue[];
  /** Per file read (with its SHA-256), in code-point order: what `ringkasan.json` records. */
  readonly files: readonly TableFileStats[];
  /** Rows after the header, and how many of them could not be used. */
  readonly barisData: number;
  readonly ditolak: number;
}

/**
 * Reads the mapping with the one table reader (the roll's dialect detection, header normalisation
 * and structure checks; its own delimiter and encoding, not the roll's --delimiter/--encoding) and
 * checks its values in the core.
 */
export async function readDapil(file: string, cwd: string, stdin?: Readable): Promise<DapilRead> {
  const read = await readTable([file], DAPIL_TABLE, cwd, stdin ? { stdin } : {});
  const parsed = parseDapil(read.rows, file);
  const sum = (f: (s: TableFileStats) => number): number => read.files.reduce((n, s) => n + f(s), 0);
  return {
    mapping: parsed.mapping,
    issues: [...read.issues, ...parsed.issues],
    files: read.files,
    barisData: sum((s) => s.barisData),
    ditolak: sum((s) => s.ditolak) + parsed.rejected,
  };
}

/** True when the mapping has a problem that makes manifests unsafe: then none are written, --allow-invalid or not. */
export function dapilBlocks(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'galat');
}

/**
 * `dapil` in ringkasan.json: the `--dapil` argument as given and the SHA-256 of its bytes. A folder
 * of mappings is several files: its digest is the SHA-256 of the lines `sha256sum` prints for them
 * in code-point order (`sha256sum dapil/a.csv dapil/b.csv | sha256sum`), and `isi` lists each.
 */
export function dapilDigest(read: DapilRead, arg: string): BerkasDigest & { readonly isi?: readonly BerkasDigest[] } {
  const berkas = recordedName(arg);
  const [only, ...more] = read.files;
  if (only !== undefined && more.length === 0) return { berkas, sha256: only.sha256 };
  const isi = read.files.map((f) => ({ berkas: f.berkas, sha256: f.sha256 }));
  return { berkas, sha256: sha256(isi.map((f) => `${f.sha256}  ${f.berkas}\n`).join('')), isi };
}
