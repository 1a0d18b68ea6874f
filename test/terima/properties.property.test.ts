/**
 * Invariants of `logistik terima` over random receipts (issue 12.7): the contract's identities
 * hold on every line, and the order of events and files never changes a byte of any output.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { computeTerima, pemusnahanTable, rekonsiliasiTable, statusTpsTable, usulanTable, type TerimaInput, type TerimaResult } from '../../src/core/terima/index.js';
import { validasiTable } from '../../src/core/report/validasi.js';
import { tableToCsv } from '../../src/io/csv-write.js';
import { item, kpps, receipt, tps } from './helpers.js';

const ITEMS = [
  item('surat_suara_dpr', 400, { varian: 'DAPIL 1' }),
  item('surat_suara_dpr', 300, { varian: 'DAPIL 2' }),
  item('surat_suara_ppwp', 700),
  item('kotak_suara', 20, { pengada: 'kpu_kabkota' }),
];
const KEYS = [['surat_suara_dpr', 'DAPIL 1'], ['surat_suara_dpr', 'dapil 2'], ['surat_suara_ppwp', ''], ['kotak_suara', '']] as const;

/** Mostly plausible events (so that many runs have no error) with now and then a bad cell. */
const eventArb = fc.record({
  key: fc.integer({ min: 0, max: KEYS.length - 1 }),
  tahap: fc.constantFrom('terima', 'terima', 'pengganti', 'sortir', 'pulih'),
  day: fc.integer({ min: 1, max: 9 }),
  dikirim: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
  diterima: fc.integer({ min: 0, max: 500 }),
  rusak: fc.integer({ min: 0, max: 30 }),
  bad: fc.constantFrom(false, false, false, false, false, false, false, false, false, true),
});
type Ev = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;

/** Events → rows: a file and line each, spread over three files. */
function rows(events: readonly Ev[], place: (i: number) => { file: string; line: number }): TerimaInput['receipts'] {
  return events.map((e, i) => {
    const [kode, varian] = KEYS[e.key]!;
    const delivery = e.tahap === 'terima' || e.tahap === 'pengganti';
    const { file, line } = place(i);
    return receipt(line, {
      kode_barang: kode,
      varian,
      tahap: e.tahap,
      tanggal: `2024-01-0${e.day}`,
      dikirim: delivery && e.dikirim !== undefined ? String(e.dikirim) : '',
      diterima: delivery ? (e.bad ? `${e.diterima}.5` : String(e.diterima)) : '',
      rusak: String(e.rusak),
    }, file);
  });
}

const byIndex = (i: number) => ({ file: ['a.csv', 'b.csv', 'c.csv'][i % 3]!, line: 2 + Math.floor(i / 3) });

/** Every byte the command would write from a result. */
function bytes(r: TerimaResult): string[] {
  return [
    tableToCsv(rekonsiliasiTable(r.rekonsiliasi)),
    tableToCsv(usulanTable(r.rekonsiliasi)),
    tableToCsv(pemusnahanTable(r.rekonsiliasi)),
    r.statusTps ? tableToCsv(statusTpsTable(r.statusTps)) : '',
    tableToCsv(validasiTable(r.issues, 'id')),
    JSON.stringify(r.rejected),
    JSON.stringify(r.gate),
  ];
}

const permutationOf = <T>(xs: readonly T[]) => fc.shuffledSubarray([...xs], { minLength: xs.length, maxLength: xs.length });

describe('terima properties', () => {
  test('baik = diterima − rusak; kekurangan − kelebihan = jumlah − baik; ballots destroy rusak + kelebihan; nothing negative', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), (events) => {
        const r = computeTerima({ items: ITEMS, receipts: rows(events, byIndex), tps: null });
        for (const x of r.rekonsiliasi) {
          expect(x.baik).toBe(x.diterima - x.rusak);
          expect(x.kekurangan - x.kelebihan).toBe(x.jumlah - x.baik);
          expect(Math.min(x.kekurangan, x.kelebihan)).toBe(0);
          expect(x.dimusnahkan).toBe(x.kodeBarang.startsWith('surat_suara_') ? x.rusak + x.kelebihan : null);
          for (const n of [x.dikirim, x.diterima, x.rusak, x.baik, x.kurangKirim, x.lebihKirim]) expect(n).toBeGreaterThanOrEqual(0);
          expect(x.dikirim - x.diterima).toBe(x.kurangKirim - x.lebihKirim);
        }
        // Every row is counted or rejected with a galat on it: none is lost without a trace.
        const galat = new Set(r.issues.filter((i) => i.severity === 'galat').map((i) => `${i.file}:${i.line}`));
        expect(new Set(r.rejected.map((x) => `${x.file}:${x.line}`))).toEqual(galat);
        expect(r.rekonsiliasi.reduce((n, x) => n + x.baris, 0) + r.rejected.length).toBe(events.length);
      }),
    );
  });

  test('the order rows come in never changes a byte', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }).chain((events) => fc.tuple(fc.constant(events), permutationOf(events.map((_, i) => i)))), ([events, order]) => {
        const given = rows(events, byIndex);
        const shuffled = order.map((i) => given[i]!);
        expect(bytes(computeTerima({ items: ITEMS, receipts: shuffled, tps: null }))).toEqual(bytes(computeTerima({ items: ITEMS, receipts: given, tps: null })));
      }),
    );
  });

  test('moving valid events to other lines and files never changes the data files', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 30 }).chain((events) => fc.tuple(fc.constant(events), permutationOf(events.map((_, i) => i)))), ([events, slots]) => {
        const before = computeTerima({ items: ITEMS, receipts: rows(events, byIndex), tps: null });
        fc.pre(before.issues.every((i) => i.severity !== 'galat'));
        const after = computeTerima({ items: ITEMS, receipts: rows(events, (i) => byIndex(slots[i]!)), tps: null });
        expect(bytes(after).slice(0, 4)).toEqual(bytes(before).slice(0, 4));
        expect(after.gate).toEqual(before.gate);
      }),
    );
  });

  test('KPPS confirmations: their order never changes a byte of status-tps.csv', () => {
    const list = [
      tps('16.74.01.1001', '001', 300, { surat_suara_ppwp: 306, kotak_suara: 5 }),
      tps('16.74.01.1002', '001', 100, { surat_suara_ppwp: 102, kotak_suara: 5 }),
      tps('16.74.02.1001', '002', 200, { surat_suara_ppwp: 204, kotak_suara: 5 }),
    ];
    const confirmation = fc.record({
      t: fc.integer({ min: 0, max: 2 }),
      kode: fc.constantFrom('surat_suara_ppwp', 'kotak_suara'),
      diterima: fc.integer({ min: 0, max: 310 }),
      rusak: fc.integer({ min: 0, max: 10 }),
    });
    fc.assert(
      fc.property(fc.array(confirmation, { maxLength: 20 }).chain((cs) => fc.tuple(fc.constant(cs), permutationOf(cs.map((_, i) => i)))), ([cs, order]) => {
        const given = cs.map((c, i) => kpps(i + 2, { kode_kelurahan: list[c.t]!.kodeKelurahan, tps: list[c.t]!.tps, kode_barang: c.kode, diterima: String(c.diterima), rusak: String(c.rusak) }));
        const input = (rs: typeof given): TerimaInput => ({ items: ITEMS, receipts: [], tps: { list, items: ['surat_suara_ppwp', 'kotak_suara'], rows: rs } });
        const a = computeTerima(input(given));
        const b = computeTerima(input(order.map((i) => given[i]!)));
        expect(bytes(b)).toEqual(bytes(a));
        for (const s of a.statusTps!) {
          expect(s.baik).toBe(s.diterima - s.rusak);
          expect(s.selisih).toBe(s.baik - s.diharapkan);
        }
      }),
    );
  });
});
