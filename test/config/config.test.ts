import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { ConfigError, UsageError } from '../../src/errors.js';
import {
  canonicalJson,
  configForDisplay,
  configSchema,
  PRESET_NAMES,
  resolveConfig,
  toRational,
  type ResolvedConfig,
} from '../../src/core/config/index.js';
import { PRESETS } from '../../src/core/config/presets/index.js';
import { configError } from './helpers.js';


const item = (c: ResolvedConfig, kode: string) => c.barang.find((b) => b.kode === kode);

describe('presets', () => {
  test('both presets exist and validate under the schema', () => {
    expect(PRESET_NAMES).toEqual(['pemilu-2024', 'pilkada-2024']);
    for (const name of PRESET_NAMES) {
      expect(configSchema.safeParse(PRESETS[name]).success).toBe(true);
      expect(resolveConfig({ preset: name }).preset).toBe(name);
    }
  });

  test('every preset number carries its source and confidence', () => {
    for (const name of PRESET_NAMES) {
      for (const b of resolveConfig({ preset: name }).barang) {
        const itemSourced = b.sumber !== null && b.keyakinan !== null;
        for (const a of b.alokasi) {
          expect(itemSourced || (a.sumber !== null && a.keyakinan !== null), `${name} ${b.kode} ${a.tingkat}`).toBe(true);
        }
        if (b.cadanganPersen.num > 0) expect(itemSourced, `${name} ${b.kode} cadangan`).toBe(true);
        if (b.tambahan) expect(b.tambahan.sumber !== null && b.tambahan.keyakinan !== null, `${name} ${b.kode} PSU`).toBe(true);
      }
    }
  });

  test('contract item codes, reserve rates, PSU and where ballots are not issued', () => {
    const pemilu = resolveConfig({});
    expect(pemilu.preset).toBe('pemilu-2024');
    // PSU: 1,000 per dapil, held by the body whose area holds the dapil (domain.md §10.5).
    const holders = { surat_suara_ppwp: 'kpu_ri', surat_suara_dpr: 'kpu_provinsi', surat_suara_dpd: 'kpu_provinsi', surat_suara_dprd_prov: 'kpu_provinsi', surat_suara_dprd_kabkota: 'kpu_kabkota' };
    for (const [kode, holder] of Object.entries(holders)) {
      const b = item(pemilu, kode);
      expect(b?.cadanganPersen).toEqual({ num: 2, den: 1 });
      expect(b?.pembulatan).toBe('atas');
      expect(b?.pembulatanCadangan).toBe('per_unit');
      expect(b?.isiKemasan).toBe(1);
      expect(b?.tambahan).toMatchObject({ jumlah: 1000, per: 'dapil', disimpanDi: holder });
      expect(b?.pengada?.lembaga).toBe('kpu_ri');
    }
    expect(pemilu.lingkup).toBe('kabkota');
    expect(item(pemilu, 'surat_suara_dprd_kabkota')?.berlaku.provinsiKecuali).toEqual(['31']);
    const pilkada = resolveConfig({ preset: 'pilkada-2024' });
    expect(pilkada.kapasitasTps).toBe(600);
    expect(pilkada.hariPemungutan).toBe('2024-11-27');
    expect(item(pilkada, 'surat_suara_gubernur')?.cadanganPersen).toEqual({ num: 5, den: 2 });
    expect(item(pilkada, 'surat_suara_gubernur')?.berlaku.provinsiKecuali).toEqual(['34']);
    expect(item(pilkada, 'surat_suara_gubernur')?.tambahan).toMatchObject({ jumlah: 2000, per: 'kegiatan', disimpanDi: 'kpu_provinsi' });
    expect(item(pilkada, 'surat_suara_gubernur')?.pengada?.lembaga).toBe('kpu_provinsi');
    expect(item(pilkada, 'surat_suara_bupati_walikota')?.berlaku.provinsiKecuali).toEqual(['31']);
    expect(item(pilkada, 'surat_suara_bupati_walikota')?.tambahan).toMatchObject({ jumlah: 2000, per: 'kegiatan', disimpanDi: 'kpu_kabkota' });
    expect(item(pilkada, 'surat_suara_bupati_walikota')?.pengada?.lembaga).toBe('kpu_kabkota');
  });

  test('resolved config is deep-frozen', () => {
    const c = resolveConfig({});
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.barang[0]?.alokasi[0]?.rasio)).toBe(true);
  });

  test('the schema converts to JSON Schema', () => {
    const schema = z.toJSONSchema(configSchema, { io: 'input' }) as { properties?: Record<string, unknown> };
    expect(Object.keys(schema.properties ?? {})).toContain('barang');
  });
});

describe('display round-trips', () => {
  test.each(PRESET_NAMES)('%s: display → --config → same config and hash', (name) => {
    const c = resolveConfig({ preset: name });
    const shown = configForDisplay(c);
    const again = resolveConfig({ config: JSON.parse(JSON.stringify(shown)) });
    expect(again).toEqual(c);
    expect(canonicalJson(configForDisplay(again))).toBe(canonicalJson(shown));
  });

  test('overrides that clear and remove fields round-trip too', () => {
    const c = resolveConfig({
      config: {
        barang: [
          { kode: 'surat_suara_dpr', varian: null, tambahan: null },
          { kode: 'surat_suara_dprd_kabkota', berlaku: {} },
          { kode: 'segel_stiker', hapus: true },
          { kode: 'spidol', nama: 'Spidol', satuan: 'buah', alokasi: [{ tingkat: 'tps', basis: 'tps', rasio: 0.5 }] },
        ],
      },
    });
    expect(resolveConfig({ config: configForDisplay(c) })).toEqual(c);
  });
});

describe('config errors name the JSON path', () => {
  test('bad type', () => {
    const e = configError({ kapasitas_tps: '300' });
    expect(e.key).toBe('config-invalid');
    expect(e.params['path']).toBe('kapasitas_tps');
    expect(e.exitCode).toBe(2);
  });
  test('unknown key (typo) is named at the key', () => {
    expect(configError({ barang: [{ kode: 'tinta', cadangan_persn: 1 }] }).params['path']).toBe('barang[0].cadangan_persn');
    expect(configError({ namaa: 'x' }).params['path']).toBe('namaa');
  });
  test('negative reserve, too many decimals, reserve above 100', () => {
    const cfg = { barang: [{ kode: 'a' }, { kode: 'b' }, { kode: 'c' }, { kode: 'tinta', cadangan_persen: -1 }] };
    expect(configError(cfg).params['path']).toBe('barang[3].cadangan_persen');
    expect(configError({ barang: [{ kode: 'tinta', cadangan_persen: 2.1234567 }] }).params['detail']).toMatch(/decimal places/);
    expect(configError({ barang: [{ kode: 'tinta', cadangan_persen: 101 }] }).params['path']).toBe('barang[0].cadangan_persen');
  });
  test('all problems are listed in detail, the first in path', () => {
    const e = configError({ pemilihan: 'pilpres', barang: [{ kode: 'X' }] });
    expect(e.params['path']).toBe('pemilihan');
    expect(String(e.params['detail'])).toContain('barang[0].kode');
  });
  test('bad extends', () => {
    const e = configError({ extends: 'pemilu-2019' });
    expect(e.key).toBe('config-extends-unknown');
    expect(e.params).toMatchObject({ path: 'extends', name: 'pemilu-2019' });
    expect(() => resolveConfig({ preset: 'pilkada-2024', config: { extends: 'pemilu-2024' } })).toThrow(ConfigError);
  });
  test('unknown preset is a usage error', () => {
    try {
      resolveConfig({ preset: 'nope' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      expect((e as UsageError).params).toMatchObject({ name: 'nope', available: 'pemilu-2024, pilkada-2024' });
    }
  });
  test('new item must be complete; allocation level must hold its basis; duplicates; bad dates', () => {
    expect(configError({ barang: [{ kode: 'spidol', nama: 'Spidol' }] }).params['path']).toBe('barang[0].satuan');
    const badLevel = { barang: [{ kode: 'tinta', alokasi: [{ tingkat: 'tps', basis: 'ppk', rasio: 1 }] }] };
    expect(configError(badLevel).params['path']).toBe('barang[0].alokasi[0].tingkat');
    expect(configError({ barang: [{ kode: 'tinta' }, { kode: 'tinta' }] }).params['path']).toBe('barang[1].kode');
    expect(configError({ hari_pemungutan: '2024-02-30' }).params['path']).toBe('hari_pemungutan');
    expect(configError({ barang: [{ kode: 'nope', hapus: true }] }).params['path']).toBe('barang[0].hapus');
    const kegiatan = { barang: [{ kode: 'surat_suara_dpr', tambahan: { jumlah: 5, per: 'kegiatan' } }] };
    expect(configError(kegiatan).params['path']).toBe('barang[0].tambahan.per');
    expect(configError([]).params['path']).toBe('$');
  });
});

describe('extends + override', () => {
  test('an existing code replaces only the given fields', () => {
    const c = resolveConfig({ config: { nama: 'KPU Kota Prabumulih', barang: [{ kode: 'tinta', cadangan_persen: 10, isi_kemasan: 12 }] } });
    const tinta = item(c, 'tinta');
    expect(c.nama).toBe('KPU Kota Prabumulih');
    expect(tinta?.cadanganPersen).toEqual({ num: 10, den: 1 });
    expect(tinta?.isiKemasan).toBe(12);
    expect(tinta?.alokasi).toEqual(item(resolveConfig({}), 'tinta')?.alokasi);
    expect(c.barang.map((b) => b.kode)).toEqual(resolveConfig({}).barang.map((b) => b.kode));
  });
  test('alokasi is replaced as a whole list; new items are appended; hapus removes', () => {
    const c = resolveConfig({
      config: {
        extends: 'pilkada-2024',
        barang: [
          { kode: 'spidol', nama: 'Spidol', satuan: 'buah', alokasi: [{ tingkat: 'tps', basis: 'tps', rasio: 2 }] },
          { kode: 'kotak_suara', alokasi: [{ tingkat: 'tps', basis: 'tps', rasio: 3 }] },
          { kode: 'daftar_calon', hapus: true },
        ],
      },
    });
    expect(item(c, 'kotak_suara')?.alokasi).toHaveLength(1);
    expect(c.barang.at(-1)?.kode).toBe('spidol');
    expect(item(c, 'daftar_calon')).toBeUndefined();
    expect(c.dihapus).toEqual(['daftar_calon']);
    expect(c.pemilihan).toBe('pilkada');
  });
  test('decimals become exact rationals once', () => {
    expect(toRational(2.5)).toEqual({ num: 5, den: 2 });
    expect(toRational(0.1)).toEqual({ num: 1, den: 10 });
    expect(toRational(0.000001)).toEqual({ num: 1, den: 1_000_000 });
    expect(() => toRational(1e-7)).toThrow(RangeError);
    expect(() => toRational(Number.NaN)).toThrow(RangeError);
  });
});

describe('canonicalJson', () => {
  test('key order does not matter, arrays keep order, code-point key order', () => {
    expect(canonicalJson({ b: 1, a: [2, 1], c: { y: null, x: 'é' } })).toBe('{"a":[2,1],"b":1,"c":{"x":"é","y":null}}');
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
    // U+FF5E sorts before U+1F600 by code point, though not by UTF-16 unit.
    expect(canonicalJson({ '\u{1F600}': 1, '\uFF5E': 2 })).toBe('{"～":2,"😀":1}');
    expect(() => canonicalJson({ x: Number.POSITIVE_INFINITY })).toThrow();
  });
});
