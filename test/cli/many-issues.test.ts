import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from '../helpers/cli.js';

describe('a roll with hundreds of thousands of bad rows', () => {
  it('reports every one of them in validasi.csv, caps the terminal list and says how many it did not show', async () => {
    const dir = await tempDir();
    const rows = 200_000;
    const lines = ['kode_kelurahan,tps,nik'];
    // 15-digit NIKs: each row is a nik-spreadsheet error.
    for (let i = 0; i < rows; i++) lines.push(`16.74.01.1001,001,167401010190${String(i % 1000).padStart(3, '0')}`);
    await writeFile(join(dir, 'rusak.csv'), `${lines.join('\n')}\n`);
    const r = await runInProcess(['hitung', 'rusak.csv', '--out', 'm', '--json'], { cwd: dir });
    expect(r.code, r.stderr.slice(0, 500)).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.masukan[0]).toMatchObject({ baris_data: rows, dihitung: 0, ditolak: rows });
    expect(doc.masalah.galat).toBe(rows);
    // The terminal names the first 5 lines of the one code; the rest are counted, not shown.
    expect(doc.masalah.baris_pertama['nik-spreadsheet']).toEqual([2, 3, 4, 5, 6].map((baris) => ({ berkas: 'rusak.csv', baris })));
    expect(doc.masalah.tidak_ditampilkan).toBe(rows - 5);
    // With --json the report goes to stderr (stdout holds the one document).
    expect(r.stderr).toContain('rusak.csv:2, rusak.csv:3, rusak.csv:4, rusak.csv:5, rusak.csv:6 dan 199.995 lagi (lihat validasi.csv)');
    expect(r.stderr).toContain('\n199.995 masalah tidak disebut satu per satu di atas; semuanya ada di validasi.csv.\n');
    expect(r.stderr.split('\n').length).toBeLessThan(20);
    expect(JSON.parse(await readFile(join(dir, 'm/ringkasan.json'), 'utf8'))).toEqual(doc);
    const validasi = await readFile(join(dir, 'm/validasi.csv'));
    expect(validasi.toString('utf8').split('\n').length).toBe(rows + 2);
    // Held in ~1 MiB of memory, the issues spill to disk in ~60 sorted runs: the same bytes.
    const spilled = await runInProcess(['hitung', 'rusak.csv', '--out', 'm2', '--json'], { cwd: dir, env: { LOGISTIK_ISSUE_BUDGET_BYTES: String(1 << 20) } });
    expect(spilled.stdout).toBe(r.stdout);
    expect((await readFile(join(dir, 'm2/validasi.csv'))).equals(validasi)).toBe(true);
  }, 120_000);
});
