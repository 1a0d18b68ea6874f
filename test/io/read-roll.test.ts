import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { F } from '../../src/core/types.js';
import { InputError } from '../../src/errors.js';
import { chunksOf, readResolved, readText } from './helpers.js';

const HEADER = 'kode_kelurahan,tps,nik,nama';
const ROW1 = '16.74.01.1001,1,1674010101900001,BUDI';
const ROW2 = '16.74.01.1001,2,1674010101900002,SITI';
const roll = (eol = '\n', d = ','): string => [HEADER, ROW1, ROW2].map((l) => l.replaceAll(',', d)).join(eol) + eol;
const names = (log: { rows: { row: (string | undefined)[] }[] }): (string | undefined)[] => log.rows.map((r) => r.row[F.nama]);

describe('readInput: dialects', () => {
  it('reads a plain comma roll: counts, rows by canonical field, start lines', async () => {
    const log = await readText(roll());
    expect(log.result).toMatchObject({ barisData: 2, barisKosong: 0, barisJudul: 0, delimiter: ',', encoding: 'utf-8' });
    expect(log.layout?.kind).toBe('pemilih');
    expect(log.rows.map((r) => [r.line, r.row[F.tps], r.row[F.nik]])).toEqual([
      [2, '1', '1674010101900001'],
      [3, '2', '1674010101900002'],
    ]);
    expect(log.issues).toEqual([]);
  });

  it('strips a UTF-8 BOM before the first header name', async () => {
    const log = await readText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(roll())]));
    expect(log.layout?.headerNames[0]).toBe('kode_kelurahan');
    expect(log.rows).toHaveLength(2);
  });

  it.each([
    [';', 'semicolon'],
    ['\t', 'tab'],
    ['|', 'pipe'],
  ])('detects the %s delimiter (%s)', async (d) => {
    const log = await readText(roll('\n', d));
    expect(log.result.delimiter).toBe(d);
    expect(names(log)).toEqual(['BUDI', 'SITI']);
  });

  it('detects ; even when names hold commas', async () => {
    const log = await readText('kode_kelurahan;tps;nik;nama\n16.74.01.1001;1;1674010101900001;HARAHAP, S.PD\n');
    expect(log.result.delimiter).toBe(';');
    expect(names(log)).toEqual(['HARAHAP, S.PD']);
  });

  it('reads CRLF line ends without a trailing CR in the last cell', async () => {
    const log = await readText(roll('\r\n'));
    expect(names(log)).toEqual(['BUDI', 'SITI']);
    expect(log.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('reads CR-only line ends (Excel for Mac "CSV (Macintosh)") line by line, not as one record', async () => {
    const log = await readText(`${roll('\r')}\r16.74.01.1001,3,"1674010101900003","ANI\rBINTI ALI"\r`);
    expect(log.issues).toEqual([]);
    expect(log.result).toMatchObject({ barisData: 3, barisKosong: 1 });
    expect(log.rows.map((r) => [r.line, r.row[F.nik]])).toEqual([
      [2, '1674010101900001'],
      [3, '1674010101900002'],
      [5, '1674010101900003'],
    ]);
  });

  it('decodes Windows-1252 (0xE9 = é) when the bytes are not UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from(`${HEADER}\n16.74.01.1001,1,1674010101900001,JOS`), Buffer.from([0xe9]), Buffer.from('\n')]);
    const log = await readText(bytes);
    expect(log.result.encoding).toBe('windows-1252');
    expect(names(log)).toEqual(['JOSé']);
  });

  it('switches to Windows-1252 when the first non-ASCII byte comes after the sampled start', async () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `16.74.01.1001,1,${String(1674010101900000 + i)},ANI`).join('\n');
    const bytes = Buffer.concat([Buffer.from(`${HEADER}\n${filler}\n16.74.01.1001,1,1674010101909999,PE`), Buffer.from([0xf1, 0x41]), Buffer.from('\n')]);
    const log = await readText(bytes);
    expect(log.result.encoding).toBe('windows-1252');
    expect(log.rows.at(-1)?.row[F.nama]).toBe('PEñA');
    expect(log.issues).toEqual([]);
  });

  it('warns once when a UTF-8 file later holds invalid bytes', async () => {
    const bytes = Buffer.concat([Buffer.from(`${HEADER}\n16.74.01.1001,1,1674010101900001,JOSÉ\n16.74.01.1001,1,1674010101900002,X`), Buffer.from([0xff]), Buffer.from('\n')]);
    const log = await readText(bytes, 'u.csv', { encoding: 'utf-8' });
    expect(log.issues.map((i) => [i.code, i.severity, i.line])).toEqual([['invalid-utf8', 'peringatan', 3]]);
  });

  it('keeps start lines right after a newline inside quotes', async () => {
    const log = await readText(`${HEADER}\n16.74.01.1001,1,1674010101900001,"BUDI\nSANTOSO"\n${ROW2}\n`);
    expect(log.rows.map((r) => [r.line, r.row[F.nama]])).toEqual([
      [2, 'BUDI\nSANTOSO'],
      [4, 'SITI'],
    ]);
  });

  it('undoes "" escapes inside quoted cells', async () => {
    const log = await readText(`${HEADER}\n16.74.01.1001,1,1674010101900001,"SITI ""ANI"", S.E."\n`);
    expect(names(log)).toEqual(['SITI "ANI", S.E.']);
  });

  it('gunzips .csv.gz and hashes the compressed bytes as stored', async () => {
    const gz = gzipSync(Buffer.from(roll()));
    const log = await readText(gz, 'roll.csv.gz');
    expect(names(log)).toEqual(['BUDI', 'SITI']);
    expect(log.result.sha256).toBe(createHash('sha256').update(gz).digest('hex'));
  });

  it('reads stdin from an injected stream, in tiny chunks, gzip told by its magic bytes', async () => {
    const plain = Buffer.from(`${HEADER}\n16.74.01.1001,1,1674010101900001,"A\r\nB"\r\n${ROW2}\r\n`);
    for (const bytes of [plain, gzipSync(plain)]) {
      const log = await readResolved({ berkas: '-', path: null }, { stdin: chunksOf(bytes, 3) });
      expect(log.rows.map((r) => [r.line, r.row[F.nama]])).toEqual([
        [2, 'A\r\nB'],
        [4, 'SITI'],
      ]);
      expect(log.result.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('reads a file larger than the detection sample, across chunks', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `16.74.01.1001,${(i % 7) + 1},${String(1674010101000000 + i)},"N ${i}"`);
    const log = await readText(`${HEADER}\n${rows.join('\n')}\n`);
    expect(log.result.barisData).toBe(60_000);
    expect(log.rows.at(-1)).toMatchObject({ line: 60_001, row: expect.arrayContaining(['N 59999']) });
  });
});

describe('readInput: what counts as data', () => {
  it('skips blank lines (empty, or only delimiters and spaces) and counts them', async () => {
    const log = await readText(`\n${HEADER}\n\n${ROW1}\n , ,\n${ROW2}\n\n`);
    expect(log.result).toMatchObject({ barisData: 2, barisKosong: 4, barisJudul: 0 });
    expect(log.rows.map((r) => r.line)).toEqual([4, 6]);
  });

  it('takes title lines above the header as titles, not records', async () => {
    const text = `DAFTAR PEMILIH TETAP\nPROVINSI : SUMATERA SELATAN\n"KABUPATEN : OGAN ILIR",,,\n\n${HEADER}\n${ROW1}\n`;
    const log = await readText(text);
    expect(log.result).toMatchObject({ barisJudul: 3, barisKosong: 1, barisData: 1 });
    expect(log.issues).toEqual([]);
    expect(log.rows[0]?.line).toBe(6);
  });

  it('rejects ragged rows, never pads or cuts them', async () => {
    const log = await readText(`${HEADER}\n${ROW1},EXTRA\n16.74.01.1001,1\n${ROW2}\n`);
    expect(log.issues.map((i) => [i.code, i.line, i.params])).toEqual([
      ['ragged-row', 2, { expected: 4, got: 5 }],
      ['ragged-row', 3, { expected: 4, got: 2 }],
    ]);
    expect(log.rejected).toEqual([2, 3]);
    expect(log.rows.map((r) => r.line)).toEqual([4]);
    expect(log.result.barisData).toBe(3);
  });

  it('rejects a repeated header (two exports joined) with one issue, not as a voter row', async () => {
    const log = await readText(`${HEADER}\n${ROW1}\n"kode_kelurahan", TPS ,nik,nama\n${ROW2}\n`);
    expect(log.issues.map((i) => [i.code, i.severity, i.line])).toEqual([['header-repeated', 'galat', 3]]);
    expect(log.rejected).toEqual([3]);
    expect(log.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(log.result.barisData).toBe(3);
  });

  it('takes a row as data when only some of its cells look like header names', async () => {
    const log = await readText(`${HEADER}\nkode_kelurahan,tps,nik,BUDI\n`);
    expect(log.issues).toEqual([]);
    expect(log.rows.map((r) => r.line)).toEqual([2]);
  });

  it('accepts a trailing delimiter on every line, including the header', async () => {
    const log = await readText(`${HEADER},\n${ROW1},\n`);
    expect(log.issues).toEqual([]);
    expect(names(log)).toEqual(['BUDI']);
  });

  it('reports a blank header name when only the header has a trailing delimiter', async () => {
    const log = await readText(`${HEADER},\n${ROW1}\n${ROW2}\n`);
    expect(log.issues.map((i) => [i.code, i.line, i.params])).toEqual([['blank-header', 1, { position: 5 }]]);
    expect(log.result).toMatchObject({ layout: null, barisData: 2 });
    expect(log.rejected).toEqual([]);
  });

  it('reports an unclosed quote at the line where it opened; the rest is one rejected record', async () => {
    const log = await readText(`${HEADER}\n${ROW1}\n\n16.74.01.1001,1,1674010101900003,"OPEN\n${ROW2}\n${ROW2}\n`);
    expect(log.issues.map((i) => [i.code, i.severity, i.line])).toEqual([['unclosed-quote', 'galat', 4]]);
    expect(log.rejected).toEqual([4]);
    expect(log.result.barisData).toBe(2);
  });

  it('rejects a record longer than maxRecordBytes', async () => {
    const log = await readText(`${HEADER}\n16.74.01.1001,1,1,"${'x'.repeat(5000)}"\n${ROW2}\n`, 'l.csv', { maxRecordBytes: 1024 });
    expect(log.issues.map((i) => [i.code, i.line])).toEqual([['record-too-long', 2]]);
    expect(log.rows.map((r) => r.line)).toEqual([3]);
  });

  it('reports an empty file and a header-only file', async () => {
    const empty = await readText('\n\n');
    expect(empty.issues.map((i) => [i.code, i.line])).toEqual([['empty-file', null]]);
    expect(empty.result).toMatchObject({ barisData: 0, barisKosong: 2 });
    const headerOnly = await readText(`${HEADER}\n`);
    expect(headerOnly.issues.map((i) => [i.code, i.line])).toEqual([['no-records', null]]);
  });

  it('maps alias headers', async () => {
    const log = await readText('Kode Desa;No. TPS;Jumlah DPT\n1674011001;TPS 1;230\n');
    expect(log.layout?.kind).toBe('rekap');
    expect(log.rows[0]?.row[F.dpt]).toBe('230');
    expect(log.rows[0]?.row[F.kode_kelurahan]).toBe('1674011001');
  });

  it('reports a duplicate header and then counts every record without sending rows', async () => {
    const log = await readText(`kode_kelurahan,tps,no_tps,nik\n1,1,1,1\n2,2,2,2\n`);
    expect(log.issues.map((i) => [i.code, i.line, i.column])).toEqual([['duplicate-header', 1, 'tps']]);
    expect(log.result).toMatchObject({ layout: null, barisData: 2 });
    expect(log.rows).toEqual([]);
  });

  it('gives a missing-column issue when a forced delimiter is wrong', async () => {
    const log = await readText(roll('\n', ';'), 'semi.csv', { delimiter: ',' });
    expect(log.issues).toEqual([
      {
        code: 'missing-column',
        severity: 'galat',
        file: 'semi.csv',
        line: 1,
        column: 'kode_kelurahan',
        params: { found: 'kode_kelurahan;tps;nik;nama', expected: 'kode_kelurahan, tps, nik | dpt' },
      },
    ]);
    expect(log.result.barisData).toBe(2);
  });

  it('refuses a binary file (NUL bytes) as an input error', async () => {
    await expect(readText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'x.csv')).rejects.toMatchObject({
      key: 'input-binary',
      exitCode: 3,
    });
    await expect(readText(Buffer.from('not gzip'), 'y.csv.gz')).rejects.toBeInstanceOf(InputError);
  });
});

describe('readInput: options', () => {
  it('takes `tab` for a forced tab delimiter and refuses other characters as a usage error', async () => {
    const log = await readText(roll('\n', '\t'), 't.csv', { delimiter: 'tab' });
    expect(names(log)).toEqual(['BUDI', 'SITI']);
    await expect(readText(roll(), 'x.csv', { delimiter: ':' })).rejects.toMatchObject({ key: 'usage.delimiter', exitCode: 2 });
  });
});
