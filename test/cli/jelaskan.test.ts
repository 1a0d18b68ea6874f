/**
 * `logistik preset NAME --jelaskan` (issue 11.5): every item, its rule in words, its source and a
 * mark saying whether it is law, reported or inferred, in Indonesian and English; the same marks in
 * the summary after a run; `--lingkup` on hitung and preset.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/core/config/index.js';
import { FIXTURES, runBinary, runInProcess, tempDir } from '../helpers/cli.js';
import { assertBuilt } from '../ux/rolls.js';

/** The lines of one item's block: from its title to the blank line after it. */
function block(out: string, kode: string): string[] {
  const lines = out.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${kode} — `));
  expect(start, kode).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', start);
  return lines.slice(start, end);
}

describe('logistik preset NAME --jelaskan', () => {
  it('lists every item of the preset with each number marked', async () => {
    const r = await runInProcess(['preset', 'pemilu-2024', '--jelaskan']);
    expect(r.code).toBe(0);
    for (const b of resolveConfig({}).barang) expect(r.stdout).toContain(`${b.kode} — ${b.nama} (${b.satuan})`);
    expect(r.stdout.split('\n')[0]).toBe('Pemilu 2024 (preset pemilu-2024): hari pemungutan 2024-02-14, kapasitas TPS 300 pemilih, lingkup kabkota');
    expect(block(r.stdout, 'tinta')).toEqual([
      'tinta — Tinta (40 ml) (botol)',
      '  [hukum]        di TPS: 2 per TPS',
      '                 sumber: PKPU 14/2023 Ps. 9 as quoted: 2 bottles per TPS/TPSLN; Maros, Kab. Malang fit (domain.md §3.2, §10.1)',
      '  [laporan]      pengada (yang mengganti bila kurang atau rusak): KPU RI',
      expect.stringContaining('                 sumber: Pemilu 2024: every ballot type'),
      '                 tanpa cadangan',
    ]);
  });

  it('says for each PSU stock who holds it and whether this lingkup counts it', async () => {
    const r = await runInProcess(['preset', 'pemilu-2024', '--jelaskan']);
    expect(block(r.stdout, 'surat_suara_ppwp')).toContain('  [simpulan]     tambahan (PSU) 1.000 per dapil, disimpan KPU RI — tidak dihitung: stok KPU RI, bukan milik daerah');
    expect(block(r.stdout, 'surat_suara_dpd')).toContain('  [simpulan]     tambahan (PSU) 1.000 per dapil, disimpan KPU Provinsi — tidak dihitung pada lingkup kabkota (dihitung dengan --lingkup provinsi)');
    expect(block(r.stdout, 'surat_suara_dprd_kabkota')).toContain('  [hukum]        tambahan (PSU) 1.000 per dapil, disimpan KPU Kab/Kota — dihitung pada lingkup kabkota');
    const provinsi = await runInProcess(['preset', 'pemilu-2024', '--jelaskan', '--lingkup', 'provinsi']);
    expect(block(provinsi.stdout, 'surat_suara_dpd')).toContain('  [simpulan]     tambahan (PSU) 1.000 per dapil, disimpan KPU Provinsi — dihitung pada lingkup provinsi');
  });

  it('in English with --lang en; counts the parts per mark', async () => {
    const r = await runInProcess(['preset', 'pilkada-2024', '--jelaskan', '--lang', 'en']);
    expect(r.stdout).toContain('Marks: [law] text of a law or regulation');
    expect(block(r.stdout, 'surat_suara_gubernur')).toEqual(expect.arrayContaining([
      '              applies except in province 34',
      '  [law]       at the TPS: 1 per voter',
      '  [reported]  reserve 2.5 % of the base, rounded up in each holding unit (per TPS)',
      '  [reported]  extra (PSU) 2,000 per election, held by KPU Provinsi — not counted in a kabkota run (counted with --lingkup provinsi)',
      '  [reported]  pengada (who replaces it when short or damaged): KPU Provinsi',
    ]));
    expect(block(r.stdout, 'segel_stiker')).toContain('  [inferred]  at the TPS: 24.5 per TPS, only in province 31, 34, rounded up per unit');
    const parts = resolveConfig({ preset: 'pilkada-2024' }).barang.reduce(
      (n, b) => n + b.alokasi.length + (b.cadanganPersen.num > 0 ? 1 : 0) + (b.tambahan ? 1 : 0) + (b.pengada ? 1 : 0),
      0,
    );
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^${parts} parts: \\d+ law, \\d+ reported, \\d+ inferred, 0 without a source\\.$`));
  });

  it('explains a config file too: a new item without a source is marked so; the total scope is said in words', async () => {
    const dir = await tempDir();
    const config = {
      extends: 'pemilu-2024',
      barang: [
        { kode: 'payung', nama: 'Payung', satuan: 'buah', alokasi: [{ tingkat: 'tps', basis: 'tps', rasio: 2 }], cadangan_persen: 5 },
        { kode: 'surat_suara_dpd', pembulatan_cadangan: 'total' },
      ],
    };
    await writeFile(join(dir, 'c.json'), JSON.stringify(config));
    const r = await runInProcess(['preset', '-c', 'c.json', '--jelaskan'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(block(r.stdout, 'payung')).toEqual([
      'payung — Payung (buah)',
      '  [tanpa sumber] di TPS: 2 per TPS',
      '                 sumber: tidak disebut',
      '  [tanpa sumber] cadangan 5 % dari kebutuhan, dibulatkan ke atas per unit penyimpanan (per TPS)',
      '                 sumber: tidak disebut',
      '                 pengada: tidak disebut; isi "pengada" di konfigurasi bila perlu',
    ]);
    expect(block(r.stdout, 'surat_suara_dpd')).toContain('  [laporan]      cadangan 2 % dari kebutuhan, dibulatkan ke atas sekali pada total per varian dan kab/kota, lalu dibagi ke TPS dengan sisa terbesar');
  });
});

describe('after a run', () => {
  it('the summary groups the items by the weakest mark of the numbers that counted', async () => {
    const dir = await tempDir('contoh');
    const r = await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'm'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout + r.stderr;
    expect(out).toContain('Dasar angka (rinci: logistik preset pemilu-2024 --jelaskan):');
    expect(out).toContain('  [hukum] tinta');
    // PPWP's PSU stock (inferred) is not counted in a kab/kota run, so its weakest number is the reserve rounding
    expect(out).toMatch(/^ {2}\[laporan\] surat_suara_ppwp, .*template_braille$/m);
    expect(out).toContain('  [simpulan] segel_stiker, daftar_calon, tanda_pengenal, alat_coblos, alat_tulis');
    const en = await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'm2', '--lang', 'en', '--lingkup', 'provinsi'], { cwd: dir });
    expect(en.stdout + en.stderr).toContain('Basis of the numbers (details: logistik preset pemilu-2024 --lingkup provinsi --jelaskan):');
  });

  it('--lingkup provinsi adds the province-held PSU, and the config digest covers it', async () => {
    const dir = await tempDir('contoh');
    const r = await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'm', '--lingkup', 'provinsi', '--json', '-q'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const pengadaan = await readFile(join(dir, 'm/pengadaan.csv'), 'utf8');
    expect(pengadaan).toMatch(/^surat_suara_dpd,[^,]+,lembar,,825,18,1000,1843,/m);
    expect(pengadaan).toMatch(/^surat_suara_ppwp,[^,]+,lembar,,825,18,0,843,/m);
    const shown = await runInProcess(['preset', 'pemilu-2024', '--lingkup', 'provinsi']);
    expect(JSON.parse(r.stdout).konfigurasi_sha256).toBe(createHash('sha256').update(shown.stdout).digest('hex'));
  });

  it('a bad --lingkup is a usage error (exit 2) before any input is read', async () => {
    const r = await runInProcess(['hitung', 'tidak-ada.csv', '--lingkup', 'nasional']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lingkup harus salah satu dari kabkota, provinsi, bukan nasional');
  });

  it('the reserve warning lands in validasi.csv and the summary with its hint', async () => {
    const dir = await tempDir('contoh');
    const config = { barang: [{ kode: 'payung', nama: 'Payung', satuan: 'buah', alokasi: [{ tingkat: 'tps', basis: 'tps', rasio: 1 }], cadangan_persen: 10 }] };
    await writeFile(join(dir, 'c.json'), JSON.stringify(config));
    const r = await runInProcess(['hitung', '-c', 'c.json', join(FIXTURES, 'contoh/pemilih.csv'), '-o', 'm'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout + r.stderr;
    expect(out).toContain('PERINGATAN reserve-rounding-inflated (1): Cadangan payung, dibulatkan per unit, menjadi 4 untuk kebutuhan 4: paling sedikit dua kali 10 % (dibulatkan sekali pada total: 1)');
    expect(out).toContain('Saran: Bila memang dimaksud, biarkan. Bila tidak, tulis "pembulatan_cadangan": "total" pada barang payung di berkas konfigurasi (atau ubah cadangan_persen).');
    expect(await readFile(join(dir, 'm/validasi.csv'), 'utf8')).toContain(',,,reserve-rounding-inflated,peringatan,');
  });
});

describe('config overflow through the real binary', () => {
  it('a quantity past 2^53 is exit 2 naming the item, past the schema\'s bounds exit 2 naming the path', async () => {
    assertBuilt();
    const dir = await tempDir();
    // The largest roll the reader accepts (1.000 TPS of 1.000.000 voters); only the config can overflow on it.
    const rows = Array.from({ length: 1000 }, (_, i) => `16.74.01.${i < 999 ? '1001' : '1002'},${(i % 999) + 1},1000000`);
    await writeFile(join(dir, 'rekap.csv'), `kode_kelurahan,tps,dpt\n${rows.join('\n')}\n`);
    const alokasi = Array.from({ length: 5 }, () => ({ tingkat: 'tps', basis: 'pemilih', rasio: 1_000_000 }));
    await writeFile(join(dir, 'c.json'), JSON.stringify({ barang: [{ kode: 'tinta', cadangan_persen: 100, alokasi }] }));
    const r = runBinary(['hitung', '-c', 'c.json', 'rekap.csv', '-o', 'm', '--lang', 'en'], { cwd: dir });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('Item tinta: a computed quantity passes 2^53');
    await writeFile(join(dir, 'c.json'), JSON.stringify({ barang: [{ kode: 'tinta', tambahan: { jumlah: 1e12, per: 'kegiatan' } }] }));
    const bound = runBinary(['hitung', '-c', 'c.json', 'rekap.csv', '-o', 'm'], { cwd: dir });
    expect(bound.code).toBe(2);
    expect(bound.stderr).toContain('barang[0].tambahan.jumlah');
  });
});
