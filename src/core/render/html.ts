/**
 * The few HTML pieces every page is built from. Text is escaped exactly once, where it enters
 * markup (`esc`); everything else passes strings of markup around. No template engine: the pages
 * are small, and a function per piece keeps them testable without a browser.
 */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML: safe in element content and in quoted attribute values. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** An element: `el('td', { class: 'n' }, '1.234')`. Attribute values are escaped; content is markup. */
export function el(tag: string, attrs: Readonly<Record<string, string | number | null | undefined>> | null, ...content: readonly string[]): string {
  const a = Object.entries(attrs ?? {})
    .filter((e): e is [string, string | number] => e[1] !== null && e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');
  return `<${tag}${a}>${content.join('')}</${tag}>`;
}

/** A table cell holds text (escaped) or a number already formatted for paper. */
export interface Cell {
  readonly text: string;
  /** Numbers are right-aligned and never wrap. */
  readonly num?: boolean;
  /** Extra class names (`mark`, `box`, …). */
  readonly cls?: string;
  /** Raw markup instead of text (a check box, a mark): trusted, never from data. */
  readonly html?: string;
}

export interface TableSpec {
  readonly head: readonly Cell[];
  readonly rows: readonly (readonly Cell[])[];
  /** A last row in bold (a totals row): a body row, since a `tfoot` would repeat on every page. */
  readonly foot?: readonly Cell[];
  readonly cls?: string;
  /** Column widths in percent, for tables whose text columns must not squeeze the numbers. */
  readonly widths?: readonly (number | null)[];
}

function cell(tag: 'td' | 'th', c: Cell): string {
  const cls = [c.num ? 'n' : '', c.cls ?? ''].filter(Boolean).join(' ');
  return el(tag, { class: cls || null }, c.html ?? esc(c.text));
}

/**
 * A table whose header repeats on every printed page (`thead`) and whose rows are never cut
 * across a page break (the style sheet says `break-inside: avoid` for every `tr`).
 */
export function table(spec: TableSpec): string {
  const cols = spec.widths ? el('colgroup', null, ...spec.widths.map((w) => (w === null ? '<col>' : `<col style="width:${w}%">`))) : '';
  const head = el('thead', null, el('tr', null, ...spec.head.map((c) => cell('th', c))));
  const foot = spec.foot ? [el('tr', { class: 'total' }, ...spec.foot.map((c) => cell('td', c)))] : [];
  const body = el('tbody', null, ...spec.rows.map((r) => el('tr', null, ...r.map((c) => cell('td', c)))), ...foot);
  return el('table', { class: spec.cls ?? null }, cols, head, body);
}

export const text = (t: string, cls?: string): Cell => (cls === undefined ? { text: t } : { text: t, cls });
export const num = (formatted: string): Cell => ({ text: formatted, num: true });
