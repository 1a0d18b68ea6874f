#!/usr/bin/env node
/**
 * The one-stream parse floor (not the issue 5 "cost of validation" comparison: that is
 * `npm run bench -- --read-only`, which runs hitung itself with LOGISTIK_BENCH_NO_VALIDATE=1, same
 * threads and output, see src/io/fold.ts). Reads a roll with the built reader's own pieces
 * (dist/io: sample, BOM/encoding/dialect detection, SHA-256 of the stored bytes, the RFC 4180
 * RecordScanner) and counts records per (kode_kelurahan, tps), making a key string only when the
 * key bytes differ from the previous record's (rolls are sorted by TPS). No validation, no output
 * files. Run `npm run build` first.
 *
 *   node scripts/bench-read-count.mjs FILE [--runs N]     # prints JSON: rows, TPS, wall s per run
 *
 * Each run is a fresh process (whole-process wall time, start-up included, like the bench).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);

async function count(file) {
  const { openInput } = await import('../dist/io/source.js');
  const { readSample, detectInput } = await import('../dist/io/read-roll.js');
  const { RecordScanner } = await import('../dist/io/scanner.js');
  const { FieldDecoder } = await import('../dist/io/decode.js');
  const bytes = openInput({ berkas: file, path: file });
  const it = bytes.chunks[Symbol.asyncIterator]();
  const { sample, complete } = await readSample(it);
  const { body, guess, dialect } = detectInput(sample, complete, file, {});
  const decoder = new FieldDecoder(guess);
  const counts = new Map();
  let header = null;
  let kodeCol = -1;
  let tpsCol = -1;
  let prev = Buffer.alloc(64);
  let prevLen = -1;
  let current = null;
  let rows = 0;
  let skip = dialect.headerIndex;
  const scanner = new RecordScanner({ delimiter: dialect.delimiter.charCodeAt(0) }, {
    onBlank() {},
    onRecord(r) {
      if (header === null) {
        if (skip-- > 0) return;
        header = [];
        for (let i = 0; i < r.count; i++) header.push(decoder.decode(r.buf, r.starts[i], r.ends[i], r.escaped[i]).trim().toLowerCase());
        kodeCol = header.indexOf('kode_kelurahan');
        tpsCol = header.indexOf('tps');
        return;
      }
      rows++;
      if (r.count <= Math.max(kodeCol, tpsCol)) return;
      // Key bytes: kode_kelurahan, then tps; compared with the previous record's.
      const ks = r.starts[kodeCol], ke = r.ends[kodeCol], ts = r.starts[tpsCol], te = r.ends[tpsCol];
      const len = ke - ks + 1 + te - ts;
      let same = len === prevLen;
      if (same) {
        let p = 0;
        for (let i = ks; i < ke && same; i++) same = r.buf[i] === prev[p++];
        p++;
        for (let i = ts; i < te && same; i++) same = r.buf[i] === prev[p++];
      }
      if (!same) {
        if (len > prev.length) prev = Buffer.alloc(len * 2);
        r.buf.copy(prev, 0, ks, ke);
        prev[ke - ks] = 0x2c;
        r.buf.copy(prev, ke - ks + 1, ts, te);
        prevLen = len;
        const key = decoder.decode(r.buf, ks, ke, 0) + ',' + decoder.decode(r.buf, ts, te, 0);
        current = counts.get(key);
        if (current === undefined) {
          current = { n: 0 };
          counts.set(key, current);
        }
      }
      current.n++;
    },
  });
  scanner.push(body);
  for (let r = await it.next(); r.done !== true; r = await it.next()) scanner.push(r.value);
  scanner.end();
  return { rows, tps: counts.size, sha256: bytes.sha256().slice(0, 12) };
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  const out = await count(args[1]);
  process.stdout.write(JSON.stringify(out));
} else {
  const file = args[0];
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
  if (!file) {
    process.stderr.write('usage: node scripts/bench-read-count.mjs FILE [--runs N]\n');
    process.exit(2);
  }
  const walls = [];
  let result = null;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [here, '--child', file], { encoding: 'utf8' });
    walls.push(Number(process.hrtime.bigint() - t0) / 1e9);
    if (r.status !== 0) {
      process.stderr.write(r.stderr);
      process.exit(1);
    }
    result = JSON.parse(r.stdout);
  }
  const sorted = [...walls].sort((a, b) => a - b);
  process.stdout.write(`${JSON.stringify({ file, ...result, runs, medianS: sorted[sorted.length >> 1], wallS: walls })}\n`);
}
