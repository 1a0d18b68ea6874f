/**
 * packManifest on small manifests written by hand, so that every number below can be checked on
 * paper: TPS rows, the PPS and PPK shares a handover adds, variants, and a manifest that does not
 * add up.
 */
import { describe, expect, test } from 'vitest';
import { resolveConfig } from '../../src/core/config/index.js';
import { packManifest, type KemasManifest, type TpsRow } from '../../src/core/kemas/index.js';

const PRESET_ITEMS = ['surat_suara_ppwp', 'surat_suara_dpd', 'surat_suara_dprd_prov', 'surat_suara_dprd_kabkota', 'bilik_suara', 'segel_plastik', 'segel_stiker', 'template_braille', 'daftar_calon'];

/** Pemilu with three items left (DPR ballots by dapil, ink, boxes with 2 per PPK) and forms held by each PPS. */
const CONFIG = resolveConfig({
  config: {
    barang: [
      ...PRESET_ITEMS.map((kode) => ({ kode, hapus: true as const })),
      { kode: 'formulir', nama: 'Formulir', satuan: 'set', alokasi: [{ tingkat: 'pps', basis: 'pps', rasio: 3 }] },
    ],
    kemas: { barang: [{ kode: 'formulir', wadah: 'map_pps' }] },
  },
});

const tps = (kodeKelurahan: string, kecamatan: string, kelurahan: string, no: string, dpr: number, dapil: string, baris: number): TpsRow => ({
  baris, kodeKelurahan, kecamatan, kelurahan, tps: no,
  barang: { surat_suara_dpr: dpr, kotak_suara: 5, tinta: 2 },
  dapil: { dpr: dapil },
});

const TPS = [
  tps('16.74.01.1001', 'Barat', 'Prabumulih', '001', 171, 'SUMSEL II', 2),
  tps('16.74.01.1001', 'Barat', 'Prabumulih', '002', 178, 'SUMSEL II', 3),
  tps('16.74.02.2001', 'Timur', 'Gunung Ibul', '001', 41, 'SUMSEL II', 4),
];

/** A consistent manifest of those TPS: kelurahan = TPS + 3 forms, kecamatan = kelurahan + 2 boxes. */
function manifest(rows: readonly TpsRow[] = TPS): KemasManifest {
  const sum = (rs: readonly TpsRow[], kode: string): number => rs.reduce((s, r) => s + (r.barang[kode] ?? 0), 0);
  const kels = [...new Set(rows.map((r) => r.kodeKelurahan))].map((kode, i) => {
    const members = rows.filter((r) => r.kodeKelurahan === kode);
    const first = members[0] as TpsRow;
    return { baris: i + 2, kodeKelurahan: kode, kecamatan: first.kecamatan, kelurahan: first.kelurahan, barang: { surat_suara_dpr: sum(members, 'surat_suara_dpr'), kotak_suara: sum(members, 'kotak_suara'), tinta: sum(members, 'tinta'), formulir: 3 } };
  });
  const kecs = [...new Set(rows.map((r) => r.kodeKelurahan.slice(0, 8)))].map((kode, i) => {
    const members = rows.filter((r) => r.kodeKelurahan.startsWith(kode));
    const pps = kels.filter((k) => k.kodeKelurahan.startsWith(kode)).length;
    return { baris: i + 2, kodeKecamatan: kode, kecamatan: (members[0] as TpsRow).kecamatan, barang: { surat_suara_dpr: sum(members, 'surat_suara_dpr'), kotak_suara: sum(members, 'kotak_suara') + 2, tinta: sum(members, 'tinta'), formulir: 3 * pps } };
  });
  const row = (kodeBarang: string, varian: string, diTps: number, diPps: number, diPpk: number, tambahan: number, baris: number) => {
    const jumlah = diTps + diPps + diPpk + tambahan;
    return { baris, kodeBarang, varian, tambahan, jumlah, jumlahPengadaan: jumlah, diTps, diPps, diPpk };
  };
  return {
    folder: 'manifest',
    pengadaan: [
      row('surat_suara_dpr', 'SUMSEL II', sum(rows, 'surat_suara_dpr'), 0, 0, 1000, 2),
      row('kotak_suara', '', sum(rows, 'kotak_suara'), 0, 2 * kecs.length, 0, 3),
      row('tinta', '', sum(rows, 'tinta'), 0, 0, 0, 4),
      row('formulir', '', 0, 3 * kels.length, 0, 0, 5),
    ],
    tps: { barang: ['surat_suara_dpr', 'kotak_suara', 'tinta'], rows },
    kelurahan: { barang: ['surat_suara_dpr', 'kotak_suara', 'tinta', 'formulir'], rows: kels },
    kecamatan: { barang: ['surat_suara_dpr', 'kotak_suara', 'tinta', 'formulir'], rows: kecs },
  };
}

describe('packManifest: a consistent manifest', () => {
  const r = packManifest(manifest(), CONFIG);
  const tables = r.tables;
  if (tables === null) throw new Error('expected tables');

  test('kemas-tps.csv: one row per TPS, container and item, ballots in bundles of 20 with their dapil', () => {
    expect(tables.kemasTps.columns.slice(0, 10)).toEqual(['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'wadah', 'kode_barang', 'varian', 'jumlah', 'ikat_penuh', 'sisa']);
    expect(tables.kemasTps.rows.slice(0, 3)).toEqual([
      ['16.74.01.1001', 'Barat', 'Prabumulih', '001', 'kotak_dpr', 'surat_suara_dpr', 'SUMSEL II', 171, 8, 11, 20, 'Surat suara DPR', 'lembar'],
      ['16.74.01.1001', 'Barat', 'Prabumulih', '001', 'lepas', 'kotak_suara', '', 5, '', '', '', 'Kotak suara', 'buah'],
      ['16.74.01.1001', 'Barat', 'Prabumulih', '001', 'perlengkapan_tps', 'tinta', '', 2, '', '', '', 'Tinta (40 ml)', 'botol'],
    ]);
    // 178 = 8 × 20 + 18; 41 = 2 × 20 + 1.
    expect(tables.kemasTps.rows.filter((row) => row[5] === 'surat_suara_dpr').map((row) => row.slice(7, 10))).toEqual([[171, 8, 11], [178, 8, 18], [41, 2, 1]]);
    expect(tables.kemasTps.rows).toHaveLength(9);
  });

  test('serah-terima-pps.csv: TPS plus what the PPS holds (3 forms each)', () => {
    expect(tables.serahTerimaPps.rows.map((row) => row.slice(0, 6))).toEqual([
      ['16.74.01.1001', 'Barat', 'Prabumulih', 'formulir', '', 3],
      ['16.74.01.1001', 'Barat', 'Prabumulih', 'kotak_suara', '', 10],
      ['16.74.01.1001', 'Barat', 'Prabumulih', 'surat_suara_dpr', 'SUMSEL II', 349],
      ['16.74.01.1001', 'Barat', 'Prabumulih', 'tinta', '', 4],
      ['16.74.02.2001', 'Timur', 'Gunung Ibul', 'formulir', '', 3],
      ['16.74.02.2001', 'Timur', 'Gunung Ibul', 'kotak_suara', '', 5],
      ['16.74.02.2001', 'Timur', 'Gunung Ibul', 'surat_suara_dpr', 'SUMSEL II', 41],
      ['16.74.02.2001', 'Timur', 'Gunung Ibul', 'tinta', '', 2],
    ]);
  });

  test('serah-terima-ppk.csv: its PPS plus what the PPK holds (2 boxes each)', () => {
    expect(tables.serahTerimaPpk.rows.map((row) => row.slice(0, 5))).toEqual([
      ['16.74.01', 'Barat', 'formulir', '', 3],
      ['16.74.01', 'Barat', 'kotak_suara', '', 12],
      ['16.74.01', 'Barat', 'surat_suara_dpr', 'SUMSEL II', 349],
      ['16.74.01', 'Barat', 'tinta', '', 4],
      ['16.74.02', 'Timur', 'formulir', '', 3],
      ['16.74.02', 'Timur', 'kotak_suara', '', 7],
      ['16.74.02', 'Timur', 'surat_suara_dpr', 'SUMSEL II', 41],
      ['16.74.02', 'Timur', 'tinta', '', 2],
    ]);
  });

  test('ambil-koli.csv: the PPK\'s whole handover in cartons of 2,000 (ballots only), loose sheets beside', () => {
    expect(tables.ambilKoli.rows.filter((row) => row[2] === 'surat_suara_dpr')).toEqual([
      ['16.74.01', 'Barat', 'surat_suara_dpr', 'SUMSEL II', 349, 0, 349, 2000],
      ['16.74.02', 'Timur', 'surat_suara_dpr', 'SUMSEL II', 41, 0, 41, 2000],
    ]);
    expect(tables.ambilKoli.rows.find((row) => row[2] === 'tinta')).toEqual(['16.74.01', 'Barat', 'tinta', '', 4, '', '', '']);
  });

  test('koli-kabkota.csv: the delivery, PSU stock (1,000) in a carton of its own', () => {
    expect(tables.koliKabkota.rows).toEqual([
      ['formulir', '', 6, '', '', '', '', ''],
      ['kotak_suara', '', 19, '', '', '', '', ''],
      ['surat_suara_dpr', 'SUMSEL II', 1390, 0, 390, 1, 2000, 1000],
      ['tinta', '', 6, '', '', '', '', ''],
    ]);
  });

  test('totals: 3 TPS with two containers each (the DPR box, the equipment lot); cartons and PSU', () => {
    expect(r.totals).toEqual({ kecamatan: 2, kelurahan: 2, tps: 3, wadah: 6, koliPenuh: 0, sisaLembar: 390, lembar: 390, koliPsu: 1, lembarPsu: 1000 });
    expect(r.perKecamatan).toEqual([
      { kodeKecamatan: '16.74.01', kecamatan: 'Barat', koliPenuh: 0, sisaLembar: 349, lembar: 349 },
      { kodeKecamatan: '16.74.02', kecamatan: 'Timur', koliPenuh: 0, sisaLembar: 41, lembar: 41 },
    ]);
    expect(r.issues).toEqual([]);
  });

  test('a TPS with 0 of an item gets no row for it', () => {
    const none = packManifest(manifest([{ ...(TPS[0] as TpsRow), barang: { surat_suara_dpr: 171, kotak_suara: 5, tinta: 0 } }]), CONFIG);
    expect(none.tables?.kemasTps.rows.map((row) => row[5])).toEqual(['surat_suara_dpr', 'kotak_suara']);
  });

  test('the same manifest in another row order gives the same tables', () => {
    const m = manifest();
    expect(packManifest({ ...m, tps: { ...m.tps, rows: [...m.tps.rows].reverse() } }, CONFIG).tables).toEqual(tables);
  });
});

describe('packManifest: a manifest that does not add up packs nothing', () => {
  test('a kelurahan row below its TPS: kemas-share-negative at its line', () => {
    const m = manifest();
    const kels = m.kelurahan.rows.map((k, i) => (i === 0 ? { ...k, barang: { ...k.barang, tinta: 3 } } : k));
    const r = packManifest({ ...m, kelurahan: { ...m.kelurahan, rows: kels } }, CONFIG);
    expect(r.tables).toBeNull();
    expect(r.issues[0]).toMatchObject({ code: 'kemas-share-negative', severity: 'galat', file: 'manifest/distribusi-kelurahan.csv', line: 2, column: 'tinta', params: { jumlah: 3, isi: 4 } });
  });

  test('a distribution file that disagrees with pengadaan.csv: kemas-sums-differ at the pengadaan line', () => {
    const m = manifest();
    const pengadaan = m.pengadaan.map((p) => (p.kodeBarang === 'tinta' ? { ...p, diTps: 7 } : p));
    const r = packManifest({ ...m, pengadaan }, CONFIG);
    expect(r.tables).toBeNull();
    expect(r.issues.map((i) => [i.code, i.file, i.line, i.params.kolom])).toEqual([
      ['kemas-sums-differ', 'manifest/pengadaan.csv', 4, 'di_tps'],
      ['kemas-sums-differ', 'manifest/pengadaan.csv', 4, 'di_tps + di_pps'],
      ['kemas-sums-differ', 'manifest/pengadaan.csv', 4, 'di_tps + di_pps + di_ppk'],
    ]);
  });

  test('a PPK share of a dapil item in a kecamatan of two dapil: kemas-share-variant', () => {
    const rows = [TPS[0] as TpsRow, { ...(TPS[1] as TpsRow), dapil: { dpr: 'SUMSEL I' } }];
    const m = manifest(rows);
    const kecs = m.kecamatan.rows.map((k) => ({ ...k, barang: { ...k.barang, surat_suara_dpr: (k.barang.surat_suara_dpr ?? 0) + 10 } }));
    const r = packManifest({ ...m, kecamatan: { ...m.kecamatan, rows: kecs } }, CONFIG);
    expect(r.issues.find((i) => i.code === 'kemas-share-variant')).toMatchObject({ file: 'manifest/distribusi-kecamatan.csv', line: 2, params: { jumlah: 10, dapil: 'SUMSEL II, SUMSEL I' } });
  });

  test('a PPK share of a dapil item in a kecamatan of one dapil goes to that dapil', () => {
    const m = manifest();
    const kecs = m.kecamatan.rows.map((k, i) => (i === 1 ? { ...k, barang: { ...k.barang, surat_suara_dpr: 51 } } : k));
    const pengadaan = m.pengadaan.map((p) => (p.kodeBarang === 'surat_suara_dpr' ? { ...p, diPpk: 10, jumlah: p.jumlah + 10, jumlahPengadaan: p.jumlah + 10 } : p));
    const r = packManifest({ ...m, pengadaan, kecamatan: { ...m.kecamatan, rows: kecs } }, CONFIG);
    expect(r.issues).toEqual([]);
    expect(r.tables?.serahTerimaPpk.rows.find((row) => row[0] === '16.74.02' && row[2] === 'surat_suara_dpr')?.slice(3, 5)).toEqual(['SUMSEL II', 51]);
  });
});

describe('packManifest: a roll identified by names only', () => {
  test('kelurahan and kecamatan are matched by their names', () => {
    const rows = TPS.map((t) => ({ ...t, kodeKelurahan: '', dapil: { dpr: '' } }));
    const m = manifest(rows);
    const kel = [{ baris: 2, kodeKelurahan: '', kecamatan: 'Barat', kelurahan: 'Prabumulih', barang: { surat_suara_dpr: 349, kotak_suara: 10, tinta: 4, formulir: 3 } }, { baris: 3, kodeKelurahan: '', kecamatan: 'Timur', kelurahan: 'Gunung Ibul', barang: { surat_suara_dpr: 41, kotak_suara: 5, tinta: 2, formulir: 3 } }];
    const kec = [{ baris: 2, kodeKecamatan: '', kecamatan: 'Barat', barang: { surat_suara_dpr: 349, kotak_suara: 12, tinta: 4, formulir: 3 } }, { baris: 3, kodeKecamatan: '', kecamatan: 'Timur', barang: { surat_suara_dpr: 41, kotak_suara: 7, tinta: 2, formulir: 3 } }];
    const pengadaan = m.pengadaan.map((p) => ({ ...p, varian: '', ...(p.kodeBarang === 'formulir' ? { diPps: 6, jumlah: 6, jumlahPengadaan: 6 } : {}), ...(p.kodeBarang === 'kotak_suara' ? { diPpk: 4, jumlah: 19, jumlahPengadaan: 19 } : {}) }));
    const r = packManifest({ ...m, pengadaan, kelurahan: { ...m.kelurahan, rows: kel }, kecamatan: { ...m.kecamatan, rows: kec } }, CONFIG);
    expect(r.issues).toEqual([]);
    expect(r.tables?.serahTerimaPpk.rows.map((row) => row.slice(1, 5))).toContainEqual(['Timur', 'kotak_suara', '', 7]);
  });
});

describe('packManifest: a manifest written with --allow-invalid', () => {
  test('packs what was counted, with one warning naming the rejected rows', () => {
    const r = packManifest({ ...manifest(), recorded: { galat: 3, ditolak: 2 } }, CONFIG);
    expect(r.tables).not.toBeNull();
    expect(r.issues).toEqual([
      { code: 'kemas-manifest-rows-rejected', severity: 'peringatan', file: 'manifest/ringkasan.json', line: null, column: null, params: { folder: 'manifest', galat: 3, ditolak: 2 } },
    ]);
    expect(packManifest({ ...manifest(), recorded: { galat: 0, ditolak: 0 } }, CONFIG).issues).toEqual([]);
  });
});
