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
  it.each(['distribusi-tps.csv', 'distribusi-kelurahan.csv', 'distribusi-kecamatan.csv', 'distribusi-kpu.csv', 'pengadaan.csv', 'konfigurasi.json'])('give the same %s', async (file) => {
    const fromVoters = await readFile(join(GOLDEN_DIR, 'kepulauan-seribu-pemilu-2024-pemilih', file), 'utf8');
    const fromRecap = await readFile(join(GOLDEN_DIR, 'kepulauan-seribu-pemilu-2024-rekap', file), 'utf8');
    expect(fromVoters).toBe(fromRecap);
  });
});

/**
 * Issue 14.4: distribusi-kpu.csv holds what each KPU Kab/Kota keeps itself, so that for every item
 * the kecamatan rows plus the KPU rows equal pengadaan.csv `jumlah` summed over variants. Checked
 * on every golden case, and the KPU amounts against the presets' rules computed here by hand.
 */
const ALL_CASES = [
  { name: 'prabumulih-pemilu-2024-rekap', input: 'prabumulih-pemilu-2024/rekap.csv', pemilu: true, dapilRows: 1 },
  { name: 'prabumulih-pemilu-2024-dapil', input: 'prabumulih-pemilu-2024/rekap.csv', pemilu: true, dapilRows: 3 },
  { name: 'kepulauan-seribu-pemilu-2024-rekap', input: 'kepulauan-seribu-pemilu-2024/rekap.csv', pemilu: true, dapilRows: 0 },
  { name: 'kepulauan-seribu-pemilu-2024-pemilih', input: 'kepulauan-seribu-pemilu-2024/rekap.csv', pemilu: true, dapilRows: 0 },
  { name: 'ciamis-pilkada-2024-rekap', input: 'ciamis-pilkada-2024/rekap.csv', pemilu: false, dapilRows: 0 },
  // The example roll's recap is in fixtures/README.md; its kab/kota and totals are checked in properties and banding tests.
];

describe.each(ALL_CASES)('golden distribusi-kpu.csv of $name', ({ name, input, pemilu, dapilRows }) => {
  it('closes the sums: kecamatan rows + KPU rows = pengadaan jumlah per item', async () => {
    const p = await golden(name, 'pengadaan.csv');
    const kec = await golden(name, 'distribusi-kecamatan.csv');
    const kpu = await golden(name, 'distribusi-kpu.csv');
    const codes = [...new Set(p.map((r) => r.kode_barang ?? ''))];
    expect(codes.length).toBeGreaterThan(5);
    for (const kode of codes) {
      const jumlah = sum(p.filter((r) => r.kode_barang === kode).map((r) => n(r.jumlah)));
      const atKec = sum(kec.map((r) => n(r[kode] ?? '0')));
      const atKpu = sum(kpu.map((r) => n(r[kode])));
      expect(atKec + atKpu, kode).toBe(jumlah);
      expect(atKpu, kode).toBe(sum(p.filter((r) => r.kode_barang === kode).map((r) => n(r.di_kpu))));
    }
  });

  it('one row for the kab/kota of the recap, with its TPS and voters, and what the preset keeps at the KPU', async () => {
    const recap = await csv(join(FIXTURES, input));
    const [row, ...rest] = await golden(name, 'distribusi-kpu.csv');
    expect(rest).toEqual([]);
    expect(row?.kode_kabkota).toBe(recap[0]?.kode_kelurahan?.slice(0, 5));
    expect(n(row?.jumlah_tps)).toBe(recap.length);
    expect(n(row?.dpt)).toBe(sum(recap.map((t) => n(t.dpt))));
    const held = Object.fromEntries(Object.entries(row ?? {}).filter(([k]) => !['kode_kabkota', 'jumlah_tps', 'dpt'].includes(k)).map(([k, v]) => [k, n(v)]));
    if (pemilu) {
      // A kab/kota run holds the PSU stock the KPU Kab/Kota keeps: 1,000 DPRD Kab/Kota ballots per
      // dapil (one without a mapping; none in DKI, which elects no DPRD Kab/Kota). The stock of
      // the other races is the KPU Provinsi's or the KPU RI's (domain.md §10.4, §10.5; extras.ts).
      // And 15 cable ties per TPS (domain.md §10.1).
      expect(held).toEqual({
        surat_suara_ppwp: 0, surat_suara_dpr: 0, surat_suara_dpd: 0, surat_suara_dprd_prov: 0,
        surat_suara_dprd_kabkota: 1000 * dapilRows, kotak_suara: 0, bilik_suara: 0, tinta: 0,
        segel_plastik: 15 * recap.length, segel_stiker: 0, template_braille: 0, daftar_calon: 0,
        tanda_pengenal: 0, alat_coblos: 0, alat_tulis: 0,
      });
    } else {
      // 2,000 PSU ballots for the regent/mayor race; the governor's are held by the province (domain.md §2).
      expect(held).toEqual({ surat_suara_gubernur: 0, surat_suara_bupati_walikota: 2000, kotak_suara: 0, bilik_suara: 0, tinta: 0, segel_plastik: 0, segel_stiker: 0, template_braille: 0, daftar_calon: 0 });
    }
  });
});

/**
 * Issue 13.1: one `dapil_<jenis>` column per dapil type of the config, after the item columns, equal
 * to the mapping's dapil for the TPS (here by kecamatan, fixtures/prabumulih-pemilu-2024/dapil.csv),
 * and empty without a mapping.
 */
describe('golden dapil columns', () => {
  const DAPIL_COLUMNS = ['dapil_dpr', 'dapil_dprd_prov', 'dapil_dprd_kabkota'];

  it('follow the item columns in the Pemilu files, and are empty without --dapil', async () => {
    for (const name of ['prabumulih-pemilu-2024-rekap', 'kepulauan-seribu-pemilu-2024-rekap']) {
      for (const file of ['distribusi-tps.csv', 'distribusi-kelurahan.csv']) {
        const text = await readFile(join(GOLDEN_DIR, name, file), 'utf8');
        expect(text.split('\n')[0]?.split(',').slice(-3), `${name}/${file}`).toEqual(DAPIL_COLUMNS);
        for (const r of await golden(name, file)) for (const c of DAPIL_COLUMNS) expect(r[c], `${name}/${file}`).toBe('');
      }
    }
    // Pilkada has no ballot that varies by dapil: no dapil column.
    const ciamis = await readFile(join(GOLDEN_DIR, 'ciamis-pilkada-2024-rekap', 'distribusi-tps.csv'), 'utf8');
    expect(ciamis.split('\n')[0]).not.toContain('dapil_');
  });

  it('equal the mapping per TPS and per kelurahan; DPR and DPRD Provinsi, not mapped, stay empty', async () => {
    const mapping = await csv(join(FIXTURES, 'prabumulih-pemilu-2024/dapil.csv'));
    const byKecamatan = new Map(mapping.map((m) => [m.kode_wilayah, m.dapil]));
    expect(byKecamatan.size).toBe(6);
    for (const file of ['distribusi-tps.csv', 'distribusi-kelurahan.csv']) {
      const rows = await golden('prabumulih-pemilu-2024-dapil', file);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r.dapil_dprd_kabkota, `${file} ${r.kode_kelurahan}`).toBe(byKecamatan.get(r.kode_kelurahan?.slice(0, 8) ?? ''));
        expect([r.dapil_dpr, r.dapil_dprd_prov]).toEqual(['', '']);
      }
    }
  });

  it('pengadaan: one DPRD Kab/Kota row per dapil, each its TPS ballots plus 1,000 PSU', async () => {
    const recap = await csv(join(FIXTURES, 'prabumulih-pemilu-2024/rekap.csv'));
    const mapping = await csv(join(FIXTURES, 'prabumulih-pemilu-2024/dapil.csv'));
    const dapilOf = new Map(mapping.map((m) => [m.kode_wilayah, m.dapil ?? '']));
    const rows = (await golden('prabumulih-pemilu-2024-dapil', 'pengadaan.csv')).filter((r) => r.kode_barang === 'surat_suara_dprd_kabkota');
    expect(rows.map((r) => r.varian)).toEqual(['PRABUMULIH 1', 'PRABUMULIH 2', 'PRABUMULIH 3']);
    for (const r of rows) {
      const dpts = recap.filter((t) => dapilOf.get(t.kode_kelurahan?.slice(0, 8) ?? '') === r.varian).map((t) => n(t.dpt));
      expect(n(r.jumlah), r.varian).toBe(sum(dpts) + sum(dpts.map(reserve2)) + 1000);
    }
    // The rest of the manifest is the run without a mapping: other ballots, equipment, TPS amounts.
    const plain = await golden('prabumulih-pemilu-2024-rekap', 'pengadaan.csv');
    const others = (await golden('prabumulih-pemilu-2024-dapil', 'pengadaan.csv')).filter((r) => r.kode_barang !== 'surat_suara_dprd_kabkota');
    expect(others).toEqual(plain.filter((r) => r.kode_barang !== 'surat_suara_dprd_kabkota'));
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
