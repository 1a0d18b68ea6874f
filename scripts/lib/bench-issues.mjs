/**
 * The issue scenarios of the benchmark (`npm run bench -- --issues [--rows 6m]`): rolls whose
 * problems number in the millions, run by the real binary, peak RSS against the same bound as
 * every roll (512 MiB + 16 B per voter read).
 *
 *   peringatan  every row one warning (disabilitas 9: generate-roll --warn-every-row); all counted
 *   identik     the clean roll plus a byte-identical copy under another name: one duplicate-input
 *               error, the copy rejected whole without being read
 *   salinan     the clean roll plus a copy whose bytes differ by one blank line at its end: the
 *               copy is read, and every row of it is a duplicate NIK (N errors)
 *
 * Checked on every run (exit 1 when wrong): baris_data = dihitung + ditolak for every input;
 * --json prints exactly ringkasan.json; validasi.csv has exactly galat + peringatan rows (counted
 * as lines: no message of these scenarios holds a line break); peringatan: exit 0, per_kode
 * disabilitas = N and every voter counted; salinan: exit 1, the copy counts nothing and the
 * original every voter (identik: one duplicate-input, salinan: N duplicate-nik). One row per scenario goes into a table of its own in docs/benchmarks.md.
 */
import { appendFileSync, copyFileSync, createReadStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { addTableRows, commit, DATA, ensureRoll, firstLines, machine, ROOT, run } from './bench-run.mjs';

export const ISSUES_USAGE = '       npm run bench -- --issues [--rows 6000000] [--runs 1] [--seed N] [--no-record]';

const BOUND = { baseMiB: 512, perVoterB: 16 };

export const ISSUES_HEADER =
  '| commit | machine | node | seed | scenario | rows read | MB | exit | wall s | CPU s | peak RSS MiB | bound MiB | validasi.csv rows | largest codes | tidak_ditampilkan | load 1-min (start → end) | check |';

const INTRO = `## Issues at scale (\`npm run bench -- --issues\`)

Rows appended by \`npm run bench -- --issues --rows N\` (scripts/lib/bench-issues.mjs):
**peringatan** = a generated roll of N rows with one warning on every row (\`disabilitas\` 9);
**identik** = the clean roll of N rows plus a byte-identical copy of it under another name (one
\`duplicate-input\` error; the copy is hashed, not read); **salinan** = the clean roll plus a copy
that differs by one blank line at its end (2N rows read, each row of the copy a \`duplicate-nik\`
error). The copy's name (\`…-identik.csv\`, \`…-salinan.csv\`) sorts first, so the original is the one rejected.
**bound** = 512 MiB plus 16 B per row read; **validasi.csv rows** = data lines of the file, checked
equal to galat plus peringatan; **load** = the machine's 1-minute load average before and after the
run (the machine is shared: compare rows of similar load only); **check** = ok when every check of
the script passed.

${ISSUES_HEADER}
|---|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|---|
`;

const f = (x, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(d));

/** Lines of a file, counted a buffer at a time (validasi.csv can be gigabytes). */
async function countLines(path) {
  let n = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 4 * 1024 * 1024 })) {
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) n++;
  }
  return n;
}

/**
 * A copy of `file` under another name, made once: byte-identical, or (`extraLine`) with one blank
 * line more at its end, which changes its bytes and none of its records.
 */
function renamedCopy(file, extraLine) {
  const copy = file.replace(/\.csv$/, extraLine ? '-salinan.csv' : '-identik.csv');
  const size = statSync(file).size + (extraLine ? 1 : 0);
  if (!existsSync(copy) || statSync(copy).size !== size) {
    copyFileSync(file, copy);
    if (extraLine) appendFileSync(copy, '\n');
  }
  return copy;
}

async function scenario(name, files, rows, hitung, expect) {
  const out = join(DATA, 'out', `issues-${name}-${rows}`);
  rmSync(out, { recursive: true, force: true });
  const load0 = loadavg()[0];
  process.stderr.write(`  ${name} (${files.length} input(s), ${rows} rows each) …`);
  const r = run([...hitung, ...files.map((p) => relative(ROOT, p)), '--out', relative(ROOT, out), '--json']);
  const load1 = loadavg()[0];
  process.stderr.write(` exit ${r.status}, ${r.wallS.toFixed(1)} s, ${f(r.rssMiB, 0)} MiB\n`);
  const failures = [];
  const fail = (msg) => failures.push(`${name}: ${msg}`);
  const read = files.length * rows;
  const res = { name, rows: read, bytes: files.reduce((n, p) => n + statSync(p).size, 0), r, load: [load0, load1], failures };
  if (r.status !== expect.exit) fail(`exit ${r.status}, expected ${expect.exit}\n    ${firstLines(r.stderr)}`);
  const ringkasanPath = join(out, 'ringkasan.json');
  if (!existsSync(ringkasanPath)) {
    fail('no ringkasan.json');
    return res;
  }
  const doc = JSON.parse(readFileSync(ringkasanPath, 'utf8'));
  if (r.stdout.trim() === '' || JSON.stringify(JSON.parse(r.stdout)) !== JSON.stringify(doc)) fail('--json output differs from ringkasan.json');
  for (const m of doc.masukan) if (m.baris_data !== m.dihitung + m.ditolak) fail(`${m.berkas}: baris_data ${m.baris_data} ≠ dihitung ${m.dihitung} + ditolak ${m.ditolak}`);
  const lines = (await countLines(join(out, 'validasi.csv'))) - 1;
  const { galat, peringatan } = doc.masalah;
  if (lines !== galat + peringatan) fail(`validasi.csv has ${lines} rows, ringkasan.json counts ${galat} + ${peringatan}`);
  for (const msg of expect.check(doc)) fail(msg);
  Object.assign(res, { lines, doc });
  rmSync(out, { recursive: true, force: true });
  return res;
}

export async function benchIssues(o, hitung) {
  const results = [];
  for (const rows of o.rows) {
    const warned = await ensureRoll(rows, o.seed, { warnEveryRow: true });
    const clean = await ensureRoll(rows, o.seed);
    const identical = renamedCopy(clean.file, false);
    const altered = renamedCopy(clean.file, true);
    for (let i = 0; i < o.runs; i++) {
      results.push(await scenario('peringatan', [warned.file], rows, hitung, {
        exit: 0,
        check: (doc) => [
          ...(doc.masalah.per_kode.disabilitas === rows ? [] : [`per_kode.disabilitas ${doc.masalah.per_kode.disabilitas}, expected ${rows}`]),
          ...(doc.jumlah.pemilih === rows ? [] : [`jumlah.pemilih ${doc.jumlah.pemilih}, expected ${rows}`]),
        ],
      }));
      for (const [name, copy, code] of [['identik', identical, 'duplicate-input'], ['salinan', altered, 'duplicate-nik']]) {
        results.push(await scenario(name, [clean.file, copy], rows, hitung, {
          exit: 1,
          // The copy's name sorts first (contract: "first" is first by name, not on the command
          // line), so the original counts nothing and the copy every voter.
          check: (doc) => {
            const first = doc.masukan.find((m) => m.berkas.endsWith(copy.slice(copy.lastIndexOf('/') + 1)));
            const later = doc.masukan.find((m) => m !== first);
            const expected = code === 'duplicate-input' ? 1 : rows;
            return [
              ...(first?.dihitung === rows ? [] : [`${first?.berkas}: dihitung ${first?.dihitung}, expected all ${rows} rows`]),
              ...(later?.ditolak === rows ? [] : [`${later?.berkas}: ditolak ${later?.ditolak}, expected all ${rows} rows`]),
              ...(doc.jumlah.pemilih === rows ? [] : [`jumlah.pemilih ${doc.jumlah.pemilih}, expected ${rows} (the roll once)`]),
              ...(doc.masalah.per_kode[code] === expected ? [] : [`per_kode.${code} ${doc.masalah.per_kode[code]}, expected ${expected}`]),
            ];
          },
        }));
      }
    }
  }
  printAndRecord(results, o);
  const failures = results.flatMap((x) => x.failures);
  if (failures.length > 0) {
    process.stderr.write(`\nBENCH FAILED:\n  ${failures.join('\n  ')}\n`);
    return 1;
  }
  const over = results.filter((x) => x.r.rssMiB !== null && x.r.rssMiB > boundMiB(x.rows));
  if (over.length > 0) {
    process.stderr.write(`\nbound missed: ${over.map((x) => `${x.name} ${f(x.r.rssMiB, 0)} MiB > ${f(boundMiB(x.rows), 0)} MiB`).join('; ')}${o.strict ? '' : ' (exit 0; --strict makes this exit 1)'}\n`);
    if (o.strict) return 1;
  }
  return 0;
}

const boundMiB = (rows) => BOUND.baseMiB + (BOUND.perVoterB * rows) / 2 ** 20;

/** The two largest codes of a run: `code count`. */
function largest(doc) {
  return Object.entries(doc?.masalah?.per_kode ?? {}).sort((a, b) => b[1] - a[1]).slice(0, 2).map(([k, n]) => `${k} ${n}`).join(', ') || '–';
}

function printAndRecord(results, o) {
  const c = commit();
  const m = machine();
  const rows = results.map((x) => {
    const within = x.r.rssMiB === null ? '' : x.r.rssMiB <= boundMiB(x.rows) ? ' (within)' : ' (OVER)';
    const cells = [
      c, m, process.version, o.seed, x.name, x.rows, f(x.bytes / 1e6, 0), x.r.status, f(x.r.wallS, 1), f(x.r.cpuS, 1),
      `${f(x.r.rssMiB, 0)}${within}`, f(boundMiB(x.rows), 0), x.lines ?? '–', largest(x.doc), x.doc?.masalah?.tidak_ditampilkan ?? '–',
      `${f(x.load[0], 1)} → ${f(x.load[1], 1)}`, x.failures.length === 0 ? 'ok' : 'FAILED',
    ];
    return `| ${cells.join(' | ')} |`;
  });
  process.stdout.write(`\n${ISSUES_HEADER}\n${rows.join('\n')}\n`);
  if (o.record) {
    addTableRows(ISSUES_HEADER, INTRO, rows);
    process.stderr.write(`added ${rows.length} row(s) to docs/benchmarks.md\n`);
  } else process.stderr.write('not recorded in docs/benchmarks.md\n');
}
