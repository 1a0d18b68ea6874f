/**
 * A run that kills itself (SIGKILL: no handler, no clean-up) just before the Nth file-system step
 * that changes the disk, counted from the moment its run is open: staging writes, the commit's
 * renames and removals, the clean-up, the lock release. Used by recovery.test.ts as a real child
 * process; it needs `npm run build`.
 *
 *   node test/commit/kill-child.mjs <out> <N>   < {"files": [{"name", "data"}], "ringkasan": "…"}
 *
 * N = 0 never kills. Each step is logged to stderr as one JSON line before it is taken, so the test
 * knows where the process died.
 */
import process from 'node:process';
import { nodeCommitFs, openRun } from '../../dist/io/commit.js';

const [out, killText] = process.argv.slice(2);
const killAt = Number(killText);
let chunks = '';
for await (const chunk of process.stdin) chunks += chunk;
const { files, ringkasan } = JSON.parse(chunks);

let counting = false;
let steps = 0;
/** Wraps a call that changes the disk: log it, and die before it when its turn has come. */
const step = (op, call) => async (...args) => {
  if (counting) {
    steps += 1;
    process.stderr.write(`${JSON.stringify({ step: steps, op, args: args.filter((a) => typeof a === 'string') })}\n`);
    if (steps === killAt) process.kill(process.pid, 'SIGKILL');
  }
  return call(...args);
};
const fs = {
  ...nodeCommitFs,
  mkdir: step('mkdir', nodeCommitFs.mkdir),
  writeFile: step('writeFile', nodeCommitFs.writeFile),
  rename: step('rename', nodeCommitFs.rename),
  rm: step('rm', nodeCommitFs.rm),
  rmdir: step('rmdir', nodeCommitFs.rmdir),
};

const run = await openRun(out, { command: 'hitung', reads: [], fs });
counting = true;
for (const f of files) await run.write(f.name, f.data);
await run.write('ringkasan.json', ringkasan);
await run.commit();
process.stdout.write(`${steps}\n`);
