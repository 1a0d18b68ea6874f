/**
 * The bench's scenarios for the commands after `hitung` (issue 16.4), run by scripts/bench.mjs
 * with `--commands petakan,kemas,terima`:
 *   - petakan  on the bench's 1 M-voter roll, `-p pilkada-2024` (TPS of up to 600: TPS merged,
 *              families kept whole), one stream as petakan reads (its observer sees every row)
 *   - kemas    on a manifest of ~40,000 TPS: `hitung` on the recap the generator makes for 10 M
 *              voters (40,011 TPS; one row per TPS, so the manifest is made in seconds)
 *   - terima   on that manifest: one delivery row per item and variant of pengadaan.csv, and
 *              `--tps` with one KPPS confirmation per TPS and item of distribusi-tps.csv (~480 k rows)
 * A scenario whose command the built CLI does not have is skipped with a note, so the wiring can
 * wait for the command to land. Each run must exit 0 and write a ringkasan.json whose every input
 * has baris_data = dihitung + ditolak where it says so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { recapToCsv, syntheticRecap } from '../generate-roll.mjs';

const MANIFEST_VOTERS = 10_000_000;

/** The commands the built CLI lists in its help. */
function commandsOf(root) {
  const r = spawnSync('node', ['bin/logistik.js', '--help'], { cwd: root, encoding: 'utf8' });
  return new Set([...(r.stdout ?? '').matchAll(/^\s{2}(\w+)\b/gm)].map((m) => m[1]));
}

/** A hitung manifest of ~40,000 TPS from the synthetic recap, made once per seed. */
function ensureManifest(root, data, seed) {
  const dir = join(data, `manifest-40k-seed${seed}`);
  if (existsSync(join(dir, 'ringkasan.json'))) return dir;
  const recap = join(data, `rekap-40k-seed${seed}.csv`);
  writeFileSync(recap, recapToCsv(syntheticRecap(MANIFEST_VOTERS, seed)));
  const r = spawnSync('node', ['bin/logistik.js', 'hitung', relative(root, recap), '--out', relative(root, dir), '--quiet'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`hitung on ${relative(root, recap)} exited ${r.status}: ${r.stderr.split('\n')[0]}`);
  return dir;
}

/** Receipts for every item and variant of the manifest (delivered in full), and KPPS confirmations per TPS and item. */
function ensureReceipts(manifest) {
  const receipts = join(manifest, '..', `${manifest.split('/').pop()}-penerimaan.csv`);
  const tps = join(manifest, '..', `${manifest.split('/').pop()}-tps.csv`);
  if (existsSync(receipts) && existsSync(tps)) return { receipts, tps };
  const items = parse(readFileSync(join(manifest, 'pengadaan.csv'), 'utf8'), { columns: true });
  const rows = ['kode_barang,varian,tahap,tanggal,dikirim,diterima,rusak'];
  for (const it of items) rows.push(`${it.kode_barang},${it.varian ?? ''},terima,2024-01-20,${it.jumlah},${it.jumlah},0`);
  writeFileSync(receipts, `${rows.join('\n')}\n`);
  const dist = parse(readFileSync(join(manifest, 'distribusi-tps.csv'), 'utf8'), { columns: true });
  const itemCols = Object.keys(dist[0] ?? {}).filter((c) => !['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'dpt'].includes(c) && !c.startsWith('dapil_'));
  const out = ['kode_kelurahan,tps,kode_barang,diterima,rusak'];
  for (const t of dist) for (const c of itemCols) out.push(`${t.kode_kelurahan},${t.tps},${c},${t[c]},0`);
  writeFileSync(tps, `${out.join('\n')}\n`);
  return { receipts, tps };
}

/**
 * The scenarios asked for, each `{ name, input, units, prepare(): argv builder }`; `skipped` lists
 * those the CLI cannot run yet, with why.
 */
export async function commandScenarios(names, { root, data, seed, ensureRoll }) {
  const have = commandsOf(root);
  const scenarios = [];
  const skipped = [];
  for (const name of names) {
    if (!have.has(name)) {
      skipped.push(`${name}: not a command of this build (not on main yet)`);
      continue;
    }
    if (name === 'petakan') {
      const { file } = await ensureRoll(1_000_000, seed);
      scenarios.push({ name, input: relative(root, file), units: '1 M voters', argv: (out) => ['node', 'bin/logistik.js', 'petakan', relative(root, file), '--out', out, '--json', '--allow-invalid', '-p', 'pilkada-2024'] });
    } else if (name === 'kemas' || name === 'terima') {
      const manifest = ensureManifest(root, data, seed);
      const m = relative(root, manifest);
      const tpsCount = JSON.parse(readFileSync(join(manifest, 'ringkasan.json'), 'utf8')).jumlah?.tps;
      if (name === 'kemas') scenarios.push({ name, input: m, units: `${tpsCount} TPS`, argv: (out) => ['node', 'bin/logistik.js', 'kemas', m, '--out', out, '--json'] });
      else {
        const { receipts, tps } = ensureReceipts(manifest);
        scenarios.push({
          name, input: `${m} + ${relative(root, tps)}`, units: `${tpsCount} TPS`,
          argv: (out) => ['node', 'bin/logistik.js', 'terima', relative(root, receipts), '--manifest', m, '--tps', relative(root, tps), '--out', out, '--json', '--allow-invalid'],
        });
      }
    } else skipped.push(`${name}: no scenario for it`);
  }
  mkdirSync(join(data, 'out'), { recursive: true });
  return { scenarios, skipped };
}

/** What a run of a scenario must show: exit 0, one JSON ringkasan on stdout equal to the file, balanced inputs. */
export function checkCommandRun(r, outDir) {
  if (r.status !== 0) return `exit ${r.status}: ${(r.stderr ?? '').split('\n').filter(Boolean).slice(0, 3).join(' / ')}`;
  const path = join(outDir, 'ringkasan.json');
  if (!existsSync(path)) return 'no ringkasan.json';
  const ringkasan = JSON.parse(readFileSync(path, 'utf8'));
  try {
    if (JSON.stringify(JSON.parse(r.stdout)) !== JSON.stringify(ringkasan)) return '--json output differs from ringkasan.json';
  } catch {
    return '--json did not print one JSON document';
  }
  for (const m of ringkasan.masukan ?? []) {
    if (m.baris_data !== undefined && m.dihitung !== undefined && m.baris_data !== m.dihitung + (m.ditolak ?? 0)) {
      return `${m.berkas}: baris_data ${m.baris_data} ≠ dihitung ${m.dihitung} + ditolak ${m.ditolak}`;
    }
  }
  return null;
}
