/**
 * Help that teaches (issue 6, point 4): every command's --help has real examples, in the user's
 * language, and exits 0; --version; unknown options and commands get a "did you mean" and exit 2.
 * The examples are not decoration: the ones that can run here are run.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runBinary, runInProcess } from '../helpers/cli.js';
import { assertBuilt, hasAnsi, workDir } from './rolls.js';
import { hitungFolder, kemasFolder, terimaFolder } from '../render/folders.js';

const COMMANDS = ['hitung', 'validasi', 'banding', 'preset', 'init', 'petakan', 'terima', 'kemas', 'cetak'] as const;

/** The example lines of a help text: the lines after "Contoh:"/"Examples:" that start with "logistik". */
function examples(help: string): string[] {
  const after = help.split(/\n(?:Contoh|Examples):\n/)[1] ?? '';
  return after.split('\n').map((l) => l.trim()).filter((l) => /^(logistik|zcat .*\| logistik) /.test(l));
}

describe('--help of each command', () => {
  it.each(COMMANDS)('logistik %s --help: usage, options and at least two real examples, exit 0, on stdout', async (cmd) => {
    const r = await runInProcess([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`Pemakaian: logistik ${cmd}`);
    expect(r.stdout).toContain('Opsi:');
    expect(r.stdout).toContain('Contoh:');
    const ex = examples(r.stdout);
    expect(ex.length, r.stdout).toBeGreaterThanOrEqual(2);
    for (const line of ex) expect(line).toContain(`logistik ${cmd}`);
  });

  it.each(COMMANDS)('logistik %s --help --lang en is English throughout', async (cmd) => {
    const r = await runInProcess([cmd, '--help', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: logistik ${cmd}`);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).not.toMatch(/Contoh|Pemakaian|tampilkan bantuan|bawaan/);
    expect(examples(r.stdout).length).toBeGreaterThanOrEqual(2);
  });

  it('logistik --help lists every command, examples and the exit codes', async () => {
    const r = await runInProcess(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${cmd} `, 'm'));
    expect(r.stdout).toContain('Kode keluar: 0 berhasil, 1 data bergalat');
    expect(r.stdout).toContain('Perintah:');
    expect(examples(r.stdout).length).toBeGreaterThanOrEqual(3);
    const en = await runInProcess(['-h', '--lang', 'en']);
    expect(en.stdout).toContain('Exit codes: 0 success, 1 data errors');
  });

  it('help lists the options each command takes and their defaults in the user language', async () => {
    const hitung = (await runInProcess(['hitung', '--help'])).stdout;
    for (const opt of ['--preset', '--config', '--out', '--dapil', '--allow-invalid', '--check', '--json', '--excel', '--xlsx', '--quiet', '--delimiter', '--encoding']) {
      expect(hitung).toContain(opt);
    }
    expect(hitung).toContain('(bawaan: "manifest")');
    expect((await runInProcess(['hitung', '--help', '--lang', 'en'])).stdout).toContain('(default: "manifest")');
    expect((await runInProcess(['preset', '--help'])).stdout).toContain('--schema');
    expect((await runInProcess(['init', '--help'])).stdout).toContain('--force');
  });

  it.each([...COMMANDS, null])('the help of %s shows --lang and --no-color (the options every command takes)', async (cmd) => {
    for (const lang of ['id', 'en']) {
      const r = await runInProcess([...(cmd ? [cmd] : []), '--help', '--lang', lang]);
      expect(r.stdout).toMatch(/^ {2}--lang <id\|en> +\S/m);
      expect(r.stdout).toMatch(/^ {2}--no-color +\S/m);
      expect(r.stdout).toMatch(/^ {2}-v, --version +\S/m);
      expect(r.stdout).not.toMatch(/^ {2}-V\b/m);
    }
  });

  it('help is never coloured, even on a terminal (it is meant to be piped and read)', async () => {
    expect(hasAnsi((await runInProcess(['hitung', '--help'], { isTTY: true })).stdout)).toBe(false);
  });

  it('logistik with no command shows help on stderr and exits 2', async () => {
    const r = await runInProcess([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Pemakaian: logistik');
  });

  it('the examples that need no other files run as shown', async () => {
    const dir = await workDir();
    // `logistik hitung fixtures/contoh/pemilih.csv` from the top-level help, in the repository
    const top = examples((await runInProcess(['--help'])).stdout)[0] ?? '';
    expect(top).toBe('logistik hitung fixtures/contoh/pemilih.csv');
    const r = await runInProcess(['hitung', 'fixtures/contoh/pemilih.csv', '--out', join(dir, 'manifest')], { cwd: REPO });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('825 baris data, semua dihitung');
    expect(r.stderr).toBe('');
    // init first: a preset example reads the logistik.config.json that init writes.
    const init = examples((await runInProcess(['init', '--help'])).stdout);
    for (const line of init) {
      const argv = line.split('#')[0]?.trim().split(/\s+/).slice(1) ?? [];
      expect((await runInProcess(argv, { cwd: dir })).code, line).toBe(0);
    }
    for (const line of examples((await runInProcess(['preset', '--help'])).stdout)) {
      const argv = line.split(/[>|]/)[0]?.trim().split(/\s+/).slice(1) ?? [];
      const run = await runInProcess(argv, { cwd: dir });
      expect(run.code, line).toBe(0);
      expect(run.stdout.length, line).toBeGreaterThan(0);
    }
  });

  it('the petakan examples run as shown (in a folder with the repository fixtures and a rekap.csv)', async () => {
    const dir = await workDir();
    await symlink(join(REPO, 'fixtures'), join(dir, 'fixtures'));
    await copyFile(join(REPO, 'fixtures/kepulauan-seribu-pemilu-2024/rekap.csv'), join(dir, 'rekap.csv'));
    const lines = examples((await runInProcess(['petakan', '--help'])).stdout);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) {
      const argv = line.split(/#|>/)[0]?.trim().split(/\s+/).slice(1) ?? [];
      const run = await runInProcess(argv, { cwd: dir });
      expect(run.code, `${line}\n${run.stderr}`).toBe(0);
    }
  });

  it('the terima examples run as shown (beside the manifest of the bundled example); the --strict one shuts the gate', async () => {
    const dir = await workDir();
    await symlink(join(REPO, 'fixtures'), join(dir, 'fixtures'));
    expect((await runInProcess(['hitung', 'fixtures/contoh/pemilih.csv', '--quiet'], { cwd: dir })).code).toBe(0);
    const lines = examples((await runInProcess(['terima', '--help'])).stdout);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) {
      const argv = line.split('#')[0]?.trim().split(/\s+/).slice(1) ?? [];
      const run = await runInProcess(argv, { cwd: dir });
      // The example receipts are short of a few items: a finding (0), and with --strict a shut gate (1).
      expect(run.code, `${line}\n${run.stderr}`).toBe(argv.includes('--strict') ? 1 : 0);
    }
  });
});

describe('the kemas examples', () => {
  it('run as shown, in a folder with a manifest and a kemas.json that sets the cartons', async () => {
    const dir = await workDir();
    expect((await runInProcess(['hitung', '-p', 'pilkada-2024', 'contoh/pemilih.csv', '--quiet'], { cwd: dir })).code).toBe(0);
    await writeFile(join(dir, 'kemas.json'), JSON.stringify({ kemas: { barang: [{ kode: 'surat_suara_gubernur', isi_koli: { jumlah: 3000 } }] } }));
    const lines = examples((await runInProcess(['kemas', '--help'])).stdout);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) {
      const argv = line.split(/#|>/)[0]?.trim().split(/\s+/).slice(1) ?? [];
      const run = await runInProcess(argv, { cwd: dir });
      expect(run.code, `${line}\n${run.stderr}`).toBe(0);
    }
  });
});

describe('the cetak examples', () => {
  it('the cetak examples run as shown (on a hitung folder and the terima and kemas folders made from it)', async () => {
    const dir = await workDir();
    await hitungFolder(join(dir, 'manifest'));
    await kemasFolder(join(dir, 'manifest'), join(dir, 'kemas'));
    await terimaFolder(join(dir, 'rekonsiliasi'));
    for (const lang of ['id', 'en']) {
      const lines = examples((await runInProcess(['cetak', '--help', '--lang', lang])).stdout);
      expect(lines.length).toBe(3);
      for (const line of lines) {
        const argv = line.split('#')[0]?.trim().split(/\s+/).slice(1) ?? [];
        const run = await runInProcess(argv, { cwd: dir });
        expect(run.code, `${line}\n${run.stderr}`).toBe(0);
      }
    }
  });
});

describe('the README\'s first command', () => {
  it('runs as the README says: exit 0, and the only issue is the warning the README announces', async () => {
    const readme = await readFile(join(REPO, 'README.md'), 'utf8');
    expect(readme).toContain('node bin/logistik.js hitung fixtures/contoh/pemilih.csv');
    const dir = await workDir();
    const r = await runInProcess(['hitung', 'fixtures/contoh/pemilih.csv', '--out', join(dir, 'manifest')], { cwd: REPO });
    expect(r.code).toBe(0);
    const groups = r.stdout.split('\n').filter((l) => /^ {2}(GALAT|PERINGATAN) /.test(l));
    expect(groups).toEqual([expect.stringMatching(/^ {2}PERINGATAN tps-gap \(2\): /)]);
    expect(readme).toContain('`PERINGATAN tps-gap (2)`');
    const ringkasan = JSON.parse(await readFile(join(dir, 'manifest/ringkasan.json'), 'utf8'));
    expect(ringkasan.masalah.per_kode).toEqual({ 'tps-gap': 2 });
  });
});

describe('--version', () => {
  it('prints the version of package.json and exits 0: -v, --version, and the old -V still', async () => {
    const { version } = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8'));
    for (const flag of ['-v', '--version', '-V']) {
      const r = await runInProcess([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
    }
  });

  it('the built binary says the same', () => {
    assertBuilt();
    const r = runBinary(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('a reader that stops early', () => {
  it('`logistik --help | head -c 1` ends quietly: no EPIPE stack, exit 0', () => {
    assertBuilt();
    // help is written in two pieces (commander's text, then the examples): the second one meets a
    // pipe that head has already closed
    for (const argv of ['--help', 'hitung --help', 'preset pemilu-2024']) {
      const r = spawnSync('bash', ['--noprofile', '--norc', '-c', `node bin/logistik.js ${argv} | head -c 1 > /dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`], {
        cwd: REPO,
        env: { PATH: process.env.PATH ?? '', LANG: 'C' },
        encoding: 'utf8',
      });
      expect(r.stderr, argv).toBe('exit=0\n');
    }
  });
});

describe('did you mean', () => {
  it.each([
    [['hitung', 'x.csv', '--jsn'], 'Opsi tidak dikenal: --jsn.', 'Maksud Anda --json?', 'Unknown option: --jsn.', 'Did you mean --json?'],
    [['hitung', 'x.csv', '--ouut', 'o'], 'Opsi tidak dikenal: --ouut.', 'Maksud Anda --out?', 'Unknown option: --ouut.', 'Did you mean --out?'],
    [['hitung', 'x.csv', '--allow-invalide'], 'Opsi tidak dikenal: --allow-invalide.', 'Maksud Anda --allow-invalid?', 'Unknown option: --allow-invalide.', 'Did you mean --allow-invalid?'],
    [['preset', '--shema'], 'Opsi tidak dikenal: --shema.', 'Maksud Anda --schema?', 'Unknown option: --shema.', 'Did you mean --schema?'],
    [['hitng', 'x.csv'], 'Perintah tidak dikenal: hitng.', 'Maksud Anda hitung?', 'Unknown command: hitng.', 'Did you mean hitung?'],
    [['bandng', 'a', 'b'], 'Perintah tidak dikenal: bandng.', 'Maksud Anda banding?', 'Unknown command: bandng.', 'Did you mean banding?'],
    [['presets'], 'Perintah tidak dikenal: presets.', 'Maksud Anda preset?', 'Unknown command: presets.', 'Did you mean preset?'],
  ])('%j: exit 2 with a suggestion in both languages', async (argv, id1, id2, en1, en2) => {
    const id = await runInProcess(argv);
    expect(id.code).toBe(2);
    expect(id.stdout).toBe('');
    expect(id.stderr).toContain(`galat: ${id1} ${id2}`);
    expect(id.stderr).toContain('Lihat logistik --help.');
    const en = await runInProcess(argv, { env: { LANG: 'en_US.UTF-8' } });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`error: ${en1} ${en2}`);
    expect(en.stderr).toContain('See logistik --help.');
  });

  it('a word too far from any option gets no wild guess, still exit 2', async () => {
    const r = await runInProcess(['hitung', 'x.csv', '--zzzzzz']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Opsi tidak dikenal: --zzzzzz.');
    expect(r.stderr).not.toContain('Maksud Anda');
  });

  it('other usage errors exit 2 in the user language too', async () => {
    const missing = await runInProcess(['hitung']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Argumen wajib tidak ada: input.');
    const value = await runInProcess(['hitung', 'x.csv', '--out']);
    expect(value.code).toBe(2);
    expect(value.stderr).toContain('Opsi -o, --out <folder> memerlukan nilai.');
    const excess = await runInProcess(['banding', 'a', 'b', 'c', '--lang', 'en']);
    expect(excess.code).toBe(2);
    expect(excess.stderr).toContain('error: Too many arguments.');
    const delim = await runInProcess(['hitung', 'x.csv', '--delimiter', 'x']);
    expect(delim.code).toBe(2);
    expect(delim.stderr).toContain('--delimiter harus salah satu dari');
  });
});
