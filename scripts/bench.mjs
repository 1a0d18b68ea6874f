#!/usr/bin/env node
/**
 * Benchmark of `logistik hitung` against its baselines, on generated voter-level rolls.
 *
 *   npm run bench [-- --rows 1000000,10000000] [--runs 3] [--seed N] [--read-only] [--no-duckdb]
 *                   [--commands petakan,kemas,terima] [--record | --no-record] [--strict] [--like-once]
 *                   [--env-as-is]
 *
 * `--rows none` times no hitung size; `--commands` adds the other commands' scenarios
 * (scripts/lib/bench-commands.mjs), recorded in their own table.
 *
 * For each size: generate (or reuse) bench-data/roll-<rows>-seed<seed>.csv with
 * scripts/generate-roll.mjs (about DUPLICATE_RATE of its voters are copies of an earlier voter:
 * duplicate NIKs near and far), then time, interleaved, `runs` times after one warm-up:
 *   - hitung     `node bin/logistik.js hitung <file> --out <dir> --json --allow-invalid` (full
 *                validation; --allow-invalid because the duplicates are errors)
 *   - read-only  the same command, same threads and output, with READ_ONLY_ENV set: validation
 *                taken out (see src/io/fold.ts), so hitung/read-only is the cost of validating
 *   - like       DuckDB doing hitung's job as far as SQL can (scripts/sql/hitung-like.sql, run by
 *                scripts/lib/duckdb-like.mjs, 2 threads): row checks, duplicate NIKs with the first
 *                occurrence, per-TPS counts and ballots, written to files
 *   - duckdb     the bare count: read_csv(all_varchar) + GROUP BY kode_kelurahan, tps, 2 threads
 *                (scripts/lib/duckdb-count.mjs)
 *   - wc         `wc -l <file>`
 * Wall time is measured here (hrtime around the child); peak RSS and CPU come from GNU
 * `/usr/bin/time -v` (Debian: `apt-get install time`). Medians of the runs, max of the peak RSS.
 *
 * Correctness (always; exit 1 on any failure): the bare count and `wc -l` agree with the recap the
 * generator wrote (rows per TPS); for every hitung run, ringkasan.json has baris_data = dihitung +
 * ditolak for every input, and equals the like-for-like SQL's results: counted voters TPS by TPS
 * (dpt and PPWP ballots in distribusi-tps.csv), the duplicate-NIK set (line of each later row and
 * of its first occurrence, from validasi.csv), and the counts of the issue codes the SQL expresses.
 * Without DuckDB (--no-duckdb): pemilih + duplicate-nik = the recap's voters. A read-only run counts
 * every row: its distribusi-tps.csv equals the recap. Targets (reported; exit 1 only with --strict):
 * see TARGETS.
 *
 * One row per size is appended to docs/benchmarks.md, unless a stand-in command is used.
 * Data and DuckDB live in bench-data/ (git-ignored).
 *
 *   npm run bench -- --issues [--rows 6m] [--runs 1]
 *
 * runs the issue scenarios instead (scripts/lib/bench-issues.mjs): rolls with millions of
 * problems, their peak RSS against the same bound, their counts and validasi.csv checked.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DEFAULT_SEED, readRecap } from './generate-roll.mjs';
import { addTableRows, commit, DATA, ensureRoll, firstLines, haveTime, machine, median, RECORD_FILE, ROOT, run, timeEnvAsIs, untimedSet } from './lib/bench-run.mjs';
import { benchIssues, ISSUES_USAGE } from './lib/bench-issues.mjs';
import { checkCommandRun, commandScenarios } from './lib/bench-commands.mjs';
import { runMainIfScript } from './lib/run-main.mjs';

// ---------------------------------------------------------------------------------------------
// Configuration: the command lines live here so they can follow the CLI as it grows.

const DEFAULT_HITUNG = 'node bin/logistik.js hitung';
/** The command under test; arguments `<file> --out <dir> --json` are appended. Split on spaces. */
const HITUNG = (process.env.LOGISTIK_BENCH_CMD ?? DEFAULT_HITUNG).split(/\s+/).filter(Boolean);
/**
 * "Read and count only" (no validation): HITUNG run with this environment. The hidden switch
 * keeps everything else (sample and dialect detection, 2 byte ranges over worker threads, SHA-256,
 * the RFC 4180 scanner, TPS identities, manifests and output files) and skips every cell check and
 * duplicate-NIK detection (src/io/fold.ts), so the two runs compare like with like.
 */
const READ_ONLY_ENV = { LOGISTIK_BENCH_NO_VALIDATE: '1' };
/** Share of the generated voters written as a copy of an earlier one (generate-roll.mjs --duplicates). */
const DUPLICATE_RATE = 1e-4;
/** Issue codes scripts/sql/hitung-like.sql counts; `nik-shape` is the sum of these of hitung's. */
const NIK_SHAPE_CODES = ['nik-format', 'nik-letter', 'nik-invisible', 'nik-separator', 'nik-spreadsheet'];
const UNDER_AGE_CODES = ['under-age', 'under-age-status-unknown'];
const DUCKDB_PACKAGE = '@duckdb/node-api@1.5.6-r.1'; // the version of perf-baseline §2d
const DUCKDB_THREADS = 2;
const DUCKDB_PREFIX = join(DATA, 'duckdb');
const TIME = '/usr/bin/time';
const TARGETS = {
  duckdbRatio: 2, // hitung wall ≤ 2× DuckDB's bare count …
  duckdbRatioFromRows: 10_000_000, // … for rolls of 10 M rows and more …
  duckdbRatioLarge: 2.3, // … and ≤ 2.3× from …
  duckdbRatioLargeFromRows: 30_000_000, // … 30 M rows on
  likeFromRows: 10_000_000, // hitung faster than the like-for-like SQL from 10 M rows on
  wallS: 1, // hitung wall < 1 s …
  wallAtRows: 1_000_000, // … for rolls of up to 1 M rows
  rssBaseMiB: 512, // peak RSS ≤ 512 MiB + 16 B per voter
  rssPerVoterB: 16,
  readOnlyRatio: 1.5, // validation costs ≤ 1.5× read and count
};

// ---------------------------------------------------------------------------------------------
// Arguments

function parseRowsList(s) {
  if (s === 'none') return [];
  return s.split(',').map((x) => {
    const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(x.trim().replace(/_/g, ''));
    const n = m ? Number(m[1]) * (m[2] ? (m[2].toLowerCase() === 'k' ? 1e3 : 1e6) : 1) : NaN;
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--rows: not a positive whole number: ${x}`);
    return n;
  });
}

/** What leaving untimed variables out (bench-run.mjs UNTIMED_VARS) saves each Node start here, or null. */
function untimedNote() {
  const set = untimedSet();
  if (set.length === 0) return null;
  const start = (env) => median(Array.from({ length: 5 }, () => {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0'], { env });
    return Number(process.hrtime.bigint() - t0) / 1e6;
  }));
  const without = { ...process.env };
  for (const k of set) delete without[k];
  return `${set.join(', ')} left out of the timed commands' environment (--env-as-is keeps it): \`node -e 0\` ${start(process.env).toFixed(0)} ms with it, ${start(without).toFixed(0)} ms without`;
}

function parseArgs(argv) {
  const o = { rows: null, runs: null, seed: DEFAULT_SEED, readOnly: false, duckdb: true, likeOnce: false, record: null, strict: false, issues: false, commands: [], envAsIs: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => argv[++i] ?? '';
    if (a === '--rows') o.rows = parseRowsList(val());
    else if (a === '--runs') o.runs = Number(val());
    else if (a === '--seed') o.seed = Number(val());
    else if (a === '--read-only') o.readOnly = true;
    else if (a === '--no-duckdb') o.duckdb = false;
    else if (a === '--like-once') o.likeOnce = true;
    else if (a === '--record') o.record = true;
    else if (a === '--no-record') o.record = false;
    else if (a === '--strict') o.strict = true;
    else if (a === '--issues') o.issues = true;
    else if (a === '--commands') o.commands = val().split(',').filter(Boolean);
    else if (a === '--env-as-is') o.envAsIs = true;
    else throw new Error(`unknown argument ${a}`);
  }
  // The issue scenarios are long (millions of issues): one run of one size unless asked.
  o.rows ??= o.issues ? [1_000_000] : [1_000_000, 10_000_000];
  o.runs ??= o.issues ? 1 : 3;
  if (!(Number.isInteger(o.runs) && o.runs >= 1)) throw new Error('--runs must be ≥ 1');
  // A stand-in command's numbers say nothing about logistik: do not record them unless asked.
  if (o.record === null) o.record = process.env.LOGISTIK_BENCH_CMD === undefined;
  return o;
}

// ---------------------------------------------------------------------------------------------
// Data and DuckDB

function ensureDuckdb() {
  if (existsSync(join(DUCKDB_PREFIX, 'node_modules', '@duckdb', 'node-api', 'package.json'))) return;
  process.stderr.write(`installing ${DUCKDB_PACKAGE} into ${relative(ROOT, DUCKDB_PREFIX)} (benchmark only, not a dependency) …\n`);
  mkdirSync(DUCKDB_PREFIX, { recursive: true });
  const r = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', DUCKDB_PREFIX, DUCKDB_PACKAGE], {
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error(`could not install ${DUCKDB_PACKAGE}; run with --no-duckdb to compare with the generator's recap only`);
}

// ---------------------------------------------------------------------------------------------
// Checks

/** Map "kode,tps" → count from CSV text with the given key and count columns. */
function countsFromCsv(text, countCol) {
  const rows = parse(text, { columns: true });
  return new Map(rows.map((r) => [`${r.kode_kelurahan},${r.tps}`, Number(r[countCol])]));
}

/** Differences between two per-TPS maps (values compared as text), at most `max` of them, as text. */
function diffCounts(a, aName, b, bName, max = 5) {
  const out = [];
  for (const [k, n] of a) if (String(b.get(k)) !== String(n)) out.push(`${k}: ${aName} ${n}, ${bName} ${b.get(k) ?? 'missing'}`);
  for (const k of b.keys()) if (!a.has(k)) out.push(`${k}: ${aName} missing, ${bName} ${b.get(k)}`);
  return out.length ? `${out.length} TPS differ: ${out.slice(0, max).join('; ')}` : null;
}

/** Differences between two sets of text, at most `max` of each side, as text. */
function diffSets(a, aName, b, bName, max = 5) {
  const onlyA = [...a].filter((x) => !b.has(x));
  const onlyB = [...b].filter((x) => !a.has(x));
  if (onlyA.length + onlyB.length === 0) return null;
  return `only in ${aName} (${onlyA.length}): ${onlyA.slice(0, max).join('; ')}; only in ${bName} (${onlyB.length}): ${onlyB.slice(0, max).join('; ')}`;
}

const sum = (m) => [...m.values()].reduce((s, n) => s + Number(String(n).split(' ')[0]), 0);

/**
 * What the like-for-like SQL wrote (scripts/lib/duckdb-like.mjs): per TPS `dpt surat_suara`, the
 * duplicate set as `line<first_line`, and its per-code counts.
 */
function readLike(dir) {
  const tps = new Map(parse(readFileSync(join(dir, 'tps.csv'), 'utf8'), { columns: true }).map((r) => [`${r.kode_kelurahan},${r.tps}`, `${r.dpt} ${r.surat_suara}`]));
  const dups = new Set(parse(readFileSync(join(dir, 'duplicates.csv'), 'utf8'), { columns: true }).map((r) => `${r.line}<${r.first_line}`));
  const [perKode] = parse(readFileSync(join(dir, 'per_kode.csv'), 'utf8'), { columns: true, cast: true });
  return { tps, dups, perKode };
}

/** hitung's duplicate-NIK issues from validasi.csv as `line<first line` (the message names the first line last). */
function hitungDuplicates(outDir) {
  const rows = parse(readFileSync(join(outDir, 'validasi.csv'), 'utf8'), { columns: true });
  const out = new Set();
  for (const r of rows) {
    if (r.kode !== 'duplicate-nik') continue;
    const first = /(\d+)\D*$/.exec(r.pesan);
    out.add(`${r.baris}<${first ? first[1] : '?'}`);
  }
  return out;
}

/** hitung's per_kode folded into the SQL's codes (nik-shape and under-age are sums). */
function foldedPerKode(perKode) {
  const n = (codes) => codes.reduce((s, c) => s + (perKode[c] ?? 0), 0);
  const out = {};
  for (const [code, count] of Object.entries(perKode)) out[code] = count;
  out['nik-shape'] = n(NIK_SHAPE_CODES);
  out['under-age'] = n(UNDER_AGE_CODES);
  return out;
}

/**
 * Checks one hitung run's ringkasan.json, distribusi-tps.csv and validasi.csv against the
 * like-for-like SQL's results (`like`), or, without DuckDB, against the generator's recap only.
 */
function checkHitungRun(r, outDir, like, recap, failures, label) {
  const fail = (msg) => failures.push(`${label}: ${msg}`);
  if (r.status !== 0) return fail(`exit ${r.status}\n    ${firstLines(r.stderr)}`);
  const path = join(outDir, 'ringkasan.json');
  if (!existsSync(path)) return fail('no ringkasan.json in --out');
  const ringkasan = JSON.parse(readFileSync(path, 'utf8'));
  try {
    const printed = JSON.parse(r.stdout);
    if (JSON.stringify(printed) !== JSON.stringify(ringkasan)) fail('--json output differs from ringkasan.json');
  } catch {
    fail('--json did not print one JSON document on stdout');
  }
  for (const m of ringkasan.masukan ?? []) {
    if (m.baris_data !== m.dihitung + m.ditolak) fail(`${m.berkas}: baris_data ${m.baris_data} ≠ dihitung ${m.dihitung} + ditolak ${m.ditolak}`);
  }
  if (!Array.isArray(ringkasan.masukan) || ringkasan.masukan.length === 0) return fail('ringkasan.json has no masukan');
  const perKode = ringkasan.masalah?.per_kode ?? {};
  if (like === null) {
    const dups = perKode['duplicate-nik'] ?? 0;
    if (ringkasan.jumlah?.pemilih + dups !== sum(recap)) fail(`jumlah.pemilih ${ringkasan.jumlah?.pemilih} + duplicate-nik ${dups} ≠ generator recap ${sum(recap)}`);
    return;
  }
  const m = ringkasan.masukan[0];
  if (m.baris_data !== like.perKode.baris_data) fail(`baris_data ${m.baris_data} ≠ like SQL ${like.perKode.baris_data}`);
  if (m.dihitung !== like.perKode.dihitung) fail(`dihitung ${m.dihitung} ≠ like SQL ${like.perKode.dihitung}`);
  if (ringkasan.jumlah?.pemilih !== sum(like.tps)) fail(`jumlah.pemilih ${ringkasan.jumlah?.pemilih} ≠ like SQL ${sum(like.tps)}`);
  if (ringkasan.jumlah?.tps !== like.tps.size) fail(`jumlah.tps ${ringkasan.jumlah?.tps} ≠ like SQL ${like.tps.size}`);
  const folded = foldedPerKode(perKode);
  const codes = Object.keys(like.perKode).filter((c) => c !== 'baris_data' && c !== 'dihitung');
  const off = codes.filter((c) => (folded[c] ?? 0) !== like.perKode[c]).map((c) => `${c} hitung ${folded[c] ?? 0}, like SQL ${like.perKode[c]}`);
  if (off.length > 0) fail(`issue counts differ: ${off.join('; ')}`);
  const dist = join(outDir, 'distribusi-tps.csv');
  if (!existsSync(dist)) return fail('no distribusi-tps.csv in --out');
  const mine = new Map(parse(readFileSync(dist, 'utf8'), { columns: true }).map((x) => [`${x.kode_kelurahan},${x.tps}`, `${x.dpt} ${x.surat_suara_ppwp}`]));
  const d = diffCounts(mine, 'distribusi-tps.csv (dpt, PPWP ballots)', like.tps, 'like SQL');
  if (d) fail(d);
  const dd = diffSets(hitungDuplicates(outDir), 'hitung duplicate-nik', like.dups, 'like SQL duplicates');
  if (dd) fail(dd);
}

// ---------------------------------------------------------------------------------------------
// One size

const argvHitung = (file, outDir, extra = []) => [...HITUNG, relative(ROOT, file), '--out', relative(ROOT, outDir), '--json', '--allow-invalid', ...extra];

/** Does the CLI run at all, with and without READ_ONLY_ENV? Tried on the small committed example. */
function preflight(wantReadOnly) {
  const sample = join(ROOT, 'fixtures', 'contoh', 'pemilih.csv');
  const out = join(DATA, 'out', 'preflight');
  rmSync(out, { recursive: true, force: true });
  const r = run(argvHitung(sample, out));
  if (r.status !== 0) {
    // bin/logistik.js runs the compiled dist/: the usual reason for "not found" is a missing build.
    const hint = /ERR_MODULE_NOT_FOUND[\s\S]*dist\/|dist\/[\s\S]*ERR_MODULE_NOT_FOUND/.test(r.stderr) ? '\n    (dist/ is missing: run `npm run build` first)' : '';
    throw new Error(`\`${HITUNG.join(' ')}\` does not run on fixtures/contoh/pemilih.csv (exit ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n    ${firstLines(r.stderr)}${hint}`);
  }
  if (!wantReadOnly) return { readOnly: false };
  rmSync(out, { recursive: true, force: true });
  const ro = run(argvHitung(sample, out), READ_ONLY_ENV);
  if (ro.status !== 0) {
    return { readOnly: false, note: `read-only skipped: \`${HITUNG.join(' ')}\` with ${JSON.stringify(READ_ONLY_ENV)} exits ${ro.status} (${firstLines(ro.stderr, 1) || 'no message'})` };
  }
  return { readOnly: true };
}

async function benchSize(rows, o, pre, failures) {
  const { file, recapFile, bytes } = await ensureRoll(rows, o.seed, { duplicates: DUPLICATE_RATE });
  const recap = new Map(readRecap(readFileSync(recapFile, 'utf8')).map((e) => [`${e.kode_kelurahan},${e.tps}`, e.dpt]));
  const outDir = join(DATA, 'out', String(rows));
  const label = `${rows} rows`;
  const likeDir = join(outDir, 'like');
  const cmds = {
    wc: () => ['wc', '-l', relative(ROOT, file)],
    ...(o.duckdb ? { duckdb: () => ['node', 'scripts/lib/duckdb-count.mjs', relative(ROOT, DUCKDB_PREFIX), relative(ROOT, file), String(DUCKDB_THREADS)] } : {}),
    ...(o.duckdb ? { like: () => ['node', 'scripts/lib/duckdb-like.mjs', relative(ROOT, DUCKDB_PREFIX), relative(ROOT, file), String(DUCKDB_THREADS), relative(ROOT, likeDir)] } : {}),
    hitung: () => argvHitung(file, join(outDir, 'hitung')),
    ...(pre.readOnly ? { readOnly: () => argvHitung(file, join(outDir, 'read-only')) } : {}),
  };
  const dirOf = { hitung: 'hitung', readOnly: 'read-only', like: 'like' };
  const samples = Object.fromEntries(Object.keys(cmds).map((k) => [k, []]));
  let like = null;
  const load = loadavg()[0];
  for (let i = 0; i <= o.runs; i++) {
    const warmUp = i === 0;
    const run_ = warmUp ? 'warm-up' : `run ${i}`;
    for (const [name, argv] of Object.entries(cmds)) {
      // --like-once: the like SQL runs in the warm-up only, and that run is its one sample.
      if (o.likeOnce && name === 'like' && !warmUp) continue;
      if (dirOf[name]) rmSync(join(outDir, dirOf[name]), { recursive: true, force: true });
      process.stderr.write(`  ${label} ${run_}: ${name} …`);
      const r = run(argv(), name === 'readOnly' ? READ_ONLY_ENV : {});
      process.stderr.write(` ${r.wallS.toFixed(3)} s\n`);
      if (!warmUp || (o.likeOnce && name === 'like')) samples[name].push(r);
      if (name === 'wc' && r.status === 0 && Number(r.stdout.trim().split(/\s+/)[0]) !== rows + 1) {
        failures.push(`${label}: wc -l says ${r.stdout.trim()}, expected ${rows + 1} lines`);
      }
      if (name === 'duckdb') {
        if (r.status !== 0) failures.push(`${label}: DuckDB exit ${r.status}\n    ${firstLines(r.stderr)}`);
        else if (warmUp) {
          const d = diffCounts(countsFromCsv(r.stdout, 'n'), 'DuckDB count', recap, 'generator recap');
          if (d) failures.push(`${label}: ${d}`);
        }
      }
      if (name === 'like') {
        if (r.status !== 0) failures.push(`${label}: like SQL exit ${r.status}\n    ${firstLines(r.stderr)}`);
        else if (warmUp) like = readLike(likeDir);
      }
      if (name === 'hitung') checkHitungRun(r, join(outDir, 'hitung'), like, recap, failures, `${label}, hitung ${run_}`);
      if (name === 'readOnly') {
        if (r.status !== 0) failures.push(`${label}: read-only exit ${r.status}\n    ${firstLines(r.stderr)}`);
        else if (warmUp) {
          // Nothing rejected, duplicates included: every row of the roll in its TPS.
          const d = diffCounts(countsFromCsv(readFileSync(join(outDir, 'read-only', 'distribusi-tps.csv'), 'utf8'), 'dpt'), 'read-only', recap, 'generator recap');
          if (d) failures.push(`${label}: ${d}`);
        }
      }
    }
  }
  return { rows, bytes, load, duplicates: like?.dups.size ?? null, stats: summarize(samples) };
}

/** One scenario of another command, `runs` times after a warm-up, every run checked. */
function benchCommand(sc, o, failures) {
  const out = join(DATA, 'out', sc.name);
  const samples = [];
  const load = loadavg()[0];
  for (let i = 0; i <= o.runs; i++) {
    rmSync(out, { recursive: true, force: true });
    process.stderr.write(`  ${sc.name} ${i === 0 ? 'warm-up' : `run ${i}`} …`);
    const r = run(sc.argv(relative(ROOT, out)));
    process.stderr.write(` ${r.wallS.toFixed(3)} s\n`);
    const bad = checkCommandRun(r, out);
    if (bad) failures.push(`${sc.name}: ${bad}`);
    if (i > 0) samples.push(r);
  }
  return { ...sc, load, stats: summarize({ run: samples }).run };
}

function printCommands(results, skipped) {
  if (results.length === 0 && skipped.length === 0) return;
  const lines = ['', '| command | input | size | wall s (min–max) | CPU s | peak RSS MiB |', '|---|---|---|---|---:|---:|'];
  for (const r of results) lines.push(`| ${r.name} | ${r.input} | ${r.units} | ${f(r.stats.wallS, 3)} (${f(r.stats.minS, 3)}–${f(r.stats.maxS, 3)}) | ${f(r.stats.cpuS)} | ${f(r.stats.rssMiB, 0)} |`);
  for (const note of skipped) lines.push(`skipped: ${note}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** The other commands' table: appended to, written (after a blank line) when the file's end has another. */
export const COMMANDS_HEADER = `| commit | machine | node | load | command | size | runs | wall s | min–max s | CPU s | RSS MiB | check |
|---|---|---|---:|---|---|---:|---:|---|---:|---:|---|
`;

function recordCommands(results, o, ok) {
  appendRows(COMMANDS_HEADER, results.map((r) => [
    commit(), machine(), process.version, f(r.load), r.name, r.units, o.runs, f(r.stats.wallS, 3), `${f(r.stats.minS, 3)}–${f(r.stats.maxS, 3)}`,
    f(r.stats.cpuS), f(r.stats.rssMiB, 0), ok ? 'ok' : 'FAILED',
  ]));
}

/** Appends rows to the table `header` starts, when it is the file's last thing; else first a new one after a blank line. */
function appendRows(table, rows) {
  const header = table.split('\n')[0];
  addTableRows(header, existsSync(RECORD_FILE) ? table : `${RECORD_HEADER}\n${table}`, rows.map((cells) => `| ${cells.join(' | ')} |`));
}

function summarize(samples) {
  const out = {};
  for (const [name, rs] of Object.entries(samples)) {
    if (rs.length === 0) continue;
    const walls = rs.map((r) => r.wallS);
    const rss = rs.map((r) => r.rssMiB).filter((x) => x !== null);
    const cpu = rs.map((r) => r.cpuS).filter((x) => x !== null);
    out[name] = {
      wallS: median(walls),
      minS: Math.min(...walls),
      maxS: Math.max(...walls),
      rssMiB: rss.length ? Math.max(...rss) : null,
      cpuS: cpu.length ? median(cpu) : null,
    };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reporting

const f = (x, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(d));
const ratio = (a, b) => (a && b ? a.wallS / b.wallS : null);

function targetsOf(res) {
  const { rows, stats } = res;
  const h = stats.hitung;
  const t = [];
  if (rows >= TARGETS.duckdbRatioFromRows && stats.duckdb) {
    const limit = rows >= TARGETS.duckdbRatioLargeFromRows ? TARGETS.duckdbRatioLarge : TARGETS.duckdbRatio;
    t.push({ name: `≤ ${limit}× DuckDB`, ok: ratio(h, stats.duckdb) <= limit });
  }
  if (rows >= TARGETS.likeFromRows && stats.like) t.push({ name: '< like SQL', ok: h.wallS < stats.like.wallS });
  if (rows <= TARGETS.wallAtRows) t.push({ name: `< ${TARGETS.wallS} s`, ok: h.wallS < TARGETS.wallS });
  const rssLimit = TARGETS.rssBaseMiB + (TARGETS.rssPerVoterB * rows) / 2 ** 20;
  if (h.rssMiB !== null) t.push({ name: `RSS ≤ ${rssLimit.toFixed(0)} MiB`, ok: h.rssMiB <= rssLimit });
  if (stats.readOnly) t.push({ name: `≤ ${TARGETS.readOnlyRatio}× read-only`, ok: ratio(h, stats.readOnly) <= TARGETS.readOnlyRatio });
  return t;
}

function printTable(results, runs) {
  const lines = ['', `median of ${runs} run(s) after 1 warm-up; MB = 10^6 bytes; RSS = peak resident set (max over runs)`, ''];
  lines.push('| rows | file MB | command | wall s (min–max) | rows/s | MB/s | CPU s | peak RSS MiB |');
  lines.push('|---:|---:|---|---|---:|---:|---:|---:|');
  for (const { rows, bytes, stats } of results) {
    for (const [name, s] of Object.entries(stats)) {
      lines.push(
        `| ${rows} | ${f(bytes / 1e6, 1)} | ${name === 'readOnly' ? 'read-only' : name} | ${f(s.wallS, 3)} (${f(s.minS, 3)}–${f(s.maxS, 3)}) | ${f(rows / s.wallS / 1e6, 2)} M | ${f(bytes / 1e6 / s.wallS, 0)} | ${f(s.cpuS)} | ${f(s.rssMiB, 0)} |`,
      );
    }
  }
  lines.push('');
  for (const res of results) {
    const h = res.stats.hitung;
    const x = (r, d = 2) => (r === null ? '–' : `${f(r, d)}×`);
    const parts = [
      `hitung/DuckDB ${x(ratio(h, res.stats.duckdb))}`,
      `hitung/like SQL ${x(ratio(h, res.stats.like))}`,
      `hitung/wc ${x(ratio(h, res.stats.wc), 1)}`,
      `hitung/read-only ${x(ratio(h, res.stats.readOnly))}`,
    ];
    const t = targetsOf(res).map((x) => `${x.ok ? 'ok' : 'MISSED'} ${x.name}`);
    lines.push(`${res.rows} rows (load ${f(res.load)}, ${res.duplicates ?? '–'} duplicate NIKs): ${parts.join(', ')}; targets: ${t.join(', ') || '–'}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

export const RECORD_HEADER = `# Benchmarks

Appended by \`npm run bench\` (scripts/bench.mjs), one row per roll size and run of the script: see
"Columns" above the last table.
`;

/** The table rows are added to (at its end, whatever follows it); started after the file's end when not there. */
export const TABLE_HEADER = `| commit | machine | node | load | seed | rows | MB | runs | hitung s | M rows/s | MB/s | RSS MiB | CPU s | read-only s | hitung/read-only | like SQL s | like RSS | hitung/like | DuckDB s | DuckDB RSS | wc s | hitung/DuckDB | hitung/wc | dups | targets | check |
|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|
`;


function record(results, o, ok) {
  const m = machine();
  const c = commit();
  const rows = [];
  for (const res of results) {
    const { hitung: h, readOnly: ro, like, duckdb: d, wc } = res.stats;
    const t = targetsOf(res).map((x) => `${x.ok ? 'ok' : 'MISSED'} ${x.name}`).join('; ');
    const cells = [
      c, m, process.version, f(res.load), o.seed, res.rows, f(res.bytes / 1e6, 0), o.runs, f(h.wallS, 3), f(res.rows / h.wallS / 1e6, 2),
      f(res.bytes / 1e6 / h.wallS, 0), f(h.rssMiB, 0), f(h.cpuS), f(ro?.wallS, 3), f(ratio(h, ro)), like && o.likeOnce ? `${f(like.wallS, 3)} (1 run)` : f(like?.wallS, 3), f(like?.rssMiB, 0),
      f(ratio(h, like)), f(d?.wallS, 3), f(d?.rssMiB, 0), f(wc?.wallS, 3), f(ratio(h, d)), f(ratio(h, wc), 1), res.duplicates ?? '–',
      t || '–', ok ? 'ok' : 'FAILED',
    ];
    rows.push(cells);
  }
  appendRows(TABLE_HEADER, rows);
  process.stderr.write(`appended ${results.length} row(s) to ${relative(ROOT, RECORD_FILE)}\n`);
}

// ---------------------------------------------------------------------------------------------

async function main(argv) {
  let o;
  try {
    o = parseArgs(argv);
  } catch (err) {
    process.stderr.write(`${err.message}\nusage: npm run bench [-- --rows 1000000,10000000] [--runs 3] [--seed N] [--read-only] [--no-duckdb] [--like-once] [--record|--no-record] [--strict] [--commands petakan,kemas,terima] [--env-as-is]\n${ISSUES_USAGE}\n`);
    return 2;
  }
  mkdirSync(DATA, { recursive: true });
  if (o.envAsIs) timeEnvAsIs();
  const envNote = untimedNote();
  if (envNote) process.stderr.write(`note: ${envNote}\n`);
  if (!haveTime) process.stderr.write(`note: ${TIME} not found, so no peak RSS (Debian/Ubuntu: apt-get install time)\n`);
  if (o.issues) {
    const pre = preflight(false);
    if (pre.note) process.stderr.write(`note: ${pre.note}\n`);
    return benchIssues(o, HITUNG);
  }
  if (o.duckdb) ensureDuckdb();
  const pre = preflight(o.readOnly);
  if (pre.note) process.stderr.write(`note: ${pre.note}\n`);
  const failures = [];
  const results = [];
  for (const rows of o.rows) results.push(await benchSize(rows, o, pre, failures));
  const { scenarios, skipped } = await commandScenarios(o.commands, { root: ROOT, data: DATA, seed: o.seed, ensureRoll: (rows, seed) => ensureRoll(rows, seed, { duplicates: DUPLICATE_RATE }) });
  const commandResults = [];
  for (const sc of scenarios) commandResults.push(benchCommand(sc, o, failures));
  for (const note of skipped) process.stderr.write(`note: ${note}\n`);
  if (results.length > 0) printTable(results, o.runs);
  printCommands(commandResults, skipped);
  if (pre.note) process.stdout.write(`note: ${pre.note}\n`);
  if (envNote) process.stdout.write(`note: ${envNote}\n`);
  if (o.record) {
    if (results.length > 0) record(results, o, failures.length === 0);
    if (commandResults.length > 0) recordCommands(commandResults, o, failures.length === 0);
  }
  else process.stderr.write(`not recorded in docs/benchmarks.md (${process.env.LOGISTIK_BENCH_CMD ? 'stand-in command; --record to force' : '--no-record'})\n`);
  if (failures.length > 0) {
    process.stderr.write(`\nBENCH FAILED — the counts are wrong:\n  ${failures.join('\n  ')}\n`);
    return 1;
  }
  const missed = results.flatMap((r) => targetsOf(r).filter((t) => !t.ok).map((t) => `${r.rows} rows: ${t.name}`));
  if (missed.length > 0) {
    process.stderr.write(`\ntargets missed: ${missed.join('; ')}${o.strict ? '' : ' (exit 0; --strict makes this exit 1)'}\n`);
    if (o.strict) return 1;
  }
  return 0;
}

// Run only when executed directly, so the header and helpers can be imported.
runMainIfScript(import.meta.url, main, '\nBENCH FAILED: ');
