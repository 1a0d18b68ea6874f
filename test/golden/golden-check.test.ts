import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/cli.js';
import { GOLDEN_CASES, GOLDEN_DIR } from './cases.js';

/**
 * Checks the committed golden manifests against the rules of domain.md, computed here by hand from
 * the input recaps, so the golden files are known to be right and not just what the code printed.
 */
type Rec = Record<string, string>;

async function csv(path: string): Promise<Rec[]> {
  return parse(await readFile(path, 'utf8'), { columns: true }) as Rec[];
}

const golden = (name: string, file: string): Promise<Rec[]> => csv(join(GOLDEN_DIR, name, file));
const n = (v: string | undefined): number => Number(v);
// ceil(dpt × 2 / 100) and ceil(dpt × 25 / 1000) in integer arithmetic (contract).
const reserve2 = (dpt: number): number => Math.floor((dpt * 2 + 99) / 100);
const reserve25 = (dpt: number): number => Math.floor((dpt * 25 + 999) / 1000);

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

function item(rows: Rec[], kode: string): Rec {
  const row = rows.find((r) => r.kode_barang === kode);
  if (!row) throw new Error(`no ${kode}`);
  return row;
}

const PEMILU_BALLOTS = ['surat_suara_ppwp', 'surat_suara_dpr', 'surat_suara_dpd', 'surat_suara_dprd_prov', 'surat_suara_dprd_kabkota'];

describe.each([
  { name: 'prabumulih-pemilu-2024-rekap', input: 'prabumulih-pemilu-2024/rekap.csv', dki: false },
  { name: 'kepulauan-seribu-pemilu-2024-rekap', input: 'kepulauan-seribu-pemilu-2024/rekap.csv', dki: true },
])('golden Pemilu 2024 manifests of $name follow the rules', ({ name, input, dki }) => {
  it('per TPS: ballots = dpt + ceil(2 % of dpt); 5 boxes (4 in DKI), 4 booths, 2 ink, 10 cable ties, 2 braille, 36 ID tags, 4 punch sets, 1 stationery set', async () => {
    const recap = await csv(join(FIXTURES, input));
    const rows = await golden(name, 'distribusi-tps.csv');
    expect(rows.length).toBe(recap.length);
    const byKey = new Map(rows.map((r) => [`${r.kode_kelurahan} ${r.tps}`, r]));
    for (const t of recap) {
      const r = byKey.get(`${t.kode_kelurahan} ${t.tps}`);
      expect(r, `${t.kode_kelurahan} ${t.tps}`).toBeDefined();
      const dpt = n(t.dpt);
      expect(n(r?.dpt)).toBe(dpt);
      for (const b of PEMILU_BALLOTS) {
        const expected = b === 'surat_suara_dprd_kabkota' && dki ? 0 : dpt + reserve2(dpt);
        expect(n(r?.[b] ?? '0'), b).toBe(expected);
      }
      expect(n(r?.kotak_suara)).toBe(dki ? 4 : 5);
      expect([n(r?.bilik_suara), n(r?.tinta), n(r?.segel_plastik), n(r?.template_braille)]).toEqual([4, 2, 10, 2]);
      // Kota Semarang's deliveries (domain.md §10.5): 36 ID tags, 4 punch-and-pad sets, 1 stationery set
      expect([n(r?.tanda_pengenal), n(r?.alat_coblos), n(r?.alat_tulis)]).toEqual([36, 4, 1]);
    }
  });

  it('pengadaan: ballots summed per TPS; 1,000 PSU for DPRD Kab/Kota only (held at the kab/kota); boxes 5 per TPS + 2 per kecamatan; cable ties 26 per TPS', async () => {
    const recap = await csv(join(FIXTURES, input));
    const p = await golden(name, 'pengadaan.csv');
    const dpts = recap.map((t) => n(t.dpt));
    const tps = recap.length;
    const kecamatan = new Set(recap.map((t) => t.kode_kelurahan?.slice(0, 8))).size;
    for (const b of PEMILU_BALLOTS) {
      const row = item(p, b);
      if (b === 'surat_suara_dprd_kabkota' && dki) {
        expect(n(row.jumlah)).toBe(0); // not issued in province 31 (contract)
        continue;
      }
      // A kab/kota holds the PSU stock of its own DPRD Kab/Kota dapil only; PPWP, DPR, DPD and DPRD
      // Prov stock is the KPU RI's or KPU Provinsi's (Kab. Karimun, domain.md §10.5).
      const psu = b === 'surat_suara_dprd_kabkota' ? 1000 : 0;
      expect([n(row.kebutuhan), n(row.cadangan), n(row.tambahan), n(row.di_kpu)]).toEqual([sum(dpts), sum(dpts.map(reserve2)), psu, psu]);
      expect(n(row.jumlah)).toBe(sum(dpts) + sum(dpts.map(reserve2)) + psu);
    }
    expect(n(item(p, 'kotak_suara').jumlah)).toBe((dki ? 4 : 5) * tps + 2 * kecamatan);
    expect(n(item(p, 'segel_plastik').jumlah)).toBe(26 * tps);
    expect(n(item(p, 'bilik_suara').jumlah)).toBe(4 * tps);
    expect([n(item(p, 'tanda_pengenal').jumlah), n(item(p, 'alat_coblos').jumlah), n(item(p, 'alat_tulis').jumlah)]).toEqual([36 * tps, 4 * tps, tps]);
  });
});

describe('golden Pilkada 2024 manifests of Ciamis follow the rules', () => {
  it('per TPS ballots = dpt + ceil(2.5 % of dpt) for both races; PSU 2,000 only for the regent race (the governor\'s is at the province); 49 sticker seals per TPS', async () => {
    const recap = await csv(join(FIXTURES, 'ciamis-pilkada-2024/rekap.csv'));
    const rows = await golden('ciamis-pilkada-2024-rekap', 'distribusi-tps.csv');
    const byKey = new Map(rows.map((r) => [`${r.kode_kelurahan} ${r.tps}`, r]));
    for (const t of recap) {
      const r = byKey.get(`${t.kode_kelurahan} ${t.tps}`);
      const dpt = n(t.dpt);
      expect(n(r?.surat_suara_gubernur)).toBe(dpt + reserve25(dpt));
      expect(n(r?.surat_suara_bupati_walikota)).toBe(dpt + reserve25(dpt));
      expect(n(r?.kotak_suara)).toBe(2);
      expect(n(r?.segel_stiker)).toBe(49);
    }
    const p = await golden('ciamis-pilkada-2024-rekap', 'pengadaan.csv');
    const dpts = recap.map((t) => n(t.dpt));
    const kecamatan = new Set(recap.map((t) => t.kode_kelurahan?.slice(0, 8))).size;
    expect(n(item(p, 'surat_suara_gubernur').jumlah)).toBe(sum(dpts) + sum(dpts.map(reserve25)));
    expect(n(item(p, 'surat_suara_bupati_walikota').jumlah)).toBe(sum(dpts) + sum(dpts.map(reserve25)) + 2000);
    expect([n(item(p, 'surat_suara_gubernur').tambahan), n(item(p, 'surat_suara_bupati_walikota').di_kpu)]).toEqual([0, 2000]);
    expect(n(item(p, 'segel_stiker').jumlah)).toBe(49 * recap.length);
    expect(n(item(p, 'kotak_suara').jumlah)).toBe(2 * recap.length + 2 * kecamatan);
  });
});

describe('a voter-level roll and the recap it was expanded from', () => {
  it.each(['distribusi-tps.csv', 'distribusi-kelurahan.csv', 'distribusi-kecamatan.csv', 'pengadaan.csv'])('give the same %s', async (file) => {
    const fromVoters = await readFile(join(GOLDEN_DIR, 'kepulauan-seribu-pemilu-2024-pemilih', file), 'utf8');
    const fromRecap = await readFile(join(GOLDEN_DIR, 'kepulauan-seribu-pemilu-2024-rekap', file), 'utf8');
    expect(fromVoters).toBe(fromRecap);
  });
});

describe.each(GOLDEN_CASES.map((c) => c.name))('masalah in ringkasan.json of %s', (name) => {
  it('counts validasi.csv row by row: per code, per severity, the first five places, and the rest not shown', async () => {
    const rows = await golden(name, 'validasi.csv');
    const masalah = JSON.parse(await readFile(join(GOLDEN_DIR, name, 'ringkasan.json'), 'utf8')).masalah;
    expect(masalah.galat).toBe(rows.filter((r) => r.tingkat === 'galat').length);
    expect(masalah.peringatan).toBe(rows.filter((r) => r.tingkat === 'peringatan').length);
    let notShown = 0;
    const codes = [...new Set(rows.map((r) => r.kode ?? ''))].sort();
    expect(Object.keys(masalah.per_kode)).toEqual(codes);
    for (const code of codes) {
      // validasi.csv is in (berkas, baris) order, so a code's first rows are its first places.
      const mine = rows.filter((r) => r.kode === code);
      expect(masalah.per_kode[code]).toBe(mine.length);
      const place = (r: Rec): string => `${r.berkas}:${r.baris}`;
      const shown = [...new Set(mine.map(place))].slice(0, 5);
      notShown += mine.filter((r) => !shown.includes(place(r))).length;
      expect(masalah.baris_pertama[code]).toEqual(mine.slice(0, 5).map((r) => ({ berkas: r.berkas, baris: r.baris === '' ? null : n(r.baris) })));
    }
    expect(masalah.tidak_ditampilkan).toBe(notShown);
  });
});
