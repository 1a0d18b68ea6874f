/**
 * Nothing lost, whatever the damage: a valid voter roll (the first 100 rows of the bundled example)
 * is corrupted at random, run through `hitung`, and every row must be accounted for.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runInProcess, tempDir } from '../helpers/cli.js';
import { FILE_LEVEL, type Ringkasan, type ValidasiRow } from './run-corpus.js';

const source = (await readFile(join(FIXTURES, 'contoh/pemilih.csv'), 'utf8')).split('\n').slice(0, 101);
const HEADER = source[0] ?? '';
const ROWS = source.slice(1);
const NIK_AT = HEADER.split(',').indexOf('nik');

type Damage =
  | { kind: 'drop-cell' | 'add-cell' | 'break-quote' | 'blank-nik' | 'duplicate' | 'blank-line' | 'title-line' | 'semicolons'; at: number; cell: number }
  | { kind: 'truncate'; at: number; cell: number }
  | { kind: 'garbage'; at: number; cell: number; bytes: number[] };

const at = fc.nat({ max: 10_000 });
const cell = fc.nat({ max: 15 });
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('drop-cell', 'add-cell', 'break-quote', 'blank-nik', 'duplicate', 'blank-line', 'title-line', 'semicolons' as const),
    at,
    cell,
  }),
  fc.record({ kind: fc.constant('truncate' as const), at, cell }),
  // No NUL: a NUL byte in the first 64 KiB makes the file "binary" (exit 3), on purpose.
  fc.record({ kind: fc.constant('garbage' as const), at, cell, bytes: fc.array(fc.integer({ min: 1, max: 255 }), { minLength: 1, maxLength: 8 }) }),
);

function damageLines(lines: string[], d: Damage): string[] {
  const out = [...lines];
  // Row damage never touches the header (line 0): that is what the corpus covers one by one.
  const i = 1 + (d.at % Math.max(out.length - 1, 1));
  const cells = (out[i] ?? '').split(',');
  const c = d.cell % cells.length;
  switch (d.kind) {
    case 'drop-cell': cells.splice(c, 1); out[i] = cells.join(','); break;
    case 'add-cell': cells.splice(c, 0, 'X'); out[i] = cells.join(','); break;
    case 'break-quote': cells[c] = `"${cells[c] ?? ''}`; out[i] = cells.join(','); break;
    case 'blank-nik': if (NIK_AT >= 0 && cells.length > NIK_AT) cells[NIK_AT] = ''; out[i] = cells.join(','); break;
    case 'duplicate': out.splice(i, 0, out[i] ?? ''); break;
    case 'blank-line': out.splice(i, 0, ''); break;
    case 'title-line': out.splice(d.at % 2 === 0 ? 0 : i, 0, 'DAFTAR PEMILIH TETAP PEMILU 2024'); break;
    case 'semicolons': out[i] = cells.join(';'); break;
    default: break;
  }
  return out;
}

function damageBytes(bytes: Buffer, d: Damage): Buffer {
  const cut = d.at % (bytes.length + 1);
  if (d.kind === 'truncate') return bytes.subarray(0, cut);
  if (d.kind === 'garbage') return Buffer.concat([bytes.subarray(0, cut), Buffer.from(d.bytes), bytes.subarray(cut)]);
  return bytes;
}

async function run(dir: string, extra: string[]): Promise<{ code: number; ringkasan: Ringkasan; validasi: ValidasiRow[]; tps: Record<string, string>[] | null }> {
  const out = join(dir, extra.length > 0 ? 'lenient' : 'strict');
  const r = await runInProcess(['hitung', 'roll.csv', '--out', out, '--json', ...extra], { cwd: dir });
  const ringkasan = JSON.parse(r.stdout) as Ringkasan;
  const validasi = parse(await readFile(join(out, 'validasi.csv'), 'utf8'), { columns: true }) as ValidasiRow[];
  const tpsText = await readFile(join(out, 'distribusi-tps.csv'), 'utf8').catch(() => null);
  const tps = tpsText === null ? null : (parse(tpsText, { columns: true }) as Record<string, string>[]);
  return { code: r.code, ringkasan, validasi, tps };
}

describe('nothing lost under random damage to a valid voter roll', () => {
  it('exit 0/1, baris_data = dihitung + ditolak, manifests hold exactly the counted voters, errors have lines', async () => {
    const base = await tempDir();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 4 }), async (damages) => {
        const dir = join(base, String(n++));
        await mkdir(dir);
        let lines = [HEADER, ...ROWS];
        for (const d of damages) lines = damageLines(lines, d);
        let bytes: Buffer = Buffer.from(`${lines.join('\n')}\n`);
        for (const d of damages) bytes = damageBytes(bytes, d);
        await writeFile(join(dir, 'roll.csv'), bytes);

        const strict = await run(dir, []);
        expect([0, 1]).toContain(strict.code);
        const lenient = await run(dir, ['--allow-invalid']);
        expect(lenient.code).toBe(0);
        for (const r of [strict, lenient]) {
          const [m] = r.ringkasan.masukan;
          expect(m?.baris_data).toBe((m?.dihitung ?? NaN) + (m?.ditolak ?? NaN));
          for (const issue of r.validasi) {
            if (issue.tingkat === 'galat' && !FILE_LEVEL.has(issue.kode)) expect(issue.baris, issue.kode).toMatch(/^[1-9]\d*$/);
          }
        }
        expect(strict.code === 1).toBe(strict.validasi.some((i) => i.tingkat === 'galat'));
        const counted = lenient.ringkasan.masukan.reduce((s, m) => s + m.dihitung, 0);
        const inManifest = (lenient.tps ?? []).reduce((s, row) => s + Number(row.dpt), 0);
        expect(inManifest).toBe(counted);
        expect(lenient.ringkasan.jumlah.pemilih).toBe(counted);
        // A damaged row is rejected, never dropped: the roll had 100 records and damage adds at most a few.
        expect(counted).toBeLessThanOrEqual(ROWS.length);
      }),
      { numRuns: Number(process.env.LOGISTIK_PROPERTY_RUNS ?? 60) },
    );
  });
});
