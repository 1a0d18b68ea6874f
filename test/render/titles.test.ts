/**
 * The one catalogue of column titles (issue 14.3, shared with `cetak`): every column of every
 * output file has an Indonesian and an English title, item columns take the config's name and unit,
 * and a column the tool writes without a title fails here rather than reaching a sheet as a code.
 */
import { describe, expect, it } from 'vitest';
import { columnTitle, COLUMN_TITLES, FILE_COLUMN_TITLES, headerText } from '../../src/core/render/titles.js';
import { OUTPUT_FILES, outputFileSpec } from '../../src/core/render/output-files.js';
import { computeManifests, type DapilMapping } from '../../src/core/compute/index.js';
import { resolveConfig, type ResolvedConfig } from '../../src/core/config/index.js';
import { validasiTable } from '../../src/core/report/validasi.js';
import type { TpsCount } from '../../src/core/types.js';
import { PEMETAAN_COLUMNS, PENEMPATAN_COLUMNS, SELISIH_COLUMNS, USULAN_COLUMNS } from '../../src/core/petakan/index.js';

const PEMILU = resolveConfig({});
const PILKADA = resolveConfig({ preset: 'pilkada-2024' });
const OWN_ITEM = resolveConfig({ config: { extends: 'pemilu-2024', barang: [{ kode: 'payung', nama: 'Payung', satuan: 'buah', alokasi: [{ tingkat: 'tps', basis: 'tps', rasio: 1 }] }] } });

const tps = (kode: string, no: string, dpt: number): TpsCount => ({ kodeKelurahan: kode, kecamatan: 'Kec', kelurahan: 'Kel', tps: no, dpt });
const ROLL = [tps('16.74.04.1001', '001', 250), tps('16.74.04.2003', '002', 198), tps('31.01.01.1001', '001', 300)];

/** The tables hitung writes for a config, as [file name, columns]. */
function hitungColumns(config: ResolvedConfig, dapil: DapilMapping | null = null): [string, readonly string[]][] {
  const m = computeManifests(ROLL, config, dapil);
  return [
    ['pengadaan.csv', m.pengadaan.columns],
    ['distribusi-tps.csv', m.distribusiTps.columns],
    ['distribusi-kelurahan.csv', m.distribusiKelurahan.columns],
    ['distribusi-kecamatan.csv', m.distribusiKecamatan.columns],
    ['validasi.csv', validasiTable([], 'id').columns],
  ];
}

describe('titles: every output column has one', () => {
  it('covers every column of every file in the contract, in both languages', () => {
    const missing: string[] = [];
    for (const spec of OUTPUT_FILES) {
      for (const kolom of spec.kolom) {
        for (const lang of ['id', 'en'] as const) {
          const title = columnTitle(kolom, lang, { berkas: spec.berkas });
          if (!title || title.judul.trim() === '') missing.push(`${spec.berkas}: ${kolom} (${lang})`);
        }
      }
    }
    expect(missing).toEqual([]);
    // hitung, validasi, terima, kemas and petakan are all there (the scan is not vacuous)
    expect(new Set(OUTPUT_FILES.flatMap((f) => f.perintah))).toEqual(new Set(['hitung', 'validasi', 'terima', 'kemas', 'petakan']));
    expect(OUTPUT_FILES.length).toBeGreaterThanOrEqual(19);
  });

  it.each([
    ['pemilu-2024', PEMILU],
    ['pilkada-2024', PILKADA],
    ['a config with its own item', OWN_ITEM],
  ])('covers every column hitung writes with %s', (_name, config) => {
    const missing: string[] = [];
    for (const [berkas, columns] of hitungColumns(config)) {
      expect(outputFileSpec(berkas), berkas).toBeDefined();
      for (const kolom of columns) {
        if (!columnTitle(kolom, 'id', { berkas, barang: config.barang })) missing.push(`${berkas}: ${kolom}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('covers every column petakan writes, and its lists are the catalogue’s own', () => {
    const written: [string, readonly string[]][] = [
      ['usulan-tps.csv', USULAN_COLUMNS],
      ['pemetaan-kelurahan.csv', PEMETAAN_COLUMNS],
      ['rekap-tps.csv', ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'dpt']],
      ['penempatan.csv', PENEMPATAN_COLUMNS],
      ['selisih-barang.csv', SELISIH_COLUMNS],
    ];
    for (const [berkas, columns] of written) {
      expect(outputFileSpec(berkas)?.kolom, berkas).toEqual(columns);
      for (const kolom of columns) expect(columnTitle(kolom, 'id', { berkas }), `${berkas}: ${kolom}`).not.toBeNull();
    }
  });

  it('the fixed columns hitung writes are the catalogue’s own list, in its order', () => {
    for (const [berkas, columns] of hitungColumns(PEMILU)) {
      const spec = outputFileSpec(berkas);
      expect(columns.slice(0, spec?.kolom.length), berkas).toEqual(spec?.kolom);
    }
  });

  it('per-file titles only narrow names that exist across files', () => {
    for (const [berkas, own] of Object.entries(FILE_COLUMN_TITLES)) {
      expect(outputFileSpec(berkas), berkas).toBeDefined();
      for (const kolom of Object.keys(own)) {
        expect(COLUMN_TITLES[kolom], `${berkas}: ${kolom}`).toBeDefined();
        expect(outputFileSpec(berkas)?.kolom, `${berkas}: ${kolom}`).toContain(kolom);
      }
    }
  });

  it('totals rows add up only quantity columns the file has', () => {
    for (const spec of OUTPUT_FILES) {
      if (!Array.isArray(spec.total)) continue;
      for (const kolom of spec.total as readonly string[]) {
        expect(spec.kolom, spec.berkas).toContain(kolom);
        expect(columnTitle(kolom, 'id', { berkas: spec.berkas })?.jenis, `${spec.berkas}: ${kolom}`).toBe('jumlah');
      }
    }
  });
});

describe('titles: what they say', () => {
  it('codes and names are text; quantities sum; pack sizes and lines do not', () => {
    for (const kolom of ['kode_kelurahan', 'kode_kecamatan', 'kode_kabkota', 'tps', 'varian', 'kode_barang', 'status']) {
      expect(columnTitle(kolom, 'id')?.jenis, kolom).toBe('teks');
    }
    for (const kolom of ['dpt', 'jumlah', 'kebutuhan', 'cadangan', 'jumlah_tps', 'koli_penuh']) expect(columnTitle(kolom, 'id')?.jenis, kolom).toBe('jumlah');
    for (const kolom of ['isi_kemasan', 'baris', 'selisih']) expect(columnTitle(kolom, 'id')?.jenis, kolom).toBe('angka');
  });

  it('an item column is the config item’s name and unit (English units for the presets’ words)', () => {
    expect(columnTitle('surat_suara_dpr', 'id', { barang: PEMILU.barang })).toEqual({ kolom: 'surat_suara_dpr', judul: 'Surat suara DPR', satuan: 'lembar', jenis: 'jumlah' });
    expect(columnTitle('tinta', 'en', { barang: PEMILU.barang })).toEqual({ kolom: 'tinta', judul: 'Tinta (40 ml)', satuan: 'bottles', jenis: 'jumlah' });
    expect(columnTitle('payung', 'id', { barang: OWN_ITEM.barang })?.judul).toBe('Payung');
    // without the config an item code is unknown: the sheet cannot guess a name
    expect(columnTitle('payung', 'id')).toBeNull();
  });

  it('a dapil column names its ballot type, a config’s own jenis by its name', () => {
    expect(columnTitle('dapil_dprd_kabkota', 'id')).toMatchObject({ judul: 'Dapil DPRD Kab/Kota', jenis: 'teks' });
    expect(columnTitle('dapil_dpr', 'en')?.judul).toBe('Dapil DPR');
    expect(columnTitle('dapil_dprd_kota_x', 'id')?.judul).toBe('Dapil dprd_kota_x');
  });

  it('a name that means more in one file gets that file’s title', () => {
    expect(columnTitle('jumlah', 'id')?.judul).toBe('Jumlah');
    expect(columnTitle('jumlah', 'id', { berkas: 'rekonsiliasi.csv' })?.judul).toBe('Jumlah menurut manifes');
    expect(columnTitle('dpt', 'id', { berkas: 'pengadaan.csv' })?.judul).toBe('DPT yang dilayani');
  });

  it('the header line adds the unit in brackets', () => {
    expect(headerText({ kolom: 'dpt', judul: 'DPT', satuan: 'pemilih', jenis: 'jumlah' })).toBe('DPT (pemilih)');
    expect(headerText({ kolom: 'tps', judul: 'TPS', satuan: null, jenis: 'teks' })).toBe('TPS');
  });

  it('an unknown column has no title (null), never a made-up one', () => {
    expect(columnTitle('kolom_baru', 'id')).toBeNull();
  });
});
