import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_CASES, GOLDEN_DIR, runCase } from './cases.js';

describe.each(GOLDEN_CASES)('golden manifests: $name', (c) => {
  it('match the committed files byte for byte', async () => {
    const out = await runCase(c);
    const files = (await readdir(out)).sort();
    const expectedDir = join(GOLDEN_DIR, c.name);
    if (process.env.UPDATE_GOLDEN === '1') {
      await mkdir(expectedDir, { recursive: true });
      for (const f of files) await writeFile(join(expectedDir, f), await readFile(join(out, f)));
    }
    expect(files).toEqual((await readdir(expectedDir)).sort());
    for (const f of files) {
      const actual = await readFile(join(out, f), 'utf8');
      const expected = await readFile(join(expectedDir, f), 'utf8');
      expect(actual, `${c.name}/${f}`).toBe(expected);
    }
  });
});
