/**
 * Inputs given twice (contract "Input rolls"). The same real path reached twice (named twice, or a
 * folder plus a file in it) is read once and listed once, with a `peringatan` `duplicate-input`; a
 * later input whose bytes equal an earlier one's is one `galat` `duplicate-input` and all its
 * records are rejected, without being read: found up front, by size and then SHA-256 of the files
 * that share a size, so that a renamed copy never folds millions of duplicate NIKs. "First" is
 * first in code-point order of `berkas`, never command-line order. Standard input cannot be hashed
 * before it is read: the reader compares it afterwards (see cli/roll.ts).
 */
import { realpath, stat } from 'node:fs/promises';
import { compareCodePoints } from '../core/code-point.js';
import type { Issue } from '../core/types.js';
import { sha256File } from './hash.js';
import type { ResolvedInput } from './inputs.js';

export interface InputPlan {
  /** What to read: every real path once, same-bytes copies left out. */
  readonly read: readonly ResolvedInput[];
  /** A later input with the same bytes as an earlier one: its `berkas` → the first's. */
  readonly sameBytes: ReadonlyMap<string, string>;
  /** The `peringatan` of each input dropped for naming a real path already read. */
  readonly issues: readonly Issue[];
  /** Stored size and SHA-256 (once computed) of each file read, for the comparison with stdin. */
  readonly files: ReadonlyMap<string, { size: number; sha256: () => Promise<string> }>;
}

function duplicateIssue(berkas: string, first: string, severity: Issue['severity']): Issue {
  return { code: 'duplicate-input', severity, file: berkas, line: null, column: null, params: { first } };
}

export function sameBytesIssue(berkas: string, first: string): Issue {
  return duplicateIssue(berkas, first, 'galat');
}

/** SHA-256 of a file's stored bytes, computed at most once. */
function lazyDigest(path: string): () => Promise<string> {
  let digest: Promise<string> | null = null;
  return () => (digest ??= sha256File(path));
}

export async function planInputs(inputs: readonly ResolvedInput[]): Promise<InputPlan> {
  const byCode = [...inputs].sort((a, b) => compareCodePoints(a.berkas, b.berkas));
  const seen = new Map<string, string>();
  const issues: Issue[] = [];
  const kept: ResolvedInput[] = [];
  for (const input of byCode) {
    const real = input.path === null ? '-' : await realpath(input.path).catch(() => input.path!);
    const first = seen.get(real);
    if (first !== undefined) {
      issues.push(duplicateIssue(input.berkas, first, 'peringatan'));
      continue;
    }
    seen.set(real, input.berkas);
    kept.push(input);
  }
  const files = new Map<string, { size: number; sha256: () => Promise<string> }>();
  const bySize = new Map<number, ResolvedInput[]>();
  for (const input of kept) {
    if (input.path === null) continue;
    const size = (await stat(input.path)).size;
    files.set(input.berkas, { size, sha256: lazyDigest(input.path) });
    const group = bySize.get(size);
    if (group === undefined) bySize.set(size, [input]);
    else group.push(input);
  }
  const sameBytes = new Map<string, string>();
  for (const group of bySize.values()) {
    if (group.length < 2) continue;
    const firstOf = new Map<string, string>();
    for (const input of group) {
      const digest = await files.get(input.berkas)!.sha256();
      const first = firstOf.get(digest);
      if (first === undefined) firstOf.set(digest, input.berkas);
      else sameBytes.set(input.berkas, first);
    }
  }
  // Command-line order for reading, as before; only the choice of "first" is by code point.
  const read = inputs.filter((i) => kept.includes(i) && !sameBytes.has(i.berkas));
  return { read, sameBytes, issues, files };
}
