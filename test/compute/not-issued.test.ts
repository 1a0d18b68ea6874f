/**
 * Issue 10, point 7: an item that comes out as 0 because its `berlaku` rule leaves out every
 * province of the roll is named with the rule, so the summary can say why (DKI Jakarta has no DPRD
 * Kab/Kota; DI Yogyakarta elects no governor).
 */
import { describe, expect, it } from 'vitest';
import { itemsNotIssued } from '../../src/core/compute/index.js';
import { resolveConfig } from '../../src/core/config/index.js';
import type { TpsCount } from '../../src/core/types.js';

const tps = (kodeKelurahan: string, dpt = 200): TpsCount => ({ kodeKelurahan, kecamatan: 'K', kelurahan: 'D', tps: '001', dpt });
const pemilu = resolveConfig({ preset: 'pemilu-2024' });
const pilkada = resolveConfig({ preset: 'pilkada-2024' });

describe('itemsNotIssued', () => {
  it('DKI Jakarta (31), Pemilu: the DPRD Kab/Kota ballots, and nothing else', () => {
    expect(itemsNotIssued([tps('31.01.01.1001')], pemilu)).toEqual([{ kode: 'surat_suara_dprd_kabkota', rule: 'kecuali', provinsi: ['31'] }]);
  });

  it('DKI Jakarta, Pilkada: no regent/mayor ballots; DI Yogyakarta (34): no governor ballots', () => {
    expect(itemsNotIssued([tps('31.71.01.1001')], pilkada).map((x) => x.kode)).toEqual(['surat_suara_bupati_walikota']);
    expect(itemsNotIssued([tps('34.71.01.1001')], pilkada)).toEqual([{ kode: 'surat_suara_gubernur', rule: 'kecuali', provinsi: ['34'] }]);
  });

  it('an item issued in one province of the roll is issued: DKI and Sumatera Selatan together', () => {
    expect(itemsNotIssued([tps('31.01.01.1001'), tps('16.74.01.1001')], pemilu)).toEqual([]);
  });

  it('nothing for a roll of other provinces, or an empty roll', () => {
    expect(itemsNotIssued([tps('16.74.01.1001')], pemilu)).toEqual([]);
    expect(itemsNotIssued([], pemilu)).toEqual([]);
  });

  it('an item only for some provinces, in a roll elsewhere or without region codes: rule "hanya"', () => {
    const config = resolveConfig({
      config: { barang: [{ kode: 'payung_dki', nama: 'Payung', satuan: 'buah', alokasi: [{ tingkat: 'tps', basis: 'tps', rasio: 1 }], berlaku: { provinsi_hanya: ['31'] } }] },
    });
    expect(itemsNotIssued([tps('16.74.01.1001')], config)).toEqual([{ kode: 'payung_dki', rule: 'hanya', provinsi: ['31'] }]);
    expect(itemsNotIssued([tps('')], config)).toEqual([{ kode: 'payung_dki', rule: 'hanya', provinsi: ['31'] }]);
  });
});
