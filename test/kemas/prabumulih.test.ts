/**
 * Kota Prabumulih, both elections. Pilkada 2024: the published carton arithmetic (73 × 2,000 +
 * 1 × 1,898 = 147,898 per race, the mayor's 2,000 PSU ballots in a carton of their own; domain.md
 * §6.1) from a recap built to the published DPT and TPS (prabumulih-pilkada.ts says how). Pemilu
 * 2024: the real recap with its three DPRD Kab/Kota dapil, through every invariant.
 */
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/cli.js';
import { csv, folderWith, hitung, json, kemas, n } from './helpers.js';
import { checkInvariants, dapilTypesOf } from './invariants.js';
import { PRABUMULIH_PILKADA, prabumulihPilkadaRecap, recapCsv } from './prabumulih-pilkada.js';

/** The packing rule KPU Prabumulih's delivery shows: cartons of 2,000, PSU stock apart. */
const KOLI_2000 = JSON.stringify({
  kemas: {
    barang: ['surat_suara_gubernur', 'surat_suara_bupati_walikota'].map((kode) => ({ kode, isi_koli: { jumlah: 2000, psu_terpisah: true, sumber: 'KPU Prabumulih 2024 (domain.md §6.1)', keyakinan: 'reported' } })),
  },
});

describe('Prabumulih, Pilkada 2024: the published cartons', () => {
  it('the recap holds the published DPT at 281 TPS, none above 600 voters', () => {
    const rows = prabumulihPilkadaRecap();
    expect(rows.length).toBe(PRABUMULIH_PILKADA.tps);
    expect(rows.reduce((s, r) => s + r.dpt, 0)).toBe(PRABUMULIH_PILKADA.dpt);
    expect(Math.max(...rows.map((r) => r.dpt))).toBeLessThanOrEqual(600);
  });

  it('koli-kabkota.csv: 147,898 per race = 73 × 2,000 + 1,898; the mayor\'s 149,898 adds one PSU carton of 2,000', async () => {
    const dir = await folderWith({ 'rekap.csv': recapCsv(prabumulihPilkadaRecap()), 'koli.json': KOLI_2000 });
    const manifest = await hitung(dir, ['-p', 'pilkada-2024', 'rekap.csv']);
    const pengadaan = await csv(join(manifest, 'pengadaan.csv'));
    expect(pengadaan.filter((p) => p.kode_barang?.startsWith('surat_suara_')).map((p) => [p.kode_barang, p.kebutuhan, p.cadangan, p.tambahan, p.jumlah])).toEqual([
      ['surat_suara_bupati_walikota', '144157', '3741', '2000', '149898'],
      ['surat_suara_gubernur', '144157', '3741', '0', '147898'],
    ]);
    const r = await kemas(dir, ['manifest', '-c', 'koli.json', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const koli = await csv(join(dir, 'kemas/koli-kabkota.csv'));
    const line = (kode: string): string[] => {
      const row = koli.find((k) => k.kode_barang === kode);
      return [row?.jumlah, row?.koli_penuh, row?.sisa_lembar, row?.koli_psu, row?.isi_koli, row?.lembar_psu].map(String);
    };
    expect(line('surat_suara_gubernur')).toEqual(['147898', '73', '1898', '0', '2000', '0']);
    expect(line('surat_suara_bupati_walikota')).toEqual(['149898', '73', '1898', '1', '2000', '2000']);
    const doc = await json<{ konfigurasi: { berkas: string } | null; jumlah: Record<string, number> }>(join(dir, 'kemas/ringkasan.json'));
    expect(doc.konfigurasi?.berkas).toBe('koli.json');
    expect(doc.jumlah).toMatchObject({ tps: 281, kecamatan: 6, koli_psu: 1, lembar_psu: 2000 });
    await checkInvariants(manifest, join(dir, 'kemas'), {});
  });
});

describe('Prabumulih, Pemilu 2024, with its three DPRD Kab/Kota dapil', () => {
  it('every invariant holds, and each TPS\'s DPRD Kab/Kota ballots carry the dapil of its kecamatan', async () => {
    const dir = await folderWith({});
    await cp(join(FIXTURES, 'prabumulih-pemilu-2024'), join(dir, 'prabumulih'), { recursive: true });
    const manifest = await hitung(dir, ['prabumulih/rekap.csv', '--dapil', 'prabumulih/dapil.csv']);
    const r = await kemas(dir, ['manifest', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    await checkInvariants(manifest, join(dir, 'kemas'), dapilTypesOf(await json(join(manifest, 'konfigurasi.json'))));
    const byKecamatan: Record<string, string> = { '16.74.02': 'PRABUMULIH 1', '16.74.01': 'PRABUMULIH 2', '16.74.04': 'PRABUMULIH 2', '16.74.06': 'PRABUMULIH 2', '16.74.03': 'PRABUMULIH 3', '16.74.05': 'PRABUMULIH 3' };
    const rows = (await csv(join(dir, 'kemas/kemas-tps.csv'))).filter((t) => t.kode_barang === 'surat_suara_dprd_kabkota');
    expect(rows.length).toBe(404);
    for (const t of rows) expect(t.varian, `${t.kode_kelurahan} ${t.tps}`).toBe(byKecamatan[t.kode_kelurahan?.slice(0, 8) ?? '']);
    // Per dapil, the packed ballots are the manifest's TPS share of that dapil.
    const pengadaan = await csv(join(manifest, 'pengadaan.csv'));
    for (const p of pengadaan.filter((x) => x.kode_barang === 'surat_suara_dprd_kabkota')) {
      expect(rows.filter((t) => t.varian === p.varian).reduce((s, t) => s + n(t.jumlah), 0), p.varian).toBe(n(p.di_tps));
    }
  });
});
