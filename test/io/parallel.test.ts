import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { readRoll, settled } from '../../src/cli/roll.js';
import { ExitCode, LogistikError } from '../../src/errors.js';
import { detectInput } from '../../src/io/read-roll.js';
import { SpillingIssueSink } from '../../src/io/issue-sink.js';
import { rangeWorkerError, readFileParallel, type ParallelOptions } from '../../src/io/parallel.js';
import { firstLineOf, type RangeJob } from '../../src/io/range-job.js';
import { RecordScanner } from '../../src/io/scanner.js';
import { guessCut, lineStarts } from '../../src/io/split.js';
import { tmp } from './helpers.js';

const SETTINGS = { hariPemungutan: '2024-02-14', kapasitasTps: 300 };
const ROOT = resolve(import.meta.dirname, '../..');

// Cells with quotes, commas and line breaks, so that split points fall next to quoted newlines.
const cell = fc.array(fc.constantFrom('1', 'a', ',', '"', '\n', ' '), { maxLength: 4 }).map((cs) => cs.join(''));
const quote = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

function scanAll(bytes: Buffer, from: number, to: number, firstLine: number, end: boolean): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = [];
  const s = new RecordScanner({ delimiter: 0x2c, firstLine }, {
    onRecord: (r) => {
      const fields: string[] = [];
      for (let i = 0; i < r.count; i++) fields.push(r.buf.toString('latin1', r.starts[i], r.ends[i]).replaceAll('""', '"'));
      out.push({ line: r.line, fields });
    },
    onBlank: () => {},
  });
  s.push(bytes.subarray(from, to));
  if (end) s.end();
  else expect(s.atRecordStart()).toBe(true);
  return out;
}

/** Byte offsets where a record starts in well-formed CSV (after each line end outside quotes). */
function recordStarts(bytes: Buffer): Set<number> {
  const starts = new Set<number>([0]);
  let quoted = false;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x22) quoted = !quoted;
    else if (bytes[i] === 0x0a && !quoted) starts.add(i + 1);
  }
  return starts;
}

describe('guessCut (a record start near a target, from the bytes after it only)', () => {
  const rows = (withBreaks: boolean) =>
    fc.array(fc.tuple(cell, cell, cell), { minLength: 2, maxLength: 40 }).map((rs) =>
      withBreaks ? rs : rs.map((r) => r.map((v) => v.replaceAll('\n', ' ')) as [string, string, string]),
    );

  it('finds a record start whenever no cell holds a line break', () => {
    fc.assert(
      fc.property(rows(false), fc.nat(), fc.constantFrom('\n', '\r\n'), (rs, at, eol) => {
        const bytes = Buffer.from(['a,b,c', ...rs.map((r) => r.map(quote).join(','))].join(eol) + eol, 'latin1');
        const t = 1 + (at % (bytes.length - 1));
        const cut = guessCut(bytes.subarray(t - 1), 0x2c);
        if (cut !== -1) expect(recordStarts(bytes).has(t - 1 + cut)).toBe(true);
        else expect(bytes.subarray(t - 1).includes(0x0a)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('finds a record start after a quote that can only open a cell, line breaks in cells or not', () => {
    fc.assert(
      fc.property(rows(true), fc.nat(), (rs, at) => {
        const bytes = Buffer.from(['a,b,c', ...rs.map((r) => r.map(quote).join(','))].join('\n') + '\n', 'latin1');
        const t = 1 + (at % (bytes.length - 1));
        const window = bytes.subarray(t - 1);
        const cut = guessCut(window, 0x2c);
        // Without such a quote the first line end is taken, which a quoted line break can fool
        // (the reader then sees the range before the cut end elsewhere: tested below).
        if (cut !== -1 && /[,\n]"[^,\n\r"]/.test(window.toString('latin1'))) expect(recordStarts(bytes).has(t - 1 + cut)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('counts the lines before each cut as the scanner numbers them', async () => {
    const dir = tmp();
    const text = 'a,b\n"x\ny",1\n\n2,3\r\n4,5\n';
    writeFileSync(join(dir, 'l.csv'), text);
    const cuts = [...recordStarts(Buffer.from(text))].filter((c) => c > 0 && c < text.length).sort((x, y) => x - y);
    const lines = scanAll(Buffer.from(text), 0, text.length, 1, true).map((r) => r.line);
    expect(await lineStarts(join(dir, 'l.csv'), cuts)).toEqual([2, 4, 5, 6].slice(0, cuts.length));
    expect(lines).toEqual([1, 2, 5, 6]);
  });
});

/**
 * NIK serials of a roll with duplicates of every kind for the later byte ranges: near each other
 * in the second half, back across the middle, one NIK many times over (first in the first half),
 * one first met in the second half and met again there, and the NIKs of rejected rows (every 13th
 * row is bad: its NIK is claimed by the next valid row that has it).
 */
function dupSerial(i: number, n: number): number {
  if (i <= n / 2) return i;
  if (i % 9 === 4) return i - 2;
  if (i % 10 === 7) return i - Math.floor(n / 2);
  if (i % 50 === 25 || i % 50 === 45) return 5;
  if (i % 40 === 31 && i > n * 0.7) return n - 1;
  if (i % 23 === 11) return 13 * Math.floor(i / 26);
  return i;
}

/** A voter roll with duplicates far apart, a bad row, quoted names with commas and newlines, blank lines. */
function roll(n: number, serialOf?: (i: number, n: number) => number): string {
  const lines = ['kode_kelurahan,kecamatan,kelurahan,tps,nik,nkk,nama,jenis_kelamin,tanggal_lahir,status_kawin,disabilitas'];
  for (let i = 0; i < n; i++) {
    const tps = String(1 + Math.floor(i / 7)).padStart(3, '0');
    // Every 11th voter repeats the NIK of a voter ~n/2 rows earlier: duplicates across any split.
    const serial = serialOf?.(i, n) ?? (i % 11 === 10 && i > n / 2 ? i - Math.floor(n / 2) : i);
    const nik = `167401010190${String(serial).padStart(4, '0')}`;
    const nama = i % 5 === 0 ? `"SITI, S.PD${i % 10 === 0 ? '\nBINTI ALI' : ''}"` : `BUDI ${i}`;
    const jk = i % 13 === 0 ? 'X' : 'L';
    lines.push(`16.74.01.1001,PRABUMULIH BARAT,MUARA DUA,${tps},${nik},1674010101900100,${nama},${jk},01-01-1990,S,`);
    if (i % 17 === 0) lines.push('');
  }
  lines.push('16.74.01.1001,X,Y,001,1674010101900001');
  return `${lines.join('\n')}\n`;
}

/** readRoll with its own issue sink: the roll, the issues' summary and validasi.csv's text. */
async function read(args: string[], dir: string, parallel: ParallelOptions, budgetBytes?: number) {
  const issues = SpillingIssueSink.create({ lang: 'id', ...(budgetBytes ? { budgetBytes } : {}) });
  try {
    const result = await settled(await readRoll(args, dir, { read: {}, settings: SETTINGS, parallel, issues }));
    // A small budget really spills (into many runs).
    if (budgetBytes !== undefined) expect(issues.runCount).toBeGreaterThan(3);
    const [csv] = await issues.writeValidasi(false);
    return { result, masalah: issues.summary(), validasi: readFileSync(csv!.path, 'utf8') };
  } finally {
    await issues.close();
  }
}

describe('readRoll in byte ranges', () => {
  it('gives exactly the one-stream result, whatever the number of ranges', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'b.csv'), roll(300));
    writeFileSync(join(dir, 'a.csv'), roll(120));
    const one = await read(['b.csv', 'a.csv'], dir, { ranges: 1 });
    expect(one.validasi).toMatch(/^b\.csv,\d+,nik,duplicate-nik,/m);
    // The split really happens (not a silent fall-back to one stream).
    const input = { berkas: 'b.csv', path: join(dir, 'b.csv') };
    const sink = SpillingIssueSink.create({ lang: 'id' });
    expect(await readFileParallel(input, {}, SETTINGS, { ranges: 3, minBytes: 0, inline: true }, sink)).not.toBeNull();
    await sink.close();
    for (const ranges of [2, 3, 7]) {
      expect(await read(['b.csv', 'a.csv'], dir, { ranges, minBytes: 0, inline: true })).toEqual(one);
      // Issues spilled to disk in many small runs give the same file.
      expect(await read(['b.csv', 'a.csv'], dir, { ranges, minBytes: 0, inline: true }, 2000)).toEqual(one);
    }
  });

  it('settles duplicates within the later ranges, across the cuts, in threes and across files as one stream does', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'b.csv'), roll(400, dupSerial));
    writeFileSync(join(dir, 'a.csv'), roll(90, (i) => i * 3));
    const one = await read(['b.csv', 'a.csv'], dir, { ranges: 1 });
    // Later rows of all kinds are there: in b.csv (within it) and in b.csv against a.csv.
    expect(one.validasi).toMatch(/^b\.csv,\d+,nik,duplicate-nik,.*a\.csv/m);
    expect(one.validasi.match(/duplicate-nik/g)!.length).toBeGreaterThan(60);
    for (const ranges of [2, 3, 5]) expect(await read(['b.csv', 'a.csv'], dir, { ranges, minBytes: 0, inline: true })).toEqual(one);
  });

  it('falls back to one stream when a stray quote fools the split, dropping what the ranges found', async () => {
    const dir = tmp();
    const text = roll(60).replace('BUDI 3,', 'BU"DI 3,');
    writeFileSync(join(dir, 'q.csv'), text);
    const one = await read(['q.csv'], dir, { ranges: 1 });
    for (const ranges of [2, 4]) {
      expect(await read(['q.csv'], dir, { ranges, minBytes: 0, inline: true })).toEqual(one);
      expect(await read(['q.csv'], dir, { ranges, minBytes: 0, inline: true }, 200)).toEqual(one);
    }
  });
});

describe('a range that stops early', () => {
  it('stops at a NUL byte with its next read under way, and the file is read again in one stream', async () => {
    const dir = tmp();
    // Several MiB: each of two ranges reads more than one 1 MiB chunk, and the NUL (in the first
    // range's second chunk, past the sample) stops it while the read of its third is in flight.
    const text = roll(40_000);
    expect(text.length).toBeGreaterThan(4_000_000);
    const at = text.indexOf('\n', 1_500_000) + 1;
    writeFileSync(join(dir, 'n.csv'), `${text.slice(0, at)}16.74.01.1001,X,Y,001,\u0000\n${text.slice(at)}`);
    const sink = SpillingIssueSink.create({ lang: 'id' });
    try {
      const input = { berkas: 'n.csv', path: join(dir, 'n.csv') };
      expect(await readFileParallel(input, {}, SETTINGS, { ranges: 2, minBytes: 0, inline: true }, sink)).toBeNull();
    } finally {
      await sink.close();
    }
    const outcome = (parallel: ParallelOptions) => read(['n.csv'], dir, parallel).then((r) => ({ r }), (e: unknown) => ({ e: String(e) }));
    expect(await outcome({ ranges: 2, minBytes: 0, inline: true })).toEqual(await outcome({ ranges: 1 }));
  });
});

describe('a range worker out of memory', () => {
  // The first range runs on the main thread, whose guard stops a split run in test/cli/memory-guard:
  // these are a worker's stop and the reader's conversion of its message, which that test no longer
  // reaches, and a read whose worker alone stops.
  const url = join(ROOT, 'dist', 'bundle', 'range-worker.js');
  it.runIf(existsSync(url))('posts its guard\'s typed error (exit code, message key), which the reader turns back into that error', async () => {
    const dir = tmp();
    const bytes = Buffer.from(roll(3000));
    writeFileSync(join(dir, 'w.csv'), bytes);
    const { dialect, guess } = detectInput(bytes, true, 'w.csv', {});
    const sink = SpillingIssueSink.create({ lang: 'id' });
    const job: RangeJob = {
      path: join(dir, 'w.csv'), berkas: 'w.csv', start: 0, end: bytes.length, firstLine: 1, last: true,
      dialect, guess, layout: null, settings: SETTINGS, issueFormat: sink.format,
    };
    await sink.close();
    const worker = new Worker(url, { env: { ...process.env, LOGISTIK_MEMORY_LIMIT_MIB: '1' } });
    try {
      const message = await new Promise<Parameters<typeof rangeWorkerError>[0] & { type: string }>((resolve, reject) => {
        worker.on('message', (m: { type: string }) => {
          if (m.type === 'error' || m.type === 'result') resolve(m);
        });
        worker.on('error', reject);
        worker.postMessage(job);
      });
      expect(message.type).toBe('error');
      expect(message.logistik).toMatchObject({ exitCode: ExitCode.Internal, key: 'error.memory' });
      // The reader's half: the message becomes the guard's error again, as if thrown on this
      // thread (the CLI then exits 4 with the memory message, test/cli/memory-guard).
      const error = rangeWorkerError(message);
      expect(error).toBeInstanceOf(LogistikError);
      expect(error).toMatchObject({ exitCode: ExitCode.Internal, key: 'error.memory', params: { batas: 1 } });
      expect((error as LogistikError).params['dipakai']).toBeGreaterThan(1);
    } finally {
      await worker.terminate();
    }
  });

  // The built modules (dist/io/), where parallel.ts finds its range worker; under vitest the
  // sources have none, and read their ranges inline.
  const built = join(ROOT, 'dist', 'io', 'parallel.js');
  it.runIf(existsSync(built))('stops the read with that error when the worker alone has the limit (the main thread\'s range has none)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'w.csv'), roll(6000));
    const dist = await import(built) as typeof import('../../src/io/parallel.js');
    const { SpillingIssueSink: DistSink } = await import(join(ROOT, 'dist', 'io', 'issue-sink.js')) as typeof import('../../src/io/issue-sink.js');
    const sink = DistSink.create({ lang: 'id' });
    const env = { ...process.env, LOGISTIK_MEMORY_LIMIT_MIB: '1' };
    try {
      const input = { berkas: 'w.csv', path: join(dir, 'w.csv') };
      const read = dist.readFileParallel(input, {}, SETTINGS, { ranges: 2, minBytes: 0, workerEnv: env }, sink);
      // The guard's typed error, as the CLI maps it to exit 4 with the memory message.
      await expect(read).rejects.toMatchObject({ exitCode: ExitCode.Internal, key: 'error.memory', params: { batas: 1 } });
    } finally {
      await sink.close();
    }
  });

  it('an untyped failure stays the error it was, or becomes one with its text', () => {
    const thrown = new RangeError('boom');
    expect(rangeWorkerError({ error: thrown })).toBe(thrown);
    const text = rangeWorkerError({ error: 'worker said no' });
    expect(text).toBeInstanceOf(Error);
    expect(text).not.toBeInstanceOf(LogistikError);
    expect(text.message).toBe('worker said no');
  });
});

describe('the built binary with worker threads forced on tiny ranges', () => {
  const bin = join(ROOT, 'bin', 'logistik.js');
  const built = existsSync(join(ROOT, 'dist', 'io', 'range-worker.js'));
  it.runIf(built)('writes byte for byte the same files as one stream, validasi.csv included', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'pemilih.csv'), roll(2000));
    const run = (out: string, env: Record<string, string>) =>
      spawnSync(process.execPath, [bin, 'hitung', 'pemilih.csv', '--out', out, '--json', '--allow-invalid'], {
        cwd: dir, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000', ...env },
      });
    const one = run('satu', { LOGISTIK_THREADS: '1' });
    const par = run('dua', { LOGISTIK_THREADS: '2', LOGISTIK_SPLIT_MIN_BYTES: '0', LOGISTIK_DEBUG_PARALLEL: '1' });
    expect(par.stderr).toContain('pemilih.csv in 2 ranges\n');
    expect(par.status).toBe(one.status);
    expect(par.stdout).toBe(one.stdout);
    const files = readdirSync(join(dir, 'satu')).sort();
    expect(files).toContain('validasi.csv');
    expect(readdirSync(join(dir, 'dua')).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(dir, 'dua', f)).equals(readFileSync(join(dir, 'satu', f)))).toBe(true);
    expect(readFileSync(join(dir, 'satu', 'validasi.csv'), 'utf8')).toMatch(/duplicate-nik/);
    // A later range that may hold only one issue counts its first line itself when the first range
    // has not ended yet (which of the two comes first depends on the threads: firstLineOf below
    // tests the count on its own): the same bytes either way.
    const asked = run('empat', { LOGISTIK_THREADS: '2', LOGISTIK_SPLIT_MIN_BYTES: '0', LOGISTIK_SPLIT_HOLD_ISSUES: '1', LOGISTIK_DEBUG_PARALLEL: '1' });
    expect(asked.stderr).toContain('pemilih.csv in 2 ranges\n');
    for (const f of files) expect(readFileSync(join(dir, 'empat', f)).equals(readFileSync(join(dir, 'satu', f)))).toBe(true);
    // Issues encoded in the workers and spilled in runs of ~20 issues: still the same bytes.
    const spilled = run('tiga', { LOGISTIK_THREADS: '2', LOGISTIK_SPLIT_MIN_BYTES: '0', LOGISTIK_ISSUE_BUDGET_BYTES: '4000' });
    expect(spilled.stdout).toBe(one.stdout);
    for (const f of files) expect(readFileSync(join(dir, 'tiga', f)).equals(readFileSync(join(dir, 'satu', f)))).toBe(true);
  });
});

describe('firstLineOf (the first line of a later range: told, or counted when asked first)', () => {
  const never = new Promise<number>(() => {});
  it('counts the line ends before the range when asked, without waiting to be told', async () => {
    const dir = tmp();
    const text = 'a,b\n"x\ny",1\n\n2,3\n';
    writeFileSync(join(dir, 'f.csv'), text);
    const start = text.indexOf('2,3');
    const lines = firstLineOf({ path: join(dir, 'f.csv'), start } as RangeJob, never);
    lines.request();
    lines.request();
    expect(await lines.firstLine).toBe(5);
  });

  it('takes the line it is told when it was not asked', async () => {
    const lines = firstLineOf({ path: '/nonexistent', start: 10 } as RangeJob, Promise.resolve(42));
    expect(await lines.firstLine).toBe(42);
  });
});

describe('RecordScanner and a reused chunk buffer', () => {
  it('gives the same records when the caller overwrites its buffer after every push', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 13 }), (rows, size) => {
        const bytes = Buffer.from(`${['a,b,c', ...rows.map((r) => r.map(quote).join(','))].join('\n')}\n`, 'latin1');
        const whole = scanAll(bytes, 0, bytes.length, 1, true);
        const out: { line: number; fields: string[] }[] = [];
        const s = new RecordScanner({ delimiter: 0x2c }, {
          onRecord: (r) => {
            const fields: string[] = [];
            for (let i = 0; i < r.count; i++) fields.push(r.buf.toString('latin1', r.starts[i], r.ends[i]).replaceAll('""', '"'));
            out.push({ line: r.line, fields });
          },
          onBlank: () => {},
        });
        const reused = Buffer.alloc(size);
        for (let p = 0; p < bytes.length; p += size) {
          const n = bytes.copy(reused, 0, p, p + size);
          s.push(reused.subarray(0, n));
          reused.fill(0x22);
        }
        s.end();
        expect(out).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });
});
