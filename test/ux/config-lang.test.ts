/**
 * Issue 9.7: every config message wholly in the chosen language: zod's own English never shows,
 * and the problems after the JSON path are rendered from the catalogue in `--lang`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from '../helpers/cli.js';

const BAD = {
  extends: 'pemilu-2024',
  kapasitas_tps: 1e20,
  pemilihan: 'pilpres',
  hari_pemungutan: '2024-02-30',
  barang: [
    { kode: 'Payung', nama: '', alokasi: 'x' },
    { kode: 'tinta', cadangan_persen: 1.1234567, salah_ketik: 1, berlaku: { provinsi_hanya: ['3'] } },
    { kode: 'tinta' },
    { kode: 'tidak_ada', hapus: true },
  ],
};

/** Zod's English phrasing, and English words of our own messages. */
const ENGLISH = /Invalid|expected|Too (big|small)|Unrecognized|received|at most|at least|must be|required|decimal places|one of/;

describe('config errors in the chosen language', () => {
  it.each([
    ['id', /paling besar 1000000000/, /harus salah satu dari: "pemilu", "pilkada"/],
    ['en', /at most 1000000000/, /must be one of: "pemilu", "pilkada"/],
  ])('--lang %s', async (lang, big, oneOf) => {
    const dir = await tempDir();
    writeFileSync(join(dir, 'k.json'), JSON.stringify(BAD));
    const r = await runInProcess(['hitung', '-c', 'k.json', 'x.csv', '--lang', lang], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(big);
    expect(r.stderr).toMatch(oneOf);
    for (const path of ['kapasitas_tps', 'pemilihan', 'hari_pemungutan', 'barang[0].kode', 'barang[0].nama', 'barang[0].alokasi', 'barang[1].cadangan_persen', 'barang[1].salah_ketik', 'barang[1].berlaku.provinsi_hanya[0]']) {
      // `path: message`, or `path, item ke-2 (tinta): message` inside barang.
      expect(r.stderr).toMatch(new RegExp(`${path.replace(/[[\].]/g, '\\$&')}(, [^:]+)?: `));
    }
    if (lang === 'id') expect(r.stderr).not.toMatch(ENGLISH);
  });

  it('says a duplicated kode in Indonesian', async () => {
    const dir = await tempDir();
    writeFileSync(join(dir, 'k.json'), JSON.stringify({ barang: [{ kode: 'tinta' }, { kode: 'tinta' }] }));
    const r = await runInProcess(['hitung', '-c', 'k.json', 'x.csv'], { cwd: dir });
    expect(r.stderr).toContain('barang[1].kode, item ke-2 (tinta): kode tinta sudah dipakai barang lain');
  });

  it('names the item whose merged definition is incomplete, in Indonesian', async () => {
    const dir = await tempDir();
    writeFileSync(join(dir, 'k.json'), JSON.stringify({ barang: [{ kode: 'baru' }, { kode: 'hilang', hapus: true }] }));
    const r = await runInProcess(['hitung', '-c', 'k.json', 'x.csv'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('barang[0].kode, item ke-1 (baru): preset tidak punya barang dengan kode baru');
    expect(r.stderr).toContain('barang[1].hapus, item ke-2 (hilang): preset tidak punya barang hilang untuk dihapus.');
    expect(r.stderr).not.toMatch(ENGLISH);
  });
});
