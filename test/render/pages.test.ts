/**
 * The printed pages as pure functions of their rows (issue 14.1), checked without a browser: one
 * section per page the data implies, every number grouped for paper, names and units readable,
 * text escaped, nothing from the clock or the environment, and no script, link or external file.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/core/config/index.js';
import { usulanPage } from '../../src/core/render/pages/usulan.js';
import { pemusnahanPage } from '../../src/core/render/pages/pemusnahan.js';
import { labelCount, labelPage } from '../../src/core/render/pages/label.js';
import { periksaPage } from '../../src/core/render/pages/periksa.js';
import { handoverCount, serahTerimaPage } from '../../src/core/render/pages/serah-terima.js';
import { laporanPage, type LaporanInput } from '../../src/core/render/pages/laporan.js';
import { inferredParts } from '../../src/core/render/pages/laporan-rules.js';
import type { KemasTpsRow, UsulanRow } from '../../src/core/render/pages/rows.js';
import type { Paper } from '../../src/core/render/pages/paper.js';

const ID: Paper = { lang: 'id', generator: 'logistik 0.1.0', waktu: null };
const EN: Paper = { ...ID, lang: 'en' };
const SUMBER = { berkas: 'rekonsiliasi/usulan-pemenuhan.csv', sha256: 'f'.repeat(64) };

const sections = (html: string): number => html.split('<section class="page">').length - 1;

/** Nothing that fetches, runs or names the machine. */
function selfContained(html: string): void {
  // The SVG namespace is a name, not an address anything fetches.
  const bare = html.replaceAll('xmlns="http://www.w3.org/2000/svg"', '');
  expect(bare).not.toMatch(/<script|<link|<img|<iframe|@import|url\((?!#)|https?:\/\//i);
  expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="(id|en)">/);
  expect(html).toContain('@page { size: A4 portrait;');
  expect(html).not.toMatch(/\/work\/|\/tmp\/|\/home\//);
}

const usulan: UsulanRow[] = [
  { pengada: 'kpu_kabkota', kodeBarang: 'tinta', namaBarang: 'Tinta (40 ml)', varian: '', rusak: 3, kurangKirim: 6, kekurangan: 9 },
  { pengada: 'kpu_ri', kodeBarang: 'surat_suara_dpr', namaBarang: 'Surat suara DPR', varian: 'DAPIL <1>', rusak: 1218, kurangKirim: 94, kekurangan: 1312 },
  { pengada: 'kpu_ri', kodeBarang: 'surat_suara_ppwp', namaBarang: 'Surat suara PPWP', varian: '', rusak: 218, kurangKirim: 94, kekurangan: 312 },
];

describe('usulan-pemenuhan.html', () => {
  const items = [{ kode: 'tinta', nama: 'Tinta (40 ml)', satuan: 'botol' }];
  const html = usulanPage(ID, { rows: usulan, items, pemilihan: 'Pemilu 2024', sumber: SUMBER });

  it('a letter and an attachment per pengada, addressed to it', () => {
    selfContained(html);
    expect(sections(html)).toBe(4);
    expect(html).toContain('Ketua KPU Republik Indonesia, melalui Ketua KPU Provinsi');
    expect(html).toContain('Pejabat Pembuat Komitmen KPU Kabupaten/Kota');
    expect(html.indexOf('KPU Kabupaten/Kota</strong>')).toBeLessThan(html.indexOf('KPU Provinsi</strong>'));
  });

  it('numbers grouped for paper; a total only where the rows share a unit', () => {
    expect(html).toContain('<td class="n">1.218</td>');
    expect(html).toContain('<td class="n">1.312</td>');
    // kpu_ri: two ballot rows in sheets → a total of 1.624; kpu_kabkota: one row, no total.
    expect(html).toContain('<td class="n">1.624</td>');
    expect(html.match(/class="total"/g)).toHaveLength(1);
    expect(html).toContain('<td>botol</td>');
    expect(html).toContain('<td>lembar</td>');
  });

  it('cell text is escaped', () => {
    expect(html).toContain('DAPIL &lt;1&gt;');
    expect(html).not.toContain('DAPIL <1>');
  });

  it('English only when asked, with English grouping', () => {
    const en = usulanPage(EN, { rows: usulan, items, pemilihan: null, sumber: SUMBER });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<td class="n">1,218</td>');
    expect(en).toContain('<td>sheets</td>');
    expect(en).not.toContain('Kepada Yth.');
  });

  it('nothing short: one page that says so', () => {
    const empty = usulanPage(ID, { rows: [], items, pemilihan: null, sumber: SUMBER });
    expect(sections(empty)).toBe(1);
    expect(empty).toContain('Tidak ada kekurangan');
  });

  it('the same rows give the same bytes; a time only from SOURCE_DATE_EPOCH', () => {
    expect(usulanPage(ID, { rows: usulan, items, pemilihan: 'Pemilu 2024', sumber: SUMBER })).toBe(html);
    expect(html).not.toMatch(/20[2-9][0-9]-[01][0-9]-[0-3][0-9]T/);
    const timed = usulanPage({ ...ID, waktu: '2024-02-13T00:00:00Z' }, { rows: usulan, items, pemilihan: null, sumber: SUMBER });
    expect(timed).toContain('2024-02-13T00:00:00Z');
  });
});

describe('berita-acara-pemusnahan.html', () => {
  const rows = [
    { kodeBarang: 'surat_suara_dpr', namaBarang: 'Surat suara DPR', varian: '', rusak: 218, kelebihan: 12, dimusnahkan: 230 },
    { kodeBarang: 'surat_suara_ppwp', namaBarang: 'Surat suara PPWP', varian: '', rusak: 1000, kelebihan: 0, dimusnahkan: 1000 },
  ];

  it('one document with the totals in sheets and the witnesses KPU, Bawaslu and Polri', () => {
    const html = pemusnahanPage(ID, { rows, pemilihan: 'Pemilu 2024', sumber: SUMBER });
    selfContained(html);
    expect(sections(html)).toBe(1);
    expect(html).toContain('<td class="n">1.218</td>');
    expect(html).toContain('<td class="n">1.230</td>');
    for (const w of ['Ketua KPU Kabupaten/Kota', 'Bawaslu Kabupaten/Kota', 'Kepolisian Resor (Polri)']) expect(html).toContain(w);
    expect(html).toContain('Dimusnahkan (lembar)');
  });

  it('nothing to destroy: minutes that say so ("nihil")', () => {
    const html = pemusnahanPage(ID, { rows: [], pemilihan: null, sumber: SUMBER });
    expect(html).toContain('Nihil.');
    expect(html).not.toContain('<table><colgroup>');
  });
});

function kemasRow(tps: string, wadah: string, kode: string, jumlah: number, varian = ''): KemasTpsRow {
  const ballot = kode.startsWith('surat_suara_');
  return { kodeKelurahan: '31.01.01.1001', kecamatan: 'Kepulauan Seribu Utara', kelurahan: 'Pulau Panggang', tps, wadah, kodeBarang: kode, varian, jumlah, ikatPenuh: ballot ? Math.floor(jumlah / 20) : null, sisa: ballot ? jumlah % 20 : null };
}

const KEMAS: KemasTpsRow[] = [
  kemasRow('001', 'kotak_dpr', 'surat_suara_dpr', 1298, 'DKI JAKARTA III'),
  kemasRow('001', 'kotak_ppwp', 'surat_suara_ppwp', 298),
  kemasRow('001', 'lepas', 'kotak_suara', 4),
  kemasRow('001', 'perlengkapan_tps', 'segel_plastik', 10),
  kemasRow('001', 'perlengkapan_tps', 'tinta', 2),
  kemasRow('002', 'kotak_ppwp', 'surat_suara_ppwp', 291),
  kemasRow('002', 'lepas', 'bilik_suara', 4),
];
const ITEMS = [
  { kode: 'surat_suara_ppwp', nama: 'Surat suara PPWP (Presiden dan Wakil Presiden)', satuan: 'lembar' },
  { kode: 'surat_suara_dpr', nama: 'Surat suara DPR', satuan: 'lembar' },
  { kode: 'tinta', nama: 'Tinta (40 ml)', satuan: 'botol' },
];

describe('label-kotak.html', () => {
  const html = labelPage(ID, { rows: KEMAS, items: ITEMS, pemilihan: 'Pemilu 2024', sumber: SUMBER });

  it('one label per TPS and container; loose items get none', () => {
    selfContained(html);
    expect(labelCount(KEMAS)).toBe(4);
    expect(html.match(/<div class="label">/g)).toHaveLength(4);
    expect(html).not.toContain('Tanpa wadah');
  });

  it('each label names province, kab/kota, PPK, PPS, TPS, type and dapil', () => {
    const first = html.slice(html.indexOf('<div class="label">'), html.indexOf('<div class="label">', html.indexOf('<div class="label">') + 1));
    expect(first).toContain('Kotak suara DPR');
    expect(first).toContain('DKI Jakarta (31)');
    expect(first).toContain('kode 31.01');
    expect(first).toContain('Kepulauan Seribu Utara');
    expect(first).toContain('Pulau Panggang (31.01.01.1001)');
    expect(first).toContain('TPS 001');
    expect(first).toContain('DKI JAKARTA III');
    expect(first).toContain('<td class="n">1.298</td><td class="n">64</td><td class="n">18</td>');
    expect(html).toContain('Kotak suara PPWP (Presiden dan Wakil Presiden)');
    expect(html).toContain('Perlengkapan TPS');
  });
});

describe('daftar-periksa-tps.html', () => {
  it('one page per TPS, every row of the TPS with boxes to tick, KPPS signatures', () => {
    const html = periksaPage(ID, { rows: KEMAS, items: ITEMS, pemilihan: null, sumber: SUMBER });
    selfContained(html);
    expect(sections(html)).toBe(2);
    const first = html.slice(0, html.indexOf('</section>'));
    expect(first.match(/<tr><td class="n">/g)).toHaveLength(5);
    expect(first.match(/class="box"/g)).toHaveLength(10);
    expect(first).toContain('Ketua KPPS');
    expect(first).toContain('Tanpa wadah');
    // A non-ballot has no bundles: its bundle cells stay empty rather than 0.
    expect(first).toContain('<td>botol</td><td class="n">2</td><td class="n"></td><td class="n"></td>');
  });
});

describe('serah-terima.html', () => {
  const ppk = [
    { kodeKecamatan: '31.01.01', kecamatan: 'Kepulauan Seribu Utara', kodeBarang: 'surat_suara_ppwp', varian: '', jumlah: 10594 },
    { kodeKecamatan: '31.01.01', kecamatan: 'Kepulauan Seribu Utara', kodeBarang: 'tinta', varian: '', jumlah: 84 },
    { kodeKecamatan: '31.01.02', kecamatan: 'Kepulauan Seribu Selatan', kodeBarang: 'tinta', varian: '', jumlah: 62 },
  ];
  const pps = [
    { kodeKelurahan: '31.01.01.1001', kecamatan: 'Kepulauan Seribu Utara', kelurahan: 'Pulau Panggang', kodeBarang: 'tinta', varian: '', jumlah: 32 },
    { kodeKelurahan: '31.01.01.1002', kecamatan: 'Kepulauan Seribu Utara', kelurahan: 'Pulau Kelapa', kodeBarang: 'tinta', varian: '', jumlah: 30 },
  ];

  it('one page per PPK, then one per PPS, each with both sides signing', () => {
    const html = serahTerimaPage(ID, { ppk, pps, items: ITEMS, pemilihan: 'Pemilu 2024', sumber: { ppk: SUMBER, pps: SUMBER } });
    selfContained(html);
    expect(handoverCount({ ppk, pps })).toEqual({ ppk: 2, pps: 2 });
    expect(sections(html)).toBe(4);
    expect(html).toContain('dari KPU Kabupaten/Kota kepada PPK Kepulauan Seribu Utara');
    expect(html).toContain('dari PPK Kepulauan Seribu Utara kepada PPS Pulau Kelapa');
    expect(html).toContain('Yang menerima: Ketua PPS Pulau Panggang');
    expect(html).toContain('<td class="n">10.594</td>');
  });
});

describe('laporan.html', () => {
  const config = resolveConfig({ preset: 'pemilu-2024' });
  const line = (kode: string, jumlah: number, tambahan = 0) => {
    const item = config.barang.find((b) => b.kode === kode)!;
    return { baris: 2, jumlahTps: 3, dpt: 1234, kodeBarang: kode, namaBarang: item.nama, satuan: item.satuan, varian: '', kebutuhan: jumlah - tambahan, cadangan: 0, tambahan, jumlah, isiKemasan: 1, jumlahKemasan: jumlah, jumlahPengadaan: jumlah, diTps: jumlah - tambahan, diPps: 0, diPpk: 0, diKpu: tambahan };
  };
  const input: LaporanInput = {
    folder: 'manifest',
    config,
    ringkasan: { preset: 'pemilu-2024', konfigurasi_sha256: 'c'.repeat(64), jumlah: { kecamatan: 2, kelurahan: 2, tps: 3, pemilih: 1234 }, masalah: { per_kode: { 'tps-gap': 4, 'duplicate-nik': 2 } } },
    pengadaan: [line('surat_suara_ppwp', 2260, 1000), line('tinta', 6)],
    tpsDpt: [300, 301, 633],
    kecamatan: {
      barang: ['surat_suara_ppwp', 'tinta'],
      dapil: [],
      rows: [
        { baris: 2, kodeKecamatan: '31.01.01', kecamatan: 'Utara', jumlahTps: 2, dpt: 601, barang: { surat_suara_ppwp: 800, tinta: 4 } },
        { baris: 3, kodeKecamatan: '31.01.02', kecamatan: 'Selatan', jumlahTps: 1, dpt: 633, barang: { surat_suara_ppwp: 460, tinta: 2 } },
      ],
    },
    kpu: { barang: ['surat_suara_ppwp', 'tinta'], dapil: [], rows: [{ baris: 2, kodeKabkota: '31.01', jumlahTps: 3, dpt: 1234, barang: { surat_suara_ppwp: 1000, tinta: 0 } }] },
    sumber: [{ berkas: 'manifest/pengadaan.csv', sha256: 'a'.repeat(64) }],
  };
  const html = laporanPage(ID, input);

  it('totals per item with readable names and units; inferred numbers carry a †', () => {
    selfContained(html);
    expect(html).toContain('Surat suara PPWP (Presiden dan Wakil Presiden)');
    expect(html).toContain('<td>botol</td>');
    // PPWP's PSU stock rests on an inferred rule (no dapil inside a kab/kota): its extras, total and procurement are marked.
    expect(inferredParts(config.barang.find((b) => b.kode === 'surat_suara_ppwp')!, config.lingkup).tambahan).toBe(true);
    expect(html).toContain('<td class="n">1.000<span class="mark">†</span></td>');
    expect(html).toContain('<td class="n">2.260<span class="mark">†</span></td>');
  });

  it('kecamatan + KPU = jumlah per item: 800 + 460 + 1.000 = 2.260 PPWP ballots, 4 + 2 + 0 = 6 bottles of ink; a gap is named', () => {
    const section = html.slice(html.indexOf('Kecamatan + KPU = jumlah'), html.indexOf('Kebutuhan per kecamatan'));
    expect(section).toContain('<td class="n">1.260</td><td class="n">1.000</td><td class="n">2.260</td><td class="n">2.260</td><td>sama</td>');
    expect(section).toContain('<td class="n">6</td><td class="n">0</td><td class="n">6</td><td class="n">6</td><td>sama</td>');
    expect(section).not.toContain('BERBEDA');
    const short = laporanPage(ID, { ...input, kpu: { ...input.kpu, rows: [{ ...input.kpu.rows[0]!, barang: { surat_suara_ppwp: 999, tinta: 0 } }] } });
    expect(short).toContain('<td class="n">1.260</td><td class="n">999</td><td class="n">2.259</td><td class="n">2.260</td><td><strong>BERBEDA</strong></td>');
  });

  it('a chart per item per kecamatan, the TPS sizes against the capacity, issues by code (errors first)', () => {
    expect(html.match(/<figure><figcaption>/g)).toHaveLength(2);
    expect(html).toContain('>800</text>');
    expect(html).toContain('&gt; 300');
    expect(html).toContain('kapasitas 300 pemilih per TPS; batang berarsir: TPS di atas kapasitas (2 TPS)');
    expect(html.indexOf('duplicate-nik')).toBeLessThan(html.indexOf('tps-gap'));
    expect(html).toContain('GALAT');
  });

  it('the config digest and every rule with its source and confidence', () => {
    expect(html).toContain('c'.repeat(64));
    expect(html).toContain('UU 7/2017 Ps. 344(2)');
    // The rule in the words of `logistik preset pemilu-2024 --jelaskan`, who procures included.
    expect(html).toContain('<td>Cadangan</td><td>cadangan 2 % dari kebutuhan, dibulatkan ke atas per unit penyimpanan (per TPS)</td>');
    expect(html).toContain('<td>Pengada</td><td>pengada (yang mengganti bila kurang atau rusak): KPU RI</td>');
    expect(html).toContain('<strong>simpulan †</strong>');
    expect(html).toContain('hukum');
  });
});
