#!/usr/bin/env node
/**
 * The DuckDB baseline of scripts/bench.mjs, run as its own process so its wall time and peak RSS
 * are measured like every other command's:
 *
 *   node scripts/lib/duckdb-count.mjs PREFIX FILE [THREADS]
 *
 * PREFIX is where `npm install --no-save --prefix PREFIX @duckdb/node-api` put DuckDB (bench-data/duckdb):
 * DuckDB is a benchmark tool only, not a project dependency. Prints `kode_kelurahan,tps,n` per TPS,
 * sorted, to stdout. all_varchar keeps `tps` as text (`001`, not 1) and skips type sniffing.
 */
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [prefix, file, threads = '2'] = process.argv.slice(2);
if (!prefix || !file) {
  process.stderr.write('usage: node scripts/lib/duckdb-count.mjs PREFIX FILE [THREADS]\n');
  process.exit(2);
}
const entry = createRequire(join(resolve(prefix), 'package.json')).resolve('@duckdb/node-api');
const { DuckDBInstance } = await import(pathToFileURL(entry).href);
const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const conn = await instance.connect();
const sql = `SELECT kode_kelurahan, tps, count(*) AS n FROM read_csv('${resolve(file).replace(/'/g, "''")}', all_varchar=true) GROUP BY ALL`;
const rows = (await conn.runAndReadAll(sql)).getRows();
// Sort here (code-point order, plain <), not in SQL, so the timed query is exactly the baseline's.
const lines = rows.map(([k, t, n]) => `${k},${t},${n}`);
lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
process.stdout.write(`kode_kelurahan,tps,n\n${lines.join('\n')}\n`);
