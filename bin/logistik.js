#!/usr/bin/env node
// --debug (or DEBUG=…, as runCli reads them) prints stacks: map them from the bundle to the sources.
if (process.argv.includes('--debug') || process.env.DEBUG) process.setSourceMapsEnabled(true);
const { runCli } = await import('../dist/bundle/run.js');

process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd(), signals: process });
