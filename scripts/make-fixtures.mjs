#!/usr/bin/env node
/**
 * Regenerates the committed fixtures under fixtures/ from the shared real data.
 *
 *   npm run fixtures                    # write fixtures/ (reads ../shared/data)
 *   npm run fixtures -- --check         # regenerate in memory and compare with what is committed
 *   npm run fixtures -- --shared DIR    # read the TPS files from DIR instead
 *
 * The shared data lives outside the repository, at `../shared/data` relative to the repository root
 * (override with --shared or LOGISTIK_SHARED_DATA). Only this script reads it: the outputs are
 * committed so tests never need it. See fixtures/README.md for sources, seed and sizes.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { readRecap, recapToCsv, rollToString } from './generate-roll.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The seed of every committed voter-level fixture (Pemilu 2024 polling day, as a number). */
export const FIXTURE_SEED = 20240214;
export const FIXTURE_POLLING_DAY = '2024-02-14';

/** Recap fixtures: shared TPS file → fixture folder. Rows keep the source order (not sorted on purpose). */
export const RECAPS = [
  { source: 'tps_prabumulih_pemilu2024.csv', dir: 'prabumulih-pemilu-2024' },
  { source: 'tps_kepulauan_seribu_pemilu2024.csv', dir: 'kepulauan-seribu-pemilu-2024' },
  { source: 'tps_ciamis_pilkada2024.csv', dir: 'ciamis-pilkada-2024' },
];

/** The small readable example: two villages of Rambang Kapak Tengah (a kelurahan and a desa), 825 voters. */
export const CONTOH_KODE = ['16.74.04.1001', '16.74.04.2003'];

/**
 * Renames the shared header (`nama_kelurahan`) to the contract's names and puts the columns in
 * contract order; values are copied unchanged, rows stay in source order.
 */
export function toContractRecap(text) {
  const lines = text.replace(/\r/g, '').split('\n').filter((l) => l !== '');
  const header = lines[0].split(',');
  const from = { kelurahan: 'nama_kelurahan' };
  const cols = ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'dpt', 'dpt_l', 'dpt_p'].filter((c) =>
    header.includes(from[c] ?? c),
  );
  const idx = cols.map((c) => header.indexOf(from[c] ?? c));
  const rows = lines.slice(1).map((l) => {
    const cells = l.split(',');
    return idx.map((i) => cells[i]).join(',');
  });
  return `${cols.join(',')}\n${rows.map((r) => `${r}\n`).join('')}`;
}

/** Every fixture as { path (relative to the repo), bytes, compare } — compare is how --check reads it. */
export function buildFixtures(sharedDir) {
  const files = [];
  const recaps = {};
  for (const { source, dir } of RECAPS) {
    const text = toContractRecap(readFileSync(join(sharedDir, source), 'utf8'));
    recaps[dir] = text;
    files.push({ path: `fixtures/${dir}/rekap.csv`, bytes: Buffer.from(text) });
  }
  const opts = { seed: FIXTURE_SEED, pollingDay: FIXTURE_POLLING_DAY };
  const seribu = rollToString(readRecap(recaps['kepulauan-seribu-pemilu-2024']), opts);
  // gzip output depends on the zlib build; --check therefore compares the decompressed text.
  files.push({ path: 'fixtures/kepulauan-seribu-pemilu-2024/pemilih.csv.gz', bytes: gzipSync(seribu, { level: 9 }), gz: true });
  const contoh = readRecap(recaps['prabumulih-pemilu-2024']).filter((e) => CONTOH_KODE.includes(e.kode_kelurahan));
  files.push({ path: 'fixtures/contoh/pemilih.csv', bytes: Buffer.from(rollToString(contoh, opts)) });
  return { files, contohRecap: recapToCsv(contoh) };
}

const plain = (f, bytes) => (f.gz ? gunzipSync(bytes) : bytes);

function main(argv) {
  let sharedDir = process.env.LOGISTIK_SHARED_DATA || resolve(ROOT, '..', 'shared', 'data');
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--check') check = true;
    else if (argv[i] === '--shared') sharedDir = resolve(argv[++i]);
    else {
      process.stderr.write(`unknown argument ${argv[i]}\nusage: node scripts/make-fixtures.mjs [--check] [--shared DIR]\n`);
      return 2;
    }
  }
  if (!existsSync(sharedDir)) {
    process.stderr.write(`shared data not found at ${sharedDir} (use --shared DIR or LOGISTIK_SHARED_DATA)\n`);
    return 3;
  }
  const { files, contohRecap } = buildFixtures(sharedDir);
  let stale = 0;
  for (const f of files) {
    const target = join(ROOT, f.path);
    if (check) {
      const same = existsSync(target) && plain(f, readFileSync(target)).equals(plain(f, f.bytes));
      if (!same) stale++;
      process.stdout.write(`${same ? 'ok     ' : 'STALE  '} ${f.path}\n`);
    } else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, f.bytes);
      process.stdout.write(`wrote ${f.path} (${f.bytes.length} bytes)\n`);
    }
  }
  if (!check) process.stdout.write(`\ncontoh: the recap of fixtures/contoh/pemilih.csv (for fixtures/README.md):\n${contohRecap}`);
  return stale > 0 ? 1 : 0;
}

// Run only when executed directly: the tests import FIXTURE_SEED and CONTOH_KODE from here.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
