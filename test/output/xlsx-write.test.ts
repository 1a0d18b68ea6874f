/**
 * The workbook writer (issue 14.3): the model's cells read back with exceljs as they were given
 * (text stays text, numbers stay numbers, no formulas), number and text formats, frozen header,
 * and bytes that depend only on the content and the given time.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { workbookBytes } from '../../src/io/xlsx/write-workbook.js';
import { FIXED_TIME } from '../../src/io/xlsx/reproducible-zip.js';
import { buildWorkbook, type WorkbookModel } from '../../src/core/render/workbook.js';
import { resolveConfig } from '../../src/core/config/index.js';

const MODEL: WorkbookModel = buildWorkbook({
  perintah: 'hitung',
  ringkasan: { alat: { nama: 'logistik', versi: '0.1.0' }, preset: 'pemilu-2024', konfigurasi_sha256: 'a'.repeat(64), masukan: [], masalah: { galat: 0, peringatan: 1234 } },
  tables: [
    {
      berkas: 'distribusi-tps.csv',
      table: {
        columns: ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'dpt', 'tinta'],
        rows: [
          ['16.74.04.1001', 'Rambang Kapak Tengah', '=1+1', '001', 1234567, 2],
          ['16.74.04.2003', '@SUM(A1)', '-Karya Mulya', '010', 5, 2],
        ],
      },
    },
    { berkas: 'pengadaan.csv', table: { columns: ['kode_barang', 'varian', 'jumlah'], rows: [['tinta', '', 4]] } },
  ],
  barang: resolveConfig({}).barang,
  lang: 'id',
});

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe('workbookBytes', () => {
  it('writes every sheet of the model with every cell as given', async () => {
    const wb = await readBack(await workbookBytes(MODEL, FIXED_TIME));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(MODEL.sheets.map((s) => s.name));
    for (const sheet of MODEL.sheets) {
      const ws = wb.getWorksheet(sheet.name);
      sheet.rows.forEach((row, r) => {
        row.cells.forEach((cell, c) => {
          expect(ws?.getCell(r + 1, c + 1).value ?? null, `${sheet.name} ${r + 1}:${c + 1}`).toEqual(cell);
        });
      });
    }
  });

  it('keeps 001 and formula-like text as strings, never formulas', async () => {
    const ws = (await readBack(await workbookBytes(MODEL, FIXED_TIME))).getWorksheet('distribusi-tps');
    expect(ws?.getCell('D2').value).toBe('001');
    expect(ws?.getCell('D2').type).toBe(ExcelJS.ValueType.String);
    for (const ref of ['C2', 'B3', 'C3']) {
      expect(ws?.getCell(ref).type, ref).toBe(ExcelJS.ValueType.String);
      expect(ws?.getCell(ref).formula, ref).toBeUndefined();
    }
    const zip = await JSZip.loadAsync(await workbookBytes(MODEL, FIXED_TIME));
    for (const name of Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/'))) {
      expect(await zip.file(name)?.async('string'), name).not.toContain('<f>');
    }
  });

  it('gives text cells the text format and numbers the grouped number format', async () => {
    const ws = (await readBack(await workbookBytes(MODEL, FIXED_TIME))).getWorksheet('distribusi-tps');
    expect(ws?.getCell('A2').numFmt).toBe('@');
    expect(ws?.getCell('E2').value).toBe(1234567);
    expect(ws?.getCell('E2').numFmt).toBe('#,##0');
    expect(ws?.getCell('A1').font?.bold).toBe(true);
  });

  it('sets a number beside its label on the first sheet left, still a number', async () => {
    const ws = (await readBack(await workbookBytes(MODEL, FIXED_TIME))).getWorksheet('keterangan');
    let found = false;
    ws?.eachRow((row) => {
      if (row.getCell(1).value !== 'Masalah: peringatan') return;
      found = true;
      expect(row.getCell(2).value).toBe(1234);
      expect(row.getCell(2).numFmt).toBe('#,##0');
      expect(row.getCell(2).alignment?.horizontal).toBe('left');
    });
    expect(found).toBe(true);
  });

  it('freezes the header row, filters the data rows, and bolds the totals', async () => {
    const ws = (await readBack(await workbookBytes(MODEL, FIXED_TIME))).getWorksheet('distribusi-tps');
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws?.autoFilter).toBe('A1:F3');
    expect(ws?.getCell('A4').value).toBe('JUMLAH');
    expect(ws?.getCell('E4').value).toBe(1234572);
    expect(ws?.getCell('E4').font?.bold).toBe(true);
    expect(ws?.getColumn(1).width).toBeGreaterThanOrEqual('16.74.04.1001'.length);
  });

  it('prints the sheet name and the page number at the foot of every page, A4 landscape', async () => {
    const wb = await readBack(await workbookBytes(MODEL, FIXED_TIME));
    for (const ws of wb.worksheets) {
      expect(ws.headerFooter.oddFooter, ws.name).toBe('&L&A&RHalaman &P dari &N');
      expect(ws.pageSetup, ws.name).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
    }
    expect(wb.getWorksheet('distribusi-tps')?.pageSetup.printTitlesRow).toBe('1:1');
  });

  it('is the same bytes for the same model and time', async () => {
    const a = await workbookBytes(MODEL, FIXED_TIME);
    const b = await workbookBytes(MODEL, FIXED_TIME);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('puts the given time in the document properties and in every zip entry, and no folder entries', async () => {
    const time = new Date('2024-02-14T07:00:00Z');
    const bytes = await workbookBytes(MODEL, time);
    const zip = await JSZip.loadAsync(bytes);
    for (const entry of Object.values(zip.files)) {
      expect(entry.dir, entry.name).toBe(false);
      expect(entry.date.toISOString(), entry.name).toBe(time.toISOString());
    }
    const core = await zip.file('docProps/core.xml')?.async('string');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-02-14T07:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2024-02-14T07:00:00Z</dcterms:modified>');
    expect(Object.keys(zip.files)[0]).toBe('[Content_Types].xml');
    expect(Buffer.from(bytes).equals(Buffer.from(await workbookBytes(MODEL, FIXED_TIME)))).toBe(false);
  });

  it('lists the zip entries in one fixed order: [Content_Types].xml, then by name, none with a leading /', async () => {
    const names = Object.keys((await JSZip.loadAsync(await workbookBytes(MODEL, FIXED_TIME))).files);
    expect(names[0]).toBe('[Content_Types].xml');
    const rest = names.slice(1);
    expect(rest).toEqual([...rest].sort());
    expect(rest).toContain('xl/workbook.xml');
    expect(names.filter((n) => n.startsWith('/'))).toEqual([]);
  });

  it('without a time uses the fixed date 1980-01-01; a time before 1980 is recorded as 1980 in the zip', async () => {
    expect(FIXED_TIME.toISOString()).toBe('1980-01-01T00:00:00.000Z');
    const zip = await JSZip.loadAsync(await workbookBytes(MODEL, new Date(0)));
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString(), entry.name).toBe('1980-01-01T00:00:00.000Z');
  });
});
