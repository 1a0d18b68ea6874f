/** The real bin/logistik.js running kemas: exit 0, 1, 2 and 3 as a CI job or a user sees them. */
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runBinary, tempDir } from '../helpers/cli.js';
import { assertBuilt } from '../ux/rolls.js';

async function manifest(): Promise<string> {
  assertBuilt();
  const dir = await tempDir();
  await cp(join(FIXTURES, 'kepulauan-seribu-pemilu-2024/rekap.csv'), join(dir, 'rekap.csv'));
  const r = runBinary(['hitung', 'rekap.csv', '--quiet'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return dir;
}

describe('bin/logistik.js kemas', () => {
  it('exit 0: the five lists and ringkasan.json in kemas/, the report on stdout, nothing on stderr', async () => {
    const dir = await manifest();
    const r = runBinary(['kemas', 'manifest'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Ambil dari gudang untuk tiap PPK');
    expect((await readdir(join(dir, 'kemas'))).filter((f) => !f.startsWith('.')).length).toBe(6);
  });

  it('exit 1: a tampered manifest, named', async () => {
    const dir = await manifest();
    const path = join(dir, 'manifest/pengadaan.csv');
    await writeFile(path, `${await readFile(path, 'utf8')}\n`);
    const r = runBinary(['kemas', 'manifest'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('pengadaan.csv');
  });

  it('exit 2: a -c that changes what hitung read', async () => {
    const dir = await manifest();
    await writeFile(join(dir, 'k.json'), JSON.stringify({ kapasitas_tps: 500 }));
    const r = runBinary(['kemas', 'manifest', '-c', 'k.json', '--json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).galat.kode).toBe('config-later-changes-hitung');
    expect(r.stderr).toContain('kapasitas_tps');
  });

  it('exit 3: no manifest there', async () => {
    const dir = await tempDir();
    const r = runBinary(['kemas', 'manifest'], { cwd: dir });
    expect(r.code).toBe(3);
  });
});
