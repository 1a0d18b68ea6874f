#!/usr/bin/env node
/**
 * Benchmark of `logistik hitung` against its baselines, on generated voter-level rolls.
 *
 *   npm run bench [-- --rows 1000000,10000000] [--runs 3] [--seed N] [--read-only] [--no-duckdb]
 *                   [--record | --no-record] [--strict]
 *
 * For each size: generate (or reuse) bench-data/roll-<rows>-seed<seed>.csv with
 * scripts/generate-roll.mjs, then time, interleaved, `runs` times after one warm-up:
 *   - hitung     `node bin/logistik.js hitung <file> --out <dir> --json` (full validation)
 *   - read-only  the same command, same threads and output, with READ_ONLY_ENV set: validation
 *                taken out (see src/io/fold.ts), so hitung/read-only is the cost of validating
 *   - duckdb     read_csv(all_varchar) + GROUP BY kode_kelurahan, tps, 2 threads (scripts/lib/duckdb-count.mjs)
 *   - wc         `wc -l <file>`
 * Wall time is measured here (hrtime around the child); peak RSS and CPU come from GNU
 * `/usr/bin/time -v` (Debian: `apt-get install time`). Medians of the runs, max of the peak RSS.
 *
 * Correctness (always; exit 1 on any failure): for every hitung run, ringkasan.json has
 * baris_data = dihitung + ditolak for every input, jumlah.pemilih / jumlah.tps equal DuckDB's, and
 * distribusi-tps.csv's dpt equals DuckDB's count TPS by TPS; DuckDB and `wc -l` must agree with the
 * recap the generator wrote. Targets (reported; exit 1 only with --strict): 10 M rows and more
 * ≤ 3× DuckDB; 1 M rows < 1 s; peak RSS ≤ 512 MiB + 16 B per voter; hitung ≤ 1.5× read-only.
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
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { DEFAULT_SEED, readRecap } from './generate-roll.mjs';
import { addTableRows, commit, DATA, ensureRoll, firstLines, haveTime, machine, median, RECORD_FILE, ROOT, run } from './lib/bench-run.mjs';
import { benchIssues, ISSUES_USAGE } from './lib/bench-issues.mjs';

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
const DUCKDB_PACKAGE = '@duckdb/node-api@1.5.6-r.1'; // the version of perf-baseline §2d
const DUCKDB_THREADS = 2;
const DUCKDB_PREFIX = join(DATA, 'duckdb');
const TIME = '/usr/bin/time';
const TARGETS = {
  duckdbRatio: 3, // hitung wall ≤ 3× DuckDB …
  duckdbRatioFromRows: 10_000_000, // … for rolls of 10 M rows and more
  wallS: 1, // hitung wall < 1 s …
  wallAtRows: 1_000_000, // … for rolls of up to 1 M rows
  rssBaseMiB: 512, // peak RSS ≤ 512 MiB + 16 B per voter
  rssPerVoterB: 16,
  readOnlyRatio: 1.5, // validation costs ≤ 1.5× read and count
};

// ---------------------------------------------------------------------------------------------
// Arguments

function parseRowsList(s) {
  return s.split(',').map((x) => {
    const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(x.trim().replace(/_/g, ''));
    const n = m ? Number(m[1]) * (m[2] ? (m[2].toLowerCase() === 'k' ? 1e3 : 1e6) : 1) : NaN;
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--rows: not a positive whole number: ${x}`);
    return n;
  });
}

function parseArgs(argv) {
  const o = { rows: null, runs: null, seed: DEFAULT_SEED, readOnly: false, duckdb: true, record: null, strict: false, issues: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => argv[++i] ?? '';
    if (a === '--rows') o.rows = parseRowsList(val());
    else if (a === '--runs') o.runs = Number(val());
    else if (a === '--seed') o.seed = Number(val());
    else if (a === '--read-only') o.readOnly = true;
    else if (a === '--no-duckdb') o.duckdb = false;
    else if (a === '--record') o.record = true;
    else if (a === '--no-record') o.record = false;
    else if (a === '--strict') o.strict = true;
    else if (a === '--issues') o.issues = true;
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

/** Differences between two per-TPS count maps, at most `max` of them, as text. */
function diffCounts(a, aName, b, bName, max = 5) {
  const out = [];
  for (const [k, n] of a) if (b.get(k) !== n) out.push(`${k}: ${aName} ${n}, ${bName} ${b.get(k) ?? 'missing'}`);
  for (const k of b.keys()) if (!a.has(k)) out.push(`${k}: ${aName} missing, ${bName} ${b.get(k)}`);
  return out.length ? `${out.length} TPS differ: ${out.slice(0, max).join('; ')}` : null;
}

const sum = (m) => [...m.values()].reduce((s, n) => s + n, 0);

/** Checks one hitung run's ringkasan.json and distribusi-tps.csv against the reference counts. */
function checkHitungRun(r, outDir, reference, refName, failures, label) {
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
  if (!Array.isArray(ringkasan.masukan) || ringkasan.masukan.length === 0) fail('ringkasan.json has no masukan');
  if (ringkasan.jumlah?.pemilih !== sum(reference)) fail(`jumlah.pemilih ${ringkasan.jumlah?.pemilih} ≠ ${refName} ${sum(reference)}`);
  if (ringkasan.jumlah?.tps !== reference.size) fail(`jumlah.tps ${ringkasan.jumlah?.tps} ≠ ${refName} ${reference.size}`);
  const dist = join(outDir, 'distribusi-tps.csv');
  if (!existsSync(dist)) return fail('no distribusi-tps.csv in --out');
  const d = diffCounts(countsFromCsv(readFileSync(dist, 'utf8'), 'dpt'), 'distribusi-tps.csv', reference, refName);
  if (d) fail(d);
}

// ---------------------------------------------------------------------------------------------
// One size

const argvHitung = (file, outDir, extra = []) => [...HITUNG, relative(ROOT, file), '--out', relative(ROOT, outDir), '--json', ...extra];

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
  const { file, recapFile, bytes } = await ensureRoll(rows, o.seed);
  const recap = new Map(readRecap(readFileSync(recapFile, 'utf8')).map((e) => [`${e.kode_kelurahan},${e.tps}`, e.dpt]));
  const outDir = join(DATA, 'out', String(rows));
  const label = `${rows} rows`;
  const cmds = {
    wc: () => ['wc', '-l', relative(ROOT, file)],
    ...(o.duckdb ? { duckdb: () => ['node', 'scripts/lib/duckdb-count.mjs', relative(ROOT, DUCKDB_PREFIX), relative(ROOT, file), String(DUCKDB_THREADS)] } : {}),
    hitung: () => argvHitung(file, join(outDir, 'hitung')),
    ...(pre.readOnly ? { readOnly: () => argvHitung(file, join(outDir, 'read-only')) } : {}),
  };
  const samples = Object.fromEntries(Object.keys(cmds).map((k) => [k, []]));
  let duckCounts = null;
  for (let i = 0; i <= o.runs; i++) {
    const warmUp = i === 0;
    for (const [name, argv] of Object.entries(cmds)) {
      rmSync(join(outDir, name === 'readOnly' ? 'read-only' : 'hitung'), { recursive: true, force: true });
      process.stderr.write(`  ${label} ${warmUp ? 'warm-up' : `run ${i}`}: ${name} …`);
      const r = run(argv(), name === 'readOnly' ? READ_ONLY_ENV : {});
      process.stderr.write(` ${r.wallS.toFixed(3)} s\n`);
      if (!warmUp) samples[name].push(r);
      if (name === 'wc' && r.status === 0 && Number(r.stdout.trim().split(/\s+/)[0]) !== rows + 1) {
        failures.push(`${label}: wc -l says ${r.stdout.trim()}, expected ${rows + 1} lines`);
      }
      if (name === 'duckdb') {
        if (r.status !== 0) failures.push(`${label}: DuckDB exit ${r.status}\n    ${firstLines(r.stderr)}`);
        else if (duckCounts === null) {
          duckCounts = countsFromCsv(r.stdout, 'n');
          const d = diffCounts(duckCounts, 'DuckDB', recap, 'generator recap');
          if (d) failures.push(`${label}: ${d}`);
        }
      }
      if (name === 'hitung') checkHitungRun(r, join(outDir, 'hitung'), duckCounts ?? recap, duckCounts ? 'DuckDB' : 'generator recap', failures, `${label}, hitung ${warmUp ? 'warm-up' : `run ${i}`}`);
      if (name === 'readOnly' && r.status !== 0) failures.push(`${label}: read-only exit ${r.status}\n    ${firstLines(r.stderr)}`);
    }
  }
  return { rows, bytes, stats: summarize(samples) };
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
    t.push({ name: `≤ ${TARGETS.duckdbRatio}× DuckDB`, ok: ratio(h, stats.duckdb) <= TARGETS.duckdbRatio });
  }
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
      `hitung/wc ${x(ratio(h, res.stats.wc), 1)}`,
      `hitung/read-only ${x(ratio(h, res.stats.readOnly))}`,
    ];
    const t = targetsOf(res).map((x) => `${x.ok ? 'ok' : 'MISSED'} ${x.name}`);
    lines.push(`${res.rows} rows: ${parts.join(', ')}; targets: ${t.join(', ') || '–'}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

export const RECORD_HEADER = `# Benchmarks

Appended by \`npm run bench\` (scripts/bench.mjs), one row per roll size and run of the script. The
rolls are synthetic (scripts/generate-roll.mjs \`--rows N\`, seed in the row; ~146 bytes and ~250
voters per TPS, as in the shared perf-baseline §1), read from the page cache (warm).

Columns: **commit** = \`git rev-parse --short HEAD\` (\`+dirty\` when bin/ or src/ had uncommitted
changes); **machine** = \`nproc\` × CPU model; **node** = \`node --version\`; **rows** = voters;
**MB** = file size in 10^6 bytes; **runs** = measured runs (after one warm-up); **hitung s** = median
wall time of \`node bin/logistik.js hitung <file> --out <dir> --json\` (whole process, full
validation), with rows/s and MB/s from it; **RSS** = peak resident set in MiB (GNU \`/usr/bin/time -v\`
"Maximum resident set size", max over runs); **read-only s** = the same command, threads and output with
\`LOGISTIK_BENCH_NO_VALIDATE=1\` (validation taken out: no cell checks, no duplicate NIKs); **DuckDB s** = \`SELECT kode_kelurahan, tps, count(*) AS n FROM
read_csv(<file>, all_varchar=true) GROUP BY ALL\` with ${DUCKDB_THREADS} threads in its own Node process
(${DUCKDB_PACKAGE}, installed into bench-data/ for the benchmark only); **wc s** = \`wc -l <file>\`;
ratios are of median wall times. **targets**: ≤ ${TARGETS.duckdbRatio}× DuckDB at ≥ 10 M rows, < ${TARGETS.wallS} s
at ≤ 1 M rows, RSS ≤ ${TARGETS.rssBaseMiB} MiB + ${TARGETS.rssPerVoterB} B per voter, hitung ≤ ${TARGETS.readOnlyRatio}× read-only.
**check** = ok when every run's ringkasan.json had \`baris_data = dihitung + ditolak\` and totals equal to
DuckDB's TPS by TPS (the script exits 1 otherwise).

Peak RSS needs GNU time (\`/usr/bin/time\`; on Debian/Ubuntu \`apt-get install time\`); without it the
RSS columns are "–".

| commit | machine | node | seed | rows | MB | runs | hitung s | M rows/s | MB/s | RSS MiB | read-only s | hitung/read-only | DuckDB s | DuckDB RSS | wc s | hitung/DuckDB | hitung/wc | targets | check |
|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|
`;

/** The main table's header line: rows go at its end, whatever follows it in the file. */
const TABLE_HEADER = RECORD_HEADER.split('\n').find((l) => l.startsWith('| commit |'));

function record(results, o, ok) {
  const m = machine();
  const c = commit();
  const rows = [];
  for (const res of results) {
    const { hitung: h, readOnly: ro, duckdb: d, wc } = res.stats;
    const t = targetsOf(res).map((x) => `${x.ok ? 'ok' : 'MISSED'} ${x.name}`).join('; ');
    const cells = [
      c, m, process.version, o.seed, res.rows, f(res.bytes / 1e6, 0), o.runs, f(h.wallS, 3), f(res.rows / h.wallS / 1e6, 2),
      f(res.bytes / 1e6 / h.wallS, 0), f(h.rssMiB, 0), f(ro?.wallS, 3), f(ratio(h, ro)), f(d?.wallS, 3), f(d?.rssMiB, 0),
      f(wc?.wallS, 3), f(ratio(h, d)), f(ratio(h, wc), 1), t || '–', ok ? 'ok' : 'FAILED',
    ];
    rows.push(`| ${cells.join(' | ')} |`);
  }
  addTableRows(TABLE_HEADER, RECORD_HEADER, rows);
  process.stderr.write(`appended ${results.length} row(s) to ${relative(ROOT, RECORD_FILE)}\n`);
}

// ---------------------------------------------------------------------------------------------

async function main(argv) {
  let o;
  try {
    o = parseArgs(argv);
  } catch (err) {
    process.stderr.write(`${err.message}\nusage: npm run bench [-- --rows 1000000,10000000] [--runs 3] [--seed N] [--read-only] [--no-duckdb] [--record|--no-record] [--strict]\n${ISSUES_USAGE}\n`);
    return 2;
  }
  mkdirSync(DATA, { recursive: true });
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
  printTable(results, o.runs);
  if (pre.note) process.stdout.write(`note: ${pre.note}\n`);
  if (o.record) record(results, o, failures.length === 0);
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
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`\nBENCH FAILED: ${err.message}\n`);
      process.exitCode = 1;
    },
  );
}
