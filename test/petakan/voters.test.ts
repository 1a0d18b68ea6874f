/**
 * `petakan` on voter-level rolls: generated rolls whose families cross TPS and kelurahan
 * (scripts/generate-roll.mjs --split-families), checked against an independent reading of the
 * input (csv-parse), and small hand-made rolls for each rule's edge.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRecap, rollToString, type RecapEntry } from '../../scripts/generate-roll.mjs';
import { FIXTURES, runInProcess, tempDir } from '../helpers/cli.js';
import { csvRows, type Rows } from './helpers.js';

const SERIBU = readRecap(await readFile(join(FIXTURES, 'kepulauan-seribu-pemilu-2024/rekap.csv'), 'utf8'));

interface Mapped {
  readonly code: number;
  readonly stderr: string;
  readonly input: Rows;
  readonly penempatan: Rows;
  readonly usulan: Rows;
  readonly validasi: Rows;
  readonly ringkasan: Record<string, unknown>;
}

/** Writes `csv` as roll.csv in a fresh folder and maps it; rows of the input by line (no quoted newlines). */
async function mapRoll(csv: string, args: readonly string[] = []): Promise<Mapped> {
  const dir = await tempDir();
  await writeFile(join(dir, 'roll.csv'), csv);
  const r = await runInProcess(['petakan', 'roll.csv', '-o', 'p', '--quiet', ...args], { cwd: dir });
  const out = join(dir, 'p');
  const read = async (name: string): Promise<Rows> => csvRows(join(out, name)).catch(() => []);
  return {
    code: r.code,
    stderr: r.stderr,
    input: parse(csv, { columns: true }) as Rows,
    penempatan: await read('penempatan.csv'),
    usulan: await read('usulan-tps.csv'),
    validasi: await read('validasi.csv'),
    ringkasan: JSON.parse(await readFile(join(out, 'ringkasan.json'), 'utf8')),
  };
}

const codes = (m: Mapped, code: string): Rows => m.validasi.filter((v) => v.kode === code);

describe('a generated roll whose families cross TPS and kelurahan (Kepulauan Seribu, 18,580 voters)', () => {
  let m: Mapped;
  beforeAll(async () => {
    m = await mapRoll(rollToString(SERIBU, { seed: 11, splitFamilies: 0.5 }), ['-p', 'pilkada-2024']);
  }, 120_000);

  it('places every counted voter once, by (berkas, baris), with no NIK, NKK or name', () => {
    expect(m.code, m.stderr).toBe(0);
    expect(m.penempatan.length).toBe(18_580);
    expect(Object.keys(m.penempatan[0]!)).toEqual(['berkas', 'baris', 'kode_kelurahan', 'tps']);
    m.penempatan.forEach((p, i) => expect(Number(p.baris)).toBe(i + 2));
  });

  it('never moves a voter to another kelurahan', () => {
    m.penempatan.forEach((p, i) => expect(p.kode_kelurahan).toBe(m.input[i]!.kode_kelurahan));
  });

  it('never splits a family inside a kelurahan, never exceeds 600, keeps special-location TPS', () => {
    const family = new Map<string, string>();
    const load = new Map<string, number>();
    m.penempatan.forEach((p, i) => {
      const voter = m.input[i]!;
      const tps = `${p.kode_kelurahan} ${p.tps}`;
      load.set(tps, (load.get(tps) ?? 0) + 1);
      if (voter.tps!.startsWith('9')) expect(p.tps).toBe(voter.tps);
      else expect(p.tps!.startsWith('9')).toBe(false);
      if (voter.tps!.startsWith('9')) return;
      const key = `${voter.kode_kelurahan} ${voter.nkk}`;
      expect(family.get(key) ?? tps, key).toBe(tps);
      family.set(key, tps);
    });
    for (const [tps, n] of load) if (!tps.endsWith(' 901') && !tps.endsWith(' 902')) expect(n, tps).toBeLessThanOrEqual(600);
    for (const u of m.usulan) expect(Number(u.dpt)).toBe(load.get(`${u.kode_kelurahan} ${u.tps}`));
  });

  it('reports exactly the families the input splits, and those in two kelurahan', () => {
    const tpsOf = new Map<string, Set<string>>();
    const kelOf = new Map<string, Set<string>>();
    for (const v of m.input) {
      kelOf.set(v.nkk!, (kelOf.get(v.nkk!) ?? new Set()).add(v.kode_kelurahan!));
      if (v.tps!.startsWith('9')) continue;
      const key = `${v.kode_kelurahan} ${v.nkk}`;
      tpsOf.set(key, (tpsOf.get(key) ?? new Set()).add(v.tps!));
    }
    const split = [...tpsOf.values()].filter((s) => s.size > 1).length;
    const twoKel = [...kelOf.values()].filter((s) => s.size > 1).length;
    expect(split).toBeGreaterThan(5);
    expect(twoKel).toBeGreaterThan(0);
    expect(codes(m, 'family-split').length).toBe(split);
    expect(codes(m, 'family-two-kelurahan').length).toBe(twoKel);
    const ringkasan = m.ringkasan as { masalah: { per_kode: Record<string, number> } };
    expect(ringkasan.masalah.per_kode['family-split']).toBe(split);
  });

  it('holds no NKK or NIK in clear anywhere it writes', async () => {
    const clear = new Set(m.input.flatMap((v) => [v.nkk!, v.nik!]));
    const written = m.validasi.map((v) => v.pesan).join('\n') + JSON.stringify(m.ringkasan);
    for (const digits of written.match(/\d{16}/g) ?? []) expect(clear.has(digits)).toBe(false);
    expect(written).toMatch(/\d{6}\*{6}\d{4}/);
  });

  it('is byte for byte the same whatever the order of the inputs, the locale or the time zone', { timeout: 180_000 }, async () => {
    const csv = rollToString(SERIBU, { seed: 11, splitFamilies: 0.5 });
    const [header, ...lines] = csv.trimEnd().split('\n');
    const dir = await tempDir();
    // Two files: the Utara kecamatan (31.01.01) and the rest, given in both orders.
    await writeFile(join(dir, 'a.csv'), `${header}\n${lines.filter((l) => l.startsWith('31.01.01')).join('\n')}\n`);
    await writeFile(join(dir, 'b.csv'), `${header}\n${lines.filter((l) => !l.startsWith('31.01.01')).join('\n')}\n`);
    const outputs: string[] = [];
    for (const [inputs, env] of [
      [['a.csv', 'b.csv'], {}],
      [['b.csv', 'a.csv'], { LANG: 'en_US.UTF-8', TZ: 'Asia/Jayapura' }],
    ] as const) {
      const out = `p-${outputs.length}`;
      const r = await runInProcess(['petakan', ...inputs, '-o', out, '--quiet', '-p', 'pilkada-2024'], { cwd: dir, env });
      expect(r.code, r.stderr).toBe(0);
      const names = ['usulan-tps.csv', 'pemetaan-kelurahan.csv', 'rekap-tps.csv', 'penempatan.csv', 'selisih-barang.csv', 'validasi.csv', 'ringkasan.json'];
      outputs.push((await Promise.all(names.map((n) => readFile(join(dir, out, n), 'utf8')))).join('\u0000'));
    }
    expect(outputs[1]).toBe(outputs[0]);
  });
});

/** A small clean roll to edit: 2 kelurahan of one kecamatan, 3 TPS each. */
function smallRecap(dpt: number): RecapEntry[] {
  return ['16.74.04.1001', '16.74.04.2003'].flatMap((kode) =>
    ['001', '002', '003'].map((tps) => ({ kode_kelurahan: kode, kecamatan: 'Rambang Kapak Tengah', kelurahan: kode.endsWith('1001') ? 'Tanjung Rambang' : 'Karya Mulya', tps, dpt })),
  );
}

function edited(recap: RecapEntry[], edit: (rows: Rows) => Rows): string {
  const rows = parse(rollToString(recap), { columns: true }) as Rows;
  return stringify(edit(rows), { header: true });
}

describe('the rules at their edges', () => {
  it('a family above the capacity gets a TPS of its own, whole, with a warning', async () => {
    // 60 voters of kelurahan 1001 share one NKK; capacity 50
    const csv = edited(smallRecap(40), (rows) => rows.map((r, i) => (r.kode_kelurahan === '16.74.04.1001' && i < 60 ? { ...r, nkk: rows[0]!.nkk! } : r)));
    const m = await mapRoll(csv, ['--kapasitas', '50']);
    expect(m.code, m.stderr).toBe(0);
    const big = m.usulan.filter((u) => u.keterangan === 'di_atas_kapasitas');
    expect(big.map((u) => Number(u.dpt))).toEqual([60]);
    expect(codes(m, 'family-over-capacity').length).toBe(1);
    expect(codes(m, 'family-over-capacity')[0]!.pesan).toContain('60 pemilih');
    for (const u of m.usulan) if (u.keterangan === '') expect(Number(u.dpt)).toBeLessThanOrEqual(50);
  });

  it('a family in two kelurahan is split by kelurahan (the kelurahan rule wins), with a warning', async () => {
    const csv = edited(smallRecap(30), (rows) => rows.map((r, i) => (i === rows.length - 1 ? { ...r, nkk: rows[0]!.nkk! } : r)));
    const m = await mapRoll(csv, ['--kapasitas', '100']);
    expect(codes(m, 'family-two-kelurahan').length).toBe(1);
    const last = m.penempatan.at(-1)!;
    expect(last.kode_kelurahan).toBe('16.74.04.2003');
  });

  it('a TPS whose rows name two kelurahan is reported once, at the first row naming the other', async () => {
    const csv = edited(smallRecap(10), (rows) => rows.map((r, i) => (i === 3 || i === 5 ? { ...r, kelurahan: 'Desa Lain' } : r)));
    const m = await mapRoll(csv);
    expect(codes(m, 'tps-two-kelurahan').map((v) => v.baris)).toEqual(['5']);
  });

  it('very small TPS: dpt × 10 < kapasitas (boundary: 29 of 300 warns, 30 does not)', async () => {
    const rows = ['kode_kelurahan,tps,dpt', '16.74.04.1001,001,29', '16.74.04.1001,002,30', '16.74.04.1001,003,0', '16.74.04.1001,901,5'].join('\n');
    const dir = await tempDir();
    await writeFile(join(dir, 'rekap.csv'), `${rows}\n`);
    const r = await runInProcess(['petakan', 'rekap.csv', '-o', 'p', '--quiet'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const small = (await csvRows(join(dir, 'p/validasi.csv'))).filter((v) => v.kode === 'tps-very-small');
    expect(small.map((v) => v.baris)).toEqual(['2']);
  });

  it('without an nkk column every voter is a family of one, and the file says so', async () => {
    const csv = edited(smallRecap(10), (rows) => rows.map(({ nkk: _nkk, ...r }) => r));
    const m = await mapRoll(csv);
    expect(m.code).toBe(0);
    expect(codes(m, 'nkk-missing').length).toBe(1);
    expect(codes(m, 'family-split').length).toBe(0);
  });

  it('masked NKKs are families of one (they cannot be told apart), one warning for the file', async () => {
    const csv = edited(smallRecap(10), (rows) => rows.map((r, i) => (i < 4 ? { ...r, nkk: '167404******0001' } : r)));
    const m = await mapRoll(csv);
    expect(codes(m, 'nkk-masked').map((v) => v.pesan)).toEqual(['4 NKK di berkas ini tersamar (mulai baris 2): pemilih itu masing-masing dianggap satu keluarga sendiri.']);
  });

  it('fills in RW, RT, address order: RT 2 before RT 10, numbers before text, unknown last', async () => {
    const csv = edited(smallRecap(4), (rows) =>
      rows
        .filter((r) => r.kode_kelurahan === '16.74.04.1001')
        .map((r, i) => ({ ...r, nkk: '', rw: '001', rt: ['10', '2', 'A', '', '002'][i % 5]!, alamat: `JL. ${i}` })),
    );
    const m = await mapRoll(csv, ['--kapasitas', '3']);
    // 12 voters (i = 0…11), 4 TPS of 3: RT 2 and 002 first (equal as numbers), in address order
    // (code points: JL. 1, JL. 11, JL. 4, JL. 6, JL. 9), then RT 10, then A, then blank
    const rtOf = (p: Rows[number]): string => m.input[Number(p.baris) - 2]!.rt!;
    const byTps = ['001', '002', '003', '004'].map((t) => m.penempatan.filter((p) => p.tps === t).map(rtOf));
    expect(byTps.map((t) => t.length)).toEqual([3, 3, 3, 3]);
    expect(new Set(byTps[0])).toEqual(new Set(['2', '002']));
    const alamatOf = (p: Rows[number]): string => m.input[Number(p.baris) - 2]!.alamat!;
    const tpsOfAlamat = new Map(m.penempatan.map((p) => [alamatOf(p), p.tps]));
    expect(['JL. 1', 'JL. 11', 'JL. 4', 'JL. 6', 'JL. 9', 'JL. 0', 'JL. 5', 'JL. 10', 'JL. 2', 'JL. 7', 'JL. 3', 'JL. 8'].map((a) => tpsOfAlamat.get(a))).toEqual(
      ['001', '001', '001', '002', '002', '002', '003', '003', '003', '004', '004', '004'],
    );
  });
});
