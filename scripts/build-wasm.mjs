/**
 * `npm run build`, second step: compiles the AssemblyScript in wasm/ to dist/wasm/*.wasm.
 *
 * Why WebAssembly: the per-record work of a clean voter record (splitting ~16 fields, checking the
 * NIK, dates and codes, comparing the TPS identity) was ~1 µs per record in JavaScript, the larger
 * part of hitung's time on a big roll; wasm/voter-lane.ts does it 16 bytes at a time (SIMD) for a
 * run of records per call. Why AssemblyScript: it reads like the TypeScript it stands beside, and
 * compiles with an npm devDependency (no C or Rust toolchain on the machine that builds).
 *
 * Flags: -O3 and no assertions (the module bounds-checks nothing itself: src/io/voter-lane.ts
 * hands it only offsets inside the memory it set up), the stub runtime (no garbage collector: the
 * module allocates its buffers once), SIMD (Node 20's V8 has it).
 */
import asc from 'assemblyscript/asc';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
mkdirSync(`${root}dist/wasm`, { recursive: true });
for (const name of ['voter-lane']) {
  const { error, stderr } = await asc.main([
    `wasm/${name}.ts`, '--outFile', `dist/wasm/${name}.wasm`,
    '-O3', '--noAssert', '--runtime', 'stub', '--enable', 'simd',
  ], { stdout: process.stdout, stderr: process.stderr, baseDir: root });
  if (error) {
    console.error(`build-wasm: ${name}: ${error.message}\n${stderr.toString()}`);
    process.exit(1);
  }
}
