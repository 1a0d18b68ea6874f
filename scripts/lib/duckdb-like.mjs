#!/usr/bin/env node
/**
 * The like-for-like DuckDB run of scripts/bench.mjs: scripts/sql/hitung-like.sql (what `hitung`
 * does, as far as SQL can say it) on one roll, in its own process so that its wall time and peak
 * RSS are measured like every other command's:
 *
 *   node scripts/lib/duckdb-like.mjs PREFIX FILE THREADS OUTDIR
 *
 * PREFIX is where DuckDB was installed (bench-data/duckdb; a benchmark tool, not a dependency).
 * Each statement after a `-- result: NAME` line is written to OUTDIR/NAME.csv (header, then one
 * line per row), as hitung writes its manifests into --out: the work of both ends on disk.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runMainIfScript } from './run-main.mjs';

export const SQL_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'sql', 'hitung-like.sql');

/** The SQL file's statements, `{{roll}}` filled in, each with the result name its comment gives (or null). */
export function statements(sqlText, rollPath) {
  const quoted = `'${rollPath.replace(/'/g, "''")}'`;
  const out = [];
  let name = null;
  let lines = [];
  for (const line of sqlText.split('\n')) {
    const m = /^-- result: (\w+)\s*$/.exec(line);
    if (m) name = m[1];
    else if (!line.startsWith('--')) lines.push(line);
    if (/;\s*$/.test(line)) {
      out.push({ name, sql: lines.join('\n').replaceAll('{{roll}}', quoted) });
      name = null;
      lines = [];
    }
  }
  return out;
}

const csvCell = (v) => {
  const s = typeof v === 'bigint' ? v.toString() : v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

async function main([prefix, file, threads = '2', outDir]) {
  if (!prefix || !file || !outDir) {
    process.stderr.write('usage: node scripts/lib/duckdb-like.mjs PREFIX FILE THREADS OUTDIR\n');
    return 2;
  }
  const entry = createRequire(join(resolve(prefix), 'package.json')).resolve('@duckdb/node-api');
  const { DuckDBInstance } = await import(pathToFileURL(entry).href);
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const conn = await instance.connect();
  mkdirSync(outDir, { recursive: true });
  for (const { name, sql } of statements(readFileSync(SQL_FILE, 'utf8'), resolve(file))) {
    const reader = await conn.runAndReadAll(sql);
    if (name === null) continue;
    const lines = [reader.columnNames().join(',')];
    for (const row of reader.getRows()) lines.push(row.map(csvCell).join(','));
    writeFileSync(join(outDir, `${name}.csv`), `${lines.join('\n')}\n`);
  }
  return 0;
}

runMainIfScript(import.meta.url, main, 'duckdb-like: ');
