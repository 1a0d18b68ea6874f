/**
 * What a printed PDF says, read back with poppler (pdftotext, pdfinfo): the text of each page as
 * laid out, and every word's box, so tests can check page counts, that a table row sits whole on
 * one page, that nothing runs past the right margin, and that every number printed is the CSV's.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const POPPLER = ['/usr/bin/pdftotext', '/usr/bin/pdfinfo'].every((p) => existsSync(p));

export function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}

/** The text of every page, laid out as printed (columns on one line), one string per page. */
export function pageTexts(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export interface Word {
  readonly page: number;
  readonly pageWidth: number;
  readonly xMin: number;
  readonly xMax: number;
  readonly text: string;
}

export function words(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const out: Word[] = [];
  let page = -1;
  let pageWidth = 0;
  for (const m of html.matchAll(/<page width="([\d.]+)"|<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
    if (m[1] !== undefined) {
      page++;
      pageWidth = Number(m[1]);
    } else out.push({ page, pageWidth, xMin: Number(m[2]), xMax: Number(m[3]), text: m[4] ?? '' });
  }
  return out;
}

/** A printed row to find: the numbers at its end, in order, and words of its first cells. */
export interface ExpectedRow {
  readonly numbers: readonly string[];
  /** Words that must be on the same page as the numbers, within the row's next lines (a row cut in two fails). */
  readonly words?: readonly string[];
}

const clean = (token: string): string => token.replace(/†/g, '');

/**
 * Finds the rows in order across the pages: a row is found on the first line (from where the
 * previous one was found) whose last tokens are its numbers, with its words on that line or the
 * next three of the same page. Returns the rows not found, as text, for the failure message.
 */
export function missingRows(pages: readonly string[], rows: readonly ExpectedRow[]): string[] {
  let p = 0;
  let l = 0;
  const missing: string[] = [];
  for (const row of rows) {
    let found = false;
    for (let pi = p; pi < pages.length && !found; pi++) {
      const lines = (pages[pi] ?? '').split('\n');
      for (let li = pi === p ? l : 0; li < lines.length; li++) {
        const tokens = (lines[li] ?? '').trim().split(/\s+/).map(clean).filter((x) => x !== '');
        const tail = tokens.slice(tokens.length - row.numbers.length);
        if (tail.length !== row.numbers.length || tail.some((tok, i) => tok !== row.numbers[i])) continue;
        const near = lines.slice(li, li + 4).join(' ');
        if (!(row.words ?? []).every((w) => near.includes(w))) continue;
        found = true;
        p = pi;
        l = li + 1;
        break;
      }
    }
    if (!found) missing.push(`${(row.words ?? []).join(' ')} → ${row.numbers.join(' ')}`);
  }
  return missing;
}
