#!/usr/bin/env node
/**
 * Writes the JSON Schema of config files to schema/logistik-config.schema.json, from the built
 * dist/ (run `npm run build` first), so the shipped file is exactly what `logistik preset --schema`
 * prints. test/ux/config.test.ts fails when the committed file has drifted.
 *
 *   node scripts/write-schema.mjs           write the file
 *   node scripts/write-schema.mjs --check   exit 1 if the committed file differs, write nothing
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { configJsonSchemaText } from '../dist/cli/schema.js';

const target = new URL('../schema/logistik-config.schema.json', import.meta.url);
const text = configJsonSchemaText();

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => null);
  if (current !== text) {
    console.error('schema/logistik-config.schema.json is out of date: run npm run build && node scripts/write-schema.mjs');
    process.exitCode = 1;
  }
} else {
  await mkdir(new URL('.', target), { recursive: true });
  await writeFile(target, text);
  console.error('wrote schema/logistik-config.schema.json');
}
