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

/** Fills `{name}` placeholders. A missing param is left visible (`{name}`) so tests catch it. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function pick(text: Bilingual, lang: Lang): string {
  return lang === 'en' ? text.en : text.id;
}
