/**
 * The contract's formulas for `logistik terima`, one rule per test, with numbers worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { computeTerima, pemusnahanTable, rekonsiliasiTable, usulanTable, type TerimaInput } from '../../src/core/terima/index.js';
import { ev, item } from './helpers.js';

const run = (items: TerimaInput['items'], receipts: TerimaInput['receipts']) => computeTerima({ items, receipts, tps: null });

describe('terima: per item and variant', () => {
  it('Kab. Seluma PPWP 2024: jumlah 160,203; 94 short-shipped, 218 damaged in sorting → request 312', () => {
    const r = run([item('surat_suara_ppwp', 160_203)], [
      ev(2, 'surat_suara_ppwp', 'terima', '2024-01-05', { dikirim: 160_203, diterima: 160_109 }),
      ev(3, 'surat_suara_ppwp', 'sortir', '2024-01-12', { rusak: 218 }),
    ]);
    expect(r.issues).toEqual([]);
    expect(r.rekonsiliasi[0]).toMatchObject({
      dikirim: 160_203, diterima: 160_109, rusak: 218, baik: 159_891, kurangKirim: 94, lebihKirim: 0,
      kekurangan: 312, kelebihan: 0, dimusnahkan: 218, status: 'kurang',
    });
  });

  it('Kab. Kaur governor 2024: 423 short, 86 damaged → request 509', () => {
    const r = run([item('surat_suara_gubernur', 98_937, { pengada: 'kpu_provinsi' })], [
      ev(2, 'surat_suara_gubernur', 'terima', '2024-11-01', { dikirim: 98_937, diterima: 98_514, rusak: 86 }),
    ]);
    expect(r.rekonsiliasi[0]).toMatchObject({ baik: 98_428, rusak: 86, kurangKirim: 423, kekurangan: 509, dimusnahkan: 86 });
  });

  it('an empty dikirim counts as its diterima; surplus on the note is lebih_kirim, row by row', () => {
    const r = run([item('tinta', 100)], [
      ev(2, 'tinta', 'terima', '2024-01-05', { diterima: 60 }),
      ev(3, 'tinta', 'terima', '2024-01-06', { dikirim: 40, diterima: 50 }),
      ev(4, 'tinta', 'pengganti', '2024-01-07', { dikirim: 10, diterima: 5 }),
    ]);
    // dikirim 60 + 40 + 10; lebih 10 (row 3) and kurang 5 (row 4) do not cancel out.
    expect(r.rekonsiliasi[0]).toMatchObject({ dikirim: 110, diterima: 115, kurangKirim: 5, lebihKirim: 10, baik: 115, kelebihan: 15, kekurangan: 0, status: 'lebih' });
  });

  it('pulih moves damaged sheets back to good; pengganti deliveries add to diterima', () => {
    const r = run([item('surat_suara_dpd', 1000)], [
      ev(2, 'surat_suara_dpd', 'terima', '2024-01-05', { diterima: 1000 }),
      ev(3, 'surat_suara_dpd', 'sortir', '2024-01-06', { rusak: 30 }),
      ev(4, 'surat_suara_dpd', 'pulih', '2024-01-07', { rusak: 10 }),
      ev(5, 'surat_suara_dpd', 'pengganti', '2024-01-20', { diterima: 20 }),
    ]);
    expect(r.rekonsiliasi[0]).toMatchObject({ diterima: 1020, rusak: 20, baik: 1000, kekurangan: 0, kelebihan: 0, dimusnahkan: 20, status: 'lengkap' });
  });

  it('over-shipped ballots: surplus and damaged are both destroyed; other items keep them as stock', () => {
    const r = run([item('surat_suara_gubernur', 5000), item('kotak_suara', 100)], [
      ev(2, 'surat_suara_gubernur', 'terima', '2024-11-01', { dikirim: 5694, diterima: 5694 }),
      ev(3, 'surat_suara_gubernur', 'sortir', '2024-11-05', { rusak: 676 }),
      ev(4, 'kotak_suara', 'terima', '2024-11-01', { diterima: 110, rusak: 3 }),
    ]);
    const [kotak, gub] = r.rekonsiliasi;
    expect(gub).toMatchObject({ baik: 5018, kelebihan: 18, rusak: 676, dimusnahkan: 694, status: 'lebih' });
    expect(kotak).toMatchObject({ baik: 107, kelebihan: 7, dimusnahkan: null, status: 'lebih' });
    expect(pemusnahanTable(r.rekonsiliasi).rows).toEqual([['surat_suara_gubernur', 'surat_suara_gubernur', '', 676, 18, 694]]);
    // Not a ballot: the cell is empty, not 0 (nothing is destroyed by rule).
    expect(rekonsiliasiTable(r.rekonsiliasi).rows[0]![12]).toBe('');
  });

  it('an item without any row is belum_diterima and requested whole; one of jumlah 0 is lengkap', () => {
    const r = run([item('bilik_suara', 40, { pengada: 'kpu_ri' }), item('surat_suara_dprd_kabkota', 0)], []);
    expect(r.rekonsiliasi.map((x) => [x.kodeBarang, x.status, x.kekurangan])).toEqual([
      ['bilik_suara', 'belum_diterima', 40],
      ['surat_suara_dprd_kabkota', 'lengkap', 0],
    ]);
    expect(usulanTable(r.rekonsiliasi).rows).toEqual([['kpu_ri', 'bilik_suara', 'bilik_suara', '', 0, 0, 40]]);
  });

  it('usulan-pemenuhan: one line per short item and variant, sorted by pengada then item', () => {
    const items = [
      item('surat_suara_gubernur', 10, { pengada: 'kpu_provinsi' }),
      item('surat_suara_bupati_walikota', 10, { pengada: 'kpu_kabkota' }),
      item('tinta', 10, { pengada: '' }),
      item('surat_suara_dprd_kabkota', 10, { varian: 'DAPIL 2', pengada: 'kpu_ri' }),
      item('surat_suara_dprd_kabkota', 10, { varian: 'DAPIL 1', pengada: 'kpu_ri' }),
    ];
    const rows = usulanTable(run(items, [ev(2, 'tinta', 'terima', '2024-01-01', { diterima: 10 })]).rekonsiliasi).rows.map((x) => [x[0], x[1], x[3]]);
    expect(rows).toEqual([
      ['kpu_kabkota', 'surat_suara_bupati_walikota', ''],
      ['kpu_provinsi', 'surat_suara_gubernur', ''],
      ['kpu_ri', 'surat_suara_dprd_kabkota', 'DAPIL 1'],
      ['kpu_ri', 'surat_suara_dprd_kabkota', 'DAPIL 2'],
    ]);
  });

  it('variants are matched without regard to case or stray spaces, and item codes as header names are', () => {
    const items = [item('surat_suara_dprd_kabkota', 10, { varian: 'SELUMA 1' }), item('surat_suara_dprd_kabkota', 10, { varian: 'SELUMA 2' })];
    const r = run(items, [ev(2, 'Surat Suara DPRD-Kabkota', 'Terima', '01/02/2024', { diterima: 10, varian: ' seluma  2 ' })]);
    expect(r.issues).toEqual([]);
    expect(r.rekonsiliasi.map((x) => [x.varian, x.diterima])).toEqual([['SELUMA 1', 0], ['SELUMA 2', 10]]);
  });

  it('the CSV columns are the contract\'s, in its order', () => {
    const r = run([item('surat_suara_ppwp', 1)], []);
    expect(rekonsiliasiTable(r.rekonsiliasi).columns).toEqual('kode_barang,nama_barang,varian,jumlah,dikirim,diterima,rusak,baik,kurang_kirim,lebih_kirim,kekurangan,kelebihan,dimusnahkan,pengada,status'.split(','));
    expect(usulanTable(r.rekonsiliasi).columns).toEqual('pengada,kode_barang,nama_barang,varian,rusak,kurang_kirim,kekurangan'.split(','));
    expect(pemusnahanTable(r.rekonsiliasi).columns).toEqual('kode_barang,nama_barang,varian,rusak,kelebihan,dimusnahkan'.split(','));
  });
});

describe('terima: the --strict gate', () => {
  it('is shut by kurang and belum_diterima, open on lengkap and lebih', () => {
    const items = [item('a', 10), item('b', 10)];
    expect(run(items, [ev(2, 'a', 'terima', '2024-01-01', { diterima: 10 })]).gate).toEqual({ lulus: false, barang: 1, tps: 0 });
    expect(run(items, [ev(2, 'a', 'terima', '2024-01-01', { diterima: 9 }), ev(3, 'b', 'terima', '2024-01-01', { diterima: 10 })]).gate.lulus).toBe(false);
    expect(run(items, [ev(2, 'a', 'terima', '2024-01-01', { diterima: 11 }), ev(3, 'b', 'terima', '2024-01-01', { diterima: 10 })]).gate).toEqual({ lulus: true, barang: 0, tps: 0 });
  });
});
