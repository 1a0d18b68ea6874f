/** Config problems as JSON paths (`barang[3].cadangan_persen`), and the one error that carries them. */
import { z } from 'zod';
import { ConfigError } from '../../errors.js';
import { closest } from '../suggest.js';
import { configSchema } from './schema.js';

export interface Problem {
  readonly path: string;
  /** zod's words (in the language zod was set to), or an English fallback for `key`. */
  readonly message: string;
  /** A catalogue message for the problem, rendered in the user's language by the CLI. */
  readonly key?: string;
  readonly params?: Readonly<Record<string, string | number>>;
  /** The known key or item code the typed one is probably a typo of. */
  readonly suggestion?: string;
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

/** The keys the schema knows for the object at `path` (array indices step into the items). */
export function knownKeys(path: ReadonlyArray<PropertyKey>): string[] {
  let node: z.ZodType = configSchema;
  for (const part of path) {
    node = unwrap(node);
    if (typeof part === 'number' && node instanceof z.ZodArray) node = node.element as z.ZodType;
    else if (typeof part === 'string' && node instanceof z.ZodObject) {
      const next = (node.shape as Record<string, z.ZodType>)[part];
      if (next === undefined) return [];
      node = next;
    } else return [];
  }
  node = unwrap(node);
  return node instanceof z.ZodObject ? Object.keys(node.shape as Record<string, unknown>) : [];
}

function unwrap(node: z.ZodType): z.ZodType {
  let n = node;
  while (n instanceof z.ZodOptional || n instanceof z.ZodNullable) n = n.unwrap() as z.ZodType;
  return n;
}

/**
 * Zod issues in zod's order. An unknown key is reported at the key itself, where the typo is,
 * one problem per key, with the known key it is closest to; a number typed as text (`"2,5"`,
 * `"5%"`) gets the number it means.
 */
export function zodProblems(error: z.ZodError, input?: unknown): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(issue.path);
      return issue.keys.map((key) => {
        const suggestion = closest(key, known);
        const message = `unknown key ${key}`;
        return { path: formatPath([...issue.path, key]), message, key: 'config.problem.key-unknown', params: { kunci: key }, ...(suggestion !== null ? { suggestion } : {}) };
      });
    }
    const problem = { path: formatPath(issue.path), message: issue.message };
    if (issue.code !== 'invalid_type' || issue.expected !== 'number') return [problem];
    const meant = numberMeant(valueAt(input, issue.path));
    return [meant === null ? problem : { ...problem, suggestion: meant }];
  });
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let node = input;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

/** `"2,5"` → `2.5`, `"5%"` → `5`, `" 300 "` → `300`; null when the text is not a number. */
export function numberMeant(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(/\s*%$/, '').replace(/^(-?\d+),(\d+)$/, '$1.$2');
  return /^-?\d+(\.\d+)?$/.test(text) ? String(Number(text)) : null;
}

/** Throws `config-invalid` naming the first problem's path and listing all of them. */
export function throwProblems(problems: readonly Problem[]): never {
  const first = problems[0];
  if (first === undefined) throw new Error('throwProblems called without problems');
  const detail = problems.map((p) => `${p.path}: ${p.message}${p.suggestion !== undefined ? ` (${p.suggestion}?)` : ''}`).join('; ');
  throw new ConfigError('config-invalid', { path: first.path, detail }, `config invalid at ${first.path}: ${detail}`, problems);
}
