/**
 * Issue 10, point 6: config that forgives typing. A JSON syntax error names line and column and
 * the likely cause; an unknown key or item code gets "did you mean"; problems name the item by
 * number and code beside the JSON path; one key sets the reserve of every ballot type.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../src/core/config/json-syntax.js';
import { numberMeant } from '../../src/core/config/problems.js';
import { closest, editDistance } from '../../src/core/suggest.js';
import { configForDisplay, rationalToNumber, resolveConfig, type ResolvedConfig } from '../../src/core/config/index.js';
import { runInProcess, tempDir } from '../helpers/cli.js';
import { configError } from './helpers.js';

const reserve = (c: ResolvedConfig, kode: string): number | undefined => {
  const item = c.barang.find((b) => b.kode === kode);
  return item ? rationalToNumber(item.cadanganPersen) : undefined;
};

describe('JSON syntax errors: where, and the likely cause', () => {
  it.each([
    ['decimal comma', '{\n  "barang": [{ "kode": "tinta", "cadangan_persen": 2,5 }]\n}', 'decimal-comma', 2, 54],
    ['decimal comma at the end of a line', '{\n  "cadangan_persen_surat_suara": 2,5\n}', 'decimal-comma', 2, 36],
    ['trailing comma in an object', '{\n  "extends": "pemilu-2024",\n}', 'trailing-comma', 3, 1],
    ['trailing comma in an array', '{ "barang": [{ "kode": "tinta" },] }', 'trailing-comma', 1, 34],
    ['single quotes', "{ 'extends': 'pemilu-2024' }", 'single-quote', 1, 3],
    ['single quotes on a value', "{ \"extends\": 'pemilu-2024' }", 'single-quote', 1, 14],
    ['a // comment', '{\n  // Kab. Ciamis\n  "extends": "pilkada-2024"\n}', 'comment', 2, 3],
    ['a /* comment */ after a value', '{ "extends": "pilkada-2024" /* x */ }', 'comment', 1, 29],
    ['a key without quotes', '{ extends: "pemilu-2024" }', 'unquoted-key', 1, 3],
    ['a missing comma between lines', '{\n  "extends": "pemilu-2024"\n  "kapasitas_tps": 300\n}', 'missing-comma', 3, 3],
    ['a text not closed', '{ "nama": "Kab. Ciamis }', 'unterminated-string', 1, 25],
    ['a cut-off file', '{ "barang": [', 'unexpected-end', 1, 14],
    ['an empty file', '', 'unexpected-end', 1, 1],
    ['something else', '{ "kapasitas_tps": 3OO }', 'other', 1, 21],
  ])('%s', (_name, text, kind, line, column) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonSyntaxError(text)).toMatchObject({ kind, line, column });
  });

  it('valid JSON has no error (the scanner agrees with JSON.parse)', () => {
    for (const text of ['{}', '[]', '0', '"x"', '{"a":[1,-2.5e3,true,false,null,{"b":"\\u00e9\\n"}]}', ' \n{ "a" : 1 }\r\n']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(findJsonSyntaxError(text)).toBeNull();
    }
  });

  it('shows the line with a caret under the column; columns count characters, not bytes', () => {
    const e = findJsonSyntaxError('{\n  "nama": "Kabupatén", "x": 2,5\n}');
    // é is one character (two UTF-8 bytes): the 5 is character 31
    expect(e?.column).toBe(31);
    expect(e?.excerpt).toBe('  2 |   "nama": "Kabupatén", "x": 2,5\n    |                               ^');
  });

  it('a very long line is cut around the column', () => {
    const e = findJsonSyntaxError(`{"nama": "${'x'.repeat(200)}", "a": 1,}`);
    expect(e?.kind).toBe('trailing-comma');
    const [shown, caret] = (e?.excerpt ?? '').split('\n');
    expect(shown?.length).toBeLessThan(120);
    expect(shown?.[caret?.indexOf('^') ?? -1]).toBe('}');
  });
});

describe('the CLI says it in the user language, with line, column and the line itself (exit 2)', () => {
  it('decimal comma, Indonesian and English', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'c.json'), '{\n  "extends": "pemilu-2024",\n  "cadangan_persen_surat_suara": 2,5\n}\n');
    const id = await runInProcess(['hitung', '-c', 'c.json', 'tidak-dibaca.csv'], { cwd: dir });
    expect(id.code).toBe(2);
    expect(id.stderr).toBe(
      'galat: Konfigurasi c.json bukan JSON yang sah: baris 3, kolom 36.\n' +
        '  3 |   "cadangan_persen_surat_suara": 2,5\n' +
        '    |                                    ^\n' +
        'Koma desimal? JSON memakai titik: tulis 2.5, bukan 2,5.\n',
    );
    const en = await runInProcess(['hitung', '-c', 'c.json', 'x.csv', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toContain('error: Config c.json is not valid JSON: line 3, column 36.');
    expect(en.stderr).toContain('A decimal comma? JSON uses a point: write 2.5, not 2,5.');
  });
});

describe('did you mean', () => {
  it('closest: typos within a few edits, case and separators, words cut short; nothing for a different word', () => {
    const keys = ['kode', 'nama', 'satuan', 'alokasi', 'cadangan_persen', 'isi_kemasan', 'kapasitas_tps', 'varian'];
    expect(closest('isi_kemasn', keys)).toBe('isi_kemasan');
    expect(closest('cadangan_persne', keys)).toBe('cadangan_persen');
    expect(closest('Cadangan-Persen', keys)).toBe('cadangan_persen');
    expect(closest('kapasitas', keys)).toBe('kapasitas_tps');
    expect(closest('koda', keys)).toBe('kode');
    expect(closest('harga', keys)).toBeNull();
    expect(closest('xyz', keys)).toBeNull();
    expect(editDistance('surat_suara_dpd', 'surat_suara_dpr')).toBe(1);
    expect(editDistance('alokais', 'alokasi')).toBe(1);
  });

  it('an unknown key is named at the key, one problem per key, each with the known key it is closest to', () => {
    const e = configError({ kapasitas: 300, barang: [{ kode: 'tinta', isi_kemasn: 2, cadangan_persne: 1 }] });
    expect(e.problems.map((p) => [p.path, p.suggestion])).toEqual([
      ['barang[0].isi_kemasn', 'isi_kemasan'],
      ['barang[0].cadangan_persne', 'cadangan_persen'],
      ['kapasitas', 'kapasitas_tps'],
    ]);
    expect(configError({ barang: [{ kode: 'tinta', alokasi: [{ tingkat: 'tps', basis: 'tps', rasio: 1, basiss: 1 }] }] }).problems[0]).toMatchObject({ path: 'barang[0].alokasi[0].basiss', suggestion: 'basis' });
  });

  it('an item code the preset lacks, given only as an override, is named as the problem with the nearest preset code', () => {
    const e = configError({ barang: [{ kode: 'surat_suara_dpd_', cadangan_persen: 3 }, { kode: 'segel_plastic', hapus: true }] });
    expect(e.problems.map((p) => [p.path, p.key, p.suggestion])).toEqual([
      ['barang[1].hapus', 'config.problem.hapus-unknown', 'segel_plastik'],
      ['barang[0].kode', 'config.problem.kode-unknown', 'surat_suara_dpd'],
    ]);
    // another election's item: the code is the problem, not three missing fields
    const gub = configError({ extends: 'pemilu-2024', barang: [{ kode: 'surat_suara_gubernur', cadangan_persen: 3 }] });
    expect(gub.problems).toEqual([expect.objectContaining({ path: 'barang[0].kode', key: 'config.problem.kode-unknown' })]);
    // a new item with some of its fields: the missing ones are named
    const payung = configError({ barang: [{ kode: 'payung', nama: 'Payung' }] });
    expect(payung.problems.map((p) => p.path)).toEqual(['barang[0].satuan', 'barang[0].alokasi']);
  });

  it('a number typed as text gets the number it means', () => {
    expect(numberMeant('2,5')).toBe('2.5');
    expect(numberMeant('5%')).toBe('5');
    expect(numberMeant(' 300 ')).toBe('300');
    expect(numberMeant('lima')).toBeNull();
    expect(numberMeant(5)).toBeNull();
    expect(configError({ barang: [{ kode: 'tinta', cadangan_persen: '5%' }] }).problems[0]).toMatchObject({ path: 'barang[0].cadangan_persen', suggestion: '5' });
  });

  it('on screen: the JSON path, the item by number and code, the message and the suggestion, in both languages', async () => {
    const dir = await tempDir();
    const config = {
      extends: 'pemilu-2024',
      barang: [
        { kode: 'tinta', cadangan_persen: 1 },
        { kode: 'surat_suara_dpr', cadangan_persen: '2,5' },
        { kode: 'segel_plastik', alokasi: [{ tingkat: 'tps', basis: 'tps', rasio: 12, rasi: 1 }] },
      ],
    };
    await writeFile(join(dir, 'c.json'), JSON.stringify(config, null, 2));
    const id = await runInProcess(['hitung', '-c', 'c.json', 'x.csv'], { cwd: dir });
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('galat: Konfigurasi c.json tidak sah (2 masalah):\n');
    expect(id.stderr).toContain('  barang[1].cadangan_persen, item ke-2 (surat_suara_dpr): ');
    // Wholly Indonesian (issue 9.7): no zod type names ("diharapkan number, diterima string").
    expect(id.stderr).toContain('item ke-2 (surat_suara_dpr): harus angka. Maksud Anda 2.5?\n');
    expect(id.stderr).toContain('  barang[2].alokasi[0].rasi, item ke-3 (segel_plastik), alokasi ke-1: kunci rasi tidak dikenal. Maksud Anda rasio?\n');
    const en = await runInProcess(['hitung', '-c', 'c.json', 'x.csv', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toContain('  barang[2].alokasi[0].rasi, item 3 (segel_plastik), alokasi entry 1: unknown key rasi. Did you mean rasio?\n');
    // --json: one document saying the same
    const json = await runInProcess(['hitung', '-c', 'c.json', 'x.csv', '--json'], { cwd: dir });
    expect(JSON.parse(json.stdout).galat.pesan).toContain('item ke-2 (surat_suara_dpr)');
  });
});

describe('cadangan_persen_surat_suara: the reserve of every ballot type at once', () => {
  it('sets every surat_suara_* item, leaves the other items alone, and an item\'s own value wins', () => {
    const c = resolveConfig({ config: { cadangan_persen_surat_suara: 3, barang: [{ kode: 'surat_suara_dpd', cadangan_persen: 2.5 }] } });
    expect(reserve(c, 'surat_suara_ppwp')).toBe(3);
    expect(reserve(c, 'surat_suara_dpr')).toBe(3);
    expect(reserve(c, 'surat_suara_dprd_kabkota')).toBe(3);
    expect(reserve(c, 'surat_suara_dpd')).toBe(2.5);
    expect(reserve(c, 'tinta')).toBe(0);
    expect(reserve(c, 'kotak_suara')).toBe(0);
  });

  it('applies to a new ballot item of the config too, and to the Pilkada ballots', () => {
    const c = resolveConfig({
      config: {
        extends: 'pilkada-2024',
        cadangan_persen_surat_suara: 0,
        barang: [{ kode: 'surat_suara_percontohan', nama: 'Surat suara contoh', satuan: 'lembar', alokasi: [{ tingkat: 'tps', basis: 'tps', rasio: 1 }] }],
      },
    });
    expect(c.barang.filter((b) => b.kode.startsWith('surat_suara_')).map((b) => [b.kode, rationalToNumber(b.cadanganPersen)])).toEqual([
      ['surat_suara_gubernur', 0],
      ['surat_suara_bupati_walikota', 0],
      ['surat_suara_percontohan', 0],
    ]);
  });

  it('resolves to the same config (and konfigurasi_sha256) as giving each ballot its value', () => {
    const once = resolveConfig({ config: { cadangan_persen_surat_suara: 2.5 } });
    const each = resolveConfig({
      config: { barang: ['surat_suara_ppwp', 'surat_suara_dpr', 'surat_suara_dpd', 'surat_suara_dprd_prov', 'surat_suara_dprd_kabkota'].map((kode) => ({ kode, cadangan_persen: 2.5 })) },
    });
    expect(once).toEqual(each);
    expect(JSON.stringify(configForDisplay(once))).toBe(JSON.stringify(configForDisplay(each)));
  });

  it('is checked like cadangan_persen (0 to 100, at most the allowed decimals)', () => {
    expect(configError({ cadangan_persen_surat_suara: 101 }).problems[0]?.path).toBe('cadangan_persen_surat_suara');
    expect(configError({ cadangan_persen_surat_suara: -1 }).problems[0]?.path).toBe('cadangan_persen_surat_suara');
    expect(configError({ cadangan_persen_surat_suara: '3' }).problems[0]).toMatchObject({ path: 'cadangan_persen_surat_suara', suggestion: '3' });
  });

  it('in a real run: 3 % of 825 voters, per TPS ceil(183 × 3 / 100) + … = 6 + 7 + 6 + 7 = 26', async () => {
    const dir = await tempDir('contoh');
    await writeFile(join(dir, 'c.json'), JSON.stringify({ extends: 'pemilu-2024', cadangan_persen_surat_suara: 3 }));
    const r = await runInProcess(['hitung', '-c', 'c.json', 'contoh/pemilih.csv', '-o', 'o'], { cwd: dir });
    expect(r.code).toBe(0);
    // PPWP's PSU stock is not the kab/kota's (domain.md §10.5); DPRD Kab/Kota's 1,000 is
    expect(r.stdout).toContain('  surat_suara_ppwp: kebutuhan 825 + cadangan 26 = 851 lembar\n');
    expect(r.stdout).toContain('  surat_suara_dprd_kabkota: kebutuhan 825 + cadangan 26 + tambahan 1.000 = 1.851 lembar\n');
    expect(r.stdout).toContain('  tinta: 8 botol\n');
  });
});
