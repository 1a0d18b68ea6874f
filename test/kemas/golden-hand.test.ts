/**
 * The committed kemas golden files, recomputed by hand from the recap (not from the manifest and
 * not by the code): per TPS ballots = dpt + ceil(2 % of dpt), four ballot types in DKI Jakarta,
 * bundles of 20; per kecamatan the sum of its TPS (boxes: + 2 for the PPK) in cartons of 2,000; the
 * supplier's delivery = the TPS ballots alone: the PSU stock of PPWP, DPR, DPD and DPRD Prov is held
 * by the KPU Provinsi (lingkup kabkota), and DKI has no DPRD Kab/Kota.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/cli.js';
import { KEMAS_GOLDEN } from './golden.test.js';
import { csv, json, n, type Rec } from './helpers.js';

const ballots = (dpt: number): number => dpt + Math.floor((dpt * 2 + 99) / 100);
const TYPES = ['ppwp', 'dpr', 'dpd', 'dprd_prov'] as const;

describe('kemas golden files, by hand', async () => {
  const recap = await csv(join(FIXTURES, 'kepulauan-seribu-pemilu-2024/rekap.csv'));
  const file = (f: string): Promise<Rec[]> => csv(join(KEMAS_GOLDEN, f));

  it('kemas-tps.csv, first TPS (Pulau Panggang 001, DPT 292): 298 ballots per type = 14 bundles of 20 + 18, each in its own box', async () => {
    expect(ballots(292)).toBe(298);
    const rows = (await file('kemas-tps.csv')).filter((r) => r.kode_kelurahan === '31.01.01.1001' && r.tps === '001');
    const line = (r: Rec): string => [r.wadah, r.kode_barang, r.varian, r.jumlah, r.ikat_penuh, r.sisa, r.isi_ikat].join(',');
    expect(rows.map(line)).toEqual([
      'kotak_dpd,surat_suara_dpd,,298,14,18,20',
      'kotak_dpr,surat_suara_dpr,,298,14,18,20',
      'kotak_dprd_prov,surat_suara_dprd_prov,,298,14,18,20',
      'kotak_ppwp,surat_suara_ppwp,,298,14,18,20',
      'lepas,bilik_suara,,4,,,',
      'lepas,kotak_suara,,4,,,',
      'perlengkapan_tps,alat_coblos,,4,,,',
      'perlengkapan_tps,alat_tulis,,1,,,',
      'perlengkapan_tps,daftar_calon,,1,,,',
      'perlengkapan_tps,segel_plastik,,10,,,',
      'perlengkapan_tps,segel_stiker,,96,,,',
      'perlengkapan_tps,tanda_pengenal,,36,,,',
      'perlengkapan_tps,template_braille,,2,,,',
      'perlengkapan_tps,tinta,,2,,,',
    ]);
  });

  it('kemas-tps.csv: every TPS, every ballot type, bundles of 20; no DPRD Kab/Kota box in DKI', async () => {
    const rows = await file('kemas-tps.csv');
    expect(rows.some((r) => r.kode_barang === 'surat_suara_dprd_kabkota' || r.wadah === 'kotak_dprd_kabkota')).toBe(false);
    for (const t of recap) {
      const mine = rows.filter((r) => r.kode_kelurahan === t.kode_kelurahan && r.tps === t.tps);
      const b = ballots(n(t.dpt));
      for (const type of TYPES) {
        const r = mine.find((x) => x.kode_barang === `surat_suara_${type}`);
        expect([r?.wadah, n(r?.jumlah), n(r?.ikat_penuh), n(r?.sisa)], `${t.kode_kelurahan} ${t.tps} ${type}`).toEqual([`kotak_${type}`, b, Math.floor(b / 20), b % 20]);
      }
    }
    expect(rows.length).toBe(recap.length * 14);
  });

  it('ambil-koli.csv and serah-terima-ppk.csv: per kecamatan the sum of its TPS, cartons of 2,000; boxes + 2 at the PPK', async () => {
    const ambil = await file('ambil-koli.csv');
    const ppk = await file('serah-terima-ppk.csv');
    for (const kec of ['31.01.01', '31.01.02']) {
      const tps = recap.filter((t) => t.kode_kelurahan?.startsWith(kec));
      const sheets = tps.reduce((s, t) => s + ballots(n(t.dpt)), 0);
      for (const type of TYPES) {
        const a = ambil.find((r) => r.kode_kecamatan === kec && r.kode_barang === `surat_suara_${type}`);
        expect([n(a?.jumlah), n(a?.koli_penuh), n(a?.sisa_lembar), n(a?.isi_koli)], `${kec} ${type}`).toEqual([sheets, Math.floor(sheets / 2000), sheets % 2000, 2000]);
      }
      expect(n(ppk.find((r) => r.kode_kecamatan === kec && r.kode_barang === 'kotak_suara')?.jumlah)).toBe(4 * tps.length + 2);
      expect(n(ppk.find((r) => r.kode_kecamatan === kec && r.kode_barang === 'segel_plastik')?.jumlah)).toBe(11 * tps.length);
    }
  });

  it('ambil-koli.csv of Kepulauan Seribu Utara, PPWP: 42 TPS, 11,230 sheets = 5 cartons of 2,000 + 1,230 sheets', async () => {
    const utara = recap.filter((t) => t.kode_kelurahan?.startsWith('31.01.01'));
    expect(utara.length).toBe(42);
    expect(utara.reduce((s, t) => s + ballots(n(t.dpt)), 0)).toBe(11_230);
    const a = (await file('ambil-koli.csv')).find((r) => r.kode_kecamatan === '31.01.01' && r.kode_barang === 'surat_suara_ppwp');
    expect([a?.jumlah, a?.koli_penuh, a?.sisa_lembar]).toEqual(['11230', '5', '1230']);
  });

  it('serah-terima-pps.csv: per kelurahan the sum of its TPS', async () => {
    const pps = await file('serah-terima-pps.csv');
    for (const kode of new Set(recap.map((t) => t.kode_kelurahan))) {
      const sheets = recap.filter((t) => t.kode_kelurahan === kode).reduce((s, t) => s + ballots(n(t.dpt)), 0);
      expect(n(pps.find((r) => r.kode_kelurahan === kode && r.kode_barang === 'surat_suara_dpd')?.jumlah), kode).toBe(sheets);
    }
  });

  it('koli-kabkota.csv: the TPS ballots in cartons of 2,000; no PSU carton (the KPU Provinsi holds that stock)', async () => {
    const all = recap.reduce((s, t) => s + ballots(n(t.dpt)), 0);
    const rows = await file('koli-kabkota.csv');
    for (const type of TYPES) {
      const r = rows.find((x) => x.kode_barang === `surat_suara_${type}`);
      expect([n(r?.jumlah), n(r?.koli_penuh), n(r?.sisa_lembar), n(r?.koli_psu), n(r?.lembar_psu)], type).toEqual([all, Math.floor(all / 2000), all % 2000, 0, 0]);
    }
    expect(rows.find((x) => x.kode_barang === 'surat_suara_dprd_kabkota')?.jumlah).toBe('0');
  });

  it('ringkasan.json: perintah kemas, the manifest as masukan, totals that close', async () => {
    const doc = await json<{ perintah: string; masukan: Array<{ berkas: string }>; jumlah: Record<string, number>; keluaran: Array<{ berkas: string }> }>(join(KEMAS_GOLDEN, 'ringkasan.json'));
    expect(doc.perintah).toBe('kemas');
    expect(doc.masukan.map((m) => m.berkas)).toContain('manifest/distribusi-tps.csv');
    const sheets = recap.reduce((s, t) => s + ballots(n(t.dpt)), 0) * TYPES.length;
    // 73 TPS × (4 boxes + the equipment lot) containers to label.
    expect(doc.jumlah).toMatchObject({ kecamatan: 2, kelurahan: 6, tps: 73, wadah: 73 * 5, lembar: sheets, koli_psu: 0, lembar_psu: 0 });
    expect(doc.keluaran.map((k) => k.berkas)).toEqual(['ambil-koli.csv', 'kemas-tps.csv', 'koli-kabkota.csv', 'serah-terima-ppk.csv', 'serah-terima-pps.csv']);
  });
});
