/**
 * kemas-tps.csv is built in its final order rather than sorted (issue 16.4: 600,000 rows at
 * 40,000 TPS). This holds it to what it replaced, on random manifests written by hand: every line
 * of every TPS row and item, sorted by the seven key columns (a stable sort), and the containers
 * counted as distinct (TPS, wadah) pairs. TPS that share an identity, which the reader refuses but
 * a hand-made manifest may hold, and names with characters on both sides of ASCII are included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareKeys } from '../../src/core/compute/units.js';
import { split } from '../../src/core/kemas/rules.js';
import type { ItemInfo } from '../../src/core/kemas/tables.js';
import { kemasTpsTable } from '../../src/core/kemas/tps-table.js';
import type { TpsRow } from '../../src/core/kemas/types.js';
import { rowsOf } from '../../src/core/report/lazy-table.js';

const ITEMS = ['surat_suara_dpr', 'kotak_suara', 'tinta', 'segel', 'formulir'] as const;
const WADAH = ['lepas', 'kotak', 'map', 'kantong'] as const;
const text = fc.constantFrom('', 'A', 'b', 'Ä', 'é', '11.01', '11.01.01.1001', 'z z');

type Cell = string | number;

/** What packManifest did before: a line per TPS row and item, then a stable sort by 7 columns. */
function reference(rows: readonly TpsRow[], barang: readonly string[], info: (kode: string) => ItemInfo, variantOf: (kode: string, tps: TpsRow) => string): { rows: Cell[][]; wadah: number } {
  const lines = rows.flatMap((tps) => barang.flatMap((kode) => ((tps.barang[kode] ?? 0) === 0 ? [] : [{ tps, kode, jumlah: tps.barang[kode] ?? 0 }])));
  const out = lines.map(({ tps, kode, jumlah }) => {
    const i = info(kode);
    const ikat = i.kemas.isiIkat;
    const b = ikat === null ? null : split(jumlah, ikat.jumlah);
    return [tps.kodeKelurahan, tps.kecamatan, tps.kelurahan, tps.tps, i.kemas.wadah, kode, variantOf(kode, tps), jumlah, b?.penuh ?? '', b?.sisa ?? '', ikat?.jumlah ?? '', i.barang.nama, i.barang.satuan];
  });
  const key = (r: Cell[]): string[] => r.slice(0, 7).map(String);
  const boxes = new Set(lines.filter((l) => info(l.kode).kemas.wadah !== 'lepas').map((l) => [l.tps.kodeKelurahan, l.tps.kecamatan, l.tps.kelurahan, l.tps.tps, info(l.kode).kemas.wadah].join('\u0000')));
  return { rows: out.sort((a, b) => compareKeys(key(a), key(b))), wadah: boxes.size };
}

const manifest = fc.record({
  wadah: fc.array(fc.constantFrom(...WADAH), { minLength: ITEMS.length, maxLength: ITEMS.length }),
  ikat: fc.array(fc.option(fc.integer({ min: 1, max: 25 }), { nil: null }), { minLength: ITEMS.length, maxLength: ITEMS.length }),
  barang: fc.shuffledSubarray([...ITEMS], { minLength: 1 }),
  rows: fc.array(
    fc.record({
      kodeKelurahan: fc.constantFrom('', '11.01.01.1001', '11.01.01.1002', '11.01.02.2001'),
      kecamatan: text,
      kelurahan: text,
      tps: fc.constantFrom('001', '002', '010'),
      amounts: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 500 })), { minLength: ITEMS.length, maxLength: ITEMS.length }),
      dapil: fc.constantFrom('', 'DAPIL 1', 'DAPIL 2'),
    }),
    { maxLength: 12 },
  ),
});

describe('kemas-tps.csv built in order', () => {
  it('has the rows and containers of a full sort of every line', () => {
    fc.assert(
      fc.property(manifest, (m) => {
        const info = (kode: string): ItemInfo => {
          const at = ITEMS.indexOf(kode as (typeof ITEMS)[number]);
          const isi = m.ikat[at] ?? null;
          return { barang: { nama: `Nama ${kode}`, satuan: 'buah' }, kemas: { wadah: m.wadah[at] ?? 'lepas', isiIkat: isi === null ? null : { jumlah: isi } } } as unknown as ItemInfo;
        };
        const rows: TpsRow[] = m.rows.map((r, i) => ({
          baris: i + 2, kodeKelurahan: r.kodeKelurahan, kecamatan: r.kecamatan, kelurahan: r.kelurahan, tps: r.tps,
          barang: Object.fromEntries(ITEMS.map((k, j) => [k, r.amounts[j] ?? 0])), dapil: { dpr: r.dapil },
        }));
        const variantOf = (kode: string, tps: TpsRow): string => (kode === 'surat_suara_dpr' ? (tps.dapil.dpr ?? '') : '');
        const ref = reference(rows, m.barang, info, variantOf);
        const got = kemasTpsTable({ barang: m.barang, rows }, info, variantOf);
        expect([...rowsOf(got.table)]).toEqual(ref.rows);
        expect(got.table.rows).toEqual(ref.rows);
        expect(got.wadah).toBe(ref.wadah);
      }),
      { numRuns: 500 },
    );
  });
});
