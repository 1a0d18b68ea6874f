/** The kemas section of the config, and the rule for a later command's -c (contract, "After the plan"). */
import { describe, expect, test } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { configForDisplay, PRESET_NAMES, resolveConfig, type ResolvedConfig } from '../../src/core/config/index.js';
import { firstDifference, hitungPartText, resolveLaterConfig } from '../../src/core/config/later.js';

function thrown(f: () => unknown): ConfigError {
  try {
    f();
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

const rule = (c: ResolvedConfig, kode: string) => c.kemas.find((k) => k.kode === kode);

describe('kemas section in the presets', () => {
  test('every item has one packing rule, in item order', () => {
    for (const name of PRESET_NAMES) {
      const c = resolveConfig({ preset: name });
      expect(c.kemas.map((k) => k.kode)).toEqual(c.barang.map((b) => b.kode));
    }
  });

  test('every packing number and container carries its source and confidence (domain.md §11)', () => {
    for (const name of PRESET_NAMES) {
      for (const k of resolveConfig({ preset: name }).kemas) {
        expect(k.sumber !== null && k.keyakinan !== null, `${name} ${k.kode} wadah`).toBe(true);
        for (const isi of [k.isiIkat, k.isiKoli]) if (isi) expect(isi.sumber !== null && isi.keyakinan !== null, `${name} ${k.kode}`).toBe(true);
      }
    }
  });

  test('Pemilu: each ballot type in the box of its type, bundles of 20, cartons of 2,000 with PSU apart; boxes and booths loose', () => {
    const c = resolveConfig({ preset: 'pemilu-2024' });
    const ballots = c.barang.filter((b) => b.kode.startsWith('surat_suara_'));
    expect(ballots.map((b) => rule(c, b.kode)?.wadah)).toEqual(['kotak_ppwp', 'kotak_dpr', 'kotak_dpd', 'kotak_dprd_prov', 'kotak_dprd_kabkota']);
    for (const b of ballots) {
      expect(rule(c, b.kode)?.isiIkat?.jumlah).toBe(20);
      expect(rule(c, b.kode)?.isiKoli).toMatchObject({ jumlah: 2000, psuTerpisah: true, keyakinan: 'inferred' });
    }
    expect(rule(c, 'kotak_suara')?.wadah).toBe('lepas');
    expect(rule(c, 'bilik_suara')?.wadah).toBe('lepas');
    expect(rule(c, 'tinta')).toMatchObject({ wadah: 'perlengkapan_tps', isiIkat: null, isiKoli: null });
  });

  test('Pilkada: one box per race; Prabumulih\'s cartons of 2,000 are reported', () => {
    const c = resolveConfig({ preset: 'pilkada-2024' });
    expect(rule(c, 'surat_suara_gubernur')?.wadah).toBe('kotak_gubernur');
    expect(rule(c, 'surat_suara_bupati_walikota')).toMatchObject({ wadah: 'kotak_bupati_walikota', isiKoli: { jumlah: 2000, psuTerpisah: true, keyakinan: 'reported' } });
  });
});

describe('kemas section in a config', () => {
  test('an entry overrides only the fields it gives; null clears a rule', () => {
    const c = resolveConfig({ config: { kemas: { barang: [{ kode: 'surat_suara_dpr', isi_ikat: { jumlah: 25 } }, { kode: 'surat_suara_dpd', isi_koli: null }] } } });
    expect(rule(c, 'surat_suara_dpr')).toMatchObject({ wadah: 'kotak_dpr', isiIkat: { jumlah: 25, sumber: null }, isiKoli: { jumlah: 2000 } });
    expect(rule(c, 'surat_suara_dpd')).toMatchObject({ wadah: 'kotak_dpd', isiKoli: null });
  });

  test('a new item without a rule travels loose, with no bundle or carton', () => {
    const c = resolveConfig({ config: { barang: [{ kode: 'payung', nama: 'Payung', satuan: 'buah', alokasi: [{ tingkat: 'tps', basis: 'tps', rasio: 2 }] }] } });
    expect(rule(c, 'payung')).toEqual({ kode: 'payung', wadah: 'lepas', isiIkat: null, isiKoli: null, sumber: null, keyakinan: null });
  });

  test('a removed item takes its packing rule with it', () => {
    const c = resolveConfig({ config: { barang: [{ kode: 'tinta', hapus: true }] } });
    expect(rule(c, 'tinta')).toBeUndefined();
  });

  test('a rule for an item the config does not have is a problem at its path, with the likely code', () => {
    const e = thrown(() => resolveConfig({ config: { kemas: { barang: [{ kode: 'surat_suara_dprx', wadah: 'kotak_dpr' }] } } }));
    expect(e.problems).toEqual([expect.objectContaining({ path: 'kemas.barang[0].kode', key: 'config.problem.kemas-kode-unknown', suggestion: 'surat_suara_dpr' })]);
  });

  test('schema problems name their JSON path: a size of 0, an unknown key, a duplicate kode', () => {
    expect(thrown(() => resolveConfig({ config: { kemas: { barang: [{ kode: 'tinta', isi_ikat: { jumlah: 0 } }] } } })).params.path).toBe('kemas.barang[0].isi_ikat.jumlah');
    expect(thrown(() => resolveConfig({ config: { kemas: { barang: [{ kode: 'tinta', isi_koli: { jumlah: 10, psu: true } }] } } })).params.path).toBe('kemas.barang[0].isi_koli.psu');
    expect(thrown(() => resolveConfig({ config: { kemas: { barang: [{ kode: 'tinta' }, { kode: 'tinta' }] } } })).params.path).toBe('kemas.barang[1].kode');
  });

  test('the printed config resolves to the same rules, cleared rules included', () => {
    for (const config of [{}, { kemas: { barang: [{ kode: 'surat_suara_dpr', isi_ikat: null, wadah: 'kotak_lain' }] } }]) {
      const c = resolveConfig({ config });
      expect(resolveConfig({ config: configForDisplay(c) })).toEqual(c);
    }
  });
});

describe('a later command\'s -c: only what hitung does not read may change', () => {
  const manifest = resolveConfig({ config: { cadangan_persen_surat_suara: 3, barang: [{ kode: 'daftar_calon', hapus: true }] } });

  test('no kemas key: the manifest\'s own rules', () => {
    expect(resolveLaterConfig(manifest, {})).toEqual(manifest);
  });

  test('a kemas section is applied on the manifest\'s config, whatever that config was', () => {
    const c = resolveLaterConfig(manifest, { kemas: { barang: [{ kode: 'surat_suara_dpr', isi_koli: { jumlah: 3000, psu_terpisah: false } }] } });
    expect(rule(c, 'surat_suara_dpr')?.isiKoli).toMatchObject({ jumlah: 3000, psuTerpisah: false });
    expect(hitungPartText(c)).toBe(hitungPartText(manifest));
    expect(c.barang).toEqual(manifest.barang);
  });

  test('the very file hitung used (with extends and a removal) may be given again', () => {
    const file = { extends: 'pemilu-2024', cadangan_persen_surat_suara: 3, barang: [{ kode: 'daftar_calon', hapus: true }], kemas: { barang: [{ kode: 'tinta', wadah: 'kotak_ppwp' }] } };
    const c = resolveLaterConfig(manifest, file);
    expect(rule(c, 'tinta')?.wadah).toBe('kotak_ppwp');
    expect(c.dihapus).toEqual(['daftar_calon']);
  });

  test.each([
    [{ kapasitas_tps: 500 }, 'kapasitas_tps'],
    [{ barang: [{ kode: 'surat_suara_dpr', cadangan_persen: 2 }] }, 'barang[1].cadangan_persen'],
    [{ cadangan_persen_surat_suara: 2.5 }, 'barang[0].cadangan_persen'],
    [{ barang: [{ kode: 'tinta', hapus: true }] }, 'barang[7].kode'],
  ])('%j changes what hitung read: exit 2 naming %s', (user, path) => {
    const e = thrown(() => resolveLaterConfig(manifest, user));
    expect(e.key).toBe('config-later-changes-hitung');
    expect(e.exitCode).toBe(2);
    expect(e.params.path).toBe(path);
  });

  test('extends of another preset is refused, naming both', () => {
    const e = thrown(() => resolveLaterConfig(manifest, { extends: 'pilkada-2024' }));
    expect(e.key).toBe('config-later-extends');
    expect(e.params).toMatchObject({ name: 'pilkada-2024', preset: 'pemilu-2024' });
  });

  test('schema problems stop it like any config (exit 2, JSON path)', () => {
    expect(thrown(() => resolveLaterConfig(manifest, { kemas: { barang: [{ kode: 'tinta', isi_ikat: { jumlah: -1 } }] } })).params.path).toBe('kemas.barang[0].isi_ikat.jumlah');
  });

  test('firstDifference names the first path that differs', () => {
    expect(firstDifference({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }, '')).toBe('b[1]');
    expect(firstDifference({ a: { c: 1 } }, { a: {} }, '')).toBe('a.c');
    expect(firstDifference([1], [1, 2], '')).toBe('[1]');
    expect(firstDifference({ a: 1 }, { a: 1 }, '')).toBeNull();
  });
});
