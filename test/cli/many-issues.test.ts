import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from '../helpers/cli.js';

describe('a roll with hundreds of thousands of bad rows', () => {
  it('reports every one of them instead of crashing (no spread of huge arrays into call arguments)', async () => {
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
    const validasi = await readFile(join(dir, 'm/validasi.csv'), 'utf8');
    expect(validasi.split('\n').length).toBe(rows + 2);
  }, 60_000);
});
