/**
 * Worker thread entry: the SHA-256 of one file (workerData.path), posted as `{ sha }` or
 * `{ error }`. Started by parallel.ts once a split roll's ranges are done, so that the digest is
 * computed on the core the ranges have just left while the main thread merges. A worker of its
 * own (~40 ms to start, a small heap) rather than a range worker, which is ended as soon as its
 * result is in so that its heap does not stay resident through the merge.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { sha256File } from './hash.js';

const port = parentPort;
if (port) {
  sha256File((workerData as { path: string }).path).then(
    (sha) => port.postMessage({ sha }),
    (error: unknown) => port.postMessage({ error: String(error) }),
  );
}
