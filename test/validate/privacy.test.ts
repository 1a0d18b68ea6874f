import { describe, expect, it } from 'vitest';
import { ROW_ISSUES } from '../../src/core/messages/issues-rows.js';
import { PEMILU, RECAP, finish, fold, layoutOf, voter, type Rec } from './helpers.js';

const NIK = '1674014101900001';
const NKK = '1674010101900100';

/** Every kind of bad row, each carrying full identity numbers somewhere. */
function badRoll(): Rec[] {
  const rows: Rec[] = [];
  const bad: Parameters<typeof voter>[0][] = [
    { nik: '1674010101900001.0' }, { nik: '1.67401E+15' }, { nik: '167401010190001' }, { nik: '16740101019000012' },
    { nik: '9974010101900001' }, { nik: '1674019901900001' }, { nik: NIK, jenis_kelamin: 'L' },
    { nkk: '1674010101900100.0' }, { nkk: '16740101019001' }, { tps: NIK }, { tps: `TPS ${NIK}` },
    { kode_kelurahan: NIK }, { kode_kelurahan: NKK.slice(0, 10) }, { nik: NKK, tanggal_lahir: NIK },
    { nik: '167401******0001' }, { jenis_kelamin: NIK, status_kawin: NKK, disabilitas: NIK },
    { tps: 'Siti Aminah' }, { kode_kelurahan: 'Budi Santoso' },
  ];
  bad.forEach((over, i) => rows.push({ file: 'bad.csv', line: i + 2, cells: voter(over) }));
  rows.push({ file: 'bad.csv', line: 90, cells: voter({ nik: NIK }) }, { file: 'bad2.csv', line: 2, cells: voter({ nik: NIK }) });
  for (let i = 0; i < 20; i++) rows.push({ file: 'trunc.csv', line: i + 2, cells: voter({ nik: `1674010101${String(i + 1).padStart(5, '0')}0` }) });
  const recap = (line: number, dpt: string): Rec => ({ file: 'r.csv', line, layout: RECAP, cells: { kode_kelurahan: '16.74.01.1001', tps: '7', dpt } });
  rows.push(recap(2, NIK), recap(3, '5'), recap(4, '5'));
  const lp = layoutOf('rekap', ['kode_kelurahan', 'tps', 'dpt', 'dpt_l', 'dpt_p']);
  rows.push({ file: 'r2.csv', line: 2, layout: lp, cells: { kode_kelurahan: '16.74.01.1002', tps: '1', dpt: '9', dpt_l: NIK, dpt_p: '1' } });
  return rows;
}

describe('no identity number or person name in issue params', () => {
  const issues = finish(fold(badRoll()), PEMILU).issues;

  it('produced a wide variety of issues', () => {
    expect(new Set(issues.map((i) => i.code)).size).toBeGreaterThanOrEqual(15);
  });
  it('has no run of 11 or more digits in any param', () => {
    for (const issue of issues) {
      for (const value of Object.values(issue.params)) expect(String(value), issue.code).not.toMatch(/\d{11,}/);
    }
  });
  it('echoes no person name', () => {
    const text = JSON.stringify(issues.map((i) => i.params));
    expect(text).not.toMatch(/Siti|Budi|Aminah|Santoso/);
  });
  it('only uses codes of the catalogue, with every placeholder filled', () => {
    for (const issue of issues) {
      const entry = ROW_ISSUES[issue.code];
      expect(entry, issue.code).toBeDefined();
      expect(issue.severity).toBe(entry?.severity);
      const text = [entry?.text.message.id, entry?.text.message.en].join(' ');
      for (const [, name] of text.matchAll(/\{(\w+)\}/g)) expect(issue.params, `${issue.code} {${name}}`).toHaveProperty(name as string);
    }
  });
});

describe('catalogue', () => {
  it('has a message and a hint in both languages for every code', () => {
    for (const [code, entry] of Object.entries(ROW_ISSUES)) {
      for (const text of [entry.text.message, entry.text.hint]) {
        expect(text.id.length, code).toBeGreaterThan(10);
        expect(text.en.length, code).toBeGreaterThan(10);
      }
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(entry.text.message.id), code).toEqual(placeholders(entry.text.message.en));
    }
  });
});

// ---- issue 9.8: swapped columns of real rolls, end to end -----------------------------------

/**
 * A real roll with columns swapped at random (data under the wrong header, the header kept), or
 * without its header row, through `hitung` (default and `--allow-invalid --lang en`): no NIK, NKK
 * or voter's name of the input may reach stdout, stderr or any file written. A NIK or NKK counts as
 * leaked when 11 or more of its digits stand together anywhere (the mask keeps 6 + 4).
 */
describe('swapped columns of a real roll: nothing personal reaches any output', async () => {
  const { readFile: read, readdir, writeFile: write } = await import('node:fs/promises');
  const { join: joinPath } = await import('node:path');
  const { gunzipSync } = await import('node:zlib');
  const { parse: parseCsv } = await import('csv-parse/sync');
  const fc = (await import('fast-check')).default;
  const { FIXTURES, runInProcess, tempDir } = await import('../helpers/cli.js');

  interface Roll {
    readonly name: string;
    readonly header: string[];
    readonly rows: string[][];
    /** Voters' names, lower case; one-word names only when no message or region name uses the word. */
    readonly names: Set<string>;
  }

  const { ISSUE_CATALOGUE, MESSAGE_CATALOGUE } = await import('../../src/core/messages/index.js');
  const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^a-z']+/).filter((w) => w !== '');
  const catalogueWords = new Set(
    [...Object.values(MESSAGE_CATALOGUE), ...Object.values(ISSUE_CATALOGUE).flatMap((e) => [e.text.message, e.text.hint])].flatMap((b) => [...wordsOf(b.id), ...wordsOf(b.en)]),
  );

  async function load(name: string, path: string): Promise<Roll> {
    const raw = await read(joinPath(FIXTURES, path));
    const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
    const [header = [], ...rows] = parseCsv(text) as string[][];
    const at = (c: string): number => header.indexOf(c);
    const common = new Set([...catalogueWords, ...header.flatMap(wordsOf), ...rows.flatMap((r) => [r[at('kecamatan')] ?? '', r[at('kelurahan')] ?? ''].flatMap(wordsOf))]);
    const names = new Set(rows.map((r) => (r[at('nama')] ?? '').trim().toLowerCase()).filter((n) => n !== '' && (n.includes(' ') || !common.has(n))));
    return { name, header, rows, names };
  }

  const rolls = [await load('contoh.csv', 'contoh/pemilih.csv'), await load('seribu.csv', 'kepulauan-seribu-pemilu-2024/pemilih.csv.gz')];

  /**
   * Up to three pairs of columns whose cells trade places in every row, sometimes no header row.
   * One side of a pair is most often a column the tool echoes or adopts (region code and names,
   * TPS), the other any column: that is where personal data could get out.
   */
  const damage = (header: readonly string[]) => {
    const echoed = ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps'].map((c) => header.indexOf(c));
    const any = fc.nat({ max: header.length - 1 });
    const pair = fc.tuple(fc.oneof({ arbitrary: fc.constantFrom(...echoed), weight: 3 }, { arbitrary: any, weight: 1 }), any);
    return fc.record({
      swaps: fc.array(pair.filter(([a, b]) => a !== b), { minLength: 1, maxLength: 3 }),
      headerless: fc.boolean(),
    });
  };

  function apply(roll: Roll, d: { swaps: [number, number][]; headerless: boolean }): string {
    const rows = roll.rows.map((r) => {
      const out = [...r];
      for (const [a, b] of d.swaps) [out[a], out[b]] = [out[b] ?? '', out[a] ?? ''];
      return out;
    });
    const quote = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
    return [...(d.headerless ? [] : [roll.header]), ...rows].map((r) => r.map(quote).join(',')).join('\n') + '\n';
  }

  /** Every 11+ digit run (64-digit hex digests taken out first) and every voter's name found. */
  function leaks(text: string, roll: Roll): string[] {
    const found: string[] = [];
    for (const m of text.replace(/\b[0-9a-f]{64}\b/g, '').matchAll(/\d{11,}/g)) found.push(m[0]);
    const words = wordsOf(text);
    for (let i = 0; i < words.length; i++) {
      let phrase = words[i]!;
      if (roll.names.has(phrase)) found.push(phrase);
      for (let n = 2; n <= 6 && i + n <= words.length; n++) {
        phrase += ` ${words[i + n - 1]!}`;
        if (roll.names.has(phrase)) found.push(phrase);
      }
    }
    return found;
  }

  async function outputs(dir: string): Promise<string[]> {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    const texts: string[] = [];
    for (const e of entries) if (e.isFile()) texts.push(await read(joinPath(e.parentPath, e.name), 'utf8'));
    return texts;
  }

  it.each([
    [rolls[0]!, 40],
    [rolls[1]!, 5],
  ])('$name', async (roll, numRuns) => {
    await fc.assert(
      fc.asyncProperty(damage(roll.header), async (d) => {
        const dir = await tempDir();
        await write(joinPath(dir, roll.name), apply(roll, d));
        for (const extra of [[], ['--allow-invalid', '--lang', 'en']]) {
          const out = joinPath(dir, `out${extra.length}`);
          const r = await runInProcess(['hitung', roll.name, '-o', out, ...extra], { cwd: dir });
          expect(r.code, r.stderr).not.toBe(4);
          for (const text of [r.stdout, r.stderr, ...(await outputs(out))]) expect(leaks(text, roll), JSON.stringify(d)).toEqual([]);
        }
      }),
      { numRuns },
    );
  }, 600_000);
});
