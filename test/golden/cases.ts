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
  // With the DPRD Kab/Kota mapping: dapil columns, one pengadaan row per dapil, PSU per dapil.
  { name: 'prabumulih-pemilu-2024-dapil', preset: 'pemilu-2024', inputs: ['prabumulih-pemilu-2024/rekap.csv'], dapil: 'prabumulih-pemilu-2024/dapil.csv' },
  { name: 'kepulauan-seribu-pemilu-2024-rekap', preset: 'pemilu-2024', inputs: ['kepulauan-seribu-pemilu-2024/rekap.csv'] },
  { name: 'kepulauan-seribu-pemilu-2024-pemilih', preset: 'pemilu-2024', inputs: ['kepulauan-seribu-pemilu-2024/pemilih.csv.gz'] },
  { name: 'ciamis-pilkada-2024-rekap', preset: 'pilkada-2024', inputs: ['ciamis-pilkada-2024/rekap.csv'] },
  { name: 'contoh-pemilih-pilkada-2024', preset: 'pilkada-2024', inputs: ['contoh/pemilih.csv'] },
] as const;

export const GOLDEN_DIR = join(REPO, 'test/golden/expected');

export async function runCase(c: (typeof GOLDEN_CASES)[number]): Promise<string> {
  const out = join(await tempDir(), 'manifest');
  const dapil = 'dapil' in c ? ['--dapil', c.dapil] : [];
  const r = await runInProcess(['hitung', '-p', c.preset, ...dapil, ...c.inputs, '--out', out, '--quiet'], { cwd: FIXTURES });
  expect(r.code, r.stderr).toBe(0);
  return out;
}

