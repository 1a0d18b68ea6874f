/**
 * Table → sheet model (issue 14.3), without the xlsx library: codes stay text, numbers stay numbers,
 * a totals row only where a sum means something and equal to the sums, no row ever left out.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dataSheets, fitWidths, wrappedLines, type SheetRow } from '../../src/core/render/sheet.js';
import { resolveConfig } from '../../src/core/config/index.js';
import type { Table } from '../../src/core/report/table.js';

const PEMILU = resolveConfig({});
const BARANG = PEMILU.barang;

const TPS_TABLE: Table = {
  columns: ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'dpt', 'surat_suara_dpr', 'tinta'],
  rows: [
    ['16.74.04.1001', 'Rambang Kapak Tengah', 'Tanjung Rambang', '001', 183, 187, 2],
    ['16.74.04.2003', 'Rambang Kapak Tengah', 'Karya Mulya', '002', 1216, 1241, 2],
    ['16.74.04.2003', 'Rambang Kapak Tengah', '=HYPERLINK("x")', '010', 5, 6, 2],
  ],
};

function only(table: Table, berkas = 'distribusi-tps.csv') {
  const sheets = dataSheets({ berkas, table, lang: 'id', barang: BARANG });
  expect(sheets).toHaveLength(1);
  const first = sheets[0];
  if (!first) throw new Error('no sheet');
  return first;
}

const dataRows = (rows: readonly SheetRow[]) => rows.filter((r) => r.style === 'data').map((r) => r.cells);

describe('dataSheets: cells', () => {
  it('keeps codes and TPS numbers as text and quantities as numbers', () => {
    const { sheet } = only(TPS_TABLE);
    expect(dataRows(sheet.rows)[0]).toEqual(['16.74.04.1001', 'Rambang Kapak Tengah', 'Tanjung Rambang', '001', 183, 187, 2]);
  });

  it('turns a number in a text column into text, and never a string into a number', () => {
    const table: Table = {
      columns: ['kode_kelurahan', 'tps', 'dpt', 'kebutuhan'],
      rows: [[1674041001, 1, '1674011001000001', '007']],
    };
    const [row] = dataRows(only(table, 'x.csv').sheet.rows);
    expect(row).toEqual(['1674041001', '1', '1674011001000001', '007']);
  });

  it('keeps a formula-like text as the text itself (a string cell is never a formula)', () => {
    const row = dataRows(only(TPS_TABLE).sheet.rows)[2];
    expect(row?.[2]).toBe('=HYPERLINK("x")');
  });

  it('shows a control character a workbook cannot hold as U+FFFD, never drops it', () => {
    const table: Table = { columns: ['kode_kelurahan', 'kelurahan'], rows: [['16.74.04.1001', 'Desa\u0000Baru\u0007\tx\r\n']] };
    expect(dataRows(only(table, 'x.csv').sheet.rows)[0]?.[1]).toBe('Desa\uFFFDBaru\uFFFD\tx\r\n');
  });

  it('an empty CSV cell is an empty cell', () => {
    const table: Table = { columns: ['kode_barang', 'varian', 'jumlah'], rows: [['tinta', '', 8]] };
    expect(dataRows(only(table, 'pengadaan.csv').sheet.rows)[0]).toEqual(['tinta', null, 8]);
  });

  it('the header is readable titles with units from the config', () => {
    const header = only(TPS_TABLE).sheet.rows[0];
    expect(header?.style).toBe('header');
    expect(header?.cells).toEqual(['Kode kelurahan/desa', 'Kecamatan', 'Kelurahan/desa', 'TPS', 'DPT (pemilih)', 'Surat suara DPR (lembar)', 'Tinta (40 ml) (botol)']);
    const en = dataSheets({ berkas: 'distribusi-tps.csv', table: TPS_TABLE, lang: 'en', barang: BARANG })[0]?.sheet.rows[0]?.cells;
    expect(en?.[4]).toBe('Registered voters (DPT) (voters)');
  });

  it('freezes the header and filters the data rows only', () => {
    const { sheet } = only(TPS_TABLE);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.filterTo).toBe(4); // header + 3 data rows; the totals row stays out of sorting
    expect(sheet.name).toBe('distribusi-tps');
  });
});

describe('dataSheets: totals', () => {
  it('adds up every quantity column of a distribution file, labelled in the first text column', () => {
    const { sheet } = only(TPS_TABLE);
    const total = sheet.rows.at(-1);
    expect(total?.style).toBe('total');
    expect(total?.cells).toEqual(['JUMLAH', null, null, null, 183 + 1216 + 5, 187 + 1241 + 6, 6]);
  });

  it('says TOTAL in English', () => {
    const total = dataSheets({ berkas: 'distribusi-tps.csv', table: TPS_TABLE, lang: 'en', barang: BARANG })[0]?.sheet.rows.at(-1);
    expect(total?.cells[0]).toBe('TOTAL');
  });

  it('has none where rows mix units (pengadaan, validasi) or the file is unknown', () => {
    const pengadaan: Table = { columns: ['kode_barang', 'satuan', 'jumlah'], rows: [['tinta', 'botol', 8], ['bilik_suara', 'buah', 16]] };
    expect(only(pengadaan, 'pengadaan.csv').sheet.rows.some((r) => r.style === 'total')).toBe(false);
    const validasi: Table = { columns: ['berkas', 'baris', 'kolom', 'kode', 'tingkat', 'pesan'], rows: [['a.csv', 2, 'nik', 'nik-format', 'galat', 'x']] };
    expect(only(validasi, 'validasi.csv').sheet.rows.some((r) => r.style === 'total')).toBe(false);
    expect(only(TPS_TABLE, 'lain.csv').sheet.rows.some((r) => r.style === 'total')).toBe(false);
  });

  it('adds only the columns a file names (pemusnahan: rusak, kelebihan, dimusnahkan)', () => {
    const table: Table = { columns: ['kode_barang', 'nama_barang', 'varian', 'rusak', 'kelebihan', 'dimusnahkan'], rows: [['surat_suara_dpr', 'DPR', 'Dapil 1', 3, 4, 7], ['surat_suara_dpd', 'DPD', '', 1, 0, 1]] };
    expect(only(table, 'pemusnahan.csv').sheet.rows.at(-1)?.cells).toEqual(['JUMLAH', null, null, 4, 4, 8]);
  });

  it('equals the column sums for any table (property)', () => {
    const row = fc.tuple(fc.stringMatching(/^[0-9]{2}\.[0-9]{2}$/), fc.nat(1_000_000), fc.nat(1_000_000));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const table: Table = { columns: ['kode_kecamatan', 'dpt', 'tinta'], rows };
        const total = only(table, 'distribusi-kecamatan.csv').sheet.rows.at(-1)?.cells;
        expect(total?.[1]).toBe(rows.reduce((s, r) => s + r[1], 0));
        expect(total?.[2]).toBe(rows.reduce((s, r) => s + r[2], 0));
      }),
    );
  });
});

describe('dataSheets: longer than a sheet', () => {
  const long: Table = { columns: ['kode_kecamatan', 'dpt'], rows: Array.from({ length: 7 }, (_, i) => [`16.74.0${i}`, i + 1]) };

  it('continues on more sheets and leaves no row out; the totals close the last part', () => {
    const sheets = dataSheets({ berkas: 'distribusi-kecamatan.csv', table: long, lang: 'id', barang: [], maxRows: 5 });
    expect(sheets.map((s) => s.sheet.name)).toEqual(['distribusi-kecamatan', 'distribusi-kecamatan (2)', 'distribusi-kecamatan (3)']);
    expect(sheets.map((s) => [s.part, s.parts, s.dataRows])).toEqual([[1, 3, 3], [2, 3, 3], [3, 3, 1]]);
    expect(sheets.flatMap((s) => dataRows(s.sheet.rows))).toEqual(long.rows);
    for (const s of sheets) {
      expect(s.sheet.rows[0]?.style).toBe('header');
      expect(s.sheet.rows.length).toBeLessThanOrEqual(5);
    }
    expect(sheets[2]?.sheet.rows.at(-1)?.cells).toEqual(['JUMLAH', 28]);
    expect(sheets[0]?.sheet.rows.some((r) => r.style === 'total')).toBe(false);
  });

  it('an empty table is one sheet with its header (and a zero total)', () => {
    const sheets = dataSheets({ berkas: 'distribusi-kecamatan.csv', table: { columns: ['kode_kecamatan', 'dpt'], rows: [] }, lang: 'id', barang: [] });
    expect(sheets).toHaveLength(1);
    expect(sheets[0]?.sheet.rows.map((r) => r.style)).toEqual(['header', 'total']);
    expect(sheets[0]?.sheet.filterTo).toBeNull();
  });
});

describe('widths and wrapping', () => {
  it('fits the widest cell, counts the thousands separators, and stays within bounds', () => {
    const rows: SheetRow[] = [
      { style: 'header', cells: ['A', 'a very long header that should wrap rather than widen'] },
      { style: 'data', cells: ['16.74.04.1001', 1234567] },
      { style: 'data', cells: ['x'.repeat(500), 1] },
      { style: 'title', cells: ['a title runs over the empty cells beside it and is not measured'] },
    ];
    const [a, b] = fitWidths(rows, 2);
    expect(a).toBe(75); // capped
    expect(b).toBeGreaterThanOrEqual('1.234.567'.length + 2);
    expect(b).toBeLessThan('a very long header that should wrap rather than widen'.length);
    expect(fitWidths([{ style: 'data', cells: [null] }], 1)).toEqual([6]);
  });

  it('ignores the overflowing last cell of a row', () => {
    expect(fitWidths([{ style: 'data', cells: ['ab', 'x'.repeat(70)], overflow: true }], 2)).toEqual([6, 6]);
  });

  it('counts wrapped header lines by words', () => {
    expect(wrappedLines(['DPT', 'Jumlah (kebutuhan + cadangan + tambahan)'], [8, 24])).toBe(2);
    expect(wrappedLines(['abc'], [20])).toBe(1);
    expect(wrappedLines(['x'.repeat(30)], [12])).toBe(3); // a long word breaks inside
    expect(wrappedLines([5, null], [6, 6])).toBe(1);
  });
});
