/**
 * Config that helps itself (issue 6, point 5): the JSON Schema is shipped as a committed file that
 * cannot drift from the zod schema, explains every field, accepts what zod accepts (checked on the
 * presets and a worked example) and rejects typos; `logistik init` writes a config that works.
 */
import { execFileSync } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configJsonSchemaText } from '../../src/cli/schema.js';
import { MESSAGE_CATALOGUE } from '../../src/core/messages/index.js';
import { REPO, runInProcess, tempDir } from '../helpers/cli.js';
import { assertBuilt } from './rolls.js';

type Schema = Record<string, unknown>;
const SCHEMA_FILE = join(REPO, 'schema/logistik-config.schema.json');

/**
 * A small JSON Schema checker for the keywords the generated schema uses; it returns the paths
 * that fail. Enough to show that the schema editors see agrees with the zod schema on real configs.
 */
function check(schema: Schema, value: unknown, path = '$'): string[] {
  const errors: string[] = [];
  const fail = (why: string) => errors.push(`${path}: ${why}`);
  if (Array.isArray(schema.anyOf)) {
    const ok = (schema.anyOf as Schema[]).some((s) => check(s, value, path).length === 0);
    return ok ? [] : [`${path}: matches no anyOf branch`];
  }
  if ('const' in schema && value !== schema.const) fail(`not ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) fail(`not one of ${JSON.stringify(schema.enum)}`);
  const type = schema.type as string | undefined;
  const isType: Record<string, (v: unknown) => boolean> = {
    object: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
    array: Array.isArray,
    string: (v) => typeof v === 'string',
    number: (v) => typeof v === 'number',
    integer: (v) => Number.isInteger(v),
    boolean: (v) => typeof v === 'boolean',
    null: (v) => v === null,
  };
  if (type !== undefined) {
    if (!isType[type]) throw new Error(`checker does not know type ${type}`);
    if (!isType[type](value)) return [`${path}: not ${type}`];
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) fail('too short');
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) fail(`does not match ${schema.pattern}`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail(`below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail(`above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail('too few items');
    if (schema.items) value.forEach((v, i) => errors.push(...check(schema.items as Schema, v, `${path}[${i}]`)));
  }
  if (type === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in obj)) fail(`missing ${key}`);
    for (const [key, v] of Object.entries(obj)) {
      if (props[key]) errors.push(...check(props[key], v, `${path}.${key}`));
      else if (schema.additionalProperties === false) fail(`unknown key ${key}`);
    }
  }
  return errors;
}

async function committedSchema(): Promise<Schema> {
  return JSON.parse(await readFile(SCHEMA_FILE, 'utf8')) as Schema;
}

/** The worked example of docs/panduan.md: a new item, an override and a removal. */
const WORKED_EXAMPLE = {
  $schema: './logistik-config.schema.json',
  extends: 'pemilu-2024',
  barang: [
    {
      kode: 'payung',
      nama: 'Payung untuk petugas KPPS',
      satuan: 'buah',
      alokasi: [{ tingkat: 'tps', basis: 'tps', rasio: 2 }],
      cadangan_persen: 5,
      pembulatan: 'atas',
      isi_kemasan: 1,
      sumber: 'Keputusan KPU Kabupaten (contoh)',
      keyakinan: 'reported',
    },
    { kode: 'segel_plastik', alokasi: [{ tingkat: 'tps', basis: 'tps', rasio: 12 }] },
    { kode: 'daftar_calon', hapus: true },
  ],
};

describe('the shipped JSON Schema', () => {
  it('schema/logistik-config.schema.json is exactly what configJsonSchemaText() produces (no drift)', async () => {
    // On failure: npm run build && node scripts/write-schema.mjs, then commit the file.
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(configJsonSchemaText());
  });

  it('logistik preset --schema prints the same text, and scripts/write-schema.mjs --check agrees with the build', async () => {
    const r = await runInProcess(['preset', '--schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(await readFile(SCHEMA_FILE, 'utf8'));
    assertBuilt();
    expect(() => execFileSync(process.execPath, [join(REPO, 'scripts/write-schema.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('is a draft 2020-12 schema that rejects unknown keys at every level', async () => {
    const schema = await committedSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    const barang = (schema.properties as Record<string, Schema>).barang?.items as Schema;
    expect(barang.additionalProperties).toBe(false);
    expect(barang.required).toEqual(['kode']);
  });

  it('explains every field (Indonesian first, then English), from the catalogue', async () => {
    const missing: string[] = [];
    const seen = new Set<string>();
    const walk = (node: Schema, path: string, isField: boolean): void => {
      if (isField && typeof node.description !== 'string') missing.push(path || '(root)');
      if (isField) seen.add(path);
      for (const [k, v] of Object.entries((node.properties ?? {}) as Record<string, Schema>)) walk(v, path ? `${path}.${k}` : k, true);
      if (node.items) walk(node.items as Schema, path, false);
      for (const v of (node.anyOf ?? []) as Schema[]) walk(v, path, false);
    };
    const schema = await committedSchema();
    walk(schema, '', true);
    expect(missing).toEqual([]);
    expect(seen.size).toBeGreaterThan(30);
    const kapasitas = (schema.properties as Record<string, Schema>).kapasitas_tps?.description as string;
    expect(kapasitas.split('\n\n')).toEqual([MESSAGE_CATALOGUE['schema.kapasitas_tps']?.id, MESSAGE_CATALOGUE['schema.kapasitas_tps']?.en]);
    // and no schema.* entry of the catalogue describes a field that is not there
    const names = new Set([...seen].map((p) => p.slice(p.lastIndexOf('.') + 1)));
    const dead = Object.keys(MESSAGE_CATALOGUE)
      .filter((k) => k.startsWith('schema.'))
      .map((k) => k.slice('schema.'.length))
      .filter((p) => !seen.has(p) && !names.has(p));
    expect(dead).toEqual([]);
  });

  it.each(['pemilu-2024', 'pilkada-2024'])('accepts the complete config `logistik preset %s` prints', async (name) => {
    const r = await runInProcess(['preset', name]);
    expect(r.code).toBe(0);
    expect(check(await committedSchema(), JSON.parse(r.stdout))).toEqual([]);
  });

  it('accepts the worked example of the guide, which the CLI accepts too', async () => {
    expect(check(await committedSchema(), WORKED_EXAMPLE)).toEqual([]);
    const dir = await tempDir('contoh');
    await writeFile(join(dir, 'c.json'), JSON.stringify(WORKED_EXAMPLE));
    const r = await runInProcess(['hitung', '-c', 'c.json', 'contoh/pemilih.csv', '-o', 'o'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const pengadaan = await readFile(join(dir, 'o/pengadaan.csv'), 'utf8');
    // 4 TPS × 2 = 8, reserve ceil(2 × 5 %) = 1 per TPS → 4
    expect(pengadaan).toContain('payung,Payung untuk petugas KPPS,buah,,8,4,0,12,1,12,12');
    expect(pengadaan).not.toContain('daftar_calon');
    // segel_plastik: 12 per TPS (was 10) and the preset's other allocations are replaced too
    expect(pengadaan).toMatch(/^segel_plastik,[^,]+,buah,,48,/m);
  });

  it.each([
    [{ extends: 'pemilu-2024', barang: [{ kode: 'tinta', cadangan_persn: 5 }] }, 'barang[0].cadangan_persn'],
    [{ extends: 'pemilu-2024', barang: [{ kode: 'tinta', cadangan_persen: -5 }] }, 'barang[0].cadangan_persen'],
    [{ extends: 'pemilu-2024', barang: [{ kode: 'Tinta Besar' }] }, 'barang[0].kode'],
    [{ extends: 'pemilu-2024', kapasitas_tps: 0 }, 'kapasitas_tps'],
    [{ extend: 'pemilu-2024' }, 'extend'],
  ])('rejects %j as the CLI does (exit 2, naming the path)', async (config, where) => {
    expect(check(await committedSchema(), config).length).toBeGreaterThan(0);
    const dir = await tempDir();
    await writeFile(join(dir, 'c.json'), JSON.stringify(config));
    const r = await runInProcess(['hitung', '-c', 'c.json', 'tidak-dibaca.csv'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(where);
  });
});

describe('logistik init', () => {
  it('writes logistik.config.json (with $schema beside it), the schema and dapil.csv, and says so', async () => {
    const dir = await tempDir();
    const r = await runInProcess(['init'], { cwd: dir });
    expect(r.code).toBe(0);
    // what it did is the command's output: stdout
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Ditulis: logistik.config.json, logistik-config.schema.json, dapil.csv.');
    expect((await readdir(dir)).sort()).toEqual(['dapil.csv', 'logistik-config.schema.json', 'logistik.config.json']);
    const config = JSON.parse(await readFile(join(dir, 'logistik.config.json'), 'utf8'));
    // the reserve of every ballot in view, at the preset's own 2 % (pemilu-2024: ceil(dpt × 2 / 100))
    expect(config).toEqual({ $schema: './logistik-config.schema.json', extends: 'pemilu-2024', cadangan_persen_surat_suara: 2, lingkup: 'kabkota', barang: [], kemas: { barang: [] } });
    expect(await readFile(join(dir, config.$schema), 'utf8')).toBe(await readFile(SCHEMA_FILE, 'utf8'));
    const dapil = (await readFile(join(dir, 'dapil.csv'), 'utf8')).split('\n');
    expect(dapil[0]).toBe('kode_wilayah,jenis,dapil');
    expect(dapil.slice(1, -1).map((l) => l.split(',')[1])).toEqual(expect.arrayContaining(['dpr', 'dprd_prov', 'dprd_kabkota']));
  });

  it('the written config passes the schema: every top-level key is a property of it', async () => {
    const dir = await tempDir();
    await runInProcess(['init', '-p', 'pilkada-2024'], { cwd: dir });
    const config = JSON.parse(await readFile(join(dir, 'logistik.config.json'), 'utf8'));
    const schema = JSON.parse(await readFile(join(dir, 'logistik-config.schema.json'), 'utf8'));
    for (const key of Object.keys(config)) expect(Object.keys(schema.properties)).toContain(key);
    expect(check(schema, config)).toEqual([]);
    expect(config.extends).toBe('pilkada-2024');
    // Pilkada ballots do not differ by dapil: no mapping template to fill in.
    expect(await readdir(dir)).not.toContain('dapil.csv');
    // Pilkada 2024's ballots carry 2.5 % (contract, "Item codes in the built-in presets")
    expect(config.cadangan_persen_surat_suara).toBe(2.5);
  });

  it('the written config works: logistik hitung -c logistik.config.json fixtures/contoh/pemilih.csv', async () => {
    const dir = await tempDir('contoh');
    await runInProcess(['init', 'konfigurasi'], { cwd: dir });
    const r = await runInProcess(['hitung', '-c', 'konfigurasi/logistik.config.json', join(REPO, 'fixtures/contoh/pemilih.csv'), '-o', 'm'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const plain = await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'p'], { cwd: dir });
    expect(plain.code).toBe(0);
    // extends the default preset with no changes: the same manifests as no config at all
    expect(await readFile(join(dir, 'm/pengadaan.csv'), 'utf8')).toBe(await readFile(join(dir, 'p/pengadaan.csv'), 'utf8'));
  });

  it('the dapil template is read without a problem of its own (only the coverage of the roll is missing)', async () => {
    const dir = await tempDir('contoh');
    await runInProcess(['init'], { cwd: dir });
    const r = await runInProcess(['hitung', '-c', 'logistik.config.json', '--dapil', 'dapil.csv', 'contoh/pemilih.csv', '-o', 'm', '--json'], { cwd: dir });
    const codes = Object.keys(JSON.parse(r.stdout).masalah.per_kode);
    expect(codes.filter((c) => c.startsWith('dapil-') && c !== 'dapil-unmapped')).toEqual([]);
  });

  it('refuses to overwrite without --force (exit 3, naming the file, writing nothing), and overwrites with it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'dapil.csv'), 'kode_wilayah,jenis,dapil\n16.74.04,dpr,SUMSEL 2\n');
    const refused = await runInProcess(['init'], { cwd: dir });
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('dapil.csv sudah ada; pakai --force untuk menimpanya.');
    expect(await readdir(dir)).toEqual(['dapil.csv']);
    const en = await runInProcess(['init', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toContain('dapil.csv already exists; use --force to overwrite it.');
    const forced = await runInProcess(['init', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(await readFile(join(dir, 'dapil.csv'), 'utf8')).toContain('CONTOH DPR 1');
  });

  it('an unknown preset is a usage error before anything is written', async () => {
    const dir = await tempDir();
    const r = await runInProcess(['init', '-p', 'pemilu-2029'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('pemilu-2024');
    expect(await readdir(dir)).toEqual([]);
  });
});
