import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { computeManifests, lookupDapil, parseDapil, type Table } from '../../src/core/compute/index.js';
import { PRESET_NAMES, resolveConfig, type ResolvedConfig } from '../../src/core/config/index.js';
import type { TpsCount } from '../../src/core/types.js';

/** Rolls over a few provinces (incl. DKI 31 and DIY 34), kecamatan and kelurahan, unique TPS. */
const rollArb = fc
  .uniqueArray(
    fc.record({
      prov: fc.constantFrom('16', '31', '34'),
      // Two kab/kota per province: distribusi-kpu.csv then has rows to split run-wide amounts over.
      kab: fc.constantFrom('74', '01'),
      kec: fc.constantFrom('01', '02', '03'),
      kel: fc.constantFrom('1001', '1002', '2001'),
      no: fc.integer({ min: 1, max: 30 }),
      dpt: fc.integer({ min: 0, max: 800 }),
    }),
    { selector: (r) => `${r.prov}${r.kab}${r.kec}${r.kel}${r.no}`, maxLength: 60 },
  )
  .map((rs): TpsCount[] =>
    rs.map((r) => ({
      kodeKelurahan: `${r.prov}.${r.kab}.${r.kec}.${r.kel}`,
      kecamatan: `KEC ${r.prov}${r.kec}`,
      kelurahan: `KEL ${r.kel}`,
      tps: String(r.no).padStart(3, '0'),
      dpt: r.dpt,
    })),
  );

const col = (t: Table, name: string): number => t.columns.indexOf(name);
/** The item columns of a distribution table: after its `fixed` leading columns, before the dapil ones. */
const itemCols = (t: Table, fixed: number): string[] => t.columns.slice(fixed).filter((c) => !c.startsWith('dapil_'));
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
        for (const kode of itemCols(m.distribusiTps, 5)) {
          expect(sumCol(m.distribusiTps, kode)).toBe(pengadaanSum(m.pengadaan, kode, 'di_tps'));
        }
        for (const kode of itemCols(m.distribusiKelurahan, 5)) {
          const below = pengadaanSum(m.pengadaan, kode, 'di_tps') + pengadaanSum(m.pengadaan, kode, 'di_pps');
          expect(sumCol(m.distribusiKelurahan, kode)).toBe(below);
        }
        for (const kode of itemCols(m.distribusiKecamatan, 4)) {
          const below = ['di_tps', 'di_pps', 'di_ppk'].reduce((s, f) => s + pengadaanSum(m.pengadaan, kode, f), 0);
          expect(sumCol(m.distribusiKecamatan, kode)).toBe(below);
        }
        const dpt = roll.reduce((s, t) => s + t.dpt, 0);
        // A KPU Provinsi's row (lingkup provinsi) serves the TPS of its kab/kota rows once more.
        const kpuKabkota = { ...m.distribusiKpu, rows: m.distribusiKpu.rows.filter((r) => String(r[0]).includes('.')) };
        for (const t of [m.distribusiTps, m.distribusiKelurahan, m.distribusiKecamatan, kpuKabkota]) expect(sumCol(t, 'dpt')).toBe(dpt);
        expect(sumCol(m.distribusiKelurahan, 'jumlah_tps')).toBe(roll.length);
        expect(sumCol(m.distribusiKecamatan, 'jumlah_tps')).toBe(roll.length);
        expect(sumCol(kpuKabkota, 'jumlah_tps')).toBe(roll.length);
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
          for (const kode of itemCols(kel, 5)) {
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

/**
 * Issue 14.4: for every item, the kecamatan rows plus distribusi-kpu.csv equal pengadaan.csv
 * `jumlah` summed over variants, whatever the config puts at KPU level, for random rolls (over
 * several kab/kota) and random configs: new items with allocations at every level, per-run and
 * per-dapil bases, fractional ratios, reserves, rounding modes and fixed extras.
 */
const alokasiArb = fc
  .record({
    tingkat: fc.constantFrom('tps', 'pps', 'ppk', 'kpu'),
    basis: fc.constantFrom('pemilih', 'tps', 'pps', 'ppk', 'kegiatan', 'dapil'),
    rasio: fc.constantFrom(0, 0.5, 1, 2, 2.5, 15, 0.333),
    provinsi: fc.constantFrom(null, '31', '34'),
  })
  .filter(({ tingkat, basis }) => ['tps', 'pps', 'ppk', 'kpu'].indexOf(tingkat) >= { pemilih: 0, tps: 0, pps: 1, ppk: 2, kegiatan: 3, dapil: 3 }[basis])
  .map(({ provinsi, ...a }) => (provinsi === null ? a : { ...a, berlaku: { provinsi_kecuali: [provinsi] } }));

const itemArb = (i: number) =>
  fc
    .record({
      alokasi: fc.array(alokasiArb, { minLength: 1, maxLength: 3 }),
      cadangan_persen: fc.constantFrom(0, 2, 2.5, 10),
      pembulatan: fc.constantFrom('atas', 'terdekat', 'bawah'),
      varian: fc.boolean(),
      tambahan: fc.constantFrom(null, 7, 1000),
      kegiatan: fc.boolean(),
      disimpan_di: fc.constantFrom('kpu_kabkota', 'kpu_provinsi', 'kpu_ri'),
    })
    .map(({ varian, tambahan, kegiatan, disimpan_di, ...rest }) => ({
      kode: `barang_uji_${i}`,
      nama: `Barang uji ${i}`,
      satuan: 'buah',
      ...rest,
      ...(varian ? { varian: { jenis: 'dapil', jenis_dapil: 'dprd_kabkota' } } : {}),
      // An item that varies by dapil takes its extras per dapil (the schema's rule).
      ...(tambahan === null ? {} : { tambahan: { jumlah: tambahan, per: varian || !kegiatan ? 'dapil' : 'kegiatan', disimpan_di } }),
    }));

const configArb = fc
  .record({ preset: fc.constantFrom(...PRESET_NAMES), count: fc.integer({ min: 0, max: 3 }), lingkup: fc.constantFrom('kabkota', 'provinsi') })
  .chain(({ preset, count, lingkup }) => fc.tuple(...Array.from({ length: count }, (_, i) => itemArb(i))).map((barang) => ({ extends: preset, lingkup, barang })))
  .map((config): ResolvedConfig => resolveConfig({ config }));

describe('distribusi-kpu.csv closes the sums', () => {
  test('kecamatan rows + kpu rows = pengadaan jumlah per item; kpu rows = di_kpu', () => {
    fc.assert(
      fc.property(rollArb, configArb, fc.boolean(), (roll, config, withDapil) => {
        const m = computeManifests(roll, config, withDapil ? DAPIL : null);
        expect(m.distribusiKpu.columns).toEqual(['kode_kabkota', 'jumlah_tps', 'dpt', ...config.barang.map((b) => b.kode)]);
        for (const { kode } of config.barang) {
          const kec = col(m.distribusiKecamatan, kode) < 0 ? 0 : sumCol(m.distribusiKecamatan, kode);
          expect(kec + sumCol(m.distribusiKpu, kode), kode).toBe(pengadaanSum(m.pengadaan, kode, 'jumlah'));
          expect(sumCol(m.distribusiKpu, kode), kode).toBe(pengadaanSum(m.pengadaan, kode, 'di_kpu'));
        }
        // One row per kab/kota code of the roll, and in a province run one per province whose KPU
        // Provinsi holds a stock, in code-point order.
        const kabkota = roll.map((t) => t.kodeKelurahan.slice(0, 5));
        const provinsi = m.distribusiKpu.rows.map((r) => String(r[0])).filter((k) => !k.includes('.'));
        if (config.lingkup === 'kabkota') expect(provinsi).toEqual([]);
        for (const p of provinsi) expect(roll.some((t) => t.kodeKelurahan.startsWith(`${p}.`)), p).toBe(true);
        expect(m.distribusiKpu.rows.map((r) => r[0])).toEqual([...new Set([...kabkota, ...provinsi])].sort());
      }),
    );
  });
});

describe('dapil columns', () => {
  test('each TPS carries the mapping\'s dapil where a ballot of that type is issued, the kelurahan when all its TPS share it', () => {
    const config = resolveConfig({ preset: 'pemilu-2024' });
    fc.assert(
      fc.property(rollArb, fc.boolean(), (roll, withDapil) => {
        const m = computeManifests(roll, config, withDapil ? DAPIL : null);
        const t = m.distribusiTps;
        expect(t.columns.slice(-3)).toEqual(['dapil_dpr', 'dapil_dprd_prov', 'dapil_dprd_kabkota']);
        for (const r of t.rows) {
          const kode = String(r[0]);
          for (const jenis of ['dpr', 'dprd_prov', 'dprd_kabkota']) {
            // DKI (31) gets no DPRD Kab/Kota ballot; the mapping has only dprd_kabkota rows.
            const issued = !(jenis === 'dprd_kabkota' && kode.startsWith('31.'));
            const expected = withDapil && issued && jenis === 'dprd_kabkota' ? (lookupDapil(DAPIL, jenis, kode) ?? '') : '';
            expect(r[col(t, `dapil_${jenis}`)], `${kode} ${jenis}`).toBe(expected);
          }
        }
        const kel = m.distribusiKelurahan;
        for (const r of kel.rows) {
          const members = t.rows.filter((x) => x[0] === r[0]);
          for (const c of ['dapil_dpr', 'dapil_dprd_prov', 'dapil_dprd_kabkota']) {
            const values = new Set(members.map((x) => x[col(t, c)]));
            expect(r[col(kel, c)]).toBe(values.size === 1 ? [...values][0] : '');
          }
        }
      }),
    );
  });
});
