/**
 * The presets against what KPU offices received (issue 11, domain.md §10.5): items they delivered,
 * confidence where deliveries confirm a rule, braille's conflict named, who replaces each item
 * (`pengada`, issue 12; §11 item 4), and the new config keys with their defaults and errors.
 */
import { describe, expect, test } from 'vitest';
import { configForDisplay, resolveConfig, type ResolvedBarang, type ResolvedConfig } from '../../src/core/config/index.js';
import { configError } from './helpers.js';

const PEMILU = resolveConfig({});
const PILKADA = resolveConfig({ preset: 'pilkada-2024' });

function item(c: ResolvedConfig, kode: string): ResolvedBarang {
  const found = c.barang.find((b) => b.kode === kode);
  if (!found) throw new Error(`no item ${kode}`);
  return found;
}


const perTps = (b: ResolvedBarang) => b.alokasi.map((a) => [a.tingkat, a.basis, a.rasio.num / a.rasio.den]);

describe('items KPU delivered that the presets lacked', () => {
  test.each([
    ['tanda_pengenal', 36, '167,256'],
    ['alat_coblos', 4, '18,584'],
    ['alat_tulis', 1, '4,646'],
  ])('Pemilu %s: %i per TPS, from Kota Semarang (%s for 4,646 TPS), inferred (one source)', (kode, n, figure) => {
    const b = item(PEMILU, kode);
    expect(perTps(b)).toEqual([['tps', 'tps', n]]);
    expect(b.keyakinan).toBe('inferred');
    expect(b.sumber).toContain('Kota Semarang');
    expect(b.sumber).toContain(figure);
    expect(b.cadanganPersen.num).toBe(0);
  });

  test('Pilkada sticker seals ≈49 per TPS for two races (Seluma, Simalungun), half where one race is held', () => {
    const b = item(PILKADA, 'segel_stiker');
    expect(perTps(b)).toEqual([['tps', 'tps', 49], ['tps', 'tps', 24.5]]);
    expect(b.alokasi.map((a) => a.keyakinan)).toEqual(['inferred', 'inferred']);
    expect(b.alokasi[0]?.sumber).toMatch(/Seluma.*Simalungun/);
  });

  test('braille in Pemilu stays 2 per TPS, naming the conflicting reports (DKI, Kab. Malang: 1)', () => {
    const b = item(PEMILU, 'template_braille');
    expect(perTps(b)).toEqual([['tps', 'tps', 2]]);
    expect(b.sumber).toMatch(/DKI.*Kab\. Malang.*1 per TPS/);
  });
});

describe('confidence raised where deliveries confirm the rule (§10.5)', () => {
  test('Pemilu boxes 2 per kecamatan: reported (KPU Kota Pekalongan says it)', () => {
    const ppk = item(PEMILU, 'kotak_suara').alokasi.find((a) => a.tingkat === 'ppk');
    expect(ppk?.keyakinan).toBe('reported');
    expect(ppk?.sumber).toContain('Pekalongan');
  });
  test('Pilkada cable ties 6 per race: reported (Kota Semarang 12 × 2,358)', () => {
    const b = item(PILKADA, 'segel_plastik');
    expect(b.alokasi.map((a) => a.keyakinan)).toEqual(['reported', 'reported']);
    expect(b.alokasi[0]?.sumber).toContain('28,296');
  });
  test('DPRD Kab/Kota PSU at the kab: the law, confirmed by Kab. Karimun', () => {
    const psu = item(PEMILU, 'surat_suara_dprd_kabkota').tambahan;
    expect(psu?.keyakinan).toBe('primary');
    expect(psu?.sumber).toMatch(/Karimun.*199,631/);
  });
});

describe('pengada: who replaces the item (domain.md §11 item 4)', () => {
  test('Pemilu: every ballot and the centrally bought equipment via KPU RI; stationery by the KPU Kab/Kota', () => {
    for (const b of PEMILU.barang) {
      expect(b.pengada?.lembaga, b.kode).toBe(b.kode === 'alat_tulis' ? 'kpu_kabkota' : 'kpu_ri');
      expect(b.pengada?.sumber, b.kode).toContain('§11');
    }
  });
  test('Pilkada: governor ballots via the KPU Provinsi, regent/mayor ballots the KPU Kab/Kota; equipment not stated', () => {
    expect(item(PILKADA, 'surat_suara_gubernur').pengada?.lembaga).toBe('kpu_provinsi');
    expect(item(PILKADA, 'surat_suara_bupati_walikota').pengada?.lembaga).toBe('kpu_kabkota');
    expect(item(PILKADA, 'kotak_suara').pengada).toBeNull();
  });
});

describe('new config keys', () => {
  test('defaults: lingkup kabkota, reserve rounded per unit, extras held by the KPU Kab/Kota, no pengada', () => {
    const c = resolveConfig({ config: { barang: [{ kode: 'payung', nama: 'Payung', satuan: 'buah', alokasi: [{ tingkat: 'tps', basis: 'tps', rasio: 1 }], tambahan: { jumlah: 3, per: 'kegiatan' } }] } });
    expect(c.lingkup).toBe('kabkota');
    expect(item(c, 'payung')).toMatchObject({ pembulatanCadangan: 'per_unit', pengada: null, tambahan: { disimpanDi: 'kpu_kabkota' } });
  });

  test('overrides resolve and round-trip through the display form', () => {
    const c = resolveConfig({
      config: {
        lingkup: 'provinsi',
        barang: [
          { kode: 'surat_suara_dpd', pembulatan_cadangan: 'total' },
          { kode: 'surat_suara_ppwp', tambahan: { jumlah: 1000, per: 'dapil', disimpan_di: 'kpu_kabkota', sumber: 'Kab. Kepahiang', keyakinan: 'reported' } },
          { kode: 'tinta', pengada: null },
          { kode: 'bilik_suara', pengada: { lembaga: 'kpu_kabkota' } },
        ],
      },
    });
    expect(c.lingkup).toBe('provinsi');
    expect(item(c, 'surat_suara_dpd').pembulatanCadangan).toBe('total');
    expect(item(c, 'surat_suara_ppwp').tambahan?.disimpanDi).toBe('kpu_kabkota');
    expect(item(c, 'tinta').pengada).toBeNull();
    expect(item(c, 'bilik_suara').pengada).toEqual({ lembaga: 'kpu_kabkota', sumber: null, keyakinan: null });
    const shown = JSON.parse(JSON.stringify(configForDisplay(c))) as { lingkup: string; barang: Array<Record<string, unknown>> };
    expect(shown.lingkup).toBe('provinsi');
    expect(shown.barang.find((b) => b.kode === 'tinta')?.pengada).toBeNull();
    expect(resolveConfig({ config: shown })).toEqual(c);
  });

  test('--lingkup (the resolve option) replaces the config\'s and is part of the resolved config', () => {
    expect(resolveConfig({ lingkup: 'provinsi' }).lingkup).toBe('provinsi');
    expect(resolveConfig({ preset: 'pilkada-2024', lingkup: 'provinsi', config: { lingkup: 'kabkota' } }).lingkup).toBe('provinsi');
  });

  test.each([
    [{ lingkup: 'nasional' }, 'lingkup'],
    [{ barang: [{ kode: 'tinta', pembulatan_cadangan: 'per_tps' }] }, 'barang[0].pembulatan_cadangan'],
    [{ barang: [{ kode: 'tinta', tambahan: { jumlah: 1, per: 'kegiatan', disimpan_di: 'kpu' } }] }, 'barang[0].tambahan.disimpan_di'],
    [{ barang: [{ kode: 'tinta', pengada: { lembaga: 'supplier' } }] }, 'barang[0].pengada.lembaga'],
    [{ barang: [{ kode: 'tinta', pengada: 'kpu_ri' }] }, 'barang[0].pengada'],
    [{ barang: [{ kode: 'tinta', tambahan: { jumlah: 1_000_000_001, per: 'kegiatan' } }] }, 'barang[0].tambahan.jumlah'],
  ])('%j is a config error at %s', (config, path) => {
    const e = configError(config);
    expect(e.exitCode).toBe(2);
    expect(e.params['path']).toBe(path);
  });
});
