import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runBinary, tempDir } from '../helpers/cli.js';
import { readTree, requireBuild, splitContoh } from './helpers.js';

/**
 * Issue 4, point 1: the same inputs and config give byte-identical output files whatever the
 * order of the inputs, the locale, the time zone or the working folder. These tests run the real
 * binary (bin/logistik.js on dist/), so the environment reaches Node exactly as in production
 * (ICU default locale from LANG/LC_ALL, TZ for Date).
 */

const LOCALES = ['C', 'en_US.UTF-8', 'id_ID.UTF-8', 'tr_TR.UTF-8'] as const;
const ZONES = ['UTC', 'Asia/Jakarta', 'Pacific/Kiritimati'] as const;

interface Variant {
  readonly locale: string;
  readonly tz: string;
  readonly reversed: boolean;
  readonly folder: 'satu' | 'dua';
}

/** Every locale × time zone, with the input order and the working folder alternating. */
const VARIANTS: Variant[] = LOCALES.flatMap((locale, i) =>
  ZONES.map((tz, j) => ({ locale, tz, reversed: (i + j) % 2 === 1, folder: (i + j) % 2 === 0 ? 'dua' : 'satu' }) as const),
);

interface Dataset {
  readonly name: string;
  readonly args: readonly string[];
  /** Input paths, relative to the working folder; the same names exist in both working folders. */
  readonly inputs: readonly string[];
}

let root: string;
const datasets: Dataset[] = [];

beforeAll(async () => {
  requireBuild();
  root = await tempDir();
  for (const folder of ['satu', 'dua']) {
    const cwd = join(root, folder);
    // Voter-level: the example split in two by kelurahan, plus the gzip roll of another province.
    const pemilih = await splitContoh(join(cwd, 'pemilih'));
    await cp(join(FIXTURES, 'kepulauan-seribu-pemilu-2024/pemilih.csv.gz'), join(cwd, 'pemilih/seribu.csv.gz'));
    // Recaps: two real ones plus a small one whose names tie, so that the tie-break (code point:
    // `Zebra` before `apel`, `Ilir` before `ilir`) differs from any locale's collation.
    await mkdir(join(cwd, 'rekap'), { recursive: true });
    await cp(join(FIXTURES, 'prabumulih-pemilu-2024/rekap.csv'), join(cwd, 'rekap/prabumulih.csv'));
    await cp(join(FIXTURES, 'kepulauan-seribu-pemilu-2024/rekap.csv'), join(cwd, 'rekap/Seribu.csv'));
    await writeFile(
      join(cwd, 'rekap/ikatan-nama.csv'),
      'kode_kelurahan,kecamatan,kelurahan,tps,dpt\n' +
        '16.74.09.1001,ilir timur,apel,001,200\n' +
        '16.74.09.1001,Ilir Timur,Zebra,002,210\n' +
        '16.74.09.1002,ılır tımur,Çamlık,001,95\n' +
        '16.74.09.1002,Ilir Timur,çamlık,002,305\n',
    );
    if (datasets.length === 0) {
      datasets.push(
        { name: 'voter-level', args: [], inputs: [...pemilih.map((f) => `pemilih/${f}`), 'pemilih/seribu.csv.gz'] },
        { name: 'recap', args: [], inputs: ['rekap/prabumulih.csv', 'rekap/Seribu.csv', 'rekap/ikatan-nama.csv'] },
        { name: 'recap, pilkada preset', args: ['-p', 'pilkada-2024'], inputs: ['rekap/prabumulih.csv', 'rekap/ikatan-nama.csv'] },
      );
    }
  }
}, 60_000);

function run(d: Dataset, v: Variant, out: string, extraEnv: Record<string, string> = {}) {
  const inputs = v.reversed ? [...d.inputs].reverse() : d.inputs;
  return runBinary(['hitung', ...d.args, ...inputs, '--out', out, '--excel', '--json'], {
    cwd: join(root, v.folder),
    env: { LANG: v.locale, LC_ALL: v.locale, TZ: v.tz, ...extraEnv },
  });
}

describe('reproducible to the byte (real binary)', () => {
  it.each([0, 1, 2])('dataset %i: every output file is identical under every locale, time zone, input order and working folder', async (index) => {
    const d = datasets[index];
    if (!d) throw new Error('no dataset');
    const reference: Variant = { locale: 'C', tz: 'UTC', reversed: false, folder: 'satu' };
    const first = run(d, reference, `out-ref-${index}`);
    expect(first.code, first.stderr).toBe(0);
    const want = await readTree(join(root, 'satu', `out-ref-${index}`));
    // The run wrote the manifests, their spreadsheet copies, the resolved config and the summary: 14 files.
    expect([...want.keys()]).toEqual([
      'distribusi-kecamatan.csv', 'distribusi-kelurahan.csv', 'distribusi-kpu.csv', 'distribusi-tps.csv',
      'excel/distribusi-kecamatan.csv', 'excel/distribusi-kelurahan.csv', 'excel/distribusi-kpu.csv', 'excel/distribusi-tps.csv', 'excel/pengadaan.csv', 'excel/validasi.csv',
      'konfigurasi.json', 'pengadaan.csv', 'ringkasan.json', 'validasi.csv',
    ]);
    for (const [k, v] of VARIANTS.entries()) {
      const out = `out-${index}-${k}`;
      const r = run(d, v, out);
      expect(r.code, `${JSON.stringify(v)}\n${r.stderr}`).toBe(0);
      expect(r.stdout, `--json under ${JSON.stringify(v)}`).toBe(first.stdout);
      const got = await readTree(join(root, v.folder, out));
      expect([...got.keys()]).toEqual([...want.keys()]);
      for (const [name, bytes] of want) expect(got.get(name)?.equals(bytes), `${name} under ${JSON.stringify(v)}`).toBe(true);
    }
  }, 180_000);

  it('validasi.csv stays Indonesian under LANG=en_US.UTF-8 (the environment only changes terminal messages)', async () => {
    const d = datasets[1];
    if (!d) throw new Error('no dataset');
    const en = run(d, { locale: 'en_US.UTF-8', tz: 'UTC', reversed: false, folder: 'dua' }, 'out-en');
    expect(en.code).toBe(0);
    const validasi = await readFile(join(root, 'dua/out-en/validasi.csv'), 'utf8');
    // The tie of names is reported (a warning), in Indonesian, and the manifests use the code-point-first name.
    expect(validasi).toMatch(/rekap\/ikatan-nama\.csv,\d+,kelurahan,/);
    expect(validasi).not.toMatch(/ differ| instead| names? /i);
    const tps = await readFile(join(root, 'dua/out-en/distribusi-tps.csv'), 'utf8');
    expect(tps).toContain('16.74.09.1001,Ilir Timur,Zebra,001,200,');
    expect(tps).toContain('16.74.09.1002,Ilir Timur,Çamlık,001,95,');
  }, 60_000);

  it('with SOURCE_DATE_EPOCH the time in ringkasan.json comes from it alone, not from TZ or the clock', async () => {
    const d = datasets[1];
    if (!d) throw new Error('no dataset');
    const a = run(d, { locale: 'tr_TR.UTF-8', tz: 'Pacific/Kiritimati', reversed: true, folder: 'satu' }, 'out-epoch', { SOURCE_DATE_EPOCH: '1707868800' });
    const b = run(d, { locale: 'C', tz: 'Asia/Jakarta', reversed: false, folder: 'dua' }, 'out-epoch', { SOURCE_DATE_EPOCH: '1707868800' });
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const ta = await readTree(join(root, 'satu/out-epoch'));
    const tb = await readTree(join(root, 'dua/out-epoch'));
    for (const [name, bytes] of ta) expect(tb.get(name)?.equals(bytes), name).toBe(true);
    const ringkasan = JSON.parse(ta.get('ringkasan.json')?.toString('utf8') ?? '{}') as Record<string, unknown>;
    expect(ringkasan.waktu).toBe('2024-02-14T00:00:00.000Z');
  }, 60_000);
});
