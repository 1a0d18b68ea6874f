/**
 * Issue 10, point 4 end to end: the real Ciamis Pilkada 2024 recap (2,068 TPS, up to 600 voters),
 * run with the default Pemilu preset, gets one clear hint on the terminal instead of 2,021
 * capacity warnings; every warning is still data in validasi.csv and ringkasan.json.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from '../helpers/cli.js';

const CIAMIS = 'ciamis-pilkada-2024/rekap.csv';

/** TPS of the recap above a capacity, counted from the file itself (column dpt). */
async function over(dir: string, kapasitas: number): Promise<number> {
  const rows = (await readFile(join(dir, CIAMIS), 'utf8')).trim().split('\n').slice(1);
  return rows.filter((r) => Number(r.split(',')[4]) > kapasitas).length;
}

describe('a Pilkada roll under the Pemilu preset', () => {
  it('one hint on screen, the capacity warnings grouped under it, all of them in validasi.csv', async () => {
    const dir = await tempDir('ciamis-pilkada-2024');
    const lebih = await over(dir, 300);
    expect(lebih).toBe(2021);
    expect(await over(dir, 600)).toBe(0);
    const r = await runInProcess(['hitung', CIAMIS, '-o', 'o'], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const hint = lines.filter((l) => l.includes('capacity-fits-other-preset'));
    expect(hint).toEqual([
      '  PERINGATAN capacity-fits-other-preset (1): 2.021 dari 2.068 TPS melebihi kapasitas 300 pemilih preset pemilu-2024, dan 100 % di antaranya muat dalam kapasitas 600 preset pilkada-2024: tampaknya ini daftar untuk pilkada-2024',
    ]);
    expect(r.stdout).toContain('    Saran: Bila benar, jalankan ulang dengan -p pilkada-2024.');
    // no group of its own: one line under the hint, with the first places and the rest counted
    expect(lines.filter((l) => l.includes('tps-over-capacity ('))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('    tps-over-capacity: '))).toEqual([
      '    tps-over-capacity: ciamis-pilkada-2024/rekap.csv:2, ciamis-pilkada-2024/rekap.csv:3, ciamis-pilkada-2024/rekap.csv:4, ciamis-pilkada-2024/rekap.csv:5, ciamis-pilkada-2024/rekap.csv:6 dan 2.016 lagi (lihat validasi.csv)',
    ]);
    // every issue is data
    const validasi = await readFile(join(dir, 'o/validasi.csv'), 'utf8');
    expect(validasi.split('\n').filter((l) => l.includes(',tps-over-capacity,peringatan,')).length).toBe(lebih);
    // data files keep plain digits: 2021, never 2.021
    expect(validasi).toContain(',,,capacity-fits-other-preset,peringatan,"2021 dari 2068 TPS melebihi kapasitas 300 ');
    const ringkasan = JSON.parse(await readFile(join(dir, 'o/ringkasan.json'), 'utf8'));
    expect(ringkasan.masalah.per_kode).toMatchObject({ 'capacity-fits-other-preset': 1, 'tps-over-capacity': lebih });
  });

  it('run as the hint says, the roll has no capacity warning and no hint', async () => {
    const dir = await tempDir('ciamis-pilkada-2024');
    const r = await runInProcess(['hitung', CIAMIS, '-o', 'o', '-p', 'pilkada-2024', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const perKode = JSON.parse(r.stdout).masalah.per_kode;
    expect(perKode['tps-over-capacity']).toBeUndefined();
    expect(perKode['capacity-fits-other-preset']).toBeUndefined();
  });

  it('a real Pemilu roll gets no hint', async () => {
    const dir = await tempDir('prabumulih-pemilu-2024');
    const r = await runInProcess(['hitung', 'prabumulih-pemilu-2024/rekap.csv', '-o', 'o', '--json'], { cwd: dir });
    expect(JSON.parse(r.stdout).masalah.per_kode['capacity-fits-other-preset']).toBeUndefined();
  });

  it('in English', async () => {
    const dir = await tempDir('ciamis-pilkada-2024');
    const r = await runInProcess(['validasi', CIAMIS, '-o', 'o', '--lang', 'en'], { cwd: dir });
    expect(r.stdout).toContain(
      '  WARNING capacity-fits-other-preset (1): 2,021 of 2,068 TPS are above the 300-voter capacity of preset pemilu-2024, and 100 % of those fit the 600 of preset pilkada-2024: this looks like a roll for pilkada-2024',
    );
    expect(r.stdout).toContain('    Hint: If so, run again with -p pilkada-2024.');
  });
});
