/**
 * The end-of-run summary and colour (issue 6, point 2; anchors §C.2, §C.3): what the summary says,
 * when ANSI colour is used, and that machine output (files, --json) never holds any.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { BASE_ENV, runInProcess } from '../helpers/cli.js';
import { hasAnsi, stripSgr, workDir } from './rolls.js';

async function readCsv(path: string): Promise<{ header: string[]; rows: string[][] }> {
  const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
  return { header: (lines[0] ?? '').split(','), rows: lines.slice(1).map((l) => l.split(',')) };
}

/** Every file under a folder (recursively), as [relative name, bytes]. */
async function allFiles(dir: string, prefix = ''): Promise<[string, Buffer][]> {
  const out: [string, Buffer][] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) out.push(...(await allFiles(join(dir, entry.name), `${prefix}${entry.name}/`)));
    else out.push([`${prefix}${entry.name}`, await readFile(join(dir, entry.name))]);
  }
  return out;
}

describe('the summary after hitung (stderr)', () => {
  it('shows base, reserve, extras and packs per item, exactly as in pengadaan.csv', async () => {
    const dir = await workDir();
    const r = await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'o'], { cwd: dir });
    expect(r.code).toBe(0);
    const { header, rows } = await readCsv(join(dir, 'o/pengadaan.csv'));
    const col = (row: string[], name: string): string => row[header.indexOf(name)] ?? '';
    expect(rows.length).toBeGreaterThan(5);
    expect(r.stderr).toContain('Pengadaan:');
    for (const row of rows) {
      const name = col(row, 'varian') ? `${col(row, 'kode_barang')} [${col(row, 'varian')}]` : col(row, 'kode_barang');
      expect(r.stderr).toContain(
        `  ${name}: kebutuhan ${col(row, 'kebutuhan')} + cadangan ${col(row, 'cadangan')} + tambahan ${col(row, 'tambahan')} = ${col(row, 'jumlah')}; ` +
          `${col(row, 'jumlah_kemasan')} kemasan, pengadaan ${col(row, 'jumlah_pengadaan')}`,
      );
    }
    // a concrete line, checked by hand: 825 voters, reserve ceil(2 % per TPS) summed = 18, 1000 PSU ballots
    expect(r.stderr).toContain('surat_suara_ppwp: kebutuhan 825 + cadangan 18 + tambahan 1000 = 1843; 1843 kemasan, pengadaan 1843');
  });

  it('shows the counts of kecamatan, kelurahan, TPS and voters as in ringkasan.json, and each input', async () => {
    const dir = await workDir();
    const r = await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'o'], { cwd: dir });
    const { jumlah } = JSON.parse(await readFile(join(dir, 'o/ringkasan.json'), 'utf8'));
    expect(jumlah).toEqual({ kecamatan: 1, kelurahan: 2, tps: 4, pemilih: 825 });
    expect(r.stderr).toContain('Wilayah: 1 kecamatan, 2 kelurahan/desa, 4 TPS, 825 pemilih');
    expect(r.stderr).toContain('contoh/pemilih.csv (pemilih): 825 baris data, 825 dihitung, 0 ditolak');
    expect(r.stderr.split('\n')[0]).toBe('logistik hitung — preset pemilu-2024');
  });

  it('says where the files went', async () => {
    const dir = await workDir();
    const ok = await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'keluaran/manifes'], { cwd: dir });
    expect(ok.stderr.trimEnd().split('\n').at(-1)).toBe('Manifes ditulis ke keluaran/manifes/');
    const bad = await runInProcess(['hitung', 'bad.csv', '-o', 'cek'], { cwd: dir });
    expect(bad.stderr).toContain('Hanya validasi.csv dan ringkasan.json ditulis ke cek/');
    const en = await runInProcess(['hitung', 'bad.csv', '-o', 'cek', '--allow-invalid', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toContain('--allow-invalid: 3 rejected rows are NOT counted in the manifests');
    expect(en.stderr.trimEnd().split('\n').at(-1)).toBe('Manifests written to cek/');
  });

  it('groups issues by code (code-point order) with counts, message, first lines and hint', async () => {
    const dir = await workDir();
    const r = await runInProcess(['hitung', 'bad.csv', '-o', 'o'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Masalah: 3 galat, 1 peringatan');
    const groups = [...r.stderr.matchAll(/^ {2}([a-z-]+) \((\d+)\) /gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(groups).toEqual(['duplicate-nik 1', 'jenis-kelamin 1', 'nik-format 1', 'nik-spreadsheet 1']);
    expect(r.stderr).toContain('  duplicate-nik (1) NIK 167404******0001 sudah ada di bad.csv baris 2.\n    bad.csv:4\n    Hapus salah satu baris');
    expect(r.stderr).toContain('nik-spreadsheet (1)');
    expect(r.stderr).toContain('    bad.csv:3\n');
    // a NIK never appears in clear, in the summary or anywhere else
    expect(r.stderr).not.toContain('1674047112760001');
  });

  it('names the first five lines of a group and counts the rest', async () => {
    const dir = await workDir();
    const rows = Array.from({ length: 8 }, (_, i) => `16.74.04.1001,Rambang,Tanjung,001,16740471127${i}`);
    await writeFile(join(dir, 'pendek.csv'), ['kode_kelurahan,kecamatan,kelurahan,tps,nik', ...rows, ''].join('\n'));
    const r = await runInProcess(['hitung', 'pendek.csv', '-o', 'o'], { cwd: dir });
    expect(r.stderr).toContain('  nik-format (8) ');
    expect(r.stderr).toContain('    pendek.csv:2, pendek.csv:3, pendek.csv:4, pendek.csv:5, pendek.csv:6 dan 3 lagi (lihat validasi.csv)');
    const en = await runInProcess(['hitung', 'pendek.csv', '-o', 'o', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toContain('pendek.csv:6 and 3 more (see validasi.csv)');
  });

  it('names a file once for issues about the whole file (no line), and counts only what it does not show', async () => {
    const dir = await workDir();
    await writeFile(join(dir, 'dapil.csv'), 'kode_wilayah,jenis,dapil\n16.74.01,dpr,SATU\n');
    const r = await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'o', '--dapil', 'dapil.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    const group = r.stderr.split('\n').findIndex((l) => l.startsWith('  dapil-unmapped ('));
    expect(group).toBeGreaterThan(0);
    expect(r.stderr.split('\n')[group + 1]).toBe('    dapil.csv');
  });

  it('--quiet prints nothing on a clean run, and still the issues and the outcome when there are errors', async () => {
    const dir = await workDir();
    const ok = await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'o', '--quiet'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe('');
    const bad = await runInProcess(['hitung', 'bad.csv', '-o', 'o', '-q'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('duplicate-nik (1)');
    expect(bad.stderr).toContain('manifes TIDAK ditulis');
    expect(bad.stderr).not.toContain('Wilayah:');
  });

  it('never leaves a {placeholder} unfilled, in either language', async () => {
    const dir = await workDir();
    const runs = [
      ['hitung', 'contoh/pemilih.csv', '-o', 'a'],
      ['hitung', 'bad.csv', '-o', 'b'],
      ['hitung', 'bad.csv', '-o', 'c', '--allow-invalid'],
      ['validasi', 'bad.csv', '-o', 'd'],
      ['hitung', 'contoh/pemilih.csv', '-o', 'a', '--check'],
      ['hitung', 'contoh/pemilih.csv', '-o', 'b', '--check'],
      ['banding', 'a', 'c'],
      ['hitung', 'tidak-ada.csv'],
      ['hitung', 'x.csv', '--jsn'],
      ['init', 'i'],
      ['init', 'i'],
    ];
    for (const lang of ['id', 'en']) {
      for (const argv of runs) {
        const r = await runInProcess([...argv, '--lang', lang], { cwd: dir });
        expect(`${r.stdout}${r.stderr}`, argv.join(' ')).not.toMatch(/\{[a-z_]+\}/i);
      }
    }
  });
});

describe('colour', () => {
  const summary = async (opts: { isTTY: boolean; env?: Record<string, string>; argv?: string[] }) => {
    const dir = await workDir();
    return runInProcess(['hitung', 'bad.csv', '-o', 'o', '--allow-invalid', ...(opts.argv ?? [])], { cwd: dir, isTTY: opts.isTTY, env: opts.env ?? {} });
  };

  it('is off when stderr is not a terminal (pipes, CI logs)', async () => {
    expect(hasAnsi((await summary({ isTTY: false })).stderr)).toBe(false);
    expect(hasAnsi((await summary({ isTTY: false, env: { CI: 'true' } })).stderr)).toBe(false);
  });

  it('is on when stderr is a terminal: headings bold, errors red, warnings yellow', async () => {
    const r = await summary({ isTTY: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('\u001b[1mlogistik hitung'); // bold title
    expect(r.stderr).toContain('\u001b[31mduplicate-nik (1)'); // galat in red
    expect(r.stderr).toContain('\u001b[33mjenis-kelamin (1)'); // peringatan in yellow
    // colour changes nothing but the escapes
    const plain = (await summary({ isTTY: false })).stderr;
    expect(stripSgr(r.stderr)).toBe(plain);
  });

  it('is off with NO_COLOR set to anything non-empty, or --no-color, even on a terminal', async () => {
    expect(hasAnsi((await summary({ isTTY: true, env: { NO_COLOR: '1' } })).stderr)).toBe(false);
    expect(hasAnsi((await summary({ isTTY: true, env: { NO_COLOR: 'false' } })).stderr)).toBe(false);
    expect(hasAnsi((await summary({ isTTY: true, argv: ['--no-color'] })).stderr)).toBe(false);
    // NO_COLOR beats FORCE_COLOR (no-color.org: "regardless of its value")
    expect(hasAnsi((await summary({ isTTY: true, env: { NO_COLOR: '1', FORCE_COLOR: '3' } })).stderr)).toBe(false);
    expect(hasAnsi((await summary({ isTTY: false, argv: ['--no-color'], env: { FORCE_COLOR: '1' } })).stderr)).toBe(false);
  });

  it('an empty NO_COLOR does not disable it', async () => {
    expect(hasAnsi((await summary({ isTTY: true, env: { NO_COLOR: '' } })).stderr)).toBe(true);
  });

  it('FORCE_COLOR=1 forces it on a pipe; FORCE_COLOR=0 and TERM=dumb turn it off on a terminal', async () => {
    expect(hasAnsi((await summary({ isTTY: false, env: { FORCE_COLOR: '1' } })).stderr)).toBe(true);
    expect(hasAnsi((await summary({ isTTY: true, env: { FORCE_COLOR: '0' } })).stderr)).toBe(false);
    expect(hasAnsi((await summary({ isTTY: true, env: { TERM: 'dumb' } })).stderr)).toBe(false);
  });

  it('usage and input errors follow the same rule', async () => {
    const tty = await runInProcess(['hitung', 'x.csv', '--jsn'], { isTTY: true });
    expect(tty.stderr).toContain('\u001b[31mgalat\u001b[39m: Opsi tidak dikenal');
    expect(hasAnsi((await runInProcess(['hitung', 'x.csv', '--jsn'], { isTTY: true, env: { NO_COLOR: '1' } })).stderr)).toBe(false);
    expect(hasAnsi((await runInProcess(['hitung', 'tidak-ada.csv'], { isTTY: false })).stderr)).toBe(false);
    expect(hasAnsi((await runInProcess(['hitung', 'x.csv', '--lang', 'fr'], { isTTY: false })).stderr)).toBe(false);
  });
});

describe('machine output never holds colour, and --json is one JSON document', () => {
  const forced = { isTTY: true, env: { FORCE_COLOR: '3' } };

  it('no ANSI in any written file, even with colour forced on a terminal', async () => {
    const dir = await workDir();
    for (const [roll, out] of [['contoh/pemilih.csv', 'ok'], ['bad.csv', 'bad'], ['bad.csv', 'allow']] as const) {
      const extra = out === 'allow' ? ['--allow-invalid'] : [];
      const r = await runInProcess(['hitung', roll, '-o', out, '--excel', ...extra], { cwd: dir, ...forced });
      expect(hasAnsi(r.stderr), 'colour is on for the summary').toBe(true);
      const files = await allFiles(join(dir, out));
      expect(files.length).toBeGreaterThanOrEqual(2);
      for (const [name, bytes] of files) expect(hasAnsi(bytes), `${out}/${name}`).toBe(false);
    }
  });

  it.each([
    ['hitung', ['hitung', 'contoh/pemilih.csv', '-o', 'o', '--json'], 0],
    ['hitung with errors', ['hitung', 'bad.csv', '-o', 'o', '--json'], 1],
    ['hitung --allow-invalid', ['hitung', 'bad.csv', '-o', 'o', '--json', '--allow-invalid'], 0],
    ['validasi', ['validasi', 'bad.csv', '-o', 'o', '--json'], 1],
    ['hitung --check', ['hitung', 'contoh/pemilih.csv', '-o', 'o', '--json', '--check'], 1],
  ] as const)('%s --json: stdout is exactly one JSON document, without ANSI, colour forced', async (_name, argv, code) => {
    const dir = await workDir();
    const r = await runInProcess(argv, { cwd: dir, ...forced });
    expect(r.code, r.stderr).toBe(code);
    expect(hasAnsi(r.stdout)).toBe(false);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    const doc = JSON.parse(r.stdout);
    expect(doc.versi_format).toBe(1);
  });

  it('hitung --json prints what ringkasan.json holds, byte for byte', async () => {
    const dir = await workDir();
    const r = await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'o', '--json'], { cwd: dir, ...forced });
    expect(r.stdout).toBe(await readFile(join(dir, 'o/ringkasan.json'), 'utf8'));
  });

  it('banding --json and preset print one JSON document without ANSI', async () => {
    const dir = await workDir();
    await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'a'], { cwd: dir });
    await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'b', '-p', 'pilkada-2024'], { cwd: dir });
    const banding = await runInProcess(['banding', 'a', 'b', '--json'], { cwd: dir, ...forced });
    expect(banding.code).toBe(1);
    expect(hasAnsi(banding.stdout)).toBe(false);
    expect(JSON.parse(banding.stdout).sama).toBe(false);
    for (const argv of [['preset', 'pemilu-2024'], ['preset', '--schema']]) {
      const r = await runInProcess(argv, forced);
      expect(hasAnsi(r.stdout)).toBe(false);
      expect(() => JSON.parse(r.stdout)).not.toThrow();
    }
  });

  it('banding to a pipe has no colour even when stderr is a terminal (logistik banding a b > beda.txt)', async () => {
    const dir = await workDir();
    await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'a'], { cwd: dir });
    await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'b', '-p', 'pilkada-2024'], { cwd: dir });
    let stdout = '';
    const code = await runCli(['banding', 'a', 'b'], {
      stdout: { write: (s: string) => (stdout += s), isTTY: false },
      stderr: { write: () => true, isTTY: true },
      env: { ...BASE_ENV },
      cwd: dir,
    });
    expect(code).toBe(1);
    expect(stdout).toContain('surat_suara_ppwp');
    expect(hasAnsi(stdout)).toBe(false);
    // and on a terminal it is coloured like the rest
    const tty = await runInProcess(['banding', 'a', 'b'], { cwd: dir, isTTY: true });
    expect(stripSgr(tty.stdout)).toBe(stdout);
    expect(hasAnsi(tty.stdout)).toBe(true);
  });
});
