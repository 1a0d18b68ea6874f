/**
 * The whole chain as a KPU office runs it, on the bundled example and its example receipts: the
 * real `hitung`, then the real `terima` and `kemas` on its manifest, then `cetak` on each folder.
 * The page tests elsewhere use folders made from the contract; this one shows the pages take the
 * commands' own output as it is, and that the request letter prints each row of usulan-pemenuhan.csv.
 */
import { readdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, runInProcess, tempDir } from '../helpers/cli.js';
import { readCsv } from './folders.js';

let dir = '';
const run = async (argv: readonly string[]): Promise<void> => {
  const r = await runInProcess(argv, { cwd: dir });
  expect(r.code, `${argv.join(' ')}\n${r.stderr}`).toBe(0);
};

beforeAll(async () => {
  dir = await tempDir();
  await symlink(join(REPO, 'fixtures'), join(dir, 'fixtures'));
  await run(['hitung', 'fixtures/contoh/pemilih.csv', '-q']);
  await run(['terima', 'fixtures/penerimaan/penerimaan.csv', '--tps', 'fixtures/penerimaan/konfirmasi-kpps.csv', '-q']);
  await run(['kemas', 'manifest', '-q']);
}, 120_000);

describe('cetak on the real output of hitung, terima and kemas', () => {
  it.each([
    ['manifest', ['laporan.html', 'ringkasan.json']],
    ['rekonsiliasi', ['berita-acara-pemusnahan.html', 'ringkasan.json', 'usulan-pemenuhan.html']],
    ['kemas', ['daftar-periksa-tps.html', 'label-kotak.html', 'ringkasan.json', 'serah-terima.html']],
  ])('%s: exit 0 and the pages of its kind', async (folder, pages) => {
    await run(['cetak', folder, '-q']);
    expect((await readdir(join(dir, folder, 'cetak'))).sort()).toEqual(pages);
  });

  it('the request letter has one table row per usulan-pemenuhan.csv row, with its damaged, short and total', async () => {
    const rows = await readCsv(join(dir, 'rekonsiliasi/usulan-pemenuhan.csv'));
    expect(rows.length).toBeGreaterThan(0);
    const html = await readFile(join(dir, 'rekonsiliasi/cetak/usulan-pemenuhan.html'), 'utf8');
    const cells = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...(m[1] ?? '').matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => c[1]));
    for (const r of rows) {
      const row = cells.find((c) => c[1] === r.nama_barang);
      expect(row, r.nama_barang).toBeDefined();
      // The last three cells: rusak, kurang_kirim, kekurangan (small numbers here: no grouping).
      expect(row!.slice(-3), r.nama_barang).toEqual([r.rusak, r.kurang_kirim, r.kekurangan]);
    }
  });
});
