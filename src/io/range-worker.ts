/**
 * Worker thread entry: waits for one RangeJob (posted once the main thread has split the file, so
 * this thread's start-up overlaps the split), runs it, posts progress, then its RangeResult.
 */
import { parentPort } from 'node:worker_threads';
import { runRange, transferList, type RangeJob } from './range-job.js';

const port = parentPort;
port?.once('message', (job: RangeJob) => {
  runRange(job, (bytes, rows) => port.postMessage({ type: 'progress', bytes, rows })).then(
    (result) => port.postMessage({ type: 'result', result }, transferList(result)),
    (error: unknown) => port.postMessage({ type: 'error', error }),
  );
});
