/** Config problems as JSON paths (`barang[3].cadangan_persen`), and the one error that carries them. */
import type { z } from 'zod';
import { ConfigError } from '../../errors.js';

export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** `['barang', 3, 'cadangan_persen']` → `barang[3].cadangan_persen`; the root is `$`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '$' : out;
}

/** Zod issues in zod's order; an unknown key is reported at the key itself, where the typo is. */
export function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = keys.length > 0 ? [...issue.path, keys[0] as string] : issue.path;
    return { path: formatPath(path), message: issue.message };
  });
}

/** Throws `config-invalid` naming the first problem's path and listing all of them. */
export function throwProblems(problems: readonly Problem[]): never {
  const first = problems[0];
  if (first === undefined) throw new Error('throwProblems called without problems');
  const detail = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  throw new ConfigError('config-invalid', { path: first.path, detail }, `config invalid at ${first.path}: ${detail}`);
}
