/**
 * Issue 9 at the reader: no record skipped as a title line, the footer recognised once, NUL and
 * line ends wherever they sit, cells decoded by their own bytes, huge cells refused.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRoll, settled, type RollReadOptions } from '../../src/cli/roll.js';
import { SpillingIssueSink } from '../../src/io/issue-sink.js';
import { HEADER_WINDOW } from '../../src/core/roll-lines.js';
import { F } from '../../src/core/types.js';
import { MAX_CELL_BYTES } from '../../src/io/roll-assembler.js';
import { SAMPLE_MAX } from '../../src/io/read-roll.js';
import { readText, tmp } from './helpers.js';

const HEADER = 'kode_kelurahan,kecamatan,kelurahan,tps,nik,nama';
const row = (i: number, tps = '1'): string => `16.74.01.1001,Prabumulih Barat,Gunung Ibul,${tps},16740101019${String(10000 + i)},NAMA ${i}`;
const SETTINGS = { hariPemungutan: '2024-02-14', kapasitasTps: 300 };
const codes = (log: { issues: { code: string; line: number | null }[] }): [string, number | null][] => log.issues.map((i) => [i.code, i.line]);

describe('lines above the header', () => {
  it('counts and rejects the records of a sorted export whose header landed lower down', async () => {
    const log = await readText([row(2), row(1), HEADER, row(3), row(4)].join('\n') + '\n');
    expect(log.layout).not.toBeNull();
    expect(log.result).toMatchObject({ barisData: 4, barisJudul: 0 });
    expect(codes(log)).toEqual([['row-above-header', 1], ['row-above-header', 2]]);
    expect(log.rejected).toEqual([1, 2]);
    expect(log.rows.map((r) => r.line)).toEqual([4, 5]);
  });

  it('tells title lines (padded, split on the delimiter, with a code in a sentence) from records', async () => {
    const titles = ['DAFTAR PEMILIH TETAP,,,,,', 'KECAMATAN,PRABUMULIH BARAT,,,,', 'KODE WILAYAH : 16.74.01.1001,,,,,', 'TPS,001,,,,', ',,,,,Halaman 1'];
    const log = await readText([...titles, row(9), HEADER, row(1)].join('\n') + '\n');
    expect(log.result).toMatchObject({ barisJudul: 5, barisData: 2 });
    expect(codes(log)).toEqual([['row-above-header', 6]]);
  });

  it('takes a line holding a NIK above the header for a record, whatever else it holds', async () => {
    const log = await readText(['CATATAN: 1674010101900001 pindah', HEADER, row(1)].join('\n') + '\n');
    expect(codes(log)).toEqual([['row-above-header', 1]]);
    expect(log.result.barisData).toBe(2);
  });

  it(`finds the header anywhere in the first ${HEADER_WINDOW} non-blank lines`, async () => {
    const above = Array.from({ length: HEADER_WINDOW - 1 }, (_, i) => row(100 + i));
    const log = await readText([...above, HEADER, row(1)].join('\n') + '\n');
    expect(log.layout).not.toBeNull();
    expect(log.result.barisData).toBe(HEADER_WINDOW);
    expect(log.rejected).toHaveLength(HEADER_WINDOW - 1);
  });

  it('counts the first line of a file without a header as data, and quotes none of it', async () => {
    const log = await readText([row(1), row(2), row(3)].join('\n') + '\n');
    expect(log.layout).toBeNull();
    expect(log.result.barisData).toBe(3);
    expect(log.issues.map((i) => [i.code, i.line, i.params])).toEqual([['no-header', null, { batas: HEADER_WINDOW }]]);
  });
});

describe('the footer', () => {
  it('takes a last JUMLAH row and the signature lines below it as the footer, not as data', async () => {
    const text = [HEADER, row(1), row(2), 'JUMLAH PEMILIH : 2,,,,,', '', 'MENGETAHUI,,,,,', ',,,,KETUA KPPS,'].join('\n') + '\n';
    const log = await readText(text);
    expect(log.result).toMatchObject({ barisData: 2, barisPenutup: 3, barisKosong: 1 });
    expect(log.issues).toEqual([]);
    expect(log.footers).toEqual([[4, '2']]);
    expect(log.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('reads a footer of one cell (a ragged row) and one in another case', async () => {
    const log = await readText([HEADER, row(1), 'Total 1'].join('\n'));
    expect(log.footers).toEqual([[3, '1']]);
    expect(log.issues).toEqual([]);
  });

  it('takes a recap footer\'s dpt cell, with thousands dots', async () => {
    const log = await readText('kode_kelurahan,tps,dpt\n16.74.01.1001,1,600\n16.74.01.1001,2,634\nTOTAL,,1.234\n');
    expect(log.footers).toEqual([[4, '1234']]);
  });

  it('reads a JUMLAH row followed by records as an ordinary (bad) row, in its place', async () => {
    const log = await readText([HEADER, row(1), 'JUMLAH,,,,,', 'MENGETAHUI,,,,,', row(2)].join('\n') + '\n');
    expect(log.footers).toEqual([]);
    expect(log.result).toMatchObject({ barisData: 4, barisPenutup: 0 });
    expect(log.rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);
  });

  it('is not fooled by a village whose name starts with T in a file without codes', async () => {
    const log = await readText('kecamatan,kelurahan,tps,nik\nTanjung,Tanah Abang,1,1674010101900001\n');
    expect(log.footers).toEqual([]);
    expect(log.rows).toHaveLength(1);
  });
});

describe('bytes anywhere in the file', () => {
  const many = (n: number): string[] => Array.from({ length: n }, (_, i) => row(i));

  it('refuses a NUL byte far past the detection sample, naming its line', async () => {
    const lines = [HEADER, ...many(6000)];
    lines[5000] = lines[5000]!.replace('NAMA', 'NA\u0000MA');
    await expect(readText(lines.join('\n') + '\n')).rejects.toMatchObject({ key: 'input-binary', exitCode: 3, params: { baris: 5001 } });
  });

  it('refuses a NUL byte in the first lines the same way, and counts lines inside quotes', async () => {
    await expect(readText(`${HEADER}\n${row(1)}\n16.74.01.1001,A,"B\nC",1,1674010101900003,X\u0000\n`)).rejects.toMatchObject({
      key: 'input-binary',
      params: { baris: 4 },
    });
  });

  it(`says so when the first ${SAMPLE_MAX / 1024 / 1024} MiB hold no line end`, async () => {
    await expect(readText(Buffer.alloc(SAMPLE_MAX + 10, 0x61))).rejects.toMatchObject({ key: 'input-no-line-end', exitCode: 3 });
  });

  it('names a lone CR inside a CRLF file instead of calling the row ragged', async () => {
    const log = await readText(`${HEADER}\r\n${row(1)}\r${row(2)}\r\n${row(3)}\r\n`);
    expect(log.issues.map((i) => [i.code, i.line, i.params])).toEqual([['lone-cr', 2, { expected: 6, got: 11 }]]);
    expect(log.result.barisData).toBe(2);
  });

  it(`refuses a cell longer than ${MAX_CELL_BYTES} bytes, naming the column but not its content`, async () => {
    const long = `${row(2).replace('NAMA 2', 'X'.repeat(MAX_CELL_BYTES + 1))}`;
    const log = await readText([HEADER, row(1), long, row(3)].join('\n') + '\n');
    expect(log.issues.map((i) => [i.code, i.line, i.params])).toEqual([['cell-too-long', 3, { kolom: 'nama', panjang: MAX_CELL_BYTES + 1, batas: MAX_CELL_BYTES }]]);
    expect(log.rejected).toEqual([3]);
    expect(log.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('reads each cell of a file mixing UTF-8 and Windows-1252 by its own bytes, and warns once', async () => {
    const utf8 = row(1).replace('Gunung Ibul', 'Gunung Ibül');
    const cp1252 = (r: string): Buffer => Buffer.concat(r.split('ü').flatMap((part, i) => (i === 0 ? [Buffer.from(part)] : [Buffer.from([0xfc]), Buffer.from(part)])));
    const later = row(3).replace('Gunung Ibul', 'Gunung Ibül');
    // Small: the sample holds both, so the file is Windows-1252 and the UTF-8 cell is the odd one.
    const small = await readText(Buffer.concat([Buffer.from(`${HEADER}\n${utf8}\n${row(2)}\n`), cp1252(later), Buffer.from('\n')]));
    expect(small.result.encoding).toBe('windows-1252');
    expect(small.rows.map((r) => r.row[F.kelurahan])).toEqual(['Gunung Ibül', 'Gunung Ibul', 'Gunung Ibül']);
    expect(codes(small)).toEqual([['mixed-encoding', 2]]);
    // Large: UTF-8 by the sample; the Windows-1252 rows come after the first MiB.
    const filler = many(30000).join('\n');
    const large = await readText(Buffer.concat([Buffer.from(`${HEADER}\n${utf8}\n${filler}\n`), cp1252(later), Buffer.from('\n'), cp1252(later), Buffer.from('\n')]));
    expect(large.result.encoding).toBe('utf-8');
    expect(large.rows.slice(-2).map((r) => r.row[F.kelurahan])).toEqual(['Gunung Ibül', 'Gunung Ibül']);
    expect(codes(large)).toEqual([['mixed-encoding', 30003]]);
  });
});

/** readRoll with its own issue sink: the roll and validasi.csv's [kode, baris] pairs, its whole text beside. */
async function rollOf(dir: string, parallel: RollReadOptions['parallel']) {
  const issues = SpillingIssueSink.create({ lang: 'id' });
  try {
    const result = await settled(await readRoll(['r.csv'], dir, { read: {}, settings: SETTINGS, parallel, issues }));
    const [csv] = await issues.writeValidasi(false);
    const validasi = readFileSync(csv!.path, 'utf8');
    const rows = validasi.trimEnd().split('\n').slice(1).map((line) => line.split(','));
    return { result, validasi, issues: rows.map(([, baris, , code]) => ({ code: code!, line: baris === '' ? null : Number(baris) })) };
  } finally {
    await issues.close();
  }
}

describe('byte ranges give the one-stream result', () => {
  const parallel = { ranges: 3, minBytes: 0, inline: true };
  it('with records above the header and a footer at the end', async () => {
    const dir = tmp();
    const body = Array.from({ length: 400 }, (_, i) => row(i, String(1 + (i % 5))));
    writeFileSync(join(dir, 'r.csv'), [row(900), 'DAFTAR PEMILIH TETAP', HEADER, ...body, 'JUMLAH PEMILIH : 400,,,,,', 'MENGETAHUI,,,,,'].join('\n') + '\n');
    const one = await rollOf(dir, { ranges: 1 });
    expect(one.result.stats[0]).toMatchObject({ barisData: 401, dihitung: 400, ditolak: 1, barisJudul: 1, barisPenutup: 2 });
    expect(codes(one)).toEqual([['row-above-header', 1], ['footer', 404]]);
    expect(await rollOf(dir, parallel)).toEqual(one);
  });

  it('with a NUL byte in the last range', async () => {
    const dir = tmp();
    const body = Array.from({ length: 3000 }, (_, i) => row(i));
    body[2900] = body[2900]!.replace('NAMA', 'NA\u0000MA');
    writeFileSync(join(dir, 'r.csv'), [HEADER, ...body].join('\n') + '\n');
    await expect(rollOf(dir, parallel)).rejects.toMatchObject({ key: 'input-binary', params: { baris: 2902 } });
  });
});
