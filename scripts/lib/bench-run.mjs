/**
 * What the benchmarks share (scripts/bench.mjs, scripts/lib/bench-issues.mjs): running a command
 * under GNU time, the generated rolls in bench-data/, the machine and commit of a row, and
 * adding rows to a table of docs/benchmarks.md.
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFile, syntheticRecap } from '../generate-roll.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA = join(ROOT, 'bench-data');
export const RECORD_FILE = join(ROOT, 'docs', 'benchmarks.md');
const TIME = '/usr/bin/time';

export const haveTime = existsSync(TIME);

/** Parses GNU time -v's report: peak RSS (kB → MiB), user and system CPU seconds. */
function parseTimeReport(text) {
  const num = (re) => {
    const m = re.exec(text);
    return m ? Number(m[1]) : null;
  };
  const kb = num(/Maximum resident set size \(kbytes\): (\d+)/);
  const user = num(/User time \(seconds\): ([\d.]+)/);
  const sys = num(/System time \(seconds\): ([\d.]+)/);
  return { rssMiB: kb === null ? null : kb / 1024, cpuS: user === null || sys === null ? null : user + sys };
}

/**
 * Variables left out of the timed commands' environment (unless timeEnvAsIs() is called: bench's
 * --env-as-is). NODE_EXTRA_CA_CERTS: Node reads the certificates it names at every start, before
 * any script runs (OpenSSL decoding a CA bundle; on the machine of the 2026-12-02 rows `node -e 0`
 * took 98 ms with it and 20 ms without). No command timed here opens a TLS connection, and every
 * one of them is a Node start (hitung, DuckDB's scripts), so each side loses the same start-up.
 */
export const UNTIMED_VARS = ['NODE_EXTRA_CA_CERTS'];
let dropUntimed = true;

export function timeEnvAsIs() {
  dropUntimed = false;
}

/** The untimed variables set in this environment (and so left out of the timed commands'). */
export function untimedSet() {
  return dropUntimed ? UNTIMED_VARS.filter((k) => process.env[k] !== undefined) : [];
}

function timedEnv(env) {
  const out = { ...process.env, ...env };
  if (dropUntimed) for (const k of UNTIMED_VARS) delete out[k];
  return out;
}

/** Runs argv (cwd = repo root) under /usr/bin/time -v; returns status, output, wall s, RSS, CPU. */
export function run(argv, env = {}) {
  const report = join(DATA, '.time-report.txt');
  rmSync(report, { force: true });
  const full = haveTime ? [TIME, '-v', '-o', report, ...argv] : argv;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full.slice(1), { cwd: ROOT, env: timedEnv(env), encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
  const t = haveTime && existsSync(report) ? parseTimeReport(readFileSync(report, 'utf8')) : { rssMiB: null, cpuS: null };
  return { status: r.error ? -1 : r.status, error: r.error, stdout: r.stdout ?? '', stderr: r.stderr ?? '', wallS, ...t };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const firstLines = (s, n = 5) => s.split('\n').filter(Boolean).slice(0, n).join('\n    ');


function generatorHash() {
  const h = createHash('sha256');
  for (const f of ['scripts/generate-roll.mjs', 'scripts/lib/words.mjs']) h.update(readFileSync(join(ROOT, f)));
  return h.digest('hex').slice(0, 16);
}

/**
 * Generates the roll and its recap, or reuses them when made by the same generator, seed, size
 * and options (`warnEveryRow`: one warning on every row; `duplicates`: that share of the voters
 * are copies of an earlier one; scripts/generate-roll.mjs). Each set of options has its own file.
 */
export async function ensureRoll(rows, seed, { warnEveryRow = false, duplicates = 0 } = {}) {
  mkdirSync(DATA, { recursive: true });
  const base = join(DATA, `roll-${rows}-seed${seed}${warnEveryRow ? '-peringatan' : ''}${duplicates > 0 ? `-dup${duplicates}` : ''}`);
  const file = `${base}.csv`;
  const recapFile = `${base}.rekap.csv`;
  const metaFile = `${base}.json`;
  const meta = { rows, seed, warnEveryRow, duplicates, generator: generatorHash() };
  if (existsSync(metaFile) && existsSync(file) && existsSync(recapFile)) {
    const old = JSON.parse(readFileSync(metaFile, 'utf8'));
    const same = old.rows === rows && old.seed === seed && (old.warnEveryRow ?? false) === warnEveryRow && (old.duplicates ?? 0) === duplicates;
    if (same && old.generator === meta.generator && old.bytes === statSync(file).size) {
      return { file, recapFile, bytes: old.bytes };
    }
  }
  process.stderr.write(`generating ${relative(ROOT, file)} (${rows} rows) …\n`);
  const t0 = process.hrtime.bigint();
  await generateFile({ recap: syntheticRecap(rows, seed), out: file, seed, recapOut: recapFile, warnEveryRow, duplicates });
  const bytes = statSync(file).size;
  writeFileSync(metaFile, `${JSON.stringify({ ...meta, bytes }, null, 2)}\n`);
  process.stderr.write(`  ${bytes} bytes in ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s\n`);
  return { file, recapFile, bytes };
}

export function machine() {
  let n;
  try {
    n = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    n = String(cpus().length);
  }
  return `${n} × ${(cpus()[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').replace(/\|/g, '/').trim()}`;
}

export function commit() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'bin', 'src'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return 'unknown';
  }
}

/**
 * Puts rows at the end of the table whose header line is `header` in the record file; a file or
 * table not there yet is started with `intro` (the file's own header, or a section) first.
 */
export function addTableRows(header, intro, rows) {
  const text = existsSync(RECORD_FILE) ? readFileSync(RECORD_FILE, 'utf8') : '';
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l === header);
  if (at < 0) {
    const sep = text === '' || text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    writeFileSync(RECORD_FILE, `${text}${sep}${intro}${rows.join('\n')}\n`);
    return;
  }
  let end = at + 1;
  while (end < lines.length && lines[end].startsWith('|')) end++;
  lines.splice(end, 0, ...rows);
  writeFileSync(RECORD_FILE, lines.join('\n'));
}
