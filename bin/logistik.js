#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { loadBundle } from './load-bundle.js';
// --debug (or DEBUG=…, as runCli reads them) prints stacks: map them from the bundle to the sources.
const debug = process.argv.includes('--debug') || Boolean(process.env.DEBUG);
if (debug) process.setSourceMapsEnabled(true);
// V8 optimises a function once it has run long enough (its interrupt budget; Node 20's default is
// 66 KiB of bytecode). A run is short and has up to three isolates (main, range worker, hash
// worker), each compiling its own warm functions: ~0.4 of the ~1.8 CPU-s of a 1 M-row hitung went
// to TurboFan. Four times the budget leaves merely warm code in the baseline tiers (1 M rows:
// -0.1 to -0.27 CPU-s, -40 to -110 ms; 10 M rows and petakan, kemas, terima: no change beyond the
// noise). Set before the bundle loads; V8's flags are the process's, so its workers share it, and
// the bundles' code caches were made under it (load-bundle.js). V8 refuses Node's own code cache
// under a changed flag: a Node module loaded after this line compiles from source, as does a
// worker's start (~60 ms more each). It still pays (docs/benchmarks.md, round nine).
setFlagsFromString(`--interrupt-budget=${4 * 66 * 1024}`);
const { runCli } = loadBundle(new URL('../dist/bundle/run.cjs', import.meta.url), { cache: !debug });

process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd(), signals: process });
