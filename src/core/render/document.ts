/**
 * A whole page file: self-contained (the style sheet inline, charts as inline SVG, no script, no
 * font, image or link fetched from anywhere), with its language declared. The bytes depend only on
 * what is passed in: no clock, no locale, no environment.
 */
import type { Lang } from '../types.js';
import { esc } from './html.js';
import { PAGE_CSS } from './style.js';

export interface DocumentSpec {
  readonly lang: Lang;
  readonly title: string;
  /** Markup of the body. */
  readonly body: string;
  /** `logistik 0.1.0`: the tool that made the file, as its other outputs record it. */
  readonly generator: string;
}

export function htmlDocument(d: DocumentSpec): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${d.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta name="generator" content="${esc(d.generator)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(d.title)}</title>`,
    `<style>${PAGE_CSS}</style>`,
    '</head>',
    '<body>',
    d.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
