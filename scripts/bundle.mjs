/**
 * `npm run build`, second step: bundles tsc's dist/ into dist/bundle/, which bin/logistik.js runs.
 *
 * Why: start-up is part of every run (issue 16 wants hitung on 1 M rows under 1 s). Unbundled, a
 * run loads ~300 ES modules one by one (resolve, read, compile, link: ~200 ms of a ~490 ms start);
 * bundled, a few files. The layering stays in the sources; this is only how they are shipped.
 *
 * - Entries: the CLI (cli/run.js, whose commands are `await import`ed and so become chunks of their
 *   own: a command still loads only its own code) and the two worker entries. parallel.ts finds the
 *   workers with `new URL('./range-worker.js', import.meta.url)`, so every output sits flat in one
 *   folder under its own name ([name].js), and the chunk holding parallel.ts finds them next to it.
 * - The workers are bundled apart, each into one file, sharing no chunk with the CLI: a worker
 *   loaded its modules as ~10 chunks (each resolved, read, compiled and linked on its own) in ~55
 *   CPU-ms, one file in ~30 (Node 20, 1 M-row roll; every split run starts two of them).
 * - The folder is two levels under the package root, as dist/cli/version.js was: version.ts reads
 *   `new URL('../../package.json', import.meta.url)`.
 * - exceljs and jszip stay in node_modules: only --xlsx/--excel/cetak load them, lazily, and they
 *   are large CommonJS trees whose bundling buys nothing at start-up.
 * - The banner gives every chunk a `require`: commander is CommonJS and requires node:events etc.,
 *   which esbuild's ESM output can only do through a real require.
 * - tsc's dist/ stays as it was: tests and scripts import dist/io/commit.js, dist/cli/schema.js.
 * - Source maps (chained through tsc's, so they name src/*.ts): bin/logistik.js turns them on with
 *   --debug only, whose stacks should name the modules; reading them costs every other start.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
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

// Old chunks have other hashes: without this they would pile up (and ship) from build to build.
rmSync(outdir, { recursive: true, force: true });
const common = {
  absWorkingDir: root,
  outdir,
  entryNames: '[name]',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['exceljs', 'jszip'],
  sourcemap: 'linked',
  plugins: [lazyChildProcess],
  banner: { js: "import { createRequire as __logistikRequire } from 'node:module'; const require = __logistikRequire(import.meta.url);" },
  logLevel: 'warning',
};
await build({ ...common, entryPoints: ['dist/cli/run.js'], chunkNames: 'chunk-[hash]', splitting: true });
await build({ ...common, entryPoints: ['dist/io/range-worker.js', 'dist/io/hash-worker.js'], splitting: false });
