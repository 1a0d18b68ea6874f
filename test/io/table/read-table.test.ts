/**
 * The table reader's API as the next commands will use it: the specs below are the contract's
 * `logistik terima` receipt rows and `--tps` KPPS confirmations (contract.md), written here only to
 * show that the reader serves them (terima itself is not built yet).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { mapTableHeader } from '../../../src/core/table/header.js';
import { cell, defineTable, missingColumns } from '../../../src/core/table/spec.js';
import { readTable } from '../../../src/io/table/read-table.js';
import { tmp } from '../helpers.js';

const PENERIMAAN = defineTable({
  columns: ['kode_barang', 'varian', 'tahap', 'tanggal', 'dokumen', 'dikirim', 'diterima', 'rusak', 'keterangan'],
  aliases: { barang: 'kode_barang', dapil: 'varian', no_dokumen: 'dokumen', tgl: 'tanggal' },
  required: ['kode_barang', 'tahap', 'tanggal'],
});

const KONFIRMASI_KPPS = defineTable({
  columns: ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'kode_barang', 'diterima', 'rusak'],
  aliases: { kode_wilayah: 'kode_kelurahan', kode_desa: 'kode_kelurahan', desa: 'kelurahan', no_tps: 'tps', nomor_tps: 'tps' },
  required: [[['kode_kelurahan'], ['kecamatan', 'kelurahan']], 'tps', 'kode_barang', 'diterima', 'rusak'],
});

async function readOne<C extends string>(text: string | Buffer, spec: Parameters<typeof readTable<C>>[1], name = 't.csv') {
  const dir = tmp();
  writeFileSync(join(dir, name), text);
  return readTable([name], spec, dir);
}

describe('table specs', () => {
  it('a choice of column sets is met by any complete set; otherwise the fullest set names its gaps', () => {
    const has = (...c: ('kode_kelurahan' | 'kecamatan' | 'kelurahan' | 'tps' | 'kode_barang' | 'diterima' | 'rusak')[]) => missingColumns(KONFIRMASI_KPPS, new Set(c));
    expect(has('kode_kelurahan', 'tps', 'kode_barang', 'diterima', 'rusak')).toEqual([]);
    expect(has('kecamatan', 'kelurahan', 'tps', 'kode_barang', 'diterima', 'rusak')).toEqual([]);
    expect(has('kecamatan', 'tps', 'kode_barang', 'diterima', 'rusak')).toEqual(['kelurahan']);
    expect(has('tps')).toEqual(['kode_kelurahan', 'kode_barang', 'diterima', 'rusak']);
  });

  it('maps headers with the roll\'s normalisation and issue codes', () => {
    const ok = mapTableHeader(['Kode Barang', 'Dapil', 'TAHAP', 'Tgl', 'Diterima', 'Catatan'], PENERIMAAN, 'p.csv');
    expect(ok.issues).toEqual([]);
    expect([...(ok.layout?.columns ?? [])]).toEqual([
      ['kode_barang', 0],
      ['varian', 1],
      ['tahap', 2],
      ['tanggal', 3],
      ['diterima', 4],
    ]);
    expect(ok.layout?.unknownColumns).toEqual(['Catatan']);
    const bad = mapTableHeader(['kode_barang', 'Barang', '', 'tahap'], PENERIMAAN, 'p.csv', { line: 4 });
    expect(bad.layout).toBeNull();
    expect(bad.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['duplicate-header', 4, 'kode_barang'],
      ['blank-header', 4, null],
      ['missing-column', 4, 'tanggal'],
    ]);
  });

  it('refuses, where it is declared, an alias that could never match or that shadows a column', () => {
    expect(() => defineTable({ columns: ['a', 'b'], aliases: { 'Kode A': 'a' }, required: [] })).toThrow(/bad alias/);
    expect(() => defineTable({ columns: ['a', 'b'], aliases: { b: 'a' }, required: [] })).toThrow(/bad alias/);
  });
});

describe('readTable with the receipt and KPPS specs', () => {
  it('reads receipt rows under title lines: raw cells by canonical column, absent columns undefined, physical lines', async () => {
    const text = 'BERITA ACARA PENERIMAAN LOGISTIK\nKPU KOTA PRABUMULIH\nKode Barang;Dapil;Tahap;Tanggal;Diterima;Rusak\nsurat_suara_dpr;SUMSEL II;terima;2024-01-20; 159891 ;218\nsurat_suara_dpr;SUMSEL II;sortir;2024-01-22;;5\n';
    const r = await readOne(text, PENERIMAAN);
    expect(r.issues).toEqual([]);
    expect(r.files[0]).toMatchObject({ barisJudul: 2, barisData: 2, ditolak: 0, delimiter: ';' });
    expect(r.rows).toEqual([
      { file: 't.csv', line: 4, cells: { kode_barang: 'surat_suara_dpr', varian: 'SUMSEL II', tahap: 'terima', tanggal: '2024-01-20', diterima: ' 159891 ', rusak: '218' } },
      { file: 't.csv', line: 5, cells: { kode_barang: 'surat_suara_dpr', varian: 'SUMSEL II', tahap: 'sortir', tanggal: '2024-01-22', diterima: '', rusak: '5' } },
    ]);
    expect(r.rows[0] && cell(r.rows[0], 'dokumen')).toBe('');
  });

  it('reads KPPS confirmations identified by names instead of a code', async () => {
    const r = await readOne('Kecamatan\tDesa\tNo TPS\tkode_barang\tditerima\trusak\nRambang\tTanjung Rambang\t1\tsurat_suara_dpr\t256\t0\n', KONFIRMASI_KPPS);
    expect(r.issues).toEqual([]);
    expect(r.rows[0]?.cells).toEqual({ kecamatan: 'Rambang', kelurahan: 'Tanjung Rambang', tps: '1', kode_barang: 'surat_suara_dpr', diterima: '256', rusak: '0' });
  });

  it('a roll given where receipts are expected is a missing-column galat and no row is handed on', async () => {
    const r = await readOne('kode_kelurahan,tps,nik\n16.74.01.1001,1,1674010101900001\n', PENERIMAAN);
    expect(r.issues.map((i) => [i.code, i.params['expected']])).toEqual([['missing-column', 'kode_barang, tahap, tanggal']]);
    expect(r.rows).toEqual([]);
    expect(r.files[0]).toMatchObject({ barisData: 1, ditolak: 1 });
  });

  it('several inputs come back in (berkas, line) order whatever order they were given in', async () => {
    const dir = tmp();
    const head = 'kode_barang,tahap,tanggal\n';
    writeFileSync(join(dir, 'b.csv'), `${head}tinta,terima,2024-01-02\n`);
    writeFileSync(join(dir, 'a.csv'), `${head}segel,terima,2024-01-03\n`);
    const r = await readTable(['b.csv', 'a.csv'], PENERIMAAN, dir);
    expect(r.rows.map((row) => [row.file, row.line, row.cells.kode_barang])).toEqual([
      ['a.csv', 2, 'segel'],
      ['b.csv', 2, 'tinta'],
    ]);
    expect(r.files.map((f) => f.berkas)).toEqual(['a.csv', 'b.csv']);
  });

  it('an input given twice is read once; a copy under another name is one galat and none of its rows is handed on', async () => {
    const dir = tmp();
    const body = 'kode_barang,tahap,tanggal\ntinta,terima,2024-01-02\nsegel,terima,2024-01-03\n';
    writeFileSync(join(dir, 'a.csv'), body);
    writeFileSync(join(dir, 'salinan.csv'), body);
    const r = await readTable(['salinan.csv', 'a.csv', 'a.csv'], PENERIMAAN, dir);
    expect(r.rows.map((row) => [row.file, row.line])).toEqual([['a.csv', 2], ['a.csv', 3]]);
    expect(r.issues.map((i) => [i.code, i.severity, i.file, i.params.first])).toEqual([
      ['duplicate-input', 'peringatan', 'a.csv', 'a.csv'],
      ['duplicate-input', 'galat', 'salinan.csv', 'a.csv'],
    ]);
    // baris_data = handed on + ditolak, for the copy too.
    expect(r.files.map((f) => [f.berkas, f.barisData, f.ditolak])).toEqual([['a.csv', 2, 0], ['salinan.csv', 2, 2]]);
  });

  it('standard input with the bytes of a file: the first in code-point order counts, the other is the copy', async () => {
    const dir = tmp();
    const body = 'kode_barang,tahap,tanggal\ntinta,terima,2024-01-02\n';
    writeFileSync(join(dir, 'a.csv'), body);
    const r = await readTable(['a.csv', '-'], PENERIMAAN, dir, { stdin: Readable.from([Buffer.from(body)]) });
    expect(r.rows.map((row) => row.file)).toEqual(['-']);
    expect(r.issues.map((i) => [i.code, i.file, i.params.first])).toEqual([['duplicate-input', 'a.csv', '-']]);
    expect(r.files.map((f) => [f.berkas, f.barisData, f.ditolak])).toEqual([['-', 1, 0], ['a.csv', 1, 1]]);
  });
});
