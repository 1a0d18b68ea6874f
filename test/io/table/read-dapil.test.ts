/**
 * The --dapil mapping through the one table reader: one test per CSV quirk a KPU staffer's mapping
 * file may have, read from a real file and checked all the way to the mapping (readDapil = the
 * table reader + the core's parseDapil).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { lookupDapil } from '../../../src/core/compute/index.js';
import { readDapil, type DapilRead } from '../../../src/cli/dapil.js';
import { InputError } from '../../../src/errors.js';
import { chunksOf, tmp } from '../helpers.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const HEADER = 'kode_wilayah,jenis,dapil';
const ROWS = ['16.74.01,dprd_kabkota,PRABUMULIH 2', '16.74.02,dprd_kabkota,PRABUMULIH 1'];
const plain = (eol = '\n', d = ','): string => [HEADER, ...ROWS].map((l) => l.replaceAll(',', d)).join(eol) + eol;

async function read(content: string | Buffer, name = 'dapil.csv'): Promise<DapilRead> {
  const dir = tmp();
  writeFileSync(join(dir, name), content);
  return readDapil(name, dir);
}

const codes = (r: DapilRead): [string, number | null][] => r.issues.map((i) => [i.code, i.line]);
const lookup = (r: DapilRead, kode: string, jenis = 'dprd_kabkota'): string | null => lookupDapil(r.mapping, jenis, kode);

function expectClean(r: DapilRead): void {
  expect(r.issues).toEqual([]);
  expect(lookup(r, '16.74.01.1001')).toBe('PRABUMULIH 2');
  expect(lookup(r, '16.74.02.2003')).toBe('PRABUMULIH 1');
  expect(r.ditolak).toBe(0);
}

describe('the dapil mapping: dialects', () => {
  it('reads a plain mapping and records the file with the SHA-256 of its bytes', async () => {
    const r = await read(plain());
    expectClean(r);
    expect(r.files).toEqual([
      {
        berkas: 'dapil.csv',
        sha256: createHash('sha256').update(plain()).digest('hex'),
        barisData: 2,
        ditolak: 0,
        barisKosong: 0,
        barisJudul: 0,
        kolomTakDikenal: [],
        delimiter: ',',
        encoding: 'utf-8',
      },
    ]);
  });

  it('drops a UTF-8 BOM before the first header name (Excel "CSV UTF-8")', async () => {
    const r = await read(Buffer.concat([BOM, Buffer.from(plain())]));
    expectClean(r);
  });

  it('detects ; (Excel in an Indonesian locale)', async () => {
    const r = await read(plain('\n', ';'));
    expectClean(r);
    expect(r.files[0]?.delimiter).toBe(';');
  });

  it('detects tab', async () => {
    const r = await read(plain('\n', '\t'));
    expectClean(r);
    expect(r.files[0]?.delimiter).toBe('\t');
  });

  it('reads CRLF without a CR left in the last cell', async () => {
    const r = await read(plain('\r\n'));
    expectClean(r);
  });

  it('reads CR-only line ends (Excel for Mac) line by line', async () => {
    const r = await read(plain('\r'));
    expectClean(r);
  });

  it('decodes Windows-1252 dapil names (an older Excel\'s "CSV")', async () => {
    const r = await read(Buffer.from(`${HEADER}\n16.74.01,dprd_kabkota,PRABUMULIH \xc9LOK\n`, 'latin1'));
    expect(r.issues).toEqual([]);
    expect(r.files[0]?.encoding).toBe('windows-1252');
    expect(lookup(r, '16.74.01.1001')).toBe('PRABUMULIH ÉLOK');
  });

  it.each([['Kode Wilayah,Jenis,Dapil'], ['KODE-WILAYAH;JENIS;DAPIL'], [' kode.wilayah | Jenis Dapil | Nama Dapil ']])(
    'normalises header names as rolls do: %s',
    async (header) => {
      const d = header.includes(';') ? ';' : header.includes('|') ? '|' : ',';
      const r = await read(`${header}\n${ROWS.map((l) => l.replaceAll(',', d)).join('\n')}\n`);
      expectClean(r);
    },
  );

  it('takes title lines above the header as titles and counts them', async () => {
    const r = await read(`PEMETAAN DAPIL PEMILU 2024\nKOTA PRABUMULIH\n\n${plain()}`);
    expectClean(r);
    expect(r.files[0]).toMatchObject({ barisJudul: 2, barisKosong: 1, barisData: 2 });
    // Lines are physical: the first row is on line 5.
    const bad = await read(`PEMETAAN DAPIL\n${HEADER}\n16.74.99.1,dpr,X\n`);
    expect(codes(bad)).toEqual([['dapil-kode-format', 3]]);
  });

  it('reads quoted cells: a delimiter, a doubled quote and a line break inside quotes', async () => {
    const r = await read(`${HEADER}\n"16.74.01","dprd_kabkota","PRABUMULIH 2, ""TIMUR"""\n16.74.02,dpr,"SUMSEL\nII"\n16.74.03,dpr,X\n`);
    expect(r.issues).toEqual([]);
    expect(lookup(r, '16.74.01.1001')).toBe('PRABUMULIH 2, "TIMUR"');
    // A line break in a dapil name reads as one space; the next record starts on line 5.
    expect(lookup(r, '16.74.02.1001', 'dpr')).toBe('SUMSEL II');
    const conflict = await read(`${HEADER}\n16.74.02,dpr,"A\nB"\n16.74.02,dpr,C\n`);
    expect(codes(conflict)).toEqual([['dapil-conflict', 4]]);
  });

  it('skips and counts blank lines, also ones holding only delimiters', async () => {
    const r = await read(`${HEADER}\n\n${ROWS[0]}\n,,\n   \n${ROWS[1]}\n\n`);
    expectClean(r);
    expect(r.files[0]).toMatchObject({ barisKosong: 4, barisData: 2 });
  });

  it('lists a column it does not know and ignores it', async () => {
    const r = await read(`kode_wilayah,nama_kecamatan,jenis,dapil\n16.74.01,Prabumulih Barat,dprd_kabkota,PRABUMULIH 2\n16.74.02,Prabumulih Timur,dprd_kabkota,PRABUMULIH 1\n`);
    expectClean(r);
    expect(r.files[0]?.kolomTakDikenal).toEqual(['nama_kecamatan']);
  });

  it('gunzips .csv.gz and hashes the stored (compressed) bytes', async () => {
    const gz = gzipSync(plain());
    const r = await read(gz, 'dapil.csv.gz');
    expectClean(r);
    expect(r.files[0]?.sha256).toBe(createHash('sha256').update(gz).digest('hex'));
  });

  it('reads a folder of mappings as one, in code-point order of names', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'dapil'));
    writeFileSync(join(dir, 'dapil', 'b.csv'), `${HEADER}\n${ROWS[1]}\n16.74.01,dprd_kabkota,LAIN\n`);
    writeFileSync(join(dir, 'dapil', 'a.csv'), `${HEADER}\n${ROWS[0]}\n`);
    const r = await readDapil('dapil', dir);
    expect(r.files.map((f) => f.berkas)).toEqual(['dapil/a.csv', 'dapil/b.csv']);
    // "First" is first in (berkas, line) order, so the conflict sits in b.csv and names a.csv.
    expect(r.issues.map((i) => [i.file, i.line, i.code, i.params['first']])).toEqual([['dapil/b.csv', 3, 'dapil-conflict', 'dapil/a.csv:2']]);
  });

  it('reads standard input when the mapping is -', async () => {
    const r = await readDapil('-', tmp(), chunksOf(Buffer.from(plain('\n', ';')), 7) as never);
    expectClean(r);
    expect(r.files[0]?.berkas).toBe('-');
  });
});

describe('the dapil mapping: problems name their line, and no row is dropped silently', () => {
  it('a missing column is one missing-column galat on the header line, and every row is rejected', async () => {
    const r = await read(`kode_wilayah,dapil\n16.74.01,A\n16.74.02,B\n`);
    expect(r.issues).toEqual([
      {
        code: 'missing-column',
        severity: 'galat',
        file: 'dapil.csv',
        line: 1,
        column: 'jenis',
        params: { found: 'kode_wilayah, dapil', expected: 'jenis' },
      },
    ]);
    expect(r.files[0]).toMatchObject({ barisData: 2, ditolak: 2 });
    expect(r.ditolak).toBe(2);
    expect(r.mapping.byJenis.size).toBe(0);
  });

  it('a ragged row is a ragged-row galat on its line, never padded or cut', async () => {
    const r = await read(`${HEADER}\n${ROWS[0]}\n16.74.02,dprd_kabkota\n16.74.03,dprd_kabkota,X,Y\n`);
    expect(codes(r)).toEqual([
      ['ragged-row', 3],
      ['ragged-row', 4],
    ]);
    expect(r.issues[0]?.params).toEqual({ expected: 3, got: 2 });
    expect(r.ditolak).toBe(2);
    expect(lookup(r, '16.74.02.1001')).toBeNull();
  });

  it('two columns that mean the same are a duplicate-header galat', async () => {
    const r = await read(`kode_kecamatan,kode_desa,jenis,dapil\n16.74.01,,dpr,A\n`);
    expect(codes(r)).toEqual([['duplicate-header', 1]]);
    expect(r.ditolak).toBe(1);
  });

  it('an unclosed quote is reported where it opened; the rest of the file is one rejected record', async () => {
    const r = await read(`${HEADER}\n${ROWS[0]}\n16.74.02,dpr,"SUMSEL II\n16.74.03,dpr,X\n`);
    expect(codes(r)).toEqual([['unclosed-quote', 3]]);
    expect(r.files[0]).toMatchObject({ barisData: 2, ditolak: 1 });
  });

  it('a repeated header (two mappings pasted together) is a header-repeated galat, not a bad code', async () => {
    const r = await read(`${plain()}Kode Wilayah,Jenis,Dapil\n16.74.03,dprd_kabkota,PRABUMULIH 3\n`);
    expect(codes(r)).toEqual([['header-repeated', 4]]);
    expect(lookup(r, '16.74.03.1001')).toBe('PRABUMULIH 3');
  });

  it('an empty file and a header-only file are galat', async () => {
    expect(codes(await read(''))).toEqual([['empty-file', null]]);
    expect(codes(await read(`${HEADER}\n`))).toEqual([['no-records', null]]);
  });

  it('10-, 6- and 4-digit codes and a dotted kab/kota code are read; other shapes are galat on their line', async () => {
    const r = await read(`${HEADER}\n1674,dpr,SUMSEL II\n16.71,dpr,SUMSEL I\n167401,dprd_kabkota,P2\n1674012003,dprd_kabkota,P3\n16740,dpr,X\n16.74.1,dpr,X\n`);
    expect(codes(r)).toEqual([
      ['dapil-kode-format', 6],
      ['dapil-kode-format', 7],
    ]);
    expect(r.issues[0]?.params).toEqual({ value: '16740' });
    expect(lookup(r, '16.74.04.1001', 'dpr')).toBe('SUMSEL II');
    expect(lookup(r, '16.71.01.1001', 'dpr')).toBe('SUMSEL I');
    expect(lookup(r, '16.74.01.1001')).toBe('P2');
    expect(lookup(r, '16.74.01.2003')).toBe('P3');
    expect(r.ditolak).toBe(2);
  });

  it('conflicts and duplicates name both lines, whatever form the code is written in', async () => {
    const r = await read(`${HEADER}\n16.74.01,dpr,A\n167401,dpr,A\n16.74.01,DPR,B\n`);
    expect(r.issues.map((i) => [i.code, i.severity, i.line, i.params['first']])).toEqual([
      ['dapil-duplicate', 'peringatan', 3, 'dapil.csv:2'],
      ['dapil-conflict', 'galat', 4, 'dapil.csv:2'],
    ]);
  });

  it('an empty cell is a dapil-empty galat naming the column', async () => {
    const r = await read(`${HEADER}\n16.74.01,dpr,\n`);
    expect(r.issues.map((i) => [i.code, i.line, i.column])).toEqual([['dapil-empty', 2, 'dapil']]);
  });

  it('a spreadsheet or UTF-16 export is refused as input (exit 3), by name', async () => {
    const xlsx = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64)]);
    await expect(read(xlsx, 'dapil.xlsx')).rejects.toMatchObject({ key: 'input-binary', params: { berkas: 'dapil.xlsx' } });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plain(), 'utf16le')]);
    await expect(read(utf16)).rejects.toSatisfy((e) => e instanceof InputError && e.key === 'input-utf16');
    await expect(readDapil('tidak-ada.csv', tmp())).rejects.toMatchObject({ key: 'input-missing' });
  });

  it('a NUL byte far below the sample is refused like one in the first line, with its line', async () => {
    // 50,000 mapping rows (~1.9 MB) put the NUL well past the sample the dialect is read from.
    const rows = Array.from({ length: 50000 }, (_, i) => `16.74.01.${String(100001 + i)},dprd_kabkota,PRABUMULIH 2`);
    rows[40000] = `16.74.01.140001,dprd_kab\0kota,PRABUMULIH 2`;
    const text = [HEADER, ...rows].join('\n') + '\n';
    await expect(read(text)).rejects.toMatchObject({ key: 'input-binary', params: { berkas: 'dapil.csv', baris: 40002 } });
  });
});
