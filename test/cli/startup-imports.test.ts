import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';

/**
 * What a start loads before any work (issue 16: hitung on 1 M rows < 1 s). zod, its ~190 KB and
 * the config schema it builds cost ~20-50 ms a start; only a --config file, a manifest read back
 * (--check, kemas, terima, cetak, banding) and `preset --schema` need them, and those load them with
 * `await import()`. One value import of core/config/index.ts (it re-exports the schema) from
 * hitung's modules would bring them back silently: this walks the static imports of the sources.
 */
const STATIC = /^\s*(?:import|export)\s+(?!type\b)([^;'"]*?)\s*from\s*'([^']+)'|^\s*import\s+'([^']+)'/gm;

function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(STATIC)) {
    const names = m[1];
    // `import { type A, type B } from` binds only types: tsc drops it.
    if (names !== undefined && /^\{[^}]*\}$/s.test(names.trim()) && names.replace(/[{}\s]/g, '').split(',').filter(Boolean).every((n) => n.startsWith('type'))) continue;
    out.push((m[2] ?? m[3]) as string);
  }
  return out;
}

/** Every package a module loads through static imports, with the first chain that reaches it. */
function packagesOf(entry: string): Map<string, string> {
  const found = new Map<string, string>();
  const seen = new Set<string>();
  const walk = (file: string, chain: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of valueImports(file)) {
      if (spec.startsWith('.')) walk(resolve(dirname(file), spec.replace(/\.js$/, '.ts')), `${chain} -> ${spec}`);
      else if (!spec.startsWith('node:') && !found.has(spec)) found.set(spec, chain);
    }
  };
  walk(join(REPO, entry), entry);
  return found;
}

describe('start-up imports', () => {
  for (const entry of ['src/cli/run.ts', 'src/cli/commands/hitung.ts', 'src/io/range-worker.ts']) {
    it(`${entry} does not load zod`, () => {
      expect([...packagesOf(entry)].filter(([name]) => name.startsWith('zod')).map(([, chain]) => chain)).toEqual([]);
    });
  }
  it('the walk sees zod where it is loaded (kemas reads manifests)', () => {
    expect([...packagesOf('src/cli/commands/kemas.ts').keys()]).toContain('zod');
  });
});
