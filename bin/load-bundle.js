/**
 * Runs one CommonJS bundle of dist/bundle/ (scripts/bundle.mjs) with V8's code cache beside it.
 *
 * Why: parsing and compiling the bundle's JavaScript took ~100 CPU-ms of the main thread and ~80 of
 * the range worker's on a 1 M-row hitung (perf, round nine of docs/benchmarks.md), on the critical
 * path of every run. Node 20 keeps no compile cache for ES modules, so the bundles are CommonJS
 * scripts compiled here with `cachedData`: bytecode the build made (scripts/train-code-cache.mjs)
 * for every function a training run used.
 *
 * The cache is an optimisation only. V8 rejects one made by another V8 or with other flags, and
 * then compiles the source as if there were none. V8 checks the source's length only, so the
 * cache starts with the SHA-256 of the source it was made from: a bundle changed after the build
 * (even to the same length) is run from its source, never with stale bytecode.
 *
 * LOGISTIK_CODE_CACHE (hidden; for the build and the benchmark): `write` makes the cache at the end
 * of the run (main thread) or at each message a worker posts (a worker is ended, not exited: there
 * is no later moment); `off` runs without it. LOGISTIK_DEBUG_PARALLEL=1 says on stderr whether each
 * cache was used.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { parentPort } from 'node:worker_threads';

const DIGEST_BYTES = 32;
const MODE = process.env.LOGISTIK_CODE_CACHE ?? '';
const SAY = process.env.LOGISTIK_DEBUG_PARALLEL !== undefined && process.env.LOGISTIK_DEBUG_PARALLEL !== '';

/**
 * The bundle at `url` run as a CommonJS module; its exports. `cache: false` (bin's --debug) loads
 * it through require instead, whose stack traces Node maps through the source maps.
 */
export function loadBundle(url, { cache = true } = {}) {
  const file = fileURLToPath(url);
  if (!cache || MODE === 'off') return createRequire(file)(file);
  const bytes = readFileSync(file);
  const digest = createHash('sha256').update(bytes).digest();
  const cacheFile = `${file}.cache`;
  const cachedData = MODE === 'write' ? undefined : cachedFor(cacheFile, digest);
  // The same wrapper as Node's CommonJS loader: the bundle sees require, module and __filename.
  const source = `(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`;
  // (No import() in a bundle: node:vm would need an experimental flag for it; bundle.mjs.)
  const script = new Script(source, { filename: file, cachedData });
  if (SAY) process.stderr.write(`logistik: code cache ${file}: ${cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used'}\n`);
  if (MODE === 'write') writeLater(() => writeCache(cacheFile, digest, script));
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

/** The V8 data in `cacheFile` when it was made from the source with this digest, else undefined. */
function cachedFor(cacheFile, digest) {
  let data;
  try {
    data = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  return data.length > DIGEST_BYTES && data.subarray(0, DIGEST_BYTES).equals(digest) ? data.subarray(DIGEST_BYTES) : undefined;
}

function writeCache(cacheFile, digest, script) {
  const tmp = `${cacheFile}.tmp`;
  writeFileSync(tmp, Buffer.concat([digest, script.createCachedData()]));
  renameSync(tmp, cacheFile);
}

/** At the end of the main thread's run; in a worker, before each message it posts. */
function writeLater(write) {
  if (parentPort === null) {
    process.once('exit', write);
    return;
  }
  const post = parentPort.postMessage.bind(parentPort);
  parentPort.postMessage = (...args) => {
    write();
    return post(...args);
  };
}
