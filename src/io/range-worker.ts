/** Worker thread entry: runs one RangeJob (workerData) and posts progress, then its RangeResult. */
import { parentPort, workerData } from 'node:worker_threads';
import { runRange, transferList, type RangeJob } from './range-job.js';

const port = parentPort;
if (port !== null) {
  runRange(workerData as RangeJob, (bytes, rows) => port.postMessage({ type: 'progress', bytes, rows })).then(
    (result) => port.postMessage({ type: 'result', result }, transferList(result)),
    (error: unknown) => port.postMessage({ type: 'error', error }),
  );
}
