/**
 * PSU stock where the dapil's owner holds it (issue 11.1, domain.md §10.5): a kab/kota run carries
 * only the KPU Kab/Kota's own stock; `lingkup: provinsi` adds the KPU Provinsi's; the KPU RI's is
 * never counted; nothing is guessed from the roll's extent.
 */
import { describe, expect, test } from 'vitest';
import { computeManifests, parseDapil, type Table } from '../../src/core/compute/index.js';
import { resolveConfig } from '../../src/core/config/index.js';
import type { TpsCount } from '../../src/core/types.js';

const tps = (kodeKelurahan: string, no: string, dpt: number): TpsCount => ({ kodeKelurahan, kecamatan: 'K', kelurahan: 'L', tps: no, dpt });

/** tambahan per pengadaan row, keyed `kode` or `kode [varian]`. */
function extras(p: Table): Record<string, number> {
  const at = (name: string) => p.columns.indexOf(name);
  return Object.fromEntries(p.rows.map((r) => [r[at('varian')] === '' ? String(r[0]) : `${String(r[0])} [${String(r[at('varian')])}]`, Number(r[at('tambahan')])]));
}

// Two kab/kota of one province (21.01, 21.02) and one of another (16.74).
const ROLL = [tps('21.01.01.1001', '001', 200), tps('21.02.01.1001', '001', 250), tps('21.02.02.1001', '001', 100), tps('16.74.01.1001', '001', 300)];
const ONE_KABKOTA = ROLL.filter((t) => t.kodeKelurahan.startsWith('21.02'));

describe('Pemilu 2024 PSU placement', () => {
  test('a kab/kota run: DPRD Kab/Kota 1,000 per dapil; PPWP, DPR, DPD, DPRD Prov none (Kab. Karimun)', () => {
    const e = extras(computeManifests(ONE_KABKOTA, resolveConfig({}), null).pengadaan);
    expect(e).toMatchObject({ surat_suara_ppwp: 0, surat_suara_dpr: 0, surat_suara_dpd: 0, surat_suara_dprd_prov: 0, surat_suara_dprd_kabkota: 1000 });
    // Karimun's four DPRD Kabupaten dapils: 4 × 1,000, one per dapil row
    const dapil = parseDapil(
      [
        { file: 'd.csv', line: 2, cells: { kode_wilayah: '21.02.01', jenis: 'dprd_kabkota', dapil: 'KARIMUN 1' } },
        { file: 'd.csv', line: 3, cells: { kode_wilayah: '21.02.02', jenis: 'dprd_kabkota', dapil: 'KARIMUN 2' } },
      ],
      'd.csv',
    ).mapping;
    const withDapil = extras(computeManifests(ONE_KABKOTA, resolveConfig({}), dapil).pengadaan);
    expect(withDapil).toMatchObject({ 'surat_suara_dprd_kabkota [KARIMUN 1]': 1000, 'surat_suara_dprd_kabkota [KARIMUN 2]': 1000, surat_suara_dpr: 0 });
  });

  test('--lingkup provinsi adds the province-held stock once per province; PPWP (KPU RI) stays 0', () => {
    const e = extras(computeManifests(ROLL, resolveConfig({ lingkup: 'provinsi' }), null).pengadaan);
    // two provinces in the roll: DPR, DPD, DPRD Prov once each; DPRD Kab/Kota once per kab/kota (3)
    expect(e).toMatchObject({ surat_suara_ppwp: 0, surat_suara_dpr: 2000, surat_suara_dpd: 2000, surat_suara_dprd_prov: 2000, surat_suara_dprd_kabkota: 3000 });
    const kabkota = extras(computeManifests(ROLL, resolveConfig({}), null).pengadaan);
    expect(kabkota).toMatchObject({ surat_suara_dpr: 0, surat_suara_dpd: 0, surat_suara_dprd_kabkota: 3000 });
  });

  test('the same in a config: "lingkup": "provinsi", and the option wins over the config', () => {
    const fromConfig = resolveConfig({ config: { lingkup: 'provinsi' } });
    expect(fromConfig.lingkup).toBe('provinsi');
    expect(extras(computeManifests(ONE_KABKOTA, fromConfig, null).pengadaan).surat_suara_dpd).toBe(1000);
    expect(resolveConfig({ config: { lingkup: 'provinsi' }, lingkup: 'kabkota' }).lingkup).toBe('kabkota');
  });

  test('DKI: no DPRD Kab/Kota race, so no stock for it at any lingkup', () => {
    const e = extras(computeManifests([tps('31.75.02.1006', '063', 200)], resolveConfig({ lingkup: 'provinsi' }), null).pengadaan);
    expect(e).toMatchObject({ surat_suara_dprd_kabkota: 0, surat_suara_dpd: 1000 });
  });

  test('Kab. Kepahiang counter-case: a config puts PPWP stock at the kab (+1,000)', () => {
    const c = resolveConfig({ config: { barang: [{ kode: 'surat_suara_ppwp', tambahan: { jumlah: 1000, per: 'dapil', disimpan_di: 'kpu_kabkota' } }] } });
    expect(extras(computeManifests(ONE_KABKOTA, c, null).pengadaan).surat_suara_ppwp).toBe(1000);
  });

  test('a user tambahan without disimpan_di is the KPU Kab/Kota\'s (counted in every run)', () => {
    const c = resolveConfig({ config: { barang: [{ kode: 'tinta', tambahan: { jumlah: 7, per: 'kegiatan' } }] } });
    expect(c.barang.find((b) => b.kode === 'tinta')?.tambahan?.disimpanDi).toBe('kpu_kabkota');
    expect(extras(computeManifests(ONE_KABKOTA, c, null).pengadaan).tinta).toBe(7);
  });
});

describe('Pilkada 2024 PSU placement', () => {
  const pilkada = (lingkup: 'kabkota' | 'provinsi') => resolveConfig({ preset: 'pilkada-2024', lingkup });

  test('a kab/kota run: regent/mayor 2,000 at the KPU Kab/Kota, governor none (Kab. Lebak)', () => {
    expect(extras(computeManifests(ONE_KABKOTA, pilkada('kabkota'), null).pengadaan)).toMatchObject({ surat_suara_gubernur: 0, surat_suara_bupati_walikota: 2000 });
  });

  test('a province run: governor 2,000 once, regent/mayor 2,000 for each kab/kota', () => {
    const inProvince = ROLL.filter((t) => t.kodeKelurahan.startsWith('21.'));
    expect(extras(computeManifests(inProvince, pilkada('provinsi'), null).pengadaan)).toMatchObject({ surat_suara_gubernur: 2000, surat_suara_bupati_walikota: 4000 });
  });

  test('di_kpu holds the counted stock, so the levels still sum to jumlah', () => {
    const p = computeManifests(ROLL, pilkada('provinsi'), null).pengadaan;
    const at = (name: string) => p.columns.indexOf(name);
    for (const r of p.rows) {
      expect(Number(r[at('di_tps')]) + Number(r[at('di_pps')]) + Number(r[at('di_ppk')]) + Number(r[at('di_kpu')])).toBe(Number(r[at('jumlah')]));
    }
  });
});
