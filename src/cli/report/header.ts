import { t } from '../../core/messages/index.js';
import type { ReportStyle } from './style.js';

export interface HeaderInput {
  /** The command's name: `hitung`, `validasi`, `terima`, … */
  readonly command: string;
  /** The preset the rules come from, when the command has one. */
  readonly preset?: string;
  /** The `--config` file given, if any: the rules are the preset plus this file. */
  readonly config?: string;
}

/** The first line of every report: `logistik hitung — preset pemilu-2024 + konfig.json`. */
export function renderHeader(s: ReportStyle, h: HeaderInput): string {
  if (h.preset === undefined) return s.c.bold(t(s.lang, 'report.title', { command: h.command }));
  const key = h.config === undefined ? 'report.title-preset' : 'report.title-config';
  return s.c.bold(t(s.lang, key, { command: h.command, preset: h.preset, config: h.config ?? '' }));
}
