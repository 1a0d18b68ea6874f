/**
 * A table's header → its layout, with the same issues and codes as a roll's header
 * (`blank-header`, `duplicate-header`, `missing-column`).
 */
import type { Issue } from '../types.js';
import { missingColumnIssue, nameColumns, type MapHeaderOptions } from '../header-names.js';
import { missingColumns, type TableSpec } from './spec.js';

export interface TableLayout<C extends string> {
  readonly width: number;
  /** Physical column index of each canonical column the header has. */
  readonly columns: ReadonlyMap<C, number>;
  /** Header names as written (trimmed), for messages. */
  readonly headerNames: readonly string[];
  /** Columns the spec does not know: ignored, listed in the summary. */
  readonly unknownColumns: readonly string[];
}

export interface TableHeader<C extends string> {
  readonly layout: TableLayout<C> | null;
  readonly issues: Issue[];
}

export function mapTableHeader<C extends string>(
  names: readonly string[],
  spec: TableSpec<C>,
  file: string,
  options: MapHeaderOptions = {},
): TableHeader<C> {
  const named = nameColumns(names, spec.columnOf, file, options);
  const issues = [...named.issues];
  const columns = new Map<C, number>();
  named.canonical.forEach((c, i) => {
    if (c !== undefined) columns.set(c as C, i);
  });
  const missing = missingColumns(spec, new Set(columns.keys()));
  if (missing.length > 0) issues.push(missingColumnIssue(named, missing, file));
  if (issues.length > 0) return { layout: null, issues };
  const { headerNames, unknownColumns } = named;
  return { layout: { width: headerNames.length, columns, headerNames, unknownColumns }, issues };
}

/** Does the spec read these names as its header? (How the dialect detection finds the header line.) */
export function isTableHeader<C extends string>(names: readonly string[], spec: TableSpec<C>): boolean {
  return mapTableHeader(names, spec, '').layout !== null;
}

/**
 * Two exports joined end to end carry the second header as a record: every cell the layout maps
 * names its own column (aliases included).
 */
export function repeatsHeader<C extends string>(cells: Readonly<Partial<Record<C, string>>>, layout: TableLayout<C>, spec: TableSpec<C>): boolean {
  for (const column of layout.columns.keys()) if (spec.columnOf(cells[column] ?? '') !== column) return false;
  return true;
}
