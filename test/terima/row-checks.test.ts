/**
 * Contract "Row checks" of `logistik terima`, one rule per test: each bad row is a `galat` with
 * its code, file, line and column, and is not counted.
 */
import { describe, expect, it } from 'vitest';
import { computeTerima, type TerimaInput } from '../../src/core/terima/index.js';
import { renderIssueHint, renderIssueMessage } from '../../src/core/messages/index.js';
import { ev, item } from './helpers.js';

const ITEMS = [
  item('surat_suara_ppwp', 1000),
  item('surat_suara_dprd_kabkota', 500, { varian: 'DAPIL 1' }),
  item('surat_suara_dprd_kabkota', 500, { varian: 'DAPIL 2' }),
  item('kotak_suara', 10),
];

const run = (receipts: TerimaInput['receipts']) => computeTerima({ items: ITEMS, receipts, tps: null });
const ppwp = (r: ReturnType<typeof run>) => r.rekonsiliasi.find((x) => x.kodeBarang === 'surat_suara_ppwp')!;
const where = (r: ReturnType<typeof run>) => r.issues.map((i) => [i.code, i.line, i.column]);

describe('terima row checks: one cell at a time', () => {
  it.each([
    ['a thousands mark', { diterima: '1.000' }, 'receipt-quantity-format', 'diterima'],
    ['a negative number', { diterima: '-5' }, 'receipt-quantity-format', 'diterima'],
    ['a decimal', { diterima: 10, rusak: '2,5' }, 'receipt-quantity-format', 'rusak'],
    ['ten digits', { diterima: '1000000000' }, 'receipt-quantity-format', 'diterima'],
    ['a terima row without diterima', { dikirim: 10 }, 'receipt-missing-value', 'diterima'],
  ])('%s', (_name, counts, code, column) => {
    const r = run([ev(7, 'surat_suara_ppwp', 'terima', '2024-01-05', counts)]);
    expect(where(r)).toContainEqual([code, 7, column]);
    expect(r.issues.every((i) => i.severity === 'galat')).toBe(true);
    expect(r.rejected).toEqual([{ file: 'penerimaan.csv', line: 7 }]);
    expect(ppwp(r).diterima).toBe(0);
  });

  it('numbers in dikirim/diterima on sortir and pulih rows are errors; rusak is required there', () => {
    const r = run([
      ev(2, 'surat_suara_ppwp', 'terima', '2024-01-05', { diterima: 100 }),
      ev(3, 'surat_suara_ppwp', 'sortir', '2024-01-06', { diterima: 5, rusak: 1 }),
      ev(4, 'surat_suara_ppwp', 'pulih', '2024-01-07', { dikirim: 1, rusak: 1 }),
      ev(5, 'surat_suara_ppwp', 'sortir', '2024-01-08', {}),
    ]);
    expect(where(r)).toEqual([
      ['receipt-quantity-on-sorting', 3, 'diterima'],
      ['receipt-quantity-on-sorting', 4, 'dikirim'],
      ['receipt-missing-value', 5, 'rusak'],
    ]);
  });

  it('tahap and tanggal are required; an unknown stage and an impossible date are errors', () => {
    const r = run([
      ev(2, 'surat_suara_ppwp', '', '2024-01-05', { diterima: 1 }),
      ev(3, 'surat_suara_ppwp', 'kirim', '2024-01-05', { diterima: 1 }),
      ev(4, 'surat_suara_ppwp', 'terima', '', { diterima: 1 }),
      ev(5, 'surat_suara_ppwp', 'terima', '2024-02-30', { diterima: 1 }),
      ev(6, 'surat_suara_ppwp', 'terima', '5 Januari 2024', { diterima: 1 }),
    ]);
    expect(where(r)).toEqual([
      ['receipt-missing-value', 2, 'tahap'],
      ['receipt-stage-unknown', 3, 'tahap'],
      ['receipt-missing-value', 4, 'tanggal'],
      ['receipt-date-format', 5, 'tanggal'],
      ['receipt-date-format', 6, 'tanggal'],
    ]);
  });

  it('an item not in the manifest: a near miss gets "did you mean", a stranger the list of codes', () => {
    const r = run([
      ev(2, 'surat_suara_ppwpp', 'terima', '2024-01-05', { diterima: 1 }),
      ev(3, 'sampul', 'terima', '2024-01-05', { diterima: 1 }),
      ev(4, '', 'terima', '2024-01-05', { diterima: 1 }),
    ]);
    expect(where(r)).toEqual([
      ['receipt-item-typo', 2, 'kode_barang'],
      ['receipt-item-unknown', 3, 'kode_barang'],
      ['receipt-missing-value', 4, 'kode_barang'],
    ]);
    expect(renderIssueHint(r.issues[0]!, 'en')).toContain('Did you mean surat_suara_ppwp?');
    expect(renderIssueHint(r.issues[1]!, 'id')).toContain('kotak_suara, surat_suara_dprd_kabkota, surat_suara_ppwp');
  });

  it('variants: unknown, missing where the item has them, given where it has none', () => {
    const r = run([
      ev(2, 'surat_suara_dprd_kabkota', 'terima', '2024-01-05', { diterima: 1, varian: 'DAPIL 3' }),
      ev(3, 'surat_suara_dprd_kabkota', 'terima', '2024-01-05', { diterima: 1 }),
      ev(4, 'surat_suara_ppwp', 'terima', '2024-01-05', { diterima: 1, varian: 'DAPIL 1' }),
    ]);
    expect(where(r)).toEqual([
      ['receipt-variant-unknown', 2, 'varian'],
      ['receipt-variant-missing', 3, 'varian'],
      ['receipt-variant-none', 4, 'varian'],
    ]);
    expect(renderIssueHint(r.issues[0]!, 'id')).toContain('DAPIL 1, DAPIL 2');
  });

  it('a row with several problems reports each of them, once', () => {
    const r = run([ev(9, 'x', 'kirim', 'kemarin', { diterima: 'lima' })]);
    expect(where(r)).toEqual([
      ['receipt-item-unknown', 9, 'kode_barang'],
      ['receipt-stage-unknown', 9, 'tahap'],
      ['receipt-date-format', 9, 'tanggal'],
      ['receipt-quantity-format', 9, 'diterima'],
    ]);
  });

  it('never echoes a NIK pasted into a cell', () => {
    const r = run([ev(2, 'surat_suara_ppwp', 'terima', '2024-01-05', { diterima: '1674010101010001' })]);
    const text = renderIssueMessage(r.issues[0]!, 'id');
    expect(text).not.toContain('1674010101010001');
    expect(text).toContain('167401******0001');
  });

  it('the same delivery note twice for one item and stage is a warning; both rows count', () => {
    const r = run([
      ev(2, 'kotak_suara', 'terima', '2024-01-05', { diterima: 5, dokumen: 'SJ-001' }),
      ev(3, 'kotak_suara', 'terima', '2024-01-05', { diterima: 5, dokumen: 'sj-001 ' }),
      ev(4, 'surat_suara_ppwp', 'terima', '2024-01-05', { diterima: 5, dokumen: 'SJ-001' }),
    ]);
    expect(r.issues.map((i) => [i.code, i.severity, i.line, i.params.pertama])).toEqual([['receipt-duplicate-document', 'peringatan', 3, 'penerimaan.csv:2']]);
    expect(r.rekonsiliasi.find((x) => x.kodeBarang === 'kotak_suara')!.diterima).toBe(10);
  });
});

describe('terima row checks: damage beyond what it could refer to, in date order', () => {
  const P = 'surat_suara_ppwp';

  it('a terima row with rusak > diterima', () => {
    const r = run([ev(2, P, 'terima', '2024-01-05', { diterima: 10, rusak: 11 })]);
    expect(where(r)).toEqual([['receipt-damage-over-received', 2, 'rusak']]);
    expect(r.issues[0]!.params).toMatchObject({ rusak: 11, diterima: 10, tanggal: '2024-01-05', baris: 1 });
  });

  it('sortir is checked against the good so far in date order, not file order', () => {
    // The sorting row stands first in the file but is dated after the delivery: fine.
    const ok = run([ev(2, P, 'sortir', '2024-01-10', { rusak: 50 }), ev(3, P, 'terima', '2024-01-05', { diterima: 100 })]);
    expect(ok.issues).toEqual([]);
    expect(ppwp(ok)).toMatchObject({ rusak: 50, baik: 50 });
    // Dated before any delivery: nothing was there to sort.
    const bad = run([ev(2, P, 'terima', '2024-01-05', { diterima: 100 }), ev(3, P, 'sortir', '2024-01-04', { rusak: 1 })]);
    expect(where(bad)).toEqual([['receipt-sorting-over-good', 3, 'rusak']]);
    expect(bad.issues[0]!.params).toMatchObject({ rusak: 1, baik: 0 });
  });

  it('on one date, deliveries come before sorting, and sorting before re-checks', () => {
    const r = run([
      ev(2, P, 'pulih', '2024-01-05', { rusak: 5 }),
      ev(3, P, 'sortir', '2024-01-05', { rusak: 20 }),
      ev(4, P, 'terima', '2024-01-05', { diterima: 100, rusak: 10 }),
    ]);
    expect(r.issues).toEqual([]);
    expect(ppwp(r)).toMatchObject({ rusak: 25, baik: 75 });
  });

  it('rows of one date and stage are one sum; the excess is reported on the last in (berkas, baris) order', () => {
    const r = run([
      ev(2, P, 'terima', '2024-01-05', { diterima: 100 }),
      ev(9, P, 'sortir', '2024-01-06', { rusak: 60 }, 'b.csv'),
      ev(3, P, 'sortir', '2024-01-06', { rusak: 50 }, 'a.csv'),
    ]);
    expect(r.issues.map((i) => [i.code, i.file, i.line, i.params.rusak, i.params.baik, i.params.baris])).toEqual([
      ['receipt-sorting-over-good', 'b.csv', 9, 110, 100, 2],
    ]);
    // The rest of the day fits once the last row is left out.
    expect(ppwp(r)).toMatchObject({ rusak: 50, baik: 50 });
    expect(r.rejected).toEqual([{ file: 'b.csv', line: 9 }]);
  });

  it('pulih beyond the damaged so far', () => {
    const r = run([
      ev(2, P, 'terima', '2024-01-05', { diterima: 100, rusak: 3 }),
      ev(3, P, 'pulih', '2024-01-06', { rusak: 4 }),
    ]);
    expect(where(r)).toEqual([['receipt-restore-over-damaged', 3, 'rusak']]);
    expect(r.issues[0]!.params).toMatchObject({ pulih: 4, rusak: 3 });
  });

  it('a rejected delivery does not count as stock for the sorting after it', () => {
    const r = run([ev(2, P, 'terima', '2024-01-05', { diterima: 'x' }), ev(3, P, 'sortir', '2024-01-06', { rusak: 1 })]);
    expect(where(r)).toEqual([
      ['receipt-quantity-format', 2, 'diterima'],
      ['receipt-sorting-over-good', 3, 'rusak'],
    ]);
  });

  it('items are checked apart: damage of one variant cannot use the stock of another', () => {
    const K = 'surat_suara_dprd_kabkota';
    const r = run([
      ev(2, K, 'terima', '2024-01-05', { diterima: 100, varian: 'DAPIL 1' }),
      ev(3, K, 'sortir', '2024-01-06', { rusak: 1, varian: 'DAPIL 2' }),
    ]);
    expect(where(r)).toEqual([['receipt-sorting-over-good', 3, 'rusak']]);
  });
});
