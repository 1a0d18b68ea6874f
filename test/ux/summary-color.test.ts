/**
 * The end-of-run summary and colour (issue 6, point 2; anchors §C.2, §C.3): what the summary says,
 * when ANSI colour is used, and that machine output (files, --json) never holds any.
 */
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { BASE_ENV, FIXTURES, runInProcess, tempDir } from '../helpers/cli.js';
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

/** A number as Indonesian readers group it, from the platform's own locale data (an independent oracle). */
const grouped = (n: string | number): string => new Intl.NumberFormat('id-ID').format(Number(n));

/** The number tokens of a line (`1.843`, `825`, `001`), as written. */
const numbersIn = (line: string): string[] => line.match(/\d+(?:[.,]\d{3})*/g) ?? [];

describe('the summary after hitung (stdout: the command\'s output)', () => {
  it('shows each item once: the amount, the sum only when reserve or extras add to it, and why a 0 is 0', async () => {
    const dir = await workDir();
    const r = await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'o'], { cwd: dir });
    expect(r.code).toBe(0);
    const { header, rows } = await readCsv(join(dir, 'o/pengadaan.csv'));
    const col = (row: string[], name: string): string => row[header.indexOf(name)] ?? '';
    expect(rows.length).toBeGreaterThan(5);
    expect(r.stdout).toContain('Pengadaan:');
    for (const row of rows) {
      const name = col(row, 'varian') ? `${col(row, 'kode_barang')} [${col(row, 'varian')}]` : col(row, 'kode_barang');
      // every preset item comes in packs of one here: no pack count, which would repeat the amount
      expect(col(row, 'isi_kemasan')).toBe('1');
      const terms = [`kebutuhan ${grouped(col(row, 'kebutuhan'))}`];
      if (col(row, 'cadangan') !== '0') terms.push(`cadangan ${grouped(col(row, 'cadangan'))}`);
      if (col(row, 'tambahan') !== '0') terms.push(`tambahan ${grouped(col(row, 'tambahan'))}`);
      const total = `${grouped(col(row, 'jumlah'))} ${col(row, 'satuan')}`;
      expect(r.stdout).toContain(`  ${name}: ${terms.length > 1 ? `${terms.join(' + ')} = ${total}` : total}\n`);
    }
    // concrete lines, checked by hand: 825 voters, reserve ceil(2 % per TPS) summed = 18, 1000 PSU
    // ballots for the run's one DPRD Kab/Kota dapil (the only PSU stock a kab/kota holds, so PPWP
    // has none); 4 booths per TPS × 4 TPS = 16
    expect(r.stdout).toContain('  surat_suara_ppwp: kebutuhan 825 + cadangan 18 = 843 lembar\n');
    expect(r.stdout).toContain('  surat_suara_dprd_kabkota: kebutuhan 825 + cadangan 18 + tambahan 1.000 = 1.843 lembar\n');
    expect(r.stdout).toContain('  bilik_suara: 16 buah\n');
  });

  it('no line says the same number twice ("16 kemasan, pengadaan 16")', async () => {
    // On real rolls, where different quantities do not happen to be equal (on a toy roll "2
    // kelurahan/desa, 2 TPS, 2 pemilih" can be three true counts, not one said three times).
    const dir = await workDir();
    await cp(join(FIXTURES, 'prabumulih-pemilu-2024'), join(dir, 'prabumulih'), { recursive: true });
    await cp(join(FIXTURES, 'kepulauan-seribu-pemilu-2024'), join(dir, 'seribu'), { recursive: true });
    const runs = [
      ['hitung', 'contoh/pemilih.csv', '-o', 'a'],
      ['validasi', 'contoh/pemilih.csv', '-o', 'd'],
      ['hitung', 'prabumulih/rekap.csv', '-o', 'p'],
      ['hitung', 'seribu/rekap.csv', '-o', 's', '--lang', 'en'],
      ['hitung', 'contoh/pemilih.csv', '-o', 'k', '-p', 'pilkada-2024'],
    ];
    for (const argv of runs) {
      const r = await runInProcess(argv, { cwd: dir });
      for (const line of r.stdout.split('\n')) {
        const numbers = numbersIn(line);
        expect(new Set(numbers).size, `${argv.join(' ')}: ${line}`).toBe(numbers.length);
      }
    }
  });

  it('DKI Jakarta: the DPRD Kab/Kota ballots show as 0 with the reason', async () => {
    const dir = await tempDir('kepulauan-seribu-pemilu-2024');
    const r = await runInProcess(['hitung', 'kepulauan-seribu-pemilu-2024/rekap.csv', '-o', 'o'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(await readFile(join(dir, 'o/pengadaan.csv'), 'utf8')).toMatch(/^surat_suara_dprd_kabkota,[^,]*,lembar,,0,0,0,0,/m);
    expect(r.stdout).toContain(
      '  surat_suara_dprd_kabkota: 0, tidak diadakan di provinsi 31 (aturan berlaku barang ini di preset pemilu-2024): DKI Jakarta tidak punya DPRD kabupaten/kota',
    );
    const en = await runInProcess(['hitung', 'kepulauan-seribu-pemilu-2024/rekap.csv', '-o', 'o', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('surat_suara_dprd_kabkota: 0, not issued in province 31 (this item\'s berlaku rule in preset pemilu-2024): DKI Jakarta has no DPRD Kab/Kota');
    // the 18,580 voters grouped as English readers group them (no PSU stock at a kab/kota for PPWP)
    expect(en.stdout).toContain('surat_suara_ppwp: base 18,580 + reserve 404 = 18,984 lembar');
  });

  it('shows the counts of kecamatan, kelurahan, TPS and voters as in ringkasan.json, and each input', async () => {
    const dir = await workDir();
    const r = await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'o'], { cwd: dir });
    const { jumlah } = JSON.parse(await readFile(join(dir, 'o/ringkasan.json'), 'utf8'));
    expect(jumlah).toEqual({ kecamatan: 1, kelurahan: 2, tps: 4, pemilih: 825 });
    expect(r.stdout).toContain('Wilayah: 1 kecamatan, 2 kelurahan/desa, 4 TPS, 825 pemilih');
    expect(r.stdout).toContain('contoh/pemilih.csv (pemilih): 825 baris data, semua dihitung');
    expect(r.stdout.split('\n')[0]).toBe('logistik hitung — preset pemilu-2024');
    expect(r.stderr).toBe('');
    const bad = await runInProcess(['hitung', 'bad.csv', '-o', 'b'], { cwd: dir });
    expect(bad.stdout).toContain('bad.csv (pemilih): 5 baris data, 2 dihitung, 3 ditolak');
    // nothing counted: said once, not "0 kecamatan, 0 kelurahan/desa, 0 TPS, 0 pemilih"
    await writeFile(join(dir, 'kosong.csv'), 'kode_kelurahan,tps,nik\n16.74.04.1001,001,123\n');
    const none = await runInProcess(['validasi', 'kosong.csv', '-o', 'k'], { cwd: dir });
    expect(none.stdout).toContain('kosong.csv (pemilih): 1 baris data, semua ditolak\nWilayah: tidak ada TPS yang dihitung\n');
  });

  it('names the config file beside the preset in the header', async () => {
    const dir = await workDir();
    await writeFile(join(dir, 'konfig.json'), JSON.stringify({ extends: 'pemilu-2024' }));
    const r = await runInProcess(['hitung', '-c', 'konfig.json', 'contoh/pemilih.csv', '-o', 'o'], { cwd: dir });
    expect(r.stdout.split('\n')[0]).toBe('logistik hitung — preset pemilu-2024 + konfig.json');
  });

  it('says where the files went', async () => {
    const dir = await workDir();
    const ok = await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'keluaran/manifes'], { cwd: dir });
    expect(ok.stdout.trimEnd().split('\n').at(-1)).toBe('Manifes ditulis ke keluaran/manifes/');
    const bad = await runInProcess(['hitung', 'bad.csv', '-o', 'cek'], { cwd: dir });
    expect(bad.stdout).toContain('Hanya validasi.csv dan ringkasan.json ditulis ke cek/');
    const en = await runInProcess(['hitung', 'bad.csv', '-o', 'cek', '--allow-invalid', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('--allow-invalid: 3 rejected rows are NOT counted in the manifests');
    expect(en.stdout.trimEnd().split('\n').at(-1)).toBe('Manifests written to cek/');
  });

  it('groups issues by code, errors first, each with its severity as a word, count, message, first lines and a labelled hint', async () => {
    const dir = await workDir();
    const r = await runInProcess(['hitung', 'bad.csv', '-o', 'o'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Masalah: 3 galat, 1 peringatan');
    const groups = [...r.stdout.matchAll(/^ {2}(GALAT|PERINGATAN) ([a-z-]+) \((\d+)\): /gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    // the warning's code sorts between the errors' codes, but errors come first
    expect(groups).toEqual(['GALAT duplicate-nik 1', 'GALAT nik-format 1', 'GALAT nik-spreadsheet 1', 'PERINGATAN jenis-kelamin 1']);
    expect(r.stdout).toContain('  GALAT duplicate-nik (1): NIK 167404******0001 sudah ada di bad.csv baris 2.\n    bad.csv:4\n    Saran: Hapus salah satu baris');
    expect(r.stdout).toContain('    bad.csv:3\n');
    const en = await runInProcess(['hitung', 'bad.csv', '-o', 'o', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('  ERROR duplicate-nik (1): ');
    expect(en.stdout).toContain('  WARNING jenis-kelamin (1): ');
    expect(en.stdout).toMatch(/\n {4}Hint: /);
    // a NIK never appears in clear, in the summary or anywhere else
    expect(`${r.stdout}${r.stderr}`).not.toContain('1674047112760001');
  });

  it('no issue at all is said once, not as "0 galat, 0 peringatan"', async () => {
    const dir = await workDir();
    await writeFile(join(dir, 'rapi.csv'), 'kode_kelurahan,kecamatan,kelurahan,tps,dpt\n16.74.04.1001,Rambang,Tanjung,001,200\n');
    const r = await runInProcess(['hitung', 'rapi.csv', '-o', 'o'], { cwd: dir });
    expect(r.stdout).toContain('\nMasalah: tidak ada\n');
    expect((await runInProcess(['hitung', 'rapi.csv', '-o', 'o', '--lang', 'en'], { cwd: dir })).stdout).toContain('\nIssues: none\n');
  });

  it('names the first five lines of a group and counts the rest', async () => {
    const dir = await workDir();
    const rows = Array.from({ length: 8 }, (_, i) => `16.74.04.1001,Rambang,Tanjung,001,16740471127${i}`);
    await writeFile(join(dir, 'pendek.csv'), ['kode_kelurahan,kecamatan,kelurahan,tps,nik', ...rows, ''].join('\n'));
    const r = await runInProcess(['hitung', 'pendek.csv', '-o', 'o'], { cwd: dir });
    expect(r.stdout).toContain('  GALAT nik-format (8): ');
    expect(r.stdout).toContain('    pendek.csv:2, pendek.csv:3, pendek.csv:4, pendek.csv:5, pendek.csv:6 dan 3 lagi (lihat validasi.csv)');
    const en = await runInProcess(['hitung', 'pendek.csv', '-o', 'o', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('pendek.csv:6 and 3 more (see validasi.csv)');
  });

  it('names a file once for issues about the whole file (no line), and counts only what it does not show', async () => {
    const dir = await workDir();
    await writeFile(join(dir, 'dapil.csv'), 'kode_wilayah,jenis,dapil\n16.74.01,dpr,SATU\n');
    const r = await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'o', '--dapil', 'dapil.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    const group = r.stdout.split('\n').findIndex((l) => l.startsWith('  GALAT dapil-unmapped ('));
    expect(group).toBeGreaterThan(0);
    expect(r.stdout.split('\n')[group + 1]).toBe('    dapil.csv');
  });

  it('--quiet prints nothing on a clean run, and still the issues and the outcome when there are errors', async () => {
    const dir = await workDir();
    const ok = await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'o', '--quiet'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('');
    expect(ok.stderr).toBe('');
    const bad = await runInProcess(['hitung', 'bad.csv', '-o', 'o', '-q'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('GALAT duplicate-nik (1)');
    expect(bad.stdout).toContain('manifes TIDAK ditulis');
    expect(bad.stdout).not.toContain('Wilayah:');
  });

  it('with --json the document has stdout to itself and the human summary goes to stderr', async () => {
    const dir = await workDir();
    const r = await runInProcess(['hitung', 'bad.csv', '-o', 'o', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).masalah.galat).toBe(3);
    expect(r.stderr).toContain('GALAT duplicate-nik (1)');
    expect(r.stderr).toContain('manifes TIDAK ditulis');
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

  it('is off when stdout is not a terminal (pipes, CI logs)', async () => {
    expect(hasAnsi((await summary({ isTTY: false })).stdout)).toBe(false);
    expect(hasAnsi((await summary({ isTTY: false, env: { CI: 'true' } })).stdout)).toBe(false);
  });

  it('is on when stdout is a terminal: headings bold, errors red, warnings yellow, and the words say it all without', async () => {
    const r = await summary({ isTTY: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\u001b[1mlogistik hitung'); // bold title
    expect(r.stdout).toContain('\u001b[31mGALAT duplicate-nik (1)'); // galat in red
    expect(r.stdout).toContain('\u001b[33mPERINGATAN jenis-kelamin (1)'); // peringatan in yellow
    // colour changes nothing but the escapes
    const plain = (await summary({ isTTY: false })).stdout;
    expect(stripSgr(r.stdout)).toBe(plain);
  });

  it('is decided for each stream: `hitung … > ringkasan.txt` on a terminal stays plain', async () => {
    const dir = await workDir();
    let stdout = '';
    const code = await runCli(['hitung', 'bad.csv', '-o', 'o'], {
      stdout: { write: (s: string) => (stdout += s), isTTY: false },
      stderr: { write: () => true, isTTY: true },
      env: { ...BASE_ENV },
      cwd: dir,
    });
    expect(code).toBe(1);
    expect(stdout).toContain('GALAT duplicate-nik (1)');
    expect(hasAnsi(stdout)).toBe(false);
  });

  it('is off with NO_COLOR set to anything non-empty, or --no-color, even on a terminal', async () => {
    expect(hasAnsi((await summary({ isTTY: true, env: { NO_COLOR: '1' } })).stdout)).toBe(false);
    expect(hasAnsi((await summary({ isTTY: true, env: { NO_COLOR: 'false' } })).stdout)).toBe(false);
    expect(hasAnsi((await summary({ isTTY: true, argv: ['--no-color'] })).stdout)).toBe(false);
    // NO_COLOR beats FORCE_COLOR (no-color.org: "regardless of its value")
    expect(hasAnsi((await summary({ isTTY: true, env: { NO_COLOR: '1', FORCE_COLOR: '3' } })).stdout)).toBe(false);
    expect(hasAnsi((await summary({ isTTY: false, argv: ['--no-color'], env: { FORCE_COLOR: '1' } })).stdout)).toBe(false);
  });

  it('an empty NO_COLOR does not disable it', async () => {
    expect(hasAnsi((await summary({ isTTY: true, env: { NO_COLOR: '' } })).stdout)).toBe(true);
  });

  it('FORCE_COLOR=1 forces it on a pipe; FORCE_COLOR=0 and TERM=dumb turn it off on a terminal', async () => {
    expect(hasAnsi((await summary({ isTTY: false, env: { FORCE_COLOR: '1' } })).stdout)).toBe(true);
    expect(hasAnsi((await summary({ isTTY: true, env: { FORCE_COLOR: '0' } })).stdout)).toBe(false);
    expect(hasAnsi((await summary({ isTTY: true, env: { TERM: 'dumb' } })).stdout)).toBe(false);
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
      expect(hasAnsi(r.stdout), 'colour is on for the summary').toBe(true);
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
