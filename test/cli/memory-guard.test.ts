import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary, tempDir } from '../helpers/cli.js';

/** A voter roll of `n` rows, each with one warning (an unknown disability code). */
function roll(n: number): string {
  const rows = Array.from({ length: n }, (_, i) => `16.74.01.1001,001,16740101019${String(i + 1).padStart(5, '0')},9`);
  return `kode_kelurahan,tps,nik,disabilitas\n${rows.join('\n')}\n`;
}

// The guard shown with a small injected limit (LOGISTIK_MEMORY_LIMIT_MIB), not by exhausting the
// machine: the run must stop at a safe point with exit 4 and a message, never a V8 abort (134).
describe('a run that would outgrow its memory', () => {
  for (const [how, env] of [
    ['in one stream', { LOGISTIK_THREADS: '1' }],
    ['in byte ranges (the first range, on the main thread, stops it)', { LOGISTIK_THREADS: '2', LOGISTIK_SPLIT_MIN_BYTES: '0' }],
  ] as const) {
    it(`stops with exit 4 and a message, writing nothing, ${how}`, async () => {
      const dir = await tempDir();
      const tmp = join(dir, 'tmp');
      await mkdir(tmp);
      await writeFile(join(dir, 'pemilih.csv'), roll(3000));
      const base = { ...env, LOGISTIK_MEMORY_LIMIT_MIB: '1', TMPDIR: tmp };
      const r = runBinary(['hitung', 'pemilih.csv', '--out', 'm'], { cwd: dir, env: base });
      expect(r.code, r.stderr).toBe(4);
      expect(r.stderr).toMatch(/^galat: Memori tidak cukup: logistik memakai \d+ MiB dari batas 1 MiB dan berhenti sebelum kehabisan\. Tidak ada berkas yang ditulis\./);
      expect(r.stderr).not.toMatch(/heap out of memory|internal/i);
      expect(existsSync(join(dir, 'm'))).toBe(false);
      // The issues' spill folder is gone too.
      expect(await readdir(tmp)).toEqual([]);
      const en = runBinary(['hitung', 'pemilih.csv', '--out', 'm', '--json', '--lang', 'en'], { cwd: dir, env: base });
      expect(en.code).toBe(4);
      expect(JSON.parse(en.stdout).galat).toMatchObject({ kode: 'error.memory', kode_keluar: 4 });
      expect(en.stderr).toMatch(/Out of memory: logistik was holding \d+ MiB of a 1 MiB limit/);
      if (env.LOGISTIK_THREADS === '2') {
        // Stopped by a range's own guard (the first range is read on the main thread, whose heap
        // trips the injected limit first), not by a fall-back to one stream.
        const debug = runBinary(['hitung', 'pemilih.csv', '--out', 'm', '--debug'], { cwd: dir, env: base });
        // The binary runs a bundle; with --debug its source maps name src/io/*.ts (dist/io/*.js unbundled).
        expect(debug.stderr).toMatch(/io\/parallel\.[jt]s/);
        expect(debug.stderr).toMatch(/onThisThread/);
        expect(debug.stderr).not.toMatch(/io\/read-roll\.[jt]s/);
      }
    });
  }
});
