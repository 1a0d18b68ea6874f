import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Issue, Layout } from '../../src/core/types.js';
import { readInput, type FileReadResult, type ReadOptions } from '../../src/io/read-roll.js';
import type { ResolvedInput } from '../../src/io/inputs.js';

export interface ReadLog {
  result: FileReadResult;
  layout: Layout | null;
  rows: { line: number; row: (string | undefined)[] }[];
  rejected: number[];
  issues: Issue[];
  /** Footers the reader found: [line, stated total]. */
  footers: [number, string | null][];
}

export function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'logistik-read-'));
}

/** Writes `content` to a fresh temp file and reads it back through `readInput`. */
export async function readText(content: string | Buffer, name = 'roll.csv', opts: ReadOptions = {}): Promise<ReadLog> {
  const dir = tmp();
  const path = join(dir, name);
  writeFileSync(path, content);
  return readResolved({ berkas: name, path }, opts);
}

export async function readResolved(input: ResolvedInput, opts: ReadOptions = {}): Promise<ReadLog> {
  const log: Omit<ReadLog, 'result'> = { layout: null, rows: [], rejected: [], issues: [], footers: [] };
  const result = await readInput(input, opts, {
    onHeader: (layout) => (log.layout = layout),
    onRow: (row, line) => log.rows.push({ line, row: [...row] }),
    onRejected: (line) => log.rejected.push(line),
    onIssue: (issue) => log.issues.push(issue),
    onFooter: (line, total) => log.footers.push([line, total]),
  });
  return { ...log, result };
}

/** A readable of the given chunks, standing in for process.stdin. */
export async function* chunksOf(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
