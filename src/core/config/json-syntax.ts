/**
 * Where a config file stops being JSON, and the likely reason, in words a staffer can act on. JSON
 * is strict where people typing it are not: a decimal comma (`2,5`), a comma before `}`, single
 * quotes, comments. `JSON.parse` says only "Unexpected token"; this scanner (strict JSON, RFC 8259)
 * finds the same first bad character and looks at what is around it.
 */

export type JsonSyntaxKind =
  | 'decimal-comma'
  | 'trailing-comma'
  | 'single-quote'
  | 'comment'
  | 'unquoted-key'
  | 'missing-comma'
  | 'unterminated-string'
  | 'unexpected-end'
  | 'other';

export interface JsonSyntaxError {
  readonly kind: JsonSyntaxKind;
  /** 1-based, counted in characters of the line. */
  readonly line: number;
  readonly column: number;
  /** The line, and a caret under the column, for the terminal. */
  readonly excerpt: string;
}

type Expecting = 'value' | 'key' | 'colon' | 'comma-or-close' | 'string-end' | 'end';

class Stop {
  constructor(
    readonly at: number,
    readonly expecting: Expecting,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** The first syntax error of `text` (a BOM already removed), or null when it is JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stop = scan(text);
  if (stop === null) return null;
  const { line, column, lineText } = position(text, stop.at);
  return { kind: classify(text, stop), line, column, excerpt: excerpt(lineText, line, column) };
}

function scan(text: string): Stop | null {
  let i = 0;
  const skip = (): void => {
    while (i < text.length && WHITESPACE.has(text[i] ?? '')) i++;
  };
  const string = (): void => {
    i++;
    while (i < text.length) {
      const ch = text[i] ?? '';
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        const esc = text[i + 1] ?? '';
        if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if ('"\\/bfnrt'.includes(esc) && esc !== '') i += 2;
        else throw new Stop(i, 'string-end');
        continue;
      }
      if (ch < ' ') throw new Stop(i, 'string-end');
      i++;
    }
    throw new Stop(i, 'string-end');
  };
  const value = (): void => {
    skip();
    const ch = text[i] ?? '';
    if (ch === '{') return object();
    if (ch === '[') return array();
    if (ch === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    throw new Stop(i, 'value');
  };
  const object = (): void => {
    i++;
    skip();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skip();
      if (text[i] !== '"') throw new Stop(i, 'key');
      string();
      skip();
      if (text[i] !== ':') throw new Stop(i, 'colon');
      i++;
      value();
      skip();
      if (text[i] === ',') i++;
      else if (text[i] === '}') {
        i++;
        return;
      } else throw new Stop(i, 'comma-or-close');
    }
  };
  const array = (): void => {
    i++;
    skip();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      skip();
      if (text[i] === ',') i++;
      else if (text[i] === ']') {
        i++;
        return;
      } else throw new Stop(i, 'comma-or-close');
    }
  };
  try {
    value();
    skip();
    if (i < text.length) throw new Stop(i, 'end');
    return null;
  } catch (e) {
    if (e instanceof Stop) return e;
    throw e;
  }
}

/** The last character before `at` that is not whitespace, and where it is. */
function before(text: string, at: number): { ch: string; at: number } {
  let j = at - 1;
  while (j >= 0 && WHITESPACE.has(text[j] ?? '')) j--;
  return { ch: j >= 0 ? (text[j] ?? '') : '', at: j };
}

const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';

function classify(text: string, stop: Stop): JsonSyntaxKind {
  const ch = text[stop.at] ?? '';
  if (text.startsWith('//', stop.at) || text.startsWith('/*', stop.at)) return 'comment';
  if (ch === "'") return 'single-quote';
  if (stop.expecting === 'string-end') return 'unterminated-string';
  if (stop.at >= text.length) return 'unexpected-end';
  const prev = before(text, stop.at);
  if (prev.ch === ',' && (ch === '}' || ch === ']')) return 'trailing-comma';
  // `"cadangan_persen": 2,5`: after the comma the parser wants the next key and finds digits.
  if (stop.expecting === 'key' && prev.ch === ',' && isDigit(ch) && isDigit(before(text, prev.at).ch)) return 'decimal-comma';
  if (stop.expecting === 'key' && /[\p{L}_$]/u.test(ch)) return 'unquoted-key';
  if (stop.expecting === 'comma-or-close' && (ch === '"' || ch === '{' || ch === '[')) return 'missing-comma';
  return 'other';
}

function position(text: string, at: number): { line: number; column: number; lineText: string } {
  const upTo = text.slice(0, at);
  const line = upTo.split('\n').length;
  const start = upTo.lastIndexOf('\n') + 1;
  const end = text.indexOf('\n', at);
  const lineText = text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
  return { line, column: [...text.slice(start, at)].length + 1, lineText };
}

/** A line up to this long is shown whole; a longer one, this many characters either side of the column. */
const WHOLE = 100;
const WINDOW = 50;

function excerpt(lineText: string, line: number, column: number): string {
  const chars = [...lineText.replace(/\t/g, ' ')];
  const window = chars.length <= WHOLE ? WHOLE : WINDOW;
  const from = Math.max(0, column - 1 - window);
  const to = Math.min(chars.length, column - 1 + window);
  const shown = `${from > 0 ? '…' : ''}${chars.slice(from, to).join('')}${to < chars.length ? '…' : ''}`;
  const caretAt = column - 1 - from + (from > 0 ? 1 : 0);
  const gutter = String(line);
  return `  ${gutter} | ${shown}\n  ${' '.repeat(gutter.length)} | ${' '.repeat(caretAt)}^`;
}
