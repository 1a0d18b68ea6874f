import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { computeManifests, parseDapil, type Table } from '../../src/core/compute/index.js';
import { PRESET_NAMES, resolveConfig, type ResolvedConfig } from '../../src/core/config/index.js';
import type { TpsCount } from '../../src/core/types.js';

/** Rolls over a few provinces (incl. DKI 31 and DIY 34), kecamatan and kelurahan, unique TPS. */
const rollArb = fc
  .uniqueArray(
    fc.record({
      prov: fc.constantFrom('16', '31', '34'),
      kec: fc.constantFrom('01', '02', '03'),
      kel: fc.constantFrom('1001', '1002', '2001'),
      no: fc.integer({ min: 1, max: 30 }),
      dpt: fc.integer({ min: 0, max: 800 }),
    }),
    { selector: (r) => `${r.prov}${r.kec}${r.kel}${r.no}`, maxLength: 60 },
  )
  .map((rs): TpsCount[] =>
    rs.map((r) => ({
      kodeKelurahan: `${r.prov}.74.${r.kec}.${r.kel}`,
      kecamatan: `KEC ${r.prov}${r.kec}`,
      kelurahan: `KEL ${r.kel}`,
      tps: String(r.no).padStart(3, '0'),
      dpt: r.dpt,
    })),
  );

const col = (t: Table, name: string): number => t.columns.indexOf(name);
const num = (v: string | number | undefined): number => (typeof v === 'number' ? v : Number.NaN);
const sumCol = (t: Table, name: string): number => t.rows.reduce((s, r) => s + num(r[col(t, name)]), 0);

function pengadaanSum(t: Table, kode: string, field: string): number {
  return t.rows.filter((r) => r[0] === kode).reduce((s, r) => s + num(r[col(t, field)]), 0);
}

const DAPIL = parseDapil(
  [
    { file: 'd.csv', line: 2, cells: { kode_wilayah: '16.74.01', jenis: 'dprd_kabkota', dapil: 'A' } },
    { file: 'd.csv', line: 3, cells: { kode_wilayah: '16.74.02', jenis: 'dprd_kabkota', dapil: 'B' } },
    { file: 'd.csv', line: 4, cells: { kode_wilayah: '16.74.02.1002', jenis: 'dprd_kabkota', dapil: 'C' } },
  ],
  'd.csv',
).mapping;

/**
 * Every item rounded once on the total (issue 11.2), with a reserve on every item so that the
 * largest-remainder split runs over TPS, PPS, PPK and KPU units, and the province-held PSU counted.
 */
function totalScope(preset: string): ResolvedConfig {
  const base = resolveConfig({ preset });
  const barang = base.barang.map((b) => ({ kode: b.kode, pembulatan_cadangan: 'total' as const, ...(b.cadanganPersen.num === 0 ? { cadangan_persen: 7.5 } : {}) }));
  return resolveConfig({ config: { extends: preset, lingkup: 'provinsi', barang } });
}

const CONFIGS = PRESET_NAMES.flatMap((preset) => [
  { name: `${preset}, reserve per unit`, config: resolveConfig({ preset }) },
  { name: `${preset}, reserve once on the total, lingkup provinsi`, config: totalScope(preset) },
]);

describe.each(CONFIGS)('invariants of $name', ({ config }) => {
  const codes = config.barang.map((b) => b.kode);

  test('pengadaan arithmetic and level split', () => {
    fc.assert(
      fc.property(rollArb, fc.boolean(), (roll, withDapil) => {
        const { pengadaan: p } = computeManifests(roll, config, withDapil ? DAPIL : null);
        for (const r of p.rows) {
          const v = (name: string) => num(r[col(p, name)]);
          expect(v('jumlah')).toBe(v('kebutuhan') + v('cadangan') + v('tambahan'));
          expect(v('jumlah_pengadaan')).toBeGreaterThanOrEqual(v('jumlah'));
          expect(v('jumlah_pengadaan')).toBeLessThan(v('jumlah') + v('isi_kemasan'));
          expect(v('jumlah_pengadaan')).toBe(v('jumlah_kemasan') * v('isi_kemasan'));
          expect(v('di_tps') + v('di_pps') + v('di_ppk') + v('di_kpu')).toBe(v('jumlah'));
        }
        expect(new Set(p.rows.map((r) => r[0]))).toEqual(new Set(codes));
      }),
    );
  });

  test('distribution tables add up to each other and to pengadaan', () => {
    fc.assert(
      fc.property(rollArb, fc.boolean(), (roll, withDapil) => {
        const m = computeManifests(roll, config, withDapil ? DAPIL : null);
        for (const kode of m.distribusiTps.columns.slice(5)) {
          expect(sumCol(m.distribusiTps, kode)).toBe(pengadaanSum(m.pengadaan, kode, 'di_tps'));
        }
        for (const kode of m.distribusiKelurahan.columns.slice(5)) {
          const below = pengadaanSum(m.pengadaan, kode, 'di_tps') + pengadaanSum(m.pengadaan, kode, 'di_pps');
          expect(sumCol(m.distribusiKelurahan, kode)).toBe(below);
        }
        for (const kode of m.distribusiKecamatan.columns.slice(4)) {
          const below = ['di_tps', 'di_pps', 'di_ppk'].reduce((s, f) => s + pengadaanSum(m.pengadaan, kode, f), 0);
          expect(sumCol(m.distribusiKecamatan, kode)).toBe(below);
        }
        const dpt = roll.reduce((s, t) => s + t.dpt, 0);
        for (const t of [m.distribusiTps, m.distribusiKelurahan, m.distribusiKecamatan]) expect(sumCol(t, 'dpt')).toBe(dpt);
        expect(sumCol(m.distribusiKelurahan, 'jumlah_tps')).toBe(roll.length);
        expect(sumCol(m.distribusiKecamatan, 'jumlah_tps')).toBe(roll.length);
        expect(m.distribusiTps.rows).toHaveLength(roll.length);
      }),
    );
  });

  // The presets' own PPK shares (a reserve split over PPK units changes them, checked by the sums above).
  test.runIf(config.barang.every((b) => b.pembulatanCadangan === 'per_unit'))('each kecamatan row equals the sum of its kelurahan rows plus what its PPK holds', () => {
    fc.assert(
      fc.property(rollArb, (roll) => {
        const m = computeManifests(roll, config, null);
        const kel = m.distribusiKelurahan;
        const kec = m.distribusiKecamatan;
        for (const r of kec.rows) {
          const parts = kel.rows.filter((k) => String(k[0]).startsWith(`${String(r[0])}.`));
          expect(parts.reduce((s, k) => s + num(k[col(kel, 'dpt')]), 0)).toBe(r[col(kec, 'dpt')]);
          for (const kode of kel.columns.slice(5)) {
            const ppk = config.barang.find((b) => b.kode === kode)?.alokasi.some((a) => a.tingkat === 'ppk');
            const sum = parts.reduce((s, k) => s + num(k[col(kel, kode)]), 0);
            // What the PPK holds: 2 boxes per kecamatan; 1 cable tie per TPS in it (domain.md §10).
            const held = kode === 'kotak_suara' ? 2 : kode === 'segel_plastik' ? num(r[col(kec, 'jumlah_tps')]) : 0;
            expect(r[col(kec, kode)]).toBe(sum + (ppk ? held : 0));
          }
        }
      }),
    );
  });

  test('ballots per TPS are dpt + ceil(dpt × r) where the race is held (per unit), within one of dpt × (1 + r) (total), and the output is deterministic', () => {
    const [num100, den100] = config.preset === 'pemilu-2024' ? [2, 100] : [25, 1000];
    const perUnit = config.barang.every((b) => b.pembulatanCadangan === 'per_unit');
    fc.assert(
      fc.property(rollArb, (roll) => {
        const m = computeManifests(roll, config, null);
        const t = m.distribusiTps;
        for (const r of t.rows) {
          const dpt = num(r[col(t, 'dpt')]);
          const expected = dpt + Math.ceil((dpt * num100) / den100);
          const ballots = t.columns.filter((c) => c.startsWith('surat_suara_')).map((c) => num(r[col(t, c)]));
          if (perUnit) for (const b of ballots) expect([0, expected]).toContain(b);
          else for (const b of ballots) expect(b === 0 || (b >= dpt + Math.floor((dpt * num100) / den100) && b <= expected + 1)).toBe(true);
        }
        // Once on the total: cadangan = Σ over kab/kota of ⌈Σdpt × r⌉ where the race is held (contract).
        if (!perUnit) {
          for (const b of config.barang.filter((x) => x.kode.startsWith('surat_suara_'))) {
            const byKab = new Map<string, number>();
            for (const t of roll) {
              const prov = t.kodeKelurahan.slice(0, 2);
              const held = !b.berlaku.provinsiKecuali.includes(prov) && (b.berlaku.provinsiHanya.length === 0 || b.berlaku.provinsiHanya.includes(prov));
              if (held) byKab.set(t.kodeKelurahan.slice(0, 5), (byKab.get(t.kodeKelurahan.slice(0, 5)) ?? 0) + t.dpt);
            }
            const reserveTotal = [...byKab.values()].reduce((s, d) => s + Math.ceil((d * num100) / den100), 0);
            expect(pengadaanSum(m.pengadaan, b.kode, 'cadangan'), b.kode).toBe(reserveTotal);
          }
        }
        expect(computeManifests([...roll].reverse(), config, null)).toEqual(m);
      }),
    );
  });
});
