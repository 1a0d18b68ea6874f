import { spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, REPO, tempDir } from '../helpers/cli.js';
import { requireBuild } from './helpers.js';

/**
 * Issue 4, point 5, and issue 10.2: the recipes in docs/audit.md, run as written with `sha256sum`
 * and `sh`, on the bundled example. The CI script is taken verbatim from the document, and the
 * digests and lines the document shows must be the ones a run gives today.
 */

let dir: string;
let env: Record<string, string>;
let doc: string;

function sh(script: string, extra: Record<string, string> = {}) {
  const r = spawnSync('sh', ['-c', script], { cwd: dir, env: { ...env, ...extra }, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  requireBuild();
  dir = await tempDir();
  await cp(join(FIXTURES, 'contoh/pemilih.csv'), join(dir, 'contoh/pemilih.csv'));
  // `logistik` on PATH, as an installed tool would be.
  const bin = join(dir, '.bin');
  await mkdir(bin);
  await writeFile(join(bin, 'logistik'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  await chmod(join(bin, 'logistik'), 0o755);
  env = { PATH: `${bin}:${process.env.PATH ?? ''}`, LANG: 'C', TZ: 'UTC' };
  doc = await readFile(join(REPO, 'docs/audit.md'), 'utf8');
  expect(sh('logistik hitung contoh/pemilih.csv --out manifest --quiet').code).toBe(0);
});

describe('docs/audit.md recipes', () => {
  it('step 1: sha256sum of the input equals masukan[].sha256, and the document shows that digest', async () => {
    const ringkasan = JSON.parse(await readFile(join(dir, 'manifest/ringkasan.json'), 'utf8')) as { masukan: Array<{ berkas: string; sha256: string }>; konfigurasi_sha256: string; keluaran: Array<{ berkas: string; sha256: string }> };
    const r = sh('sha256sum contoh/pemilih.csv');
    expect(r.stdout).toBe(`${ringkasan.masukan[0]?.sha256}  contoh/pemilih.csv\n`);
    expect(doc).toContain(`# ${r.stdout.trim()}`);
    const g = sh(`grep -B1 '"sha256"' manifest/ringkasan.json`);
    expect(g.stdout).toContain(`"sha256": "${ringkasan.masukan[0]?.sha256}"`);
  });

  it('step 2: logistik preset NAME | sha256sum equals konfigurasi_sha256', async () => {
    const ringkasan = JSON.parse(await readFile(join(dir, 'manifest/ringkasan.json'), 'utf8')) as { konfigurasi_sha256: string };
    const r = sh('logistik preset pemilu-2024 | sha256sum');
    expect(r.stdout).toBe(`${ringkasan.konfigurasi_sha256}  -\n`);
    expect(doc).toContain(`# ${r.stdout.trim()}`);
    // konfigurasi.json beside the manifests is those bytes.
    const k = sh('sha256sum manifest/konfigurasi.json');
    expect(k.stdout).toBe(`${ringkasan.konfigurasi_sha256}  manifest/konfigurasi.json\n`);
    expect(doc).toContain(`# ${k.stdout.trim()}`);
    // A config file kept in the printed form hashes to the same digest.
    expect(sh('logistik preset pemilu-2024 > konfigurasi.json && sha256sum konfigurasi.json').stdout).toBe(`${ringkasan.konfigurasi_sha256}  konfigurasi.json\n`);
    // Checking with that file as -c: every manifest is identical and the config in effect is the
    // same; only ringkasan.json differs, because it records which -c file was used.
    const withFile = sh('logistik hitung -c konfigurasi.json contoh/pemilih.csv --out manifest --check --json');
    expect(withFile.code).toBe(1);
    const perbedaan = (JSON.parse(withFile.stdout) as { perbedaan: { berkas: Array<{ berkas: string }>; sebab: Array<{ jenis: string }> } }).perbedaan;
    expect(perbedaan.berkas.map((b) => b.berkas)).toEqual(['ringkasan.json']);
    expect(perbedaan.sebab.map((c) => c.jenis)).toEqual(['konfigurasi']);
  });

  it('step 3: the same command line with --check exits 0', () => {
    const r = sh('logistik hitung contoh/pemilih.csv --out manifest --check; echo "exit $?"');
    // the verdict is the command's output, as the document shows it
    expect(r.stdout).toBe('Manifes di manifest/ sudah mutakhir.\nexit 0\n');
    expect(doc).toContain('# Manifes di manifest/ sudah mutakhir.');
    expect(r.stderr).toBe('');
  });

  it('step 4: sha256sum of each output equals keluaran[], as the document shows', async () => {
    const ringkasan = JSON.parse(await readFile(join(dir, 'manifest/ringkasan.json'), 'utf8')) as { keluaran: Array<{ berkas: string; sha256: string }> };
    const command = 'cd manifest && sha256sum distribusi-kecamatan.csv distribusi-kelurahan.csv distribusi-kpu.csv distribusi-tps.csv konfigurasi.json pengadaan.csv validasi.csv';
    expect(doc).toContain(command);
    const r = sh(command);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(ringkasan.keluaran.map((k) => `${k.sha256}  ${k.berkas}\n`).join(''));
    for (const line of r.stdout.trim().split('\n')) expect(doc).toContain(`# ${line}`);
  });

  it('step 5: a changed roll is named with the numbers that differ; banding of a new folder rolls up per kecamatan', async () => {
    // In a copy, so the other steps keep the roll as handed over.
    const copy = await tempDir();
    await cp(dir, copy, { recursive: true });
    const run = (script: string) => spawnSync('sh', ['-c', script], { cwd: copy, env, encoding: 'utf8' });
    const check = run(`sed -i '2,4d' contoh/pemilih.csv && logistik hitung contoh/pemilih.csv --out manifest --check`);
    expect(check.status).toBe(1);
    const shown = (block: string): string[] =>
      block.split('\n').filter((l) => l.startsWith('# ') && !l.includes('…')).map((l) => l.slice(2).trimEnd());
    const section = doc.slice(doc.indexOf('5. **Bila berbeda.**'), doc.indexOf('## Audit recipe (English)'));
    const [checkBlock, bandingBlock] = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => (m[1] ?? '').replace(/^ {3}/gm, ''));
    const checkLines = check.stdout.split('\n').map((l) => l.trimEnd());
    for (const line of shown(checkBlock ?? '')) expect(checkLines, line).toContain(line);
    expect(check.stdout).toContain('masukan contoh/pemilih.csv: isinya berubah');
    const banding = run('logistik hitung contoh/pemilih.csv --out manifest-baru --quiet && logistik banding manifest manifest-baru');
    expect(banding.status).toBe(1);
    const bandingLines = banding.stdout.split('\n');
    expect(shown(bandingBlock ?? '').length).toBeGreaterThan(4);
    for (const line of shown(bandingBlock ?? '')) expect(bandingLines, line).toContain(line);
  });

  it('the CI script, verbatim from the document: exit 0 when current, 1 on drift', async () => {
    const m = /<!-- ci-script:start -->\n```sh\n([\s\S]*?)```\n<!-- ci-script:end -->/.exec(doc);
    const script = m?.[1];
    if (!script) throw new Error('docs/audit.md: CI script block not found');
    await writeFile(join(dir, 'cek-manifest.sh'), script);
    const ok = sh('sh cek-manifest.sh');
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toBe('manifests current\n');
    const path = join(dir, 'manifest/pengadaan.csv');
    await writeFile(path, `${await readFile(path, 'utf8')}tambahan,baris\n`);
    const drift = sh('sh cek-manifest.sh', { ROLL: 'contoh/pemilih.csv', OUT: 'manifest' });
    expect(drift.code).toBe(1);
    // --quiet keeps a current check silent and still lists the drift (on stdout, the command's output)
    expect(drift.stdout).toContain('pengadaan.csv: diubah setelah ditulis');
    expect(drift.stderr).toContain('manifests drifted (exit 1)');
  });
});
