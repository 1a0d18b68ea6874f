import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import { FIXTURES, runInProcess, tempDir, type CliRun } from '../helpers/cli.js';

export type Rows = Record<string, string>[];

export async function csvRows(path: string): Promise<Rows> {
  return parse(await readFile(path), { columns: true }) as Rows;
}

export interface PetakanRun {
  readonly run: CliRun;
  readonly out: string;
  readonly usulan: Rows;
  readonly pemetaan: Rows;
  readonly ringkasan: Record<string, unknown> & { tps_usulan: number | null; batas_bawah: number; tps_sekarang: number };
}

/** `logistik petakan` in-process on fixtures (paths relative to fixtures/), into a fresh folder. */
export async function petakanOn(inputs: readonly string[], args: readonly string[] = [], cwd = FIXTURES): Promise<PetakanRun> {
  const out = join(await tempDir(), 'pemetaan');
  const run = await runInProcess(['petakan', ...inputs, '--out', out, '--quiet', ...args], { cwd });
  expect(run.code, run.stderr).toBe(0);
  return {
    run,
    out,
    usulan: await csvRows(join(out, 'usulan-tps.csv')),
    pemetaan: await csvRows(join(out, 'pemetaan-kelurahan.csv')),
    ringkasan: JSON.parse(await readFile(join(out, 'ringkasan.json'), 'utf8')),
  };
}

/** The old TPS of a recap fixture, per kelurahan code, by TPS number. */
export async function recapByVillage(fixture: string): Promise<Map<string, { tps: string; dpt: number }[]>> {
  const rows = await csvRows(join(FIXTURES, fixture));
  const out = new Map<string, { tps: string; dpt: number }[]>();
  for (const r of rows) {
    const list = out.get(r.kode_kelurahan!) ?? [];
    list.push({ tps: r.tps!, dpt: Number(r.dpt) });
    out.set(r.kode_kelurahan!, list);
  }
  for (const list of out.values()) list.sort((a, b) => (a.tps < b.tps ? -1 : a.tps > b.tps ? 1 : 0));
  return out;
}
