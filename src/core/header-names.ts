/**
 * What every CSV header the tool reads goes through, rolls and tables alike (contract "Input
 * rolls"): names normalised one way, blank and duplicate names reported one way, and one
 * missing-column issue naming what was found. Which names a file may use is the caller's (rolls:
 * columns.ts; other tables: table/header.ts).
 */
import { echoHeaderNames } from './echo.js';
import type { Issue } from './types.js';

/** `" No. TPS "` → `no_tps`; `"Kode-Wilayah"` → `kode_wilayah`; a UTF-8 BOM is dropped. */
export function normaliseHeaderName(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s./\\-]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}

export interface MapHeaderOptions {
  /** Physical line of the header (title lines may come before it). */
  readonly line?: number;
  /**
   * A blank last name is the mark of a trailing delimiter on every line, which is harmless. The
   * reader turns this off when the data rows do not carry that extra empty cell.
   */
  readonly allowTrailingBlank?: boolean;
}

export interface NamedHeader {
  /** Header names as written (BOM dropped, trimmed), for messages. */
  readonly headerNames: readonly string[];
  /** Per physical column, the canonical name it stands for; undefined for blank, repeated or unknown ones. */
  readonly canonical: readonly (string | undefined)[];
  /** Columns that matched no canonical name or alias: ignored, listed once in the summary. */
  readonly unknownColumns: readonly string[];
  /** `blank-header` and `duplicate-header` issues, in column order. */
  readonly issues: Issue[];
  /** A name as it may be echoed in a message (core/echo.ts, echoHeaderNames). */
  readonly shown: (name: string) => string;
  readonly line: number;
}

/**
 * Names each column of a header by `canonicalOf` (which folds aliases; undefined for a name the
 * table does not know). Two columns that mean the same are a `duplicate-header`; a blank name is a
 * `blank-header` unless it is a trailing delimiter's.
 */
export function nameColumns(
  names: readonly string[],
  canonicalOf: (name: string) => string | undefined,
  file: string,
  options: MapHeaderOptions = {},
): NamedHeader {
  const line = options.line ?? 1;
  const headerNames = names.map((n) => n.replace(/^\uFEFF/, '').trim());
  const issue = (code: string, column: string | null, params: Issue['params']): Issue =>
    ({ code, severity: 'galat', file, line, column, params });
  const issues: Issue[] = [];
  const canonical: (string | undefined)[] = [];
  const unknownColumns: string[] = [];
  const firstName = new Map<string, string>();
  // A "header" that holds data (no header, or a file read as one line): what is echoed from it
  // must not be a NIK, NKK or name.
  const shown = echoHeaderNames(headerNames, (n) => canonicalOf(n) !== undefined);
  headerNames.forEach((name, c) => {
    canonical.push(undefined);
    if (name === '' || normaliseHeaderName(name) === '') {
      const trailing = c === headerNames.length - 1 && c > 0 && options.allowTrailingBlank !== false;
      if (!trailing) issues.push(issue('blank-header', null, { position: c + 1 }));
      return;
    }
    const known = canonicalOf(name);
    const key = known ?? normaliseHeaderName(name);
    const earlier = firstName.get(key);
    if (earlier !== undefined) {
      const hidden = shown(name) !== name;
      issues.push(issue('duplicate-header', hidden ? null : key, { name: shown(name), first: shown(earlier) }));
      return;
    }
    firstName.set(key, name);
    if (known === undefined) unknownColumns.push(name);
    else canonical[c] = known;
  });
  return { headerNames, canonical, unknownColumns, issues, shown, line };
}

/** The one issue for a header that lacks what the table needs; `missing` lists it, first first. */
export function missingColumnIssue(named: NamedHeader, missing: readonly string[], file: string): Issue {
  return {
    code: 'missing-column',
    severity: 'galat',
    file,
    line: named.line,
    column: missing[0] ?? null,
    params: { found: named.headerNames.map(named.shown).join(', '), expected: missing.join(', ') },
  };
}
