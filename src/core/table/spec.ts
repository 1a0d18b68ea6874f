/**
 * What a CSV table that is not a roll looks like (the `--dapil` mapping; receipts and KPPS
 * confirmations later): its canonical columns, the other names staff give them, and what it cannot
 * be read without. The one table reader (io/table/) reads any table from such a spec, with the
 * roll's dialect detection and header normalisation; the value checks stay with each table's own
 * pure functions.
 */
import { normaliseHeaderName } from '../header-names.js';

/**
 * A column the table needs, or a choice among sets of columns (`[['kode_kelurahan'], ['kecamatan',
 * 'kelurahan']]`): one complete set is enough; when none is, the fullest set's gaps are named.
 */
export type Requirement<C extends string> = C | readonly (readonly C[])[];

export interface TableDefinition<C extends string> {
  /** Canonical column names of the contract. */
  readonly columns: readonly C[];
  /** Other header names for the same columns, written as `normaliseHeaderName` gives them. */
  readonly aliases?: Readonly<Record<string, C>>;
  readonly required: readonly Requirement<C>[];
}

export interface TableSpec<C extends string> extends Required<TableDefinition<C>> {
  /** The canonical column a header name stands for (any case and separators), or undefined. */
  columnOf(name: string): C | undefined;
}

/**
 * Checks a definition once, where it is declared: an alias must be normalised (or it could never
 * match) and must not be another column's canonical name.
 */
export function defineTable<const C extends string>(def: TableDefinition<C>): TableSpec<C> {
  const aliases = def.aliases ?? {};
  const byName = new Map<string, C>(def.columns.map((c) => [c, c]));
  for (const [alias, column] of Object.entries(aliases)) {
    if (normaliseHeaderName(alias) !== alias || byName.has(alias) || !def.columns.includes(column)) {
      throw new Error(`table spec: bad alias '${alias}' → '${column}'`);
    }
    byName.set(alias, column);
  }
  for (const c of def.columns) if (normaliseHeaderName(c) !== c) throw new Error(`table spec: column '${c}' is not normalised`);
  return Object.freeze({
    columns: Object.freeze([...def.columns]),
    aliases: Object.freeze({ ...aliases }),
    required: Object.freeze([...def.required]),
    columnOf: remembered((name: string) => byName.get(normaliseHeaderName(name))),
  });
}

/** How many names columnOf remembers before it starts over. */
const REMEMBERED = 4096;

/**
 * columnOf is asked of every data row too (repeatsHeader: a second header inside the file), and
 * the normalising regexes were ~15 % of reading 600,000 KPPS rows (issue 16.4). Rows repeat their
 * cells (a kelurahan code ~100 times in a row), so the last few thousand answers are kept.
 */
function remembered<C>(of: (name: string) => C | undefined): (name: string) => C | undefined {
  const seen = new Map<string, C | undefined>();
  return (name) => {
    if (seen.has(name)) return seen.get(name);
    if (seen.size >= REMEMBERED) seen.clear();
    const c = of(name);
    seen.set(name, c);
    return c;
  };
}

/** Which required columns a header lacks, in the order the spec lists them. */
export function missingColumns<C extends string>(spec: TableSpec<C>, present: ReadonlySet<C>): string[] {
  const missing: string[] = [];
  for (const req of spec.required) {
    if (typeof req === 'string') {
      if (!present.has(req as C)) missing.push(req as C);
      continue;
    }
    const sets = req as readonly (readonly C[])[];
    if (sets.some((set) => set.every((c) => present.has(c)))) continue;
    // The set the header came closest to; ties go to the first.
    let best = sets[0] ?? [];
    for (const set of sets) if (set.filter((c) => present.has(c)).length > best.filter((c) => present.has(c)).length) best = set;
    missing.push(...best.filter((c) => !present.has(c)));
  }
  return missing;
}

/** One row of a table: each present column's cell as written (not trimmed), by canonical name. */
export interface TableRow<C extends string> {
  /** The input as given on the command line. */
  readonly file: string;
  /** Physical line where the record starts (the header of a file without title lines is 1). */
  readonly line: number;
  readonly cells: Readonly<Partial<Record<C, string>>>;
}

/** A row's cell, '' when the column is absent or the cell empty. */
export function cell<C extends string>(row: TableRow<C>, column: C): string {
  return row.cells[column] ?? '';
}
