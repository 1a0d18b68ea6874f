/**
 * Issue 9.7: an overflow past 2^53 is never an internal error. Roll values are bounded where they
 * are read (a TPS at most 1.000.000 voters, a roll at most 1.000.000.000: data issues, exit 1);
 * within those bounds, a quantity past 2^53 comes from the config's numbers: exit 2 naming the item.
 */
import { describe, expect, test } from 'vitest';
import { computeManifests } from '../../src/core/compute/index.js';
import { resolveConfig } from '../../src/core/config/index.js';
import { MAX_PEMILIH } from '../../src/core/validate/finish.js';
import { MAX_DPT_TPS } from '../../src/core/validate/recap.js';
import type { TpsCount } from '../../src/core/types.js';
import { ConfigError } from '../../src/errors.js';

/** The largest roll the reader lets through: MAX_PEMILIH voters in TPS of MAX_DPT_TPS. */
const biggest: TpsCount[] = Array.from({ length: MAX_PEMILIH / MAX_DPT_TPS }, (_, i) => ({
  kodeKelurahan: '16.74.01.1001', kecamatan: 'K', kelurahan: 'L', tps: String(i + 1).padStart(3, '0'), dpt: MAX_DPT_TPS,
}));

const item = (alokasi: number) => ({
  extends: 'pemilu-2024',
  barang: [{
    kode: 'payung', nama: 'Payung', satuan: 'buah', cadangan_persen: 100, pembulatan: 'atas', isi_kemasan: 1,
    alokasi: Array.from({ length: alokasi }, () => ({ tingkat: 'tps', basis: 'pemilih', rasio: 1_000_000 })),
  }],
});

describe('overflow past 2^53', () => {
  test('the preset items on the largest roll the reader accepts stay exact', () => {
    const m = computeManifests(biggest, resolveConfig({}), null);
    for (const row of m.pengadaan.rows) for (const cell of row) if (typeof cell === 'number') expect(Number.isSafeInteger(cell)).toBe(true);
  });

  test('an item whose config numbers overflow on that roll is a config error naming it (exit 2)', () => {
    const config = resolveConfig({ config: item(5) });
    let thrown: unknown;
    try {
      computeManifests(biggest, config, null);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect(thrown).toMatchObject({ key: 'config-overflow', exitCode: 2, params: { kode: 'payung' } });
  });
});

describe('a roll past any real one, end to end', () => {
  test('is a data error (exit 1) and no manifest is written, --allow-invalid or not', async () => {
    const { writeFile, readdir } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { runInProcess, tempDir } = await import('../helpers/cli.js');
    const dir = await tempDir();
    // 1.001 TPS of 1.000.000 voters: each TPS is accepted, the roll is not.
    const rows = Array.from({ length: 1001 }, (_, i) => `16.74.01.${i < 999 ? '1001' : '1002'},${(i % 999) + 1},1000000`);
    await writeFile(join(dir, 'rekap.csv'), `kode_kelurahan,tps,dpt\n${rows.join('\n')}\n`);
    for (const extra of [[], ['--allow-invalid']]) {
      const out = join(dir, `o${extra.length}`);
      const r = await runInProcess(['hitung', 'rekap.csv', '-o', out, '--json', ...extra], { cwd: dir });
      expect(r.code, r.stderr).toBe(1);
      expect(JSON.parse(r.stdout).masalah.per_kode['dpt-total-too-large']).toBe(1);
      expect((await readdir(out)).sort()).toEqual(['ringkasan.json', 'validasi.csv']);
    }
  });
});
