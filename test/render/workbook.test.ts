/**
 * The workbook model (issue 14.3): the explaining sheet first, built from any command's
 * ringkasan.json by key, then one sheet per CSV in reading order.
 */
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/core/render/workbook.js';
import type { SheetModel } from '../../src/core/render/sheet.js';
import type { Table } from '../../src/core/report/table.js';

const SHA = (c: string): string => c.repeat(64);

const RINGKASAN = {
  versi_format: 1,
  alat: { nama: 'logistik', versi: '0.1.0' },
  preset: 'pemilu-2024',
  konfigurasi_sha256: SHA('a'),
  masukan: [
    { berkas: 'dpt/a.csv', sha256: SHA('b'), jenis: 'pemilih', baris_data: 1200, dihitung: 1190, ditolak: 10 },
    { berkas: 'dpt/b.csv.gz', sha256: SHA('c'), jenis: 'rekap', baris_data: 4, dihitung: 4, ditolak: 0 },
  ],
  jumlah: { kecamatan: 1, kelurahan: 2, tps: 4, pemilih: 1194 },
  masalah: { galat: 10, peringatan: 2 },
  keluaran: [{ berkas: 'pengadaan.csv', sha256: SHA('d') }],
};

const table = (columns: string[], rows: (string | number)[][] = []): Table => ({ columns, rows });

const TABLES = [
  { berkas: 'validasi.csv', table: table(['berkas', 'baris', 'kolom', 'kode', 'tingkat', 'pesan'], [['dpt/a.csv', 3, 'nik', 'nik-format', 'galat', 'x']]) },
  { berkas: 'distribusi-tps.csv', table: table(['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'dpt'], [['16.74.04.1001', 'K', 'D', '001', 5]]) },
  { berkas: 'pengadaan.csv', table: table(['kode_barang', 'jumlah'], [['tinta', 8]]) },
  { berkas: 'zz-lain.csv', table: table(['kode_barang']) },
  { berkas: 'distribusi-kecamatan.csv', table: table(['kode_kecamatan', 'dpt']) },
];

/** Rows of a sheet as plain arrays, for finding values. */
const cells = (sheet: SheetModel | undefined) => (sheet?.rows ?? []).map((r) => r.cells);
const rowStarting = (sheet: SheetModel | undefined, first: string) => cells(sheet).find((c) => c[0] === first);

describe('buildWorkbook', () => {
  const wb = buildWorkbook({ perintah: 'hitung', ringkasan: RINGKASAN, tables: TABLES, barang: [], lang: 'id' });
  const first = wb.sheets[0];

  it('puts the explaining sheet first and the CSV sheets in reading order, unknown files last', () => {
    expect(wb.sheets.map((s) => s.name)).toEqual(['keterangan', 'pengadaan', 'distribusi-kecamatan', 'distribusi-tps', 'validasi', 'zz-lain']);
    expect(wb.title).toBe('Buku kerja logistik hitung');
  });

  it('says the command, tool version, preset and the resolved config digest', () => {
    expect(rowStarting(first, 'Perintah')).toEqual(['Perintah', 'hitung']);
    expect(rowStarting(first, 'Alat dan versi')).toEqual(['Alat dan versi', 'logistik 0.1.0']);
    expect(rowStarting(first, 'Preset')).toEqual(['Preset', 'pemilu-2024']);
    expect(rowStarting(first, 'SHA-256 konfigurasi terselesaikan')).toEqual(['SHA-256 konfigurasi terselesaikan', SHA('a')]);
    expect(rowStarting(first, 'Pemilih')).toEqual(['Pemilih', 1194]);
    expect(rowStarting(first, 'Masalah: galat')).toEqual(['Masalah: galat', 10]);
  });

  it('lists every input with its SHA-256 and counts', () => {
    expect(rowStarting(first, 'dpt/a.csv')).toEqual(['dpt/a.csv', SHA('b'), 'masukan (pemilih)', 1200, 1190, 10]);
    expect(rowStarting(first, 'dpt/b.csv.gz')).toEqual(['dpt/b.csv.gz', SHA('c'), 'masukan (rekap)', 4, 4, 0]);
  });

  it('lists what each sheet holds, with its CSV and row count', () => {
    const row = cells(first).find((c) => c[0] === 'distribusi-tps' && c[1] === 'distribusi-tps.csv');
    expect(row?.slice(0, 3)).toEqual(['distribusi-tps', 'distribusi-tps.csv', 1]);
    expect(row?.[3]).toMatch(/^Satu baris per TPS/);
  });

  it('maps every title back to its CSV column', () => {
    expect(cells(first).find((c) => c[0] === 'kode_kelurahan')).toEqual(['kode_kelurahan', 'Kode kelurahan/desa', null, 'distribusi-tps']);
    expect(cells(first).find((c) => c[0] === 'dpt')).toEqual(['dpt', 'DPT', 'pemilih', 'distribusi-kecamatan, distribusi-tps']);
  });

  it('never lists the outputs (keluaran cannot hold the workbook’s own digest)', () => {
    expect(JSON.stringify(cells(first))).not.toContain(SHA('d'));
  });

  it('has no frozen rows or filter on the explaining sheet', () => {
    expect(first?.frozenRows).toBe(0);
    expect(first?.filterTo).toBeNull();
  });

  it('shows the config file, the dapil mapping and the command when the summary records them (later commands, audit keys)', () => {
    const more = { ...RINGKASAN, perintah: 'terima', waktu: '2024-02-01T00:00:00.000Z', konfigurasi: { berkas: 'logistik.config.json', sha256: SHA('e') }, dapil: { berkas: 'dapil.csv', sha256: SHA('f') } };
    const sheet = buildWorkbook({ perintah: 'hitung', ringkasan: more, tables: [], barang: [], lang: 'id' }).sheets[0];
    expect(rowStarting(sheet, 'Perintah')).toEqual(['Perintah', 'terima']);
    expect(rowStarting(sheet, 'logistik.config.json')).toEqual(['logistik.config.json', SHA('e'), 'konfigurasi (-c)']);
    expect(rowStarting(sheet, 'dapil.csv')).toEqual(['dapil.csv', SHA('f'), 'pemetaan dapil (--dapil)']);
    expect(rowStarting(sheet, 'Waktu (SOURCE_DATE_EPOCH)')?.[1]).toBe('2024-02-01T00:00:00.000Z');
  });

  it('leaves out what a summary does not have (no preset, no jumlah) instead of showing blanks', () => {
    const sheet = buildWorkbook({ perintah: 'kemas', ringkasan: { alat: RINGKASAN.alat, masukan: [] }, tables: [], barang: [], lang: 'en' }).sheets[0];
    expect(sheet?.name).toBe('about');
    expect(rowStarting(sheet, 'Preset')).toBeUndefined();
    expect(rowStarting(sheet, 'Command')).toEqual(['Command', 'kemas']);
  });

  it('names the parts of a table longer than a sheet', () => {
    const long = { berkas: 'distribusi-kecamatan.csv', table: table(['kode_kecamatan', 'dpt'], [['a', 1], ['b', 2], ['c', 3]]) };
    const parts = buildWorkbook({ perintah: 'hitung', ringkasan: RINGKASAN, tables: [long], barang: [], lang: 'id', maxRows: 3 });
    expect(parts.sheets.map((s) => s.name)).toEqual(['keterangan', 'distribusi-kecamatan', 'distribusi-kecamatan (2)', 'distribusi-kecamatan (3)']);
    expect(cells(parts.sheets[0]).find((c) => c[0] === 'distribusi-kecamatan (3)')?.[3]).toMatch(/\(bagian 3 dari 3\)$/);
  });

  it('works the same for terima and kemas: their files get titles, reading order and totals where sums mean something', () => {
    const terima = buildWorkbook({
      perintah: 'terima',
      ringkasan: { perintah: 'terima', alat: RINGKASAN.alat, masukan: [{ berkas: 'penerimaan.csv', sha256: SHA('b') }] },
      tables: [
        { berkas: 'pemusnahan.csv', table: table(['kode_barang', 'nama_barang', 'varian', 'rusak', 'kelebihan', 'dimusnahkan'], [['surat_suara_dpr', 'DPR', 'Dapil 1', 3, 4, 7], ['surat_suara_dpd', 'DPD', '', 1, 0, 1]]) },
        { berkas: 'rekonsiliasi.csv', table: table(['kode_barang', 'nama_barang', 'varian', 'jumlah', 'status'], [['tinta', 'Tinta', '', 8, 'lengkap']]) },
        { berkas: 'koli-kabkota.csv', table: table(['kode_barang', 'varian', 'jumlah', 'koli_penuh', 'sisa_lembar', 'koli_psu'], [['surat_suara_dpr', '', 4500, 2, 500, 1], ['surat_suara_dpd', '', 2000, 1, 0, 1]]) },
      ],
      barang: [],
      lang: 'id',
    });
    expect(terima.sheets.map((s) => s.name)).toEqual(['keterangan', 'rekonsiliasi', 'pemusnahan', 'koli-kabkota']);
    expect(cells(terima.sheets[1])[0]).toEqual(['Kode barang', 'Nama barang', 'Varian (dapil)', 'Jumlah menurut manifes', 'Status']);
    expect(terima.sheets[1]?.rows.some((r) => r.style === 'total')).toBe(false);
    expect(cells(terima.sheets[2]).at(-1)).toEqual(['JUMLAH', null, null, 4, 4, 8]);
    expect(cells(terima.sheets[3]).at(-1)).toEqual(['JUMLAH', null, null, 3, null, 2]);
    expect(rowStarting(terima.sheets[0], 'penerimaan.csv')?.slice(0, 3)).toEqual(['penerimaan.csv', SHA('b'), 'masukan']);
  });
});
