/**
 * Config problems as JSON paths (`barang[3].cadangan_persen`), and the one error that carries them.
 * No zod here: a preset alone is resolved without loading zod (zod-problems.ts says zod's issues).
 */
import { ConfigError } from '../../errors.js';
import { t } from '../messages/index.js';

export interface Problem {
  readonly path: string;
  /** English words for logs and stacks; what the user reads is `key`. */
  readonly message: string;
  /**
   * A catalogue message for the problem, rendered in the user's language by the CLI. Every
   * problem has one (issue 9.7: no zod English inside an Indonesian message).
   */
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
  const words = (p: Problem): string => (p.key !== undefined ? t('en', p.key, p.params ?? {}) : p.message);
  const detail = problems.map((p) => `${p.path}: ${words(p)}${p.suggestion !== undefined ? ` (${p.suggestion}?)` : ''}`).join('; ');
  throw new ConfigError('config-invalid', { path: first.path, detail }, `config invalid at ${first.path}: ${detail}`, problems);
}
