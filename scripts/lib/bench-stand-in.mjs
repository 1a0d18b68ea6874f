#!/usr/bin/env node
/**
 * A stand-in for `logistik hitung`, to test scripts/bench.mjs's plumbing while the real CLI is not
 * ready (LOGISTIK_BENCH_CMD="node scripts/lib/bench-stand-in.mjs hitung"). It does NOT validate:
 * it counts rows per (first column, 4th column) of a file whose first four fields are never quoted
 * and that has no quoted newlines — true of the generator's rolls, not of CSV in general.
 *
 *   node scripts/lib/bench-stand-in.mjs hitung FILE --out DIR --json [--read-only]
 *
 * Writes DIR/ringkasan.json (masukan[].baris_data/dihitung/ditolak, jumlah.tps/pemilih) and
 * DIR/distribusi-tps.csv (kode_kelurahan,kecamatan,kelurahan,tps,dpt), prints the summary on stdout.
 * BENCH_STAND_IN_BREAK=1 miscounts one TPS, so the bench's failure path can be seen to fail.
 */
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

const args = process.argv.slice(2);
const known = new Set(['hitung', '--json', '--read-only']);
const out = args[args.indexOf('--out') + 1];
const files = args.filter((a, i) => !known.has(a) && a !== '--out' && args[i - 1] !== '--out');
if (args[0] !== 'hitung' || args.indexOf('--out') < 0 || files.length !== 1) {
  process.stderr.write('usage: bench-stand-in.mjs hitung FILE --out DIR --json [--read-only]\n');
  process.exit(2);
}
const counts = new Map();
let rows = -1; // the header is not a data row
for await (const line of createInterface({ input: createReadStream(files[0]), crlfDelay: Infinity })) {
  if (rows++ < 0) continue;
  const c1 = line.indexOf(',');
  const c2 = line.indexOf(',', c1 + 1);
  const c3 = line.indexOf(',', c2 + 1);
  const c4 = line.indexOf(',', c3 + 1);
  const k = `${line.slice(0, c1)},${line.slice(c1 + 1, c2)},${line.slice(c2 + 1, c3)},${line.slice(c3 + 1, c4)}`;
  counts.set(k, (counts.get(k) ?? 0) + 1);
}
const keys = [...counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
if (process.env.BENCH_STAND_IN_BREAK === '1') counts.set(keys[0], counts.get(keys[0]) + 1);
const summary = {
  versi_format: 1,
  alat: { nama: 'bench-stand-in', versi: '0' },
  masukan: [{ berkas: files[0], jenis: 'pemilih', baris_data: rows, dihitung: rows, ditolak: 0 }],
  jumlah: { tps: keys.length, pemilih: rows },
};
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'ringkasan.json'), `${JSON.stringify(summary, null, 2)}\n`);
if (!args.includes('--read-only')) {
  const body = keys.map((k) => `${k},${counts.get(k)}`).join('\n');
  writeFileSync(join(out, 'distribusi-tps.csv'), `kode_kelurahan,kecamatan,kelurahan,tps,dpt\n${body}\n`);
}
if (args.includes('--json')) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
