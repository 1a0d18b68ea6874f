/**
 * A small TypeScript source scanner for the catalogue tests: it finds call arguments and string
 * literals without a parser, skipping comments and knowing quotes and template literals (with
 * nested `${…}`), which is all the CLI's rendering code uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO } from '../helpers/cli.js';

export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/** Every `.ts` file under `dir` (relative to the repository), in code-point order. */
export function sourceFiles(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (abs: string): void => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const p = join(abs, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push({ path: relative(REPO, p), text: readFileSync(p, 'utf8') });
    }
  };
  walk(join(REPO, dir));
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The source with comments replaced by spaces (offsets and line numbers stay the same). */
export function stripComments(src: string): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '/' && src[i + 1] === '/') {
      for (; i < src.length && src[i] !== '\n'; i++) out += ' ';
    } else if (ch === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      for (; i < stop; i++) out += src[i] === '\n' ? '\n' : ' ';
    } else if (ch === "'" || ch === '"' || ch === '`') {
      const end = skipString(src, i);
      out += src.slice(i, end);
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Index just past the string or template literal starting at `start`. */
function skipString(src: string, start: number): number {
  const quote = src[start];
  let i = start + 1;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '\\') i += 2;
    else if (ch === quote) return i + 1;
    else if (quote === '`' && ch === '$' && src[i + 1] === '{') i = skipBalanced(src, i + 1, '{', '}');
    else i++;
  }
  return i;
}

/** Index just past the bracket that closes the one at `open`. */
function skipBalanced(src: string, open: number, left: string, right: string): number {
  let depth = 0;
  let i = open;
  while (i < src.length) {
    const ch = src[i];
    if (ch === "'" || ch === '"' || ch === '`') {
      i = skipString(src, i);
      continue;
    }
    if (ch === left) depth++;
    else if (ch === right && --depth === 0) return i + 1;
    i++;
  }
  return i;
}

export interface CallSite {
  readonly line: number;
  /** The argument text between the parentheses. */
  readonly args: string;
}

/** Every call of `pattern` (a regex source ending just before the opening parenthesis). */
export function callSites(src: string, pattern: string): CallSite[] {
  const code = stripComments(src);
  const re = new RegExp(`${pattern}\\s*\\(`, 'g');
  const sites: CallSite[] = [];
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const open = m.index + m[0].length - 1;
    const close = skipBalanced(code, open, '(', ')');
    sites.push({ line: code.slice(0, m.index).split('\n').length, args: code.slice(open + 1, close - 1) });
  }
  return sites;
}

/** Removes every call of `pattern` (with its arguments) from an expression. */
export function removeCalls(expr: string, pattern: string): string {
  const re = new RegExp(`${pattern}\\s*\\(`);
  let text = expr;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const open = m.index + m[0].length - 1;
    text = text.slice(0, m.index) + text.slice(skipBalanced(text, open, '(', ')'));
  }
  return text;
}

/**
 * The static text of every string literal in an expression: quoted strings and the literal parts
 * of template strings, recursing into `${…}`.
 */
export function literalTexts(expr: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < expr.length) {
    const ch = expr[i];
    if (ch === "'" || ch === '"') {
      const end = skipString(expr, i);
      out.push(expr.slice(i + 1, end - 1));
      i = end;
    } else if (ch === '`') {
      let j = i + 1;
      let part = '';
      while (j < expr.length && expr[j] !== '`') {
        if (expr[j] === '\\') {
          part += expr.slice(j, j + 2);
          j += 2;
        } else if (expr[j] === '$' && expr[j + 1] === '{') {
          const end = skipBalanced(expr, j + 1, '{', '}');
          out.push(...literalTexts(expr.slice(j + 2, end - 1)));
          j = end;
        } else {
          part += expr[j];
          j++;
        }
      }
      out.push(part);
      i = j + 1;
    } else {
      i++;
    }
  }
  return out;
}
