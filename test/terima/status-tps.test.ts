/**
 * `--tps`: per-TPS readiness from what each KPPS confirmed (contract, "logistik terima"), one
 * status per test, numbers by hand.
 */
import { describe, expect, it } from 'vitest';
import { computeTerima, readinessPerKecamatan, statusTpsTable, type KonfirmasiRow, type ManifestTps } from '../../src/core/terima/index.js';
import { item, kpps, tps } from './helpers.js';

const SS = 'surat_suara_ppwp';
// A TPS of DPT 300 gets 306 ballots (2 % reserve) and 2 bottles of ink.
const A1 = tps('16.74.01.1001', '001', 300, { [SS]: 306, tinta: 2 }, { kecamatan: 'Barat', kelurahan: 'Satu' });
const A2 = tps('16.74.01.1001', '002', 200, { [SS]: 204, tinta: 2 }, { kecamatan: 'Barat', kelurahan: 'Satu' });
const B1 = tps('16.74.02.1001', '001', 100, { [SS]: 102, tinta: 0 }, { kecamatan: 'Timur', kelurahan: 'Dua' });
const LIST = [B1, A2, A1];

function run(rows: KonfirmasiRow['cells'][], list: readonly ManifestTps[] = LIST) {
  return computeTerima({ items: [item(SS, 612), item('tinta', 4)], receipts: [], tps: { list, items: [SS, 'tinta'], rows: rows.map((cells, i) => kpps(i + 2, cells)) } });
}

const row = (kode: string, no: string, barang: string, diterima: string, rusak = '') => ({ kode_kelurahan: kode, tps: no, kode_barang: barang, diterima, rusak });

describe('status-tps', () => {
  it('lengkap, lebih, kurang_dalam_cadangan, kurang_di_bawah_dpt, kurang, belum_diterima', () => {
    const r = run([
      row('16.74.01.1001', '1', SS, '306'), // lengkap
      row('16.74.01.1001', 'TPS 001', 'tinta', '3'), // lebih
      row('1674011001', '002', SS, '204', '4'), // baik 200 = DPT: short, inside the reserve
      row('16.74.01.1001', '2', 'tinta', '2', '1'), // not a ballot: kurang
      row('16.74.02.1001', '1', SS, '100', '1'), // baik 99 < DPT 100: below DPT
    ]);
    expect(r.issues).toEqual([]);
    const table = statusTpsTable(r.statusTps!);
    expect(table.columns).toEqual('kode_kelurahan,kecamatan,kelurahan,tps,kode_barang,diharapkan,diterima,rusak,baik,selisih,status'.split(','));
    expect(table.rows).toEqual([
      ['16.74.01.1001', 'Barat', 'Satu', '001', SS, 306, 306, 0, 306, 0, 'lengkap'],
      ['16.74.01.1001', 'Barat', 'Satu', '001', 'tinta', 2, 3, 0, 3, 1, 'lebih'],
      ['16.74.01.1001', 'Barat', 'Satu', '002', SS, 204, 204, 4, 200, -4, 'kurang_dalam_cadangan'],
      ['16.74.01.1001', 'Barat', 'Satu', '002', 'tinta', 2, 2, 1, 1, -1, 'kurang'],
      ['16.74.02.1001', 'Timur', 'Dua', '001', SS, 102, 100, 1, 99, -3, 'kurang_di_bawah_dpt'],
      // Nothing expected, nothing confirmed: nothing missing.
      ['16.74.02.1001', 'Timur', 'Dua', '001', 'tinta', 0, 0, 0, 0, 0, 'lengkap'],
    ]);
  });

  it('a TPS with no row for an item it should get is belum_diterima', () => {
    const r = run([row('16.74.01.1001', '1', SS, '306')]);
    expect(r.statusTps!.filter((s) => s.status === 'belum_diterima').map((s) => [s.tps.tps, s.tps.kodeKelurahan, s.kodeBarang])).toEqual([
      ['001', '16.74.01.1001', 'tinta'],
      ['002', '16.74.01.1001', SS],
      ['002', '16.74.01.1001', 'tinta'],
      ['001', '16.74.02.1001', SS],
    ]);
  });

  it('rows of one TPS and item add up', () => {
    const r = run([row('16.74.01.1001', '1', SS, '300'), row('16.74.01.1001', '1', SS, '6')]);
    expect(r.statusTps![0]).toMatchObject({ diterima: 306, status: 'lengkap' });
  });

  it('the gate: below DPT, kurang and belum_diterima shut it; short within the reserve passes', () => {
    const within = run([
      row('16.74.01.1001', '1', SS, '300'), row('16.74.01.1001', '1', 'tinta', '2'),
      row('16.74.01.1001', '2', SS, '200'), row('16.74.01.1001', '2', 'tinta', '2'),
      row('16.74.02.1001', '1', SS, '101'),
    ]);
    expect(within.statusTps!.map((s) => s.status)).toEqual(['kurang_dalam_cadangan', 'lengkap', 'kurang_dalam_cadangan', 'lengkap', 'kurang_dalam_cadangan', 'lengkap']);
    // The warehouse holds nothing yet (no receipts): the gate counts those items, not these TPS.
    expect(within.gate).toMatchObject({ tps: 0 });
    const below = run([row('16.74.02.1001', '1', SS, '99')]);
    expect(below.gate.tps).toBe(3);
  });

  it('a TPS or item the manifest does not have is an error row; so is a bad identity', () => {
    const r = run([
      row('16.74.01.1001', '9', SS, '1'),
      row('16.74.01.1001', '1', 'kotak_suara', '1'),
      row('16.74.01.1001', '1', SS, '10', '11'),
      row('16.74.01', '1', SS, '1'),
      row('16.74.01.1001', 'satu', SS, '1'),
      row('', '1', SS, '1'),
      row('16.74.01.1001', '1', SS, ''),
    ]);
    expect(r.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['kpps-tps-unknown', 2, 'tps'],
      ['kpps-item-unknown', 3, 'kode_barang'],
      ['kode-wilayah-format', 5, 'kode_kelurahan'],
      ['tps-format', 6, 'tps'],
      ['tps-identity', 7, 'kode_kelurahan'],
      ['kpps-missing-value', 8, 'diterima'],
      ['kpps-damage-over-received', 4, 'rusak'],
    ]);
    expect(r.rejected.map((x) => x.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  it('a file without codes finds its TPS by kecamatan and kelurahan names, in any case', () => {
    const r = run([{ kecamatan: ' barat ', kelurahan: 'SATU', tps: '1', kode_barang: SS, diterima: '306' }, { kecamatan: 'Barat', kelurahan: 'Tiga', tps: '1', kode_barang: SS, diterima: '1' }]);
    expect(r.issues.map((i) => [i.code, i.line, i.params.wilayah])).toEqual([['kpps-tps-unknown', 3, 'Barat / Tiga']]);
    expect(r.statusTps![0]).toMatchObject({ diterima: 306, status: 'lengkap' });
  });

  it('readiness per kecamatan counts each TPS once, by its worst item, worst kecamatan first', () => {
    const r = run([row('16.74.02.1001', '1', SS, '102'), row('16.74.01.1001', '1', SS, '250'), row('16.74.01.1001', '1', 'tinta', '2')]);
    expect(readinessPerKecamatan(r.statusTps!).map((k) => [k.kodeKecamatan, k.kecamatan, k.tps, k.perStatus])).toEqual([
      ['16.74.01', 'Barat', 2, { belum_diterima: 1, kurang_di_bawah_dpt: 1, kurang: 0, kurang_dalam_cadangan: 0, lebih: 0, lengkap: 0 }],
      ['16.74.02', 'Timur', 1, { belum_diterima: 0, kurang_di_bawah_dpt: 0, kurang: 0, kurang_dalam_cadangan: 0, lebih: 0, lengkap: 1 }],
    ]);
  });
});
