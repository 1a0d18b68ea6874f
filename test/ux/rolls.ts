/** Small rolls and checks shared by the operator-experience tests. */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MESSAGE_CATALOGUE } from '../../src/core/messages/index.js';
import { REPO, tempDir } from '../helpers/cli.js';

/**
 * A voter-level roll with one clean voter and three error rows (a NIK mangled by a spreadsheet,
 * a duplicate NIK, a short NIK) plus one warning row (an unknown jenis_kelamin).
 */
export const BAD_ROLL = [
  'kode_kelurahan,kecamatan,kelurahan,tps,nik,jenis_kelamin',
  '16.74.04.1001,Rambang,Tanjung,001,1674047112760001,P',
  '16.74.04.1001,Rambang,Tanjung,001,1.67401E+15,P',
  '16.74.04.1001,Rambang,Tanjung,001,1674047112760001,P',
  '16.74.04.1002,Rambang,Lain,001,167404711276,P',
  '16.74.04.1002,Rambang,Lain,001,1674045704980001,X',
  '',
].join('\n');

/** A temp folder holding `contoh/pemilih.csv` (the bundled example) and `bad.csv` (BAD_ROLL). */
export async function workDir(): Promise<string> {
  const dir = await tempDir('contoh');
  await writeFile(join(dir, 'bad.csv'), BAD_ROLL);
  return dir;
}

/** True when the text holds an ANSI escape sequence (any ESC character). */
export function hasAnsi(text: string | Buffer): boolean {
  return String(text).includes('\u001b');
}

/** Binary tests run `bin/logistik.js`, which imports dist/: say clearly when it was not built. */
export function assertBuilt(): void {
  if (!existsSync(join(REPO, 'dist/cli/run.js'))) throw new Error('dist/ is missing: run `npm run build` before the binary tests');
}

/** The text without its colour escapes (SGR sequences, ESC [ … m). */
export function stripSgr(text: string): string {
  return text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
}

/**
 * The `progress.line` catalogue entry as a pattern: every {placeholder} stands for one value, a
 * number grouped for the screen (`1.234`, `1,234`), a time (`0:42`) or `?`.
 */
export function progressPattern(lang: 'id' | 'en'): RegExp {
  const template = MESSAGE_CATALOGUE['progress.line']?.[lang];
  if (!template) throw new Error('no progress.line in the catalogue');
  return new RegExp(template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '(?:\\d{1,3}(?:[.,]\\d{3})*|\\d+:\\d\\d|\\?)'));
}
