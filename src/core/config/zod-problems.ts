/**
 * Zod's issues as config problems (problems.ts): only a config file given by the user is checked
 * against the schema, so only then is zod loaded (start-up of every other run; issue 16).
 */
import * as z from 'zod';
import { MESSAGE_CATALOGUE } from '../messages/index.js';
import { closest } from '../suggest.js';
import { formatPath, numberMeant, type Problem } from './problems.js';
import { MAX_DECIMAL_PLACES } from './rational.js';
import { configSchema } from './schema.js';

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
    const problem = { path: formatPath(issue.path), message: issue.message, ...describe(issue) };
    if (issue.code !== 'invalid_type' || issue.expected !== 'number') return [problem];
    const meant = numberMeant(valueAt(input, issue.path));
    return [meant === null ? problem : { ...problem, suggestion: meant }];
  });
}

const TYPES = new Set(['int', 'number', 'string', 'array', 'object', 'boolean']);
/** Params some of the schema's own messages need (schema.ts gives the key as the message). */
const FIXED: Readonly<Record<string, Record<string, number>>> = { 'config.problem.decimal-places': { batas: MAX_DECIMAL_PLACES } };

/** The catalogue key and params of one zod issue: zod's own words never reach the user. */
function describe(issue: z.core.$ZodIssue): { key: string; params: Record<string, string | number> } {
  const own = issue.message;
  if (own.startsWith('config.problem.') && own in MESSAGE_CATALOGUE) {
    return { key: own, params: { ...(FIXED[own] ?? {}), ...((issue as { params?: Record<string, string | number> }).params ?? {}) } };
  }
  switch (issue.code) {
    case 'invalid_type':
      return { key: TYPES.has(issue.expected) ? `config.problem.expected-${issue.expected}` : 'config.problem.invalid', params: {} };
    case 'too_big': {
      const key = issue.origin === 'array' ? 'too-many' : issue.origin === 'string' ? 'too-long' : 'too-big';
      return { key: `config.problem.${key}`, params: { batas: Number(issue.maximum) } };
    }
    case 'too_small': {
      const key = issue.origin === 'array' ? 'too-few' : issue.origin === 'string' ? 'too-short' : 'too-small';
      return { key: `config.problem.${key}`, params: { batas: Number(issue.minimum) } };
    }
    case 'invalid_value':
      return { key: 'config.problem.one-of', params: { pilihan: issue.values.map((v) => JSON.stringify(v)).join(', ') } };
    default:
      return { key: 'config.problem.invalid', params: {} };
  }
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let node = input;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}
