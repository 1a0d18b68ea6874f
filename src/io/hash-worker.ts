/**
 * Worker thread entry: waits for `{ path }`, then posts the SHA-256 of that file as `{ sha }` or
 * `{ error }`. Started by parallel.ts with a split roll's ranges (worker-pool.ts startHasher) and
 * asked once the first range is done, so that the digest is computed on the core that range has
 * just left while the main thread merges. A worker of its own (~60 ms to start, a small heap)
 * rather than a range worker, which is ended as soon as its result is in so that its heap does
 * not stay resident through the merge.
 */
import { parentPort } from 'node:worker_threads';
import { sha256File } from './hash.js';

const port = parentPort;
if (port) {
  port.once('message', (m: { path: string }) => {
    sha256File(m.path).then(
      (sha) => port.postMessage({ sha }),
      (error: unknown) => port.postMessage({ error: String(error) }),
    );
  });
}
