/**
 * Language selection (issue 6, point 1; contract "Options", `--lang`): Indonesian by default,
 * English with --lang en or an English locale (first non-empty of LC_ALL, LC_MESSAGES, LANG), and
 * data files that never depend on the environment.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveLang } from '../../src/cli/lang.js';
import { runBinary, runInProcess } from '../helpers/cli.js';
import { assertBuilt, workDir } from './rolls.js';

const MANIFESTS = ['pengadaan.csv', 'distribusi-tps.csv', 'distribusi-kelurahan.csv', 'distribusi-kecamatan.csv', 'distribusi-kpu.csv', 'konfigurasi.json'];
const ID = 'Wilayah:';
const EN = 'Regions:';

/** The summary of `hitung` on the bundled example (stdout: the command's output), in the language the run chose. */
async function summaryLang(argv: readonly string[], env: Record<string, string | undefined>): Promise<'id' | 'en'> {
  const dir = await workDir();
  const r = await runInProcess(['hitung', 'contoh/pemilih.csv', ...argv], { cwd: dir, env });
  expect(r.code, r.stderr).toBe(0);
  const id = r.stdout.includes(ID);
  const en = r.stdout.includes(EN);
  expect(id !== en, r.stdout).toBe(true);
  return id ? 'id' : 'en';
}

describe('message language', () => {
  it('is Indonesian by default (no locale at all, or LANG=C)', async () => {
    expect(await summaryLang([], { LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined })).toBe('id');
    expect(await summaryLang([], { LANG: 'C' })).toBe('id');
    expect(await summaryLang([], { LANG: 'id_ID.UTF-8' })).toBe('id');
  });

  it('is English with --lang en and --lang=en', async () => {
    expect(await summaryLang(['--lang', 'en'], {})).toBe('en');
    expect(await summaryLang(['--lang=en'], {})).toBe('en');
  });

  it('is English with LANG=en_US.UTF-8 or LC_ALL=en_GB', async () => {
    expect(await summaryLang([], { LANG: 'en_US.UTF-8' })).toBe('en');
    expect(await summaryLang([], { LANG: 'id_ID.UTF-8', LC_ALL: 'en_GB' })).toBe('en');
  });

  it('--lang beats the environment both ways', async () => {
    expect(await summaryLang(['--lang', 'id'], { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' })).toBe('id');
    expect(await summaryLang(['--lang', 'en'], { LANG: 'id_ID.UTF-8' })).toBe('en');
  });

  it.each([
    // [LC_ALL, LC_MESSAGES, LANG, expected]: the first non-empty one decides
    ['en_GB', 'id_ID', 'id_ID', 'en'],
    ['id_ID', 'en_US', 'en_US', 'id'],
    ['', 'en_US.UTF-8', 'id_ID', 'en'],
    [undefined, 'id_ID', 'en_US', 'id'],
    ['', '', 'en_US.UTF-8', 'en'],
    ['C', undefined, 'en_US.UTF-8', 'id'],
    ['', '', '', 'id'],
    ['EN_us', undefined, undefined, 'en'],
  ] as const)('LC_ALL=%s LC_MESSAGES=%s LANG=%s → %s', (LC_ALL, LC_MESSAGES, LANG, expected) => {
    expect(resolveLang(['hitung', 'x.csv'], { LC_ALL, LC_MESSAGES, LANG })).toEqual({ lang: expected, explicit: false });
  });

  it('only --lang makes the choice explicit', () => {
    expect(resolveLang(['--lang', 'en'], {})).toEqual({ lang: 'en', explicit: true });
    expect(resolveLang(['hitung', '--lang=id', 'x.csv'], { LANG: 'en_US' })).toEqual({ lang: 'id', explicit: true });
    // after `--` it is an input name, not a flag
    expect(resolveLang(['hitung', '--', '--lang', 'en'], {})).toEqual({ lang: 'id', explicit: false });
  });

  it('LC_MESSAGES alone decides in a real run too', async () => {
    expect(await summaryLang([], { LC_ALL: '', LC_MESSAGES: 'en_US.UTF-8', LANG: 'id_ID.UTF-8' })).toBe('en');
  });

  it('usage errors and help speak the chosen language too', async () => {
    const en = await runInProcess(['hitung', 'x.csv', '--jsn'], { env: { LANG: 'en_US.UTF-8' } });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('Unknown option: --jsn.');
    const help = await runInProcess(['hitung', '--help'], { env: { LC_ALL: 'en_GB' } });
    expect(help.stdout).toContain('Examples:');
    expect((await runInProcess(['hitung', '--help'])).stdout).toContain('Contoh:');
  });

  it.each([['--lang', 'fr'], ['--lang=fr'], ['--lang=']])('rejects %s with exit 2 and says which values exist', async (...flag) => {
    const r = await runInProcess(['hitung', 'contoh/pemilih.csv', ...flag], { cwd: await workDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lang harus id atau en');
  });
});

describe('validasi.csv never depends on the environment', () => {
  const pesan = async (dir: string, out: string): Promise<string> => readFile(join(dir, out, 'validasi.csv'), 'utf8');

  it('is Indonesian with LANG=en_US.UTF-8 or LC_ALL=en_GB, English only with an explicit --lang en', async () => {
    const dir = await workDir();
    const run = (out: string, argv: string[], env: Record<string, string>) => runInProcess(['hitung', 'bad.csv', '-o', out, ...argv], { cwd: dir, env });
    expect((await run('id', [], {})).code).toBe(1);
    expect((await run('lang', [], { LANG: 'en_US.UTF-8' })).code).toBe(1);
    expect((await run('lcall', [], { LC_ALL: 'en_GB' })).code).toBe(1);
    expect((await run('en', ['--lang', 'en'], {})).code).toBe(1);
    expect((await run('en-id', ['--lang', 'id'], { LANG: 'en_US.UTF-8' })).code).toBe(1);

    const id = await pesan(dir, 'id');
    expect(id).toContain('NIK harus tepat 16 angka');
    expect(await pesan(dir, 'lang')).toBe(id);
    expect(await pesan(dir, 'lcall')).toBe(id);
    expect(await pesan(dir, 'en-id')).toBe(id);
    const en = await pesan(dir, 'en');
    expect(en).toContain('A NIK must be exactly 16 digits');
    // the same rows, only `pesan` differs
    const cols = (text: string) => text.split('\n').map((l) => l.split(',').slice(0, 5).join(','));
    expect(cols(en)).toEqual(cols(id));
  });

  it('ringkasan.json, validasi.csv and the manifests are byte-identical whatever the locale', async () => {
    const dir = await workDir();
    await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'a'], { cwd: dir });
    await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'b'], { cwd: dir, env: { LANG: 'en_US.UTF-8', LC_ALL: 'en_GB.UTF-8' } });
    for (const f of ['ringkasan.json', 'validasi.csv', ...MANIFESTS]) {
      expect(await readFile(join(dir, 'b', f), 'utf8'), f).toBe(await readFile(join(dir, 'a', f), 'utf8'));
    }
  });

  it('--lang en changes validasi.csv only (and its digest in ringkasan.json), never a manifest', async () => {
    const dir = await workDir();
    await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'a'], { cwd: dir });
    await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'en', '--lang', 'en'], { cwd: dir });
    for (const f of MANIFESTS) expect(await readFile(join(dir, 'en', f), 'utf8'), f).toBe(await readFile(join(dir, 'a', f), 'utf8'));
    const a = JSON.parse(await readFile(join(dir, 'a/ringkasan.json'), 'utf8'));
    const en = JSON.parse(await readFile(join(dir, 'en/ringkasan.json'), 'utf8'));
    // …and the option itself, recorded in opsi.lang so that --check compares like with like.
    expect([a.opsi.lang, en.opsi.lang]).toEqual(['id', 'en']);
    const withoutValidasi = (r: { keluaran: { berkas: string }[]; opsi: object }) => ({ ...r, keluaran: r.keluaran.filter((k) => k.berkas !== 'validasi.csv'), opsi: { ...r.opsi, lang: null } });
    expect(withoutValidasi(en)).toEqual(withoutValidasi(a));
  });

  it('the real binary reads LANG from its process environment (summary English, validasi.csv Indonesian)', async () => {
    assertBuilt();
    const dir = await workDir();
    const r = runBinary(['hitung', 'bad.csv', '-o', 'o'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('There are errors: manifests were NOT written.');
    expect(await pesan(dir, 'o')).toContain('NIK harus tepat 16 angka');
  });
});
