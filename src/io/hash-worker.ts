/**
 * Worker thread entry: waits for `{ path }`, then posts the SHA-256 of that file as `{ sha }` or
 * `{ error }`. Started by parallel.ts with a split roll's ranges (worker-pool.ts startHasher) and
 * asked at once. It runs at the lowest priority (nice 19, this thread only; its reads are
 * synchronous, so they run on this thread too): while both range threads are busy it takes almost
 * no CPU from them, and it hashes whenever a core is idle (the start, the ranges' uneven ends) and
 * at full speed once the ranges are done, beside the main thread's merge, finishRoll and
 * manifests. Asked only when the first range ended, the digest had become the run's tail (issue 16).
 * A worker of its own (a small heap) rather than a range worker, which is ended as soon as its
 * result is in so that its heap does not stay resident through the merge.
 */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { sha256FileSync } from './hash.js';

const LOWEST = 19;

const port = parentPort;
if (port) {
  port.once('message', (m: { path: string }) => {
    try {
      // On Linux this sets the calling thread's nice value only; elsewhere it would lower the
      // whole process, so it is done on Linux alone.
      if (process.platform === 'linux') setPriority(LOWEST);
    } catch {
      // (another system, or not allowed: the digest is the same, only its timing differs)
    }
    try {
      port.postMessage({ sha: sha256FileSync(m.path) });
    } catch (error) {
      port.postMessage({ error: String(error) });
    }
  });
}
