/**
 * `--xlsx` end to end (issue 14.3; the real binary for the read-back and the time-zone runs, the
 * same CLI in-process for the rest): buku-kerja.xlsx read back with exceljs
 * equals the CSVs cell by cell, keeps codes as text, closes the distribution sheets with totals that
 * equal the sums, freezes the header, explains the run with the digests of ringkasan.json; its
 * bytes do not depend on time zone or locale; `--check` compares it.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runBinary, runInProcess, tempDir } from '../helpers/cli.js';
import { assertBuilt } from '../ux/rolls.js';
import { columnTitle, headerText } from '../../src/core/render/titles.js';
import { outputFileSpec } from '../../src/core/render/output-files.js';
import { resolveConfig } from '../../src/core/config/index.js';
import { asCsv, readCsv, readWorkbook, unguard, writeFormulaRoll, type Cell } from './xlsx-helpers.js';

const CSVS = ['pengadaan.csv', 'distribusi-kecamatan.csv', 'distribusi-kelurahan.csv', 'distribusi-tps.csv', 'distribusi-kpu.csv', 'validasi.csv'];
const BARANG = resolveConfig({}).barang;
const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

/** The real binary: for the main read-back and for runs that differ in their process's time zone. */
function run(argv: string[], dir: string, env: Record<string, string> = {}) {
  const r = runBinary(argv, { cwd: dir, env });
  return { ...r, text: r.stdout + r.stderr };
}

/** The same CLI in-process (runCli), where the process itself does not matter: faster on a busy machine. */
async function runIn(argv: string[], dir: string, env: Record<string, string> = {}) {
  const r = await runInProcess(argv, { cwd: dir, env });
  return { ...r, text: r.stdout + r.stderr };
}

describe('hitung --xlsx (real binary)', () => {
  let dir = '';
  let sheets: Map<string, Cell[][]>;
  let wb: Awaited<ReturnType<typeof readWorkbook>>['wb'];

  beforeAll(async () => {
    assertBuilt();
    dir = await tempDir();
    const roll = await writeFormulaRoll(dir);
    const r = run(['hitung', roll, '-o', 'm', '--xlsx'], dir);
    expect(r.code, r.text).toBe(0);
    expect(r.text).toContain('m/buku-kerja.xlsx');
    ({ wb, sheets } = await readWorkbook(join(dir, 'm/buku-kerja.xlsx')));
  });

  it('writes one sheet per CSV after the explaining sheet', () => {
    expect([...sheets.keys()]).toEqual(['keterangan', ...CSVS.map((n) => n.replace('.csv', ''))]);
  });

  it.each(CSVS)('%s: every cell equals the CSV (codes as text, numbers as numbers, no formula guard needed)', async (name) => {
    const csv = await readCsv(join(dir, 'm', name));
    const sheet = sheets.get(name.replace('.csv', '')) ?? [];
    const [columns = [], ...rows] = csv;
    expect(sheet[0], 'header').toEqual(columns.map((c) => headerText(columnTitle(c, 'id', { berkas: name, barang: BARANG }) ?? { kolom: c, judul: c, satuan: null, jenis: 'teks' })));
    rows.forEach((row, r) => {
      const got = sheet[r + 1] ?? [];
      row.forEach((value, c) => {
        const cell = got[c] ?? null;
        expect(asCsv(cell), `${name} row ${r + 2} ${columns[c]}`).toBe(unguard(value));
        const jenis = columnTitle(columns[c] ?? '', 'id', { berkas: name, barang: BARANG })?.jenis;
        if (value !== '') expect(typeof cell, `${name} row ${r + 2} ${columns[c]}`).toBe(jenis === 'teks' ? 'string' : 'number');
      });
    });
    const hasTotal = outputFileSpec(name)?.total !== undefined;
    expect(sheet.length, name).toBe(csv.length + (hasTotal ? 1 : 0));
  });

  it('keeps TPS 001 and region codes as text, and formula-like names as the text itself', () => {
    const tps = sheets.get('distribusi-tps') ?? [];
    expect(tps[1]?.slice(0, 4)).toEqual(['16.74.04.1001', 'Rambang Kapak Tengah', '=Tanjung Rambang', '001']);
    expect(tps[4]?.slice(0, 4)).toEqual(['16.74.05.2001', '-Rambang', '+Sukajadi', '001']);
    const ws = wb.getWorksheet('distribusi-tps');
    expect(ws?.getCell('C2').formula).toBeUndefined();
    expect(ws?.getCell('D2').numFmt).toBe('@');
  });

  it('closes the distribution sheets with totals that equal the column sums of the CSV', async () => {
    for (const name of ['distribusi-tps.csv', 'distribusi-kelurahan.csv', 'distribusi-kecamatan.csv', 'distribusi-kpu.csv']) {
      const [columns = [], ...rows] = await readCsv(join(dir, 'm', name));
      const total = (sheets.get(name.replace('.csv', '')) ?? []).at(-1) ?? [];
      expect(total[0], name).toBe('JUMLAH');
      columns.forEach((column, c) => {
        if (columnTitle(column, 'id', { berkas: name, barang: BARANG })?.jenis !== 'jumlah') return;
        expect(total[c], `${name} ${column}`).toBe(rows.reduce((s, row) => s + Number(row[c]), 0));
      });
    }
    expect((sheets.get('distribusi-tps') ?? []).at(-1)?.[4]).toBe(250 + 198 + 1234 + 12);
    // the CSVs themselves stay free of totals rows
    expect(await readFile(join(dir, 'm/distribusi-tps.csv'), 'utf8')).not.toContain('JUMLAH');
  });

  it('freezes the header row of every data sheet', () => {
    for (const ws of wb.worksheets.slice(1)) expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('the first sheet says the run: its digests are those of ringkasan.json', async () => {
    const ringkasan = JSON.parse(await readFile(join(dir, 'm/ringkasan.json'), 'utf8'));
    const first = sheets.get('keterangan') ?? [];
    const find = (label: string) => first.find((row) => row[0] === label);
    expect(find('Perintah')?.[1]).toBe('hitung');
    expect(find('Preset')?.[1]).toBe(ringkasan.preset);
    expect(find('SHA-256 konfigurasi terselesaikan')?.[1]).toBe(ringkasan.konfigurasi_sha256);
    expect(find('Alat dan versi')?.[1]).toBe(`${ringkasan.alat.nama} ${ringkasan.alat.versi}`);
    for (const m of ringkasan.masukan) expect(find(m.berkas)?.slice(1, 6)).toEqual([m.sha256, `masukan (${m.jenis})`, m.baris_data, m.dihitung, m.ditolak]);
    expect(find('rekap.csv')?.[1]).toBe(sha256(await readFile(join(dir, 'rekap.csv'))));
  });

  it('is listed in keluaran with the SHA-256 of its bytes', async () => {
    const ringkasan = JSON.parse(await readFile(join(dir, 'm/ringkasan.json'), 'utf8'));
    const entry = ringkasan.keluaran.find((k: { berkas: string }) => k.berkas === 'buku-kerja.xlsx');
    expect(entry?.sha256).toBe(sha256(await readFile(join(dir, 'm/buku-kerja.xlsx'))));
  });
});

describe('hitung --xlsx: reproducible bytes', () => {
  it('two runs in different time zones and locales give identical workbooks', async () => {
    assertBuilt();
    const dir = await tempDir('contoh');
    const jakarta = run(['hitung', 'contoh/pemilih.csv', '-o', 'a', '--xlsx', '-q'], dir, { TZ: 'Asia/Jakarta', LANG: 'id_ID.UTF-8' });
    const newYork = run(['hitung', 'contoh/pemilih.csv', '-o', 'b', '--xlsx', '-q'], dir, { TZ: 'America/New_York', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' });
    expect([jakarta.code, newYork.code]).toEqual([0, 0]);
    const a = await readFile(join(dir, 'a/buku-kerja.xlsx'));
    expect(a.equals(await readFile(join(dir, 'b/buku-kerja.xlsx')))).toBe(true);
    // the environment's English does not make the workbook English: only --lang does
    const en = await runIn(['hitung', 'contoh/pemilih.csv', '-o', 'c', '--xlsx', '-q', '--lang', 'en'], dir);
    expect(en.code).toBe(0);
    expect([...(await readWorkbook(join(dir, 'c/buku-kerja.xlsx'))).sheets.keys()][0]).toBe('about');
    expect([...(await readWorkbook(join(dir, 'a/buku-kerja.xlsx'))).sheets.keys()][0]).toBe('keterangan');
  });

  it('dates every zip entry and the document properties from SOURCE_DATE_EPOCH, a fixed date without it', async () => {
    assertBuilt();
    const dir = await tempDir('contoh');
    expect((await runIn(['hitung', 'contoh/pemilih.csv', '-o', 'e', '--xlsx', '-q'], dir, { SOURCE_DATE_EPOCH: '1707868800' })).code).toBe(0);
    expect((await runIn(['hitung', 'contoh/pemilih.csv', '-o', 'f', '--xlsx', '-q'], dir)).code).toBe(0);
    for (const [out, iso] of [['e', '2024-02-14T00:00:00'], ['f', '1980-01-01T00:00:00']] as const) {
      const zip = await JSZip.loadAsync(await readFile(join(dir, out, 'buku-kerja.xlsx')));
      for (const entry of Object.values(zip.files)) expect(entry.date.toISOString(), `${out} ${entry.name}`).toBe(`${iso}.000Z`);
      expect(await zip.file('docProps/core.xml')?.async('string')).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${iso}Z</dcterms:created>`);
    }
  });
});

describe('hitung --xlsx --check', () => {
  it('is current right after a run, and names the workbook when it changed', async () => {
    assertBuilt();
    const dir = await tempDir('contoh');
    expect((await runIn(['hitung', 'contoh/pemilih.csv', '-o', 'm', '--xlsx', '-q'], dir)).code).toBe(0);
    const current = await runIn(['hitung', 'contoh/pemilih.csv', '-o', 'm', '--xlsx', '--check'], dir);
    expect(current.code, current.text).toBe(0);
    expect(current.text).toContain('sudah mutakhir');

    // --check reruns with the recorded options: the workbook is compared without giving --xlsx again
    const recorded = await runIn(['hitung', 'contoh/pemilih.csv', '-o', 'm', '--check'], dir);
    expect(recorded.code, recorded.text).toBe(0);

    // English titles: the workbook differs as a whole (a zip has no lines: the message does not pretend it has)
    const english = await runIn(['hitung', 'contoh/pemilih.csv', '-o', 'm', '--check', '--json', '--lang', 'en'], dir);
    expect(english.code).toBe(1);
    expect(JSON.parse(english.stdout).perbedaan.berkas).toContainEqual({ berkas: 'buku-kerja.xlsx', status: 'beda', baris: null });
    expect(english.stderr).toMatch(/buku-kerja\.xlsx: differs\n/);

    const path = join(dir, 'm/buku-kerja.xlsx');
    const bytes = await readFile(path);
    await writeFile(path, Buffer.concat([bytes, Buffer.from([0])]));
    const changed = await runIn(['hitung', 'contoh/pemilih.csv', '-o', 'm', '--check', '--json'], dir);
    expect(changed.code).toBe(1);
    expect(JSON.parse(changed.stdout).perbedaan.berkas).toEqual([{ berkas: 'buku-kerja.xlsx', status: 'diubah' }]);
    expect(changed.stderr).toContain('buku-kerja.xlsx: diubah setelah ditulis');
    await writeFile(path, bytes);

    // a run without --xlsx removes the workbook of the earlier run: it would no longer match the CSVs
    expect((await runIn(['hitung', 'contoh/pemilih.csv', '-o', 'm', '-q'], dir)).code).toBe(0);
    expect(await readdir(join(dir, 'm'))).not.toContain('buku-kerja.xlsx');
  });
});

describe('hitung --xlsx with a config file and a dapil mapping', () => {
  it('the first sheet names both with the digests ringkasan.json records', async () => {
    const dir = await tempDir('prabumulih-pemilu-2024');
    await writeFile(join(dir, 'konfig.json'), JSON.stringify({ extends: 'pemilu-2024' }));
    const args = ['hitung', '-c', 'konfig.json', '--dapil', 'prabumulih-pemilu-2024/dapil.csv', 'prabumulih-pemilu-2024/rekap.csv', '-o', 'm', '--xlsx', '-q'];
    const r = await runIn(args, dir);
    expect(r.code, r.text).toBe(0);
    const ringkasan = JSON.parse(await readFile(join(dir, 'm/ringkasan.json'), 'utf8'));
    expect(ringkasan.konfigurasi).toEqual({ berkas: 'konfig.json', sha256: sha256(await readFile(join(dir, 'konfig.json'))) });
    expect(ringkasan.dapil).toEqual({ berkas: 'prabumulih-pemilu-2024/dapil.csv', sha256: sha256(await readFile(join(dir, 'prabumulih-pemilu-2024/dapil.csv'))) });
    const first = (await readWorkbook(join(dir, 'm/buku-kerja.xlsx'))).sheets.get('keterangan') ?? [];
    const find = (label: string) => first.find((row) => row[0] === label);
    expect(find('konfig.json')?.slice(1, 3)).toEqual([ringkasan.konfigurasi.sha256, 'konfigurasi (-c)']);
    expect(find('prabumulih-pemilu-2024/dapil.csv')?.slice(1, 3)).toEqual([ringkasan.dapil.sha256, 'pemetaan dapil (--dapil)']);
  });
});

describe('hitung --xlsx and a buku-kerja.xlsx the tool did not write', () => {
  it('stops before writing (exit 3) and leaves that file as it is; without --xlsx it is not touched', async () => {
    const dir = await tempDir('contoh');
    await mkdir(join(dir, 'm'));
    await writeFile(join(dir, 'm/buku-kerja.xlsx'), 'punya saya');
    const r = await runIn(['hitung', 'contoh/pemilih.csv', '-o', 'm', '--xlsx', '-q'], dir);
    expect(r.code, r.text).toBe(3);
    expect(r.text).toContain('buku-kerja.xlsx');
    expect(await readFile(join(dir, 'm/buku-kerja.xlsx'), 'utf8')).toBe('punya saya');
    expect((await runIn(['hitung', 'contoh/pemilih.csv', '-o', 'm', '-q'], dir)).code).toBe(0);
    expect(await readFile(join(dir, 'm/buku-kerja.xlsx'), 'utf8')).toBe('punya saya');
  });
});

describe('hitung --xlsx on a roll with errors', () => {
  it('writes no workbook (only validasi.csv and ringkasan.json) and removes the earlier one', async () => {
    assertBuilt();
    const dir = await tempDir('contoh');
    expect((await runIn(['hitung', 'contoh/pemilih.csv', '-o', 'm', '--xlsx', '-q'], dir)).code).toBe(0);
    await writeFile(join(dir, 'rusak.csv'), 'kode_kelurahan,tps,dpt\n16.74.01.1001,001,200\n16.74.01.1001,001,210\n');
    const r = await runIn(['hitung', 'rusak.csv', '-o', 'm', '--xlsx'], dir);
    expect(r.code).toBe(1);
    expect((await readdir(join(dir, 'm'))).sort()).toEqual(['ringkasan.json', 'validasi.csv']);
    // the summary does not claim a workbook, and names the old one among the files it removed
    expect(r.text).not.toContain('Buku kerja Excel');
    expect(r.text).toMatch(/dihapus[^\n]*buku-kerja\.xlsx/);
  });

  it('with --allow-invalid writes it, the rejected rows listed on the validasi sheet', async () => {
    assertBuilt();
    const dir = await tempDir('contoh');
    await writeFile(join(dir, 'rusak.csv'), 'kode_kelurahan,tps,dpt\n16.74.01.1001,001,200\n16.74.01.1001,001,210\n16.74.01.1001,002,5\n');
    const r = await runIn(['hitung', 'rusak.csv', '-o', 'm', '--xlsx', '--allow-invalid', '-q'], dir);
    expect(r.code, r.text).toBe(0);
    const { sheets } = await readWorkbook(join(dir, 'm/buku-kerja.xlsx'));
    expect((sheets.get('validasi') ?? []).some((row) => row[3] === 'duplicate-tps' && row[4] === 'galat')).toBe(true);
    const [m] = JSON.parse(await readFile(join(dir, 'm/ringkasan.json'), 'utf8')).masukan;
    expect(m.ditolak).toBe(1);
    expect((sheets.get('keterangan') ?? []).find((row) => row[0] === 'rusak.csv')?.slice(3, 6)).toEqual([m.baris_data, m.dihitung, m.ditolak]);
  });
});

describe('hitung --xlsx on the bundled kab/kota fixtures', () => {
  it.each(['prabumulih-pemilu-2024/rekap.csv', 'ciamis-pilkada-2024/rekap.csv'])('%s: sheets hold every CSV row', async (roll) => {
    assertBuilt();
    const dir = await tempDir();
    const preset = roll.includes('pilkada') ? ['-p', 'pilkada-2024'] : [];
    const r = await runIn(['hitung', join(FIXTURES, roll), '-o', 'm', '--xlsx', '-q', ...preset], dir);
    expect(r.code, r.text).toBe(0);
    const { sheets } = await readWorkbook(join(dir, 'm/buku-kerja.xlsx'));
    for (const name of CSVS) {
      const csv = await readCsv(join(dir, 'm', name));
      const sheet = sheets.get(name.replace('.csv', '')) ?? [];
      const body = sheet.slice(1, csv.length);
      expect(body.map((row) => row.map(asCsv)), name).toEqual(csv.slice(1).map((row) => row.map(unguard)));
    }
  });
});
