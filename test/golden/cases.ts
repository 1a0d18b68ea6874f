import { join } from 'node:path';
import { expect } from 'vitest';
import { FIXTURES, REPO, runInProcess, tempDir } from '../helpers/cli.js';

/**
 * Golden files: whole manifests compared byte for byte, as auditors will. Regenerate with
 * UPDATE_GOLDEN=1 only after checking the change is right; golden-check.test.ts verifies the
 * numbers in these files independently of the code that wrote them.
 */
export const GOLDEN_CASES = [
  { name: 'prabumulih-pemilu-2024-rekap', preset: 'pemilu-2024', inputs: ['prabumulih-pemilu-2024/rekap.csv'] },
  { name: 'kepulauan-seribu-pemilu-2024-rekap', preset: 'pemilu-2024', inputs: ['kepulauan-seribu-pemilu-2024/rekap.csv'] },
  { name: 'kepulauan-seribu-pemilu-2024-pemilih', preset: 'pemilu-2024', inputs: ['kepulauan-seribu-pemilu-2024/pemilih.csv.gz'] },
  { name: 'ciamis-pilkada-2024-rekap', preset: 'pilkada-2024', inputs: ['ciamis-pilkada-2024/rekap.csv'] },
  { name: 'contoh-pemilih-pilkada-2024', preset: 'pilkada-2024', inputs: ['contoh/pemilih.csv'] },
] as const;

export const GOLDEN_DIR = join(REPO, 'test/golden/expected');

export async function runCase(c: (typeof GOLDEN_CASES)[number]): Promise<string> {
  const out = join(await tempDir(), 'manifest');
  const r = await runInProcess(['hitung', '-p', c.preset, ...c.inputs, '--out', out, '--quiet'], { cwd: FIXTURES });
  expect(r.code, r.stderr).toBe(0);
  return out;
}

