import type { Lang } from '../types.js';

/** A message in both languages. `{name}` placeholders are filled from params. */
export interface Bilingual {
  readonly id: string;
  readonly en: string;
}

/** An issue's text: what is wrong and how to fix it, in both languages. */
export interface IssueText {
  readonly message: Bilingual;
  readonly hint: Bilingual;
}

/** Templates split at their placeholders (literal, name, literal, …, literal); the catalogue's, so few. */
const split = new Map<string, readonly string[]>();

/**
 * Fills `{name}` placeholders. A missing param is left visible (`{name}`) so tests catch it.
 * Each template is split once: a roll can have millions of issues to render.
 */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  let parts = split.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    split.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = params[parts[i]!];
    out += (value === undefined ? `{${parts[i]}}` : String(value)) + parts[i + 1]!;
  }
  return out;
}

/**
 * A whole number as people read it on screen: digits grouped in threes, `1.234.567` in Indonesian,
 * `1,234,567` in English. Only for the terminal: data files (CSV, JSON) hold plain digits. Written
 * out rather than left to Intl, so the output does not depend on the ICU data Node was built with.
 */
export function formatNumber(n: number, lang: Lang): string {
  if (!Number.isSafeInteger(n)) return String(n);
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, lang === 'en' ? ',' : '.');
  return n < 0 ? `-${digits}` : digits;
}

/** The params with every number grouped for the screen (strings, like `tps: '005'`, stay as they are). */
export function screenParams(params: Readonly<Record<string, string | number>>, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) out[key] = typeof value === 'number' ? formatNumber(value, lang) : value;
  return out;
}

export function pick(text: Bilingual, lang: Lang): string {
  return lang === 'en' ? text.en : text.id;
}
