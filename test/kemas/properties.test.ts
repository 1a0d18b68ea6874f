/**
 * Invariants on generated data, through the real commands: a random recap and a random dapil
 * mapping (kab/kota, kecamatan and kelurahan rows mixed) go through `hitung --dapil`, its manifest
 * through `kemas`, and every contract invariant is checked on the files (invariants.ts). The dapil
 * each TPS must carry is worked out here from the mapping, independently of the code: the
 * kelurahan row wins over the kecamatan row, which wins over the kab/kota row.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csv, folderWith, hitung, json, kemas } from './helpers.js';
import { checkInvariants, dapilTypesOf } from './invariants.js';

const JENIS = ['dpr', 'dprd_prov', 'dprd_kabkota'] as const;
const KECAMATAN = ['16.74.01', '16.74.02', '16.74.03'] as const;
const KELURAHAN = ['1001', '1002', '2003'] as const;
const DAPIL = ['DAPIL A', 'DAPIL B', 'DAPIL C'] as const;

interface Place {
  readonly kec: string;
  readonly kel: string;
  readonly tps: readonly number[];
}

/** Per dapil type: an optional dapil for the kab/kota, per kecamatan, per kelurahan. */
interface Levels {
  readonly kabkota: string | null;
  readonly kecamatan: Readonly<Record<string, string | null>>;
  readonly kelurahan: Readonly<Record<string, string | null>>;
}

const dapil = fc.constantFrom(...DAPIL);
const places = fc.uniqueArray(
  fc.record({ kec: fc.constantFrom(...KECAMATAN), kel: fc.constantFrom(...KELURAHAN), tps: fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 4 }) }),
  { minLength: 1, maxLength: 6, selector: (p) => `${p.kec}.${p.kel}` },
);
const levels = fc.record({
  kabkota: fc.option(dapil, { nil: null }),
  kecamatan: fc.record(Object.fromEntries(KECAMATAN.map((k) => [k, fc.option(dapil, { nil: null })]))),
  kelurahan: fc.record(Object.fromEntries(KECAMATAN.flatMap((k) => KELURAHAN.map((l) => [`${k}.${l}`, fc.option(dapil, { nil: null })])))),
});
// A type the kab/kota row maps as a whole must still be covered: give it one when nothing below does.
const mapping = fc.record(Object.fromEntries(JENIS.map((j) => [j, levels]))) as fc.Arbitrary<Record<(typeof JENIS)[number], Levels>>;

function expectedDapil(m: Levels, kode: string): string {
  return m.kelurahan[kode] ?? m.kecamatan[kode.slice(0, 8)] ?? m.kabkota ?? DAPIL[0];
}

function mappingCsv(m: Record<(typeof JENIS)[number], Levels>, used: readonly Place[]): string {
  const rows = ['kode_wilayah,jenis,dapil'];
  for (const j of JENIS) {
    const l = m[j];
    // The kab/kota row is always there (DAPIL A when the draw gave none), so every TPS is mapped.
    rows.push(`16.74,${j},${l.kabkota ?? DAPIL[0]}`);
    for (const kec of KECAMATAN) if (l.kecamatan[kec] && used.some((p) => p.kec === kec)) rows.push(`${kec},${j},${l.kecamatan[kec]}`);
    for (const p of used) if (l.kelurahan[`${p.kec}.${p.kel}`]) rows.push(`${p.kec}.${p.kel},${j},${l.kelurahan[`${p.kec}.${p.kel}`]}`);
  }
  return `${rows.join('\n')}\n`;
}

function recapCsv(used: readonly Place[]): string {
  const rows = ['kode_kelurahan,kecamatan,kelurahan,tps,dpt'];
  for (const p of used) p.tps.forEach((dpt, i) => rows.push(`${p.kec}.${p.kel},Kec ${p.kec.slice(-2)},Kel ${p.kel},${String(i + 1).padStart(3, '0')},${dpt}`));
  return `${rows.join('\n')}\n`;
}

/** Forms held by each PPS: a share the handover to the PPS adds on top of its TPS. */
const CONFIG = JSON.stringify({ barang: [{ kode: 'formulir', nama: 'Formulir', satuan: 'set', alokasi: [{ tingkat: 'pps', basis: 'pps', rasio: 3 }] }] });

describe('kemas on generated rolls and dapil mappings', () => {
  it('closes with the manifest, keeps bundle and carton arithmetic exact, and gives each TPS its own dapil', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(places, mapping, async (used, m) => {
        const dir = await folderWith({ 'rekap.csv': recapCsv(used), 'dapil.csv': mappingCsv(m, used), 'konfig.json': CONFIG });
        const manifest = await hitung(dir, ['rekap.csv', '--dapil', 'dapil.csv', '-c', 'konfig.json']);
        const r = await kemas(dir, ['manifest', '--quiet']);
        expect(r.code, r.stderr).toBe(0);
        const out = join(dir, 'kemas');
        await checkInvariants(manifest, out, dapilTypesOf(await json(join(manifest, 'konfigurasi.json'))));
        // The dapil each TPS carries is the one the mapping gives it (worked out above, not by the code).
        const jenisOf: Record<string, (typeof JENIS)[number]> = { surat_suara_dpr: 'dpr', surat_suara_dprd_prov: 'dprd_prov', surat_suara_dprd_kabkota: 'dprd_kabkota' };
        for (const row of await csv(join(out, 'kemas-tps.csv'))) {
          const jenis = jenisOf[row.kode_barang ?? ''];
          if (jenis !== undefined) expect(row.varian, `${row.kode_kelurahan} ${row.tps} ${row.kode_barang}`).toBe(expectedDapil(m[jenis], row.kode_kelurahan ?? ''));
        }
      }),
      { numRuns: 12 },
    );
  });
});
