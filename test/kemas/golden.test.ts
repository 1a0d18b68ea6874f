/**
 * kemas's files for one real manifest, byte for byte (Kab. Adm. Kepulauan Seribu, Pemilu 2024, 73
 * TPS in 2 kecamatan: DKI Jakarta, so no DPRD Kab/Kota ballots and no box for them). The numbers
 * in them are then recomputed here by hand from the recap alone (golden-hand), so the golden files
 * are known to be right, not only what the code printed. Regenerate with UPDATE_GOLDEN=1 only
 * after checking a change is right.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, REPO, tempDir } from '../helpers/cli.js';
import { hitung, kemas } from './helpers.js';
import { cp } from 'node:fs/promises';

export const KEMAS_GOLDEN = join(REPO, 'test/kemas/expected/kepulauan-seribu-pemilu-2024-rekap');

/** hitung then kemas of the fixture, in a fresh folder; returns the kemas folder. */
export async function kemasOfFixture(): Promise<string> {
  const dir = await tempDir();
  await cp(join(FIXTURES, 'kepulauan-seribu-pemilu-2024/rekap.csv'), join(dir, 'rekap.csv'));
  await hitung(dir, ['rekap.csv']);
  const r = await kemas(dir, ['manifest', '--quiet']);
  expect(r.code, r.stderr).toBe(0);
  return join(dir, 'kemas');
}

describe('golden kemas files of kepulauan-seribu-pemilu-2024-rekap', () => {
  it('match the committed files byte for byte', async () => {
    const out = await kemasOfFixture();
    const files = (await readdir(out)).filter((f) => !f.startsWith('.')).sort();
    expect(files).toEqual(['ambil-koli.csv', 'kemas-tps.csv', 'koli-kabkota.csv', 'ringkasan.json', 'serah-terima-ppk.csv', 'serah-terima-pps.csv']);
    if (process.env.UPDATE_GOLDEN === '1') {
      await mkdir(KEMAS_GOLDEN, { recursive: true });
      for (const f of files) await writeFile(join(KEMAS_GOLDEN, f), await readFile(join(out, f)));
    }
    for (const f of files) expect(await readFile(join(out, f), 'utf8'), f).toBe(await readFile(join(KEMAS_GOLDEN, f), 'utf8'));
  });
});
