/**
 * `npm run build`, third step: bundles tsc's dist/ into dist/bundle/, which bin/logistik.js runs.
 *
 * Why: start-up is part of every run (issue 16 wants hitung on 1 M rows under 1 s). Unbundled, a
 * run loads ~300 ES modules one by one (resolve, read, compile, link: ~200 ms of a ~490 ms start);
 * bundled, a few files. The layering stays in the sources; this is only how they are shipped.
 *
 * - Three bundles, each one CommonJS script: the CLI (run.cjs) and the two worker entries
 *   (range-worker.cjs, hash-worker.cjs). CommonJS because Node 20 keeps no compile cache for ES
 *   modules: bin/load-bundle.js compiles each script with the V8 code cache the build's last step
 *   makes (scripts/train-code-cache.mjs), which took ~100 CPU-ms of parsing and compiling off the
 *   main thread's start and ~80 off the range worker's (docs/benchmarks.md, round nine).
 * - The CLI's commands are `await import`ed: in one script each stays behind its own lazy init, so
 *   a command still runs only its own modules' top-level code. Its functions are compiled when
 *   first called, or come from the cache (which holds those a training hitung used).
 * - parallel.ts finds the workers with `new URL('./range-worker.js', import.meta.url)`: beside
 *   each worker script sits that .js, an ES module of two lines that loads it the same way.
 * - `import.meta.url` becomes the script's own file URL (the banner), so the URLs it builds resolve
 *   as before: the folder is two levels under the package root, as dist/cli/version.js was
 *   (version.ts reads `new URL('../../package.json', import.meta.url)`).
 * - exceljs and jszip stay in node_modules: only --xlsx/--excel/cetak load them, lazily, and they
 *   are large CommonJS trees whose bundling buys nothing at start-up.
 * - tsc's dist/ stays as it was: tests and scripts import dist/io/commit.js, dist/cli/schema.js.
 * - Source maps (chained through tsc's, so they name src/*.ts): bin/logistik.js turns them on with
 *   --debug only, whose stacks should name the modules; reading them costs every other start.
 */
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * commander requires node:child_process at load (and with it dgram and more: ~5-10 ms of every
 * start), for subcommands that run as executables of their own, which logistik has none of. It
 * gets a stand-in that loads the real module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({ contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });", loader: 'js' }));
  },
};

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;

// What an earlier build left (an older layout's chunks, code caches) must not pile up and ship.
rmSync(outdir, { recursive: true, force: true });
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['exceljs', 'jszip'],
  sourcemap: 'linked',
  plugins: [lazyChildProcess],
  define: { 'import.meta.url': '__logistikMetaUrl' },
  // A script compiled by node:vm cannot import() without an experimental flag: the one dynamic
  // import left (node:zlib, for .gz rolls) becomes a require.
  supported: { 'dynamic-import': false },
  // ES modules are strict; so must the scripts be (the directive opens load-bundle.js's wrapper).
  banner: { js: '"use strict"; const __logistikMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: 'warning',
};
const entries = { run: 'dist/cli/run.js', 'range-worker': 'dist/io/range-worker.js', 'hash-worker': 'dist/io/hash-worker.js' };
for (const [name, entry] of Object.entries(entries)) await build({ ...common, entryPoints: [entry], outfile: `${outdir}/${name}.cjs` });
for (const name of ['range-worker', 'hash-worker']) {
  writeFileSync(`${outdir}/${name}.js`, `// Made by scripts/bundle.mjs: the worker's entry runs ${name}.cjs with its code cache.\nimport { loadBundle } from '../../bin/load-bundle.js';\nloadBundle(new URL('./${name}.cjs', import.meta.url));\n`);
}
