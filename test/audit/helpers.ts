import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { BIN, FIXTURES, REPO } from '../helpers/cli.js';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export async function sha256File(path: string): Promise<string> {
  return sha256Hex(await readFile(path));
}

/** Every file under `dir` (recursively) by its `/`-separated relative path, with its bytes. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  async function walk(d: string): Promise<void> {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out.set(relative(dir, p).split('\\').join('/'), await readFile(p));
    }
  }
  await walk(dir);
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Names, sizes, mtimes and contents of everything under `dir`: equal snapshots mean nothing was written. */
export async function snapshot(dir: string): Promise<string[]> {
  const lines: string[] = [];
  async function walk(d: string): Promise<void> {
    const s = await stat(d);
    lines.push(`${relative(dir, d) || '.'}/ mtime=${s.mtimeMs}`);
    for (const e of (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else {
        const f = await stat(p);
        lines.push(`${relative(dir, p)} size=${f.size} mtime=${f.mtimeMs} sha=${await sha256File(p)}`);
      }
    }
  }
  await walk(dir);
  return lines;
}

/**
 * Splits the readable voter-level example by kelurahan into two files in `dir`. The names are
 * chosen so that code-point order (`T` < `k`) and a locale's order (k < T) disagree.
 */
export async function splitContoh(dir: string): Promise<string[]> {
  const text = await readFile(join(FIXTURES, 'contoh/pemilih.csv'), 'utf8');
  const [header, ...rows] = text.split('\n').filter((l) => l !== '');
  const tanjung = rows.filter((r) => r.startsWith('16.74.04.1001,'));
  const karya = rows.filter((r) => r.startsWith('16.74.04.2003,'));
  if (tanjung.length !== 183 || karya.length !== 642) throw new Error('contoh/pemilih.csv changed: fix splitContoh');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'karya-mulya.csv'), `${header}\n${karya.join('\n')}\n`);
  await writeFile(join(dir, 'Tanjung-Rambang.csv'), `${header}\n${tanjung.join('\n')}\n`);
  return ['karya-mulya.csv', 'Tanjung-Rambang.csv'];
}

export function requireBuild(): void {
  if (!existsSync(join(REPO, 'dist/cli/run.js'))) throw new Error(`run \`npm run build\` first: ${BIN} needs dist/`);
}
