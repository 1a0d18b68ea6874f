/**
 * Golden files of `petakan` on one real case (Kepulauan Seribu, Pemilu 2024 TPS merged for Pilkada
 * 2024 at 600), byte for byte, and the numbers in them checked by hand below: the committed files
 * are only trusted because these independent checks pass on them. Regenerate with UPDATE_GOLDEN=1
 * only after checking the change is right.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FIXTURES, REPO, runInProcess, tempDir } from '../helpers/cli.js';

const EXPECTED = join(REPO, 'test/golden/expected-petakan/kepulauan-seribu-pilkada-2024');
const rows = async (name: string): Promise<Record<string, string>[]> => parse(await readFile(join(EXPECTED, name)), { columns: true });

describe('golden: petakan -p pilkada-2024 kepulauan-seribu-pemilu-2024/rekap.csv', () => {
  it('matches the committed files byte for byte', async () => {
    const out = join(await tempDir(), 'pemetaan');
    const r = await runInProcess(['petakan', '-p', 'pilkada-2024', 'kepulauan-seribu-pemilu-2024/rekap.csv', '-o', out, '-q'], { cwd: FIXTURES });
    expect(r.code, r.stderr).toBe(0);
    const files = (await readdir(out)).sort();
    if (process.env.UPDATE_GOLDEN === '1') {
      await mkdir(EXPECTED, { recursive: true });
      for (const f of files) await writeFile(join(EXPECTED, f), await readFile(join(out, f)));
    }
    expect(files).toEqual((await readdir(EXPECTED)).sort());
    for (const f of files) expect(await readFile(join(out, f), 'utf8'), f).toBe(await readFile(join(EXPECTED, f), 'utf8'));
  });
});

describe('the golden numbers, checked by hand', () => {
  it('lower bounds: ⌈DPT / 600⌉ per kelurahan, 34 in all', async () => {
    // 4446/600 = 7.4 → 8; 4597 → 7.7 → 8; 1953 → 3.3 → 4; 1756 → 2.9 → 3; 3994 → 6.7 → 7; 1834 → 3.1 → 4
    const pemetaan = await rows('pemetaan-kelurahan.csv');
    expect(pemetaan.map((r) => [r.dpt, r.batas_bawah])).toEqual([['4446', '8'], ['4597', '8'], ['1953', '4'], ['1756', '3'], ['3994', '7'], ['1834', '4']]);
    const ringkasan = JSON.parse(await readFile(join(EXPECTED, 'ringkasan.json'), 'utf8'));
    expect([ringkasan.tps_sekarang, ringkasan.batas_bawah, ringkasan.tps_usulan]).toEqual([73, 34, 39]);
  });

  it('Pulau Untung Jawa: 3 TPS cannot hold it, so 4, as neighbours: 001+002, 003+004, 005+006, 007', async () => {
    // Old TPS 271 277 269 270 273 177 219 (Σ 1756, bound 3). Any two of the five ≥ 269 leave
    // ≤ 62 in their TPS; in 3 TPS one must hold a single one of them plus 177 and 219:
    // 269 + 177 + 219 = 665 > 600. So 4. Next fit in number order makes 4, all neighbours (runs
    // = bins, the least possible), and the first new TPS cannot take more: 271 + 277 + 269 > 600.
    const usulan = (await rows('usulan-tps.csv')).filter((r) => r.kode_kelurahan === '31.01.02.1001');
    expect(usulan.map((r) => [r.tps, r.dpt, r.tps_asal])).toEqual([
      ['001', '548', '001;002'], ['002', '539', '003;004'], ['003', '450', '005;006'], ['004', '219', '007'],
    ]);
  });

  it('Pulau Kelapa keeps its special-location TPS 901, 902, 904, 905 as they are', async () => {
    const usulan = (await rows('usulan-tps.csv')).filter((r) => r.keterangan === 'lokasi_khusus');
    expect(usulan.map((r) => [r.kode_kelurahan, r.tps, r.dpt])).toEqual([
      ['31.01.01.1002', '901', '258'], ['31.01.01.1002', '902', '258'], ['31.01.01.1002', '904', '50'], ['31.01.01.1002', '905', '88'],
    ]);
  });

  it('kits: per-TPS items fall with the TPS count; ballots only by the per-TPS rounding of the reserve', async () => {
    const usulan = await rows('usulan-tps.csv');
    const rekap = parse(await readFile(join(FIXTURES, 'kepulauan-seribu-pemilu-2024/rekap.csv')), { columns: true }) as Record<string, string>[];
    // Pilkada 2024: ballots per TPS = dpt + ⌈dpt × 25 / 1000⌉; no regent/mayor race in DKI (31)
    const ballots = (list: Record<string, string>[]): number => list.reduce((s, r) => s + Number(r.dpt) + Math.ceil((Number(r.dpt) * 25) / 1000), 0);
    const selisih: Record<string, Record<string, string>> = Object.fromEntries((await rows('selisih-barang.csv')).map((r) => [r.kode_barang, r]));
    expect(Number(selisih.surat_suara_gubernur!.jumlah_sekarang)).toBe(ballots(rekap));
    expect(Number(selisih.surat_suara_gubernur!.jumlah_usulan)).toBe(ballots(usulan));
    expect(selisih.surat_suara_bupati_walikota!.jumlah_usulan).toBe('0');
    // 4 booths and 2 ink bottles per TPS (pilkada-2024 preset): 73 → 39 TPS
    expect([selisih.bilik_suara!.jumlah_sekarang, selisih.bilik_suara!.jumlah_usulan, selisih.bilik_suara!.hemat]).toEqual(['292', '156', '136']);
    expect([selisih.tinta!.jumlah_sekarang, selisih.tinta!.jumlah_usulan]).toEqual(['146', '78']);
    // sticker seals: 49 per TPS for two races, half rounded up (25) where one is held, as in DKI
    expect([selisih.segel_stiker!.jumlah_sekarang, selisih.segel_stiker!.jumlah_usulan]).toEqual([String(25 * 73), String(25 * 39)]);
    for (const r of Object.values(selisih)) expect(Number(r.hemat)).toBe(Number(r.jumlah_sekarang) - Number(r.jumlah_usulan));
  });

  it('the recap for hitung is usulan-tps.csv without its last columns', async () => {
    const usulan = await rows('usulan-tps.csv');
    const rekap = await rows('rekap-tps.csv');
    expect(rekap).toEqual(usulan.map(({ tps_asal: _a, keterangan: _k, ...r }) => r));
  });
});
