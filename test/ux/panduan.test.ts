/**
 * docs/panduan.md cannot rot: every `$ logistik …` command in it is run, in order, in a folder set
 * up as the guide describes (the bundled example as dpt.csv, and the small files the guide shows),
 * and every output line the guide shows (except lines cut with "…") must be in what the command
 * really printed. The config and dapil files are taken from the guide's own code blocks.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/core/config/index.js';
import { FIXTURES, REPO, runInProcess, tempDir } from '../helpers/cli.js';
import { PAGE_FILES } from '../../src/cli/cetak-pages.js';

interface Step {
  readonly command: string;
  readonly shown: string[];
}

const GUIDE = await readFile(join(REPO, 'docs/panduan.md'), 'utf8');

/** The fenced blocks of one language tag, in order. */
function blocks(tag: string): string[] {
  return [...GUIDE.matchAll(new RegExp('```' + tag + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1] ?? '');
}

/** Every `$ command` of the console blocks, with the output lines shown under it. */
function steps(): Step[] {
  const out: { command: string; shown: string[] }[] = [];
  for (const block of blocks('console')) {
    for (const line of block.split('\n')) {
      if (line.startsWith('$ ')) out.push({ command: line.slice(2), shown: [] });
      else if (line.trim() !== '' && !line.includes('…')) out.at(-1)?.shown.push(line.trimEnd());
    }
  }
  return out;
}

/** The small input files of the guide, made the way the guide describes them. */
async function setUp(dir: string): Promise<void> {
  const dpt = await readFile(join(FIXTURES, 'contoh/pemilih.csv'));
  await writeFile(join(dir, 'dpt.csv'), dpt);
  await writeFile(join(dir, 'dpt.csv.gz'), gzipSync(dpt));
  const rows = parse(dpt, { columns: true }) as Record<string, string>[];

  // §1.3: one desa, two title lines and a blank line above the header, `;`, other header names, CRLF
  const desa = rows.filter((r) => r.kode_kelurahan === '16.74.04.1001');
  const ekspor = [
    'DAFTAR PEMILIH TETAP PEMILU 2024',
    'KECAMATAN RAMBANG KAPAK TENGAH',
    '',
    'Kode Desa;Kecamatan;Desa/Kelurahan;No TPS;NKK;NIK;Nama;JK;Tgl Lahir;Sts Kawin',
    ...desa.map((r) => [r.kode_kelurahan, r.kecamatan, r.kelurahan, `TPS ${Number(r.tps)}`, r.nkk, r.nik, r.nama, r.jenis_kelamin, r.tanggal_lahir, r.status_kawin].join(';')),
  ];
  await writeFile(join(dir, 'ekspor-desa.csv'), `${ekspor.join('\r\n')}\r\n`);

  // §4.1: the first six voters, two NIKs turned into scientific notation, one jenis_kelamin W
  const rusak = rows.slice(0, 6).map((r, i) => ({
    ...r,
    nik: i === 1 || i === 3 ? Number(r.nik).toExponential(5).toUpperCase() : r.nik,
    jenis_kelamin: i === 4 ? 'W' : r.jenis_kelamin,
  }));
  await writeFile(join(dir, 'dpt-rusak.csv'), stringify(rusak, { header: true }));

  // §4.3: thirty NIKs that lost their last digit
  const digit15 = rows.slice(0, 30).map((r) => [r.kode_kelurahan, r.tps, `${r.nik?.slice(0, 15)}0`].join(','));
  await writeFile(join(dir, 'dpt-15digit.csv'), `kode_kelurahan,tps,nik\n${digit15.join('\n')}\n`);

  // §2: a recap of three TPS, one whose dpt_l + dpt_p does not add up
  await writeFile(
    join(dir, 'rekap.csv'),
    'kode_kelurahan,kecamatan,kelurahan,tps,dpt,dpt_l,dpt_p\n' +
      '16.74.04.1001,Rambang Kapak Tengah,Tanjung Rambang,1,250,124,126\n' +
      '16.74.04.1001,Rambang Kapak Tengah,Tanjung Rambang,2,243,120,123\n' +
      '16.74.04.2003,Rambang Kapak Tengah,Karya Mulya,1,198,100,99\n',
  );

  // §2.2: a Pilkada recap (Kab. Ciamis) checked with the default Pemilu preset
  await writeFile(join(dir, 'ciamis.csv'), await readFile(join(FIXTURES, 'ciamis-pilkada-2024/rekap.csv')));

  // §14: the Pemilu 2024 recap of Kecamatan Rambang Kapak Tengah, from the Prabumulih fixture
  const prabumulih = (await readFile(join(FIXTURES, 'prabumulih-pemilu-2024/rekap.csv'), 'utf8')).split('\n');
  await writeFile(join(dir, 'rekap-rkt.csv'), `${[prabumulih[0], ...prabumulih.filter((l) => l.startsWith('16.74.04.'))].join('\n')}\n`);

  // §12: the example configs, as docs/contoh holds them
  for (const name of ['kepahiang-psu-ppwp.json', 'tapsel-cadangan-total.json']) await writeFile(join(dir, name), await readFile(join(REPO, 'docs/contoh', name)));

  // §15: the example receipts and KPPS confirmations, for the example roll's manifest
  for (const name of ['penerimaan.csv', 'konfirmasi-kpps.csv']) await writeFile(join(dir, name), await readFile(join(FIXTURES, 'penerimaan', name)));

  // §1: what a spreadsheet file looks like to a CSV reader
  await writeFile(join(dir, 'dpt.xlsx'), Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64)]));
}

/** The guide's config (§6.1) and the wrong one next to it (`"cadangan_persen": "5%"`). */
function guideConfig(): string {
  const json = blocks('json').find((b) => b.includes('"payung"'));
  if (!json) throw new Error('no config with payung in the guide');
  return json;
}

function guideBlock(containing: string): string {
  const json = blocks('json').find((b) => b.includes(containing));
  if (!json) throw new Error(`no json block with ${containing} in the guide`);
  return json;
}

function guideDapil(title = 'kode_wilayah,jenis,dapil'): string {
  const dapil = blocks('text').find((b) => b.startsWith(title));
  if (!dapil) throw new Error(`no dapil block starting "${title}" in the guide`);
  return dapil;
}

async function run(command: string, dir: string): Promise<string> {
  if (command.startsWith('ls ')) {
    const parts = await Promise.all(command.split(' ').slice(1).map(async (d) => `${d}:\n${(await readdir(join(dir, d))).sort().join('\n')}\n`));
    return parts.join('\n');
  }
  let stdin: Buffer | undefined;
  let line = command;
  const piped = /^cat (\S+) \| (.*)$/.exec(line);
  if (piped) {
    stdin = await readFile(join(dir, piped[1] ?? ''));
    line = piped[2] ?? '';
  }
  const [cmd, redirect] = line.split(' > ');
  const argv = (cmd ?? '').split(' ');
  expect(argv[0], command).toBe('logistik');
  const r = await runInProcess(argv.slice(1), { cwd: dir, ...(stdin ? { stdin } : {}) });
  if (redirect) await writeFile(join(dir, redirect), r.stdout);
  return redirect ? r.stderr : `${r.stdout}${r.stderr}`;
}

describe('docs/panduan.md', () => {
  const all = steps();

  it('shows the commands this test replays (not vacuous)', () => {
    expect(all.length).toBeGreaterThanOrEqual(20);
    expect(all.filter((s) => s.shown.length > 0).length).toBeGreaterThanOrEqual(15);
  });

  it('every command runs and prints every output line the guide shows', async () => {
    const dir = await tempDir();
    await setUp(dir);
    let initDone = false;
    for (const step of all) {
      // the guide edits the files `init` wrote before it uses them
      if (initDone && step.command.includes('logistik.config.json')) await writeFile(join(dir, 'logistik.config.json'), guideConfig());
      if (initDone && step.command.includes('dapil.csv')) await writeFile(join(dir, 'dapil.csv'), guideDapil());
      // §7.2: the mapping with a title line, `;` and a kecamatan given two dapil
      if (step.command.includes('dapil-salah.csv')) await writeFile(join(dir, 'dapil-salah.csv'), guideDapil('PEMETAAN DAPIL'));
      if (step.command.includes('salah.config.json')) await writeFile(join(dir, 'salah.config.json'), guideConfig().replace('"cadangan_persen": 5', '"cadangan_persen": "5%"'));
      if (step.command.includes('koma.config.json')) await writeFile(join(dir, 'koma.config.json'), guideConfig().replace('"cadangan_persen": 5', '"cadangan_persen": 2,5'));
      if (step.command.includes('cadangan.config.json')) await writeFile(join(dir, 'cadangan.config.json'), guideBlock('"cadangan_persen_surat_suara": 3'));
      if (step.command.includes('koli.config.json')) await writeFile(join(dir, 'koli.config.json'), guideBlock('"isi_koli"'));
      const printed = (await run(step.command, dir)).split('\n').map((l) => l.trimEnd());
      for (const line of step.shown) expect(printed, `${step.command}\n  shows: ${line}`).toContain(line);
      if (step.command === 'logistik init') initDone = true;
    }
  });

  it('the tinta example of §12 is the preset entry, word for word', async () => {
    const tinta = blocks('json').find((b) => b.includes('"kode": "tinta"'));
    const preset = JSON.parse((await runInProcess(['preset', 'pemilu-2024'])).stdout);
    expect(JSON.parse(tinta ?? '{}')).toEqual(preset.barang.find((b: { kode: string }) => b.kode === 'tinta'));
  });

  it('the Kepahiang example of §12.2 is docs/contoh/kepahiang-psu-ppwp.json, word for word', async () => {
    const shown = blocks('json').find((b) => b.includes('Kepahiang'));
    expect(JSON.parse(shown ?? '{}')).toEqual(JSON.parse(await readFile(join(REPO, 'docs/contoh/kepahiang-psu-ppwp.json'), 'utf8')));
  });

  it('documents every output column the tool writes', async () => {
    const dir = await tempDir('contoh');
    await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'o'], { cwd: dir });
    for (const name of ['pengadaan.csv', 'distribusi-tps.csv', 'distribusi-kelurahan.csv', 'distribusi-kecamatan.csv', 'distribusi-kpu.csv', 'validasi.csv']) {
      const header = (await readFile(join(dir, 'o', name), 'utf8')).split('\n')[0] ?? '';
      const itemCodes = new Set(resolveConfig({}).barang.map((b) => b.kode));
      for (const column of header.split(',').filter((c) => !itemCodes.has(c))) expect(GUIDE, `${name}: ${column}`).toContain(`\`${column}\``);
    }
    const ringkasan = JSON.parse(await readFile(join(dir, 'o/ringkasan.json'), 'utf8'));
    const keys = [...Object.keys(ringkasan), ...Object.keys(ringkasan.masukan[0]), ...Object.keys(ringkasan.masalah), ...Object.keys(ringkasan.opsi)];
    for (const key of keys) expect(GUIDE, `ringkasan.json: ${key}`).toContain(`\`${key}\``);
  });

  it('documents every column and ringkasan.json key kemas writes', async () => {
    const dir = await tempDir('contoh');
    expect((await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'm', '-q'], { cwd: dir })).code).toBe(0);
    expect((await runInProcess(['kemas', 'm', '-o', 'k', '-q'], { cwd: dir })).code).toBe(0);
    for (const name of ['kemas-tps.csv', 'ambil-koli.csv', 'koli-kabkota.csv', 'serah-terima-ppk.csv', 'serah-terima-pps.csv']) {
      const header = (await readFile(join(dir, 'k', name), 'utf8')).split('\n')[0] ?? '';
      for (const column of header.split(',')) expect(GUIDE, `${name}: ${column}`).toContain(`\`${column}\``);
    }
    const ringkasan = JSON.parse(await readFile(join(dir, 'k/ringkasan.json'), 'utf8'));
    for (const key of [...Object.keys(ringkasan), ...Object.keys(ringkasan.jumlah)]) expect(GUIDE, `ringkasan.json: ${key}`).toContain(`\`${key}\``);
  });

  it('documents every column and ringkasan.json key petakan writes', async () => {
    const dir = await tempDir('contoh');
    expect((await runInProcess(['petakan', 'contoh/pemilih.csv', '-o', 'p'], { cwd: dir })).code).toBe(0);
    for (const name of ['usulan-tps.csv', 'pemetaan-kelurahan.csv', 'rekap-tps.csv', 'penempatan.csv', 'selisih-barang.csv']) {
      const header = (await readFile(join(dir, 'p', name), 'utf8')).split('\n')[0] ?? '';
      for (const column of header.split(',')) expect(GUIDE, `${name}: ${column}`).toContain(`\`${column}\``);
    }
    const ringkasan = JSON.parse(await readFile(join(dir, 'p/ringkasan.json'), 'utf8'));
    for (const key of Object.keys(ringkasan)) expect(GUIDE, `ringkasan.json: ${key}`).toContain(`\`${key}\``);
  });

  it('documents every column and ringkasan.json key terima writes', async () => {
    const dir = await tempDir('contoh');
    for (const name of ['penerimaan.csv', 'konfirmasi-kpps.csv']) await writeFile(join(dir, name), await readFile(join(REPO, 'fixtures/penerimaan', name)));
    expect((await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'manifest', '--quiet'], { cwd: dir })).code).toBe(0);
    expect((await runInProcess(['terima', 'penerimaan.csv', '--tps', 'konfirmasi-kpps.csv', '-o', 't'], { cwd: dir })).code).toBe(0);
    for (const name of ['rekonsiliasi.csv', 'usulan-pemenuhan.csv', 'pemusnahan.csv', 'status-tps.csv']) {
      const header = (await readFile(join(dir, 't', name), 'utf8')).split('\n')[0] ?? '';
      for (const column of header.split(',')) expect(GUIDE, `${name}: ${column}`).toContain(`\`${column}\``);
    }
    const ringkasan = JSON.parse(await readFile(join(dir, 't/ringkasan.json'), 'utf8'));
    for (const key of Object.keys(ringkasan)) expect(GUIDE, `ringkasan.json: ${key}`).toContain(`\`${key}\``);
  });

  it('documents every ringkasan.json key cetak writes and every page it can write', async () => {
    const dir = await tempDir('contoh');
    expect((await runInProcess(['hitung', 'contoh/pemilih.csv', '-o', 'o', '-q'], { cwd: dir })).code).toBe(0);
    expect((await runInProcess(['cetak', 'o'], { cwd: dir })).code).toBe(0);
    const ringkasan = JSON.parse(await readFile(join(dir, 'o/cetak/ringkasan.json'), 'utf8'));
    for (const key of Object.keys(ringkasan)) expect(GUIDE, `ringkasan.json: ${key}`).toContain(`\`${key}\``);
    for (const page of Object.values(PAGE_FILES).flat()) expect(GUIDE, page).toContain(`\`${page}\``);
  });
});
