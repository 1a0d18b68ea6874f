import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Issue } from '../../src/core/types.js';
import { pollingDay } from '../../src/core/validate/dates.js';
import { readInput, type FileReadResult } from '../../src/io/read-roll.js';
import type { CleanVoterEvents } from '../../src/io/roll-assembler.js';
import { laneAvailable, VoterLane } from '../../src/io/voter-lane.js';
import { chunksOf } from './helpers.js';

/**
 * The voter lane must change nothing but speed: every roll read with it gives the same events,
 * in the same order, as the same roll read by the JavaScript way alone (a listener without
 * onCleanRun gets no lane). Rolls are built from cells near every edge of the fast way's rules and
 * of the scanner's (quotes, `""`, CRLF, a CR or LF inside a cell, bytes >= 0x80, ragged and long
 * records, blank lines), in runs of one TPS so that the lane has runs to take.
 */

const HEADER = 'kode_kelurahan,kecamatan,kelurahan,tps,nkk,nik,nama,tanggal_lahir,status_kawin,jenis_kelamin,alamat,disabilitas';

const POOL = {
  kode: ['16.74.01.1001', '16.74.01.1002', '"16.74.01.1001"', '1674011001', '16.74.01.1001 ', '"16.74.01.""1001"'],
  kecamatan: ['PRABUMULIH TIMUR', '"K, X"', 'K""', '', 'K\u00e9'],
  kelurahan: ['MUARA DUA', 'L', '"L\nM"', 'a"b'],
  tps: ['1', '001', '2', '"3"', 'TPS 4', '0'],
  nkk: ['', '1674010101900100', '167401010190010', '"1674010101900100"', 'x674010101900100', '1.67401E+15'],
  nik: ['1674010101900001', '1674014101900001', '1674013102000001', '1674012902000001', '9974010101900001', '1674010013900001',
    '167401010190000', '"1674010101900002"', '"16740101019""00003"', '1674010101900x01', '167401******0001', '1674010101060001'],
  nama: ['ANI', '"B, C"', '"D ""E"""', 'J\u00e9', 'a"b', '', 'X\rY', '"P\r\nQ"'],
  tanggal_lahir: ['', '01-01-1990', '01/01/1990', '31-02-1990', '01-01-2006', '14-02-2007', '15-02-2007', '01-01-2025', '1990-01-01', '1-1-1990'],
  status_kawin: ['', 'B', 'S', 'P', 'b', 'Q'],
  jenis_kelamin: ['', 'L', 'P', 'l', 'X'],
  alamat: ['JL. A NO. 1', '"JL. B, NO. 2"', '"x"y', ''],
  disabilitas: ['', '0', '6', '7', '-'],
};

const pick = <T>(values: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...values);
const identity = fc.tuple(pick(POOL.kode), pick(POOL.kecamatan), pick(POOL.kelurahan), pick(POOL.tps));
/** Mostly clean rest-of-record cells, so that runs form; any pool value some of the time. */
const often = <T>(clean: T, values: readonly T[]): fc.Arbitrary<T> => fc.oneof({ weight: 4, arbitrary: fc.constant(clean) }, { weight: 1, arbitrary: pick(values) });
const rest = fc.tuple(
  often('1674010101900100', POOL.nkk), often('1674010101900001', POOL.nik), often('ANI', POOL.nama),
  often('01-01-1990', POOL.tanggal_lahir), often('B', POOL.status_kawin), often('L', POOL.jenis_kelamin),
  often('JL. A NO. 1', POOL.alamat), often('0', POOL.disabilitas),
);
/** What may happen to a whole record: nothing mostly, else a cell too many or too few, a blank line, a cell past 4096 bytes. */
const damage = fc.oneof({ weight: 12, arbitrary: fc.constant('none') }, { weight: 1, arbitrary: pick(['extra', 'short', 'blank', 'long', 'latin1']) });
const group = fc.tuple(identity, fc.array(fc.tuple(rest, damage), { minLength: 1, maxLength: 25 }));

function roll(groups: [string[], [string[], string][]][], eol: string): Buffer {
  const parts: Buffer[] = [Buffer.from(HEADER + eol)];
  let serial = 0;
  for (const [id, rows] of groups) {
    for (const [cells, hurt] of rows) {
      // A distinct NIK per record (its last digits), unless the pool gave a broken one.
      const nik = /^\d{16}$/.test(cells[1]!) ? cells[1]!.slice(0, 12) + String(serial++ % 10000).padStart(4, '0') : cells[1]!;
      const record = [...id, cells[0]!, nik, ...cells.slice(2)];
      if (hurt === 'extra') record.push('x');
      if (hurt === 'short') record.pop();
      if (hurt === 'long') record[6] = 'N'.repeat(5000);
      let text = hurt === 'blank' ? ',,,' : record.join(',');
      if (hurt === 'latin1') parts.push(Buffer.from(text.replace('ANI', 'AN\u00cd'), 'latin1'));
      else parts.push(Buffer.from(text));
      text = eol;
      parts.push(Buffer.from(text));
    }
  }
  return Buffer.concat(parts);
}

interface LaneLog {
  clean: string[];
  rows: string[];
  rejected: number[];
  issues: Issue[];
  footers: [number, string | null][];
  result: FileReadResult;
  laneRows: number;
}

async function read(bytes: Buffer, size: number, lane: boolean): Promise<LaneLog> {
  const log: Omit<LaneLog, 'result'> = { clean: [], rows: [], rejected: [], issues: [], footers: [], laneRows: 0 };
  const one = (line: number, key: string, hi: number, lo: number): void => {
    log.clean.push(`${line} ${key} ${hi} ${lo}`);
  };
  const cleanVoter: CleanVoterEvents = {
    day: pollingDay('2024-02-14'),
    onClean: (line, id, hi, lo) => one(line, id.key, hi, lo),
    ...(lane
      ? {
          onCleanRun: (line: number, n: number, id: { key: string }, his: Uint32Array, los: Uint32Array) => {
            log.laneRows += n;
            for (let k = 0; k < n; k++) one(line + k, id.key, his[k]!, los[k]!);
          },
        }
      : {}),
  };
  const result = await readInput({ berkas: '-', path: null }, { stdin: chunksOf(bytes, size) }, {
    onHeader: () => {},
    onRow: (row, line) => log.rows.push(`${line} ${JSON.stringify(row)}`),
    onRejected: (line) => log.rejected.push(line),
    onIssue: (issue) => log.issues.push(issue),
    onFooter: (line, total) => log.footers.push([line, total]),
    cleanVoter,
  });
  return { ...log, result };
}

function withoutLaneCount(log: LaneLog): Omit<LaneLog, 'laneRows'> {
  const { laneRows: _, ...rest } = log;
  return rest;
}

describe('the voter lane', () => {
  it('is in this build (dist/wasm/voter-lane.wasm, made by npm run build)', () => {
    expect(laneAvailable()).toBe(true);
  });

  it('gives the same events as the JavaScript way on rolls near every edge, in any chunking', async () => {
    let taken = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(group, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.integer({ min: 7, max: 3000 }),
        async (groups, eol, size) => {
          const bytes = roll(groups, eol);
          const js = await read(bytes, size, false);
          const lane = await read(bytes, size, true);
          expect(withoutLaneCount(lane)).toEqual(withoutLaneCount(js));
          taken += lane.laneRows;
        }),
      { numRuns: 400 },
    );
    // The property means something only if the lane took records.
    expect(taken).toBeGreaterThan(1000);
  });

  it('takes the quoted cells of real exports itself: a comma or "" inside quotes, a quote inside a bare cell, CRLF after a quote', async () => {
    const rows = ['"JL. B, NO. 2"', '"D ""E"""', 'a"b', '""'].flatMap((alamat, k) =>
      [0, 1, 2].map((i) => `16.74.01.1001,K,L,1,1674010101900100,167401010190${k}${i}01,ANI,01-01-1990,B,L,${alamat},"0"`));
    const bytes = Buffer.from([HEADER, ...rows].join('\r\n') + '\r\n');
    const js = await read(bytes, 1 << 16, false);
    const lane = await read(bytes, 1 << 16, true);
    expect(withoutLaneCount(lane)).toEqual(withoutLaneCount(js));
    expect(js.clean).toHaveLength(rows.length);
    // The first record gives the TPS identity (read the JavaScript way); the lane takes the rest.
    expect(lane.laneRows).toBe(rows.length - 1);
  });

  it('reads the same from its window when a chunk is larger than its work areas (bytes copied in, 2 MiB at a time)', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) =>
      `16.74.01.1001,K,L,${1 + Math.floor(i / 300)},1674010101900100,1674${10 + Math.floor(i / 10_000)}010190${String(i % 10_000).padStart(4, '0')},ANI,01-01-1990,B,L,"JL. B, NO. ${i}",0`);
    const bytes = Buffer.from([HEADER, ...rows].join('\n') + '\n');
    expect(bytes.length).toBeGreaterThan(4 * 1024 * 1024);
    const js = await read(bytes, 3 * 1024 * 1024, false);
    const lane = await read(bytes, 3 * 1024 * 1024, true);
    expect(withoutLaneCount(lane)).toEqual(withoutLaneCount(js));
    expect(js.clean).toHaveLength(rows.length);
    // Each TPS's first record is read the JavaScript way, and so is each record cut by a window's end.
    expect(lane.laneRows).toBeGreaterThan(rows.length - 200);
  });

  it('rests on a roll where it can take nothing (a warning on each record after the first), with the same events', async () => {
    // The first record is clean: it gives the lane an identity, so every later record is a call.
    const rows = Array.from({ length: 20_000 }, (_, i) =>
      `16.74.01.1001,K,L,${1 + Math.floor(i / 300)},1674010101900100,1674${10 + Math.floor(i / 10_000)}010190${String(i % 10_000).padStart(4, '0')},ANI,01-01-1990,B,L,JL. A,${i === 0 ? 0 : 9}`);
    const bytes = Buffer.from([HEADER, ...rows].join('\n') + '\n');
    const js = await read(bytes, 1 << 20, false);
    const calls = vi.spyOn(VoterLane.prototype, 'run');
    const lane = await read(bytes, 1 << 20, true);
    expect(withoutLaneCount(lane)).toEqual(withoutLaneCount(js));
    expect(lane.laneRows).toBe(0);
    expect(lane.clean).toHaveLength(1);
    // 4 calls, then rests of 16, 32 … 4096 records: ~30 calls for 20,000 records, not 20,000.
    expect(calls.mock.calls.length).toBeLessThan(100);
    calls.mockRestore();
  });

  it('takes nearly every record of the bundled example roll, with the same outcome', async () => {
    const bytes = readFileSync(new URL('../../fixtures/contoh/pemilih.csv', import.meta.url));
    const js = await read(bytes, 64 * 1024, false);
    const lane = await read(bytes, 64 * 1024, true);
    expect(withoutLaneCount(lane)).toEqual(withoutLaneCount(js));
    expect(lane.laneRows).toBeGreaterThan(0.9 * lane.clean.length);
  });
});
