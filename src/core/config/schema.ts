/**
 * The config schema (zod 4). One schema for presets and user configs: presets are data under it.
 * In a user config every item field but `kode` may be left out, because an item whose `kode` the
 * extended preset already has only overrides the fields it gives (resolve.ts checks that new items
 * are complete). The schema holds no transforms, so `z.toJSONSchema(configSchema)` describes it.
 */
import * as z from 'zod';
import { isConfigDecimal } from './rational.js';
import { LEMBAGA, LINGKUP } from './lingkup.js';

export const TINGKAT = ['tps', 'pps', 'ppk', 'kpu'] as const;
export const BASIS = ['pemilih', 'tps', 'pps', 'ppk', 'kegiatan', 'dapil'] as const;
export const PEMBULATAN = ['atas', 'terdekat', 'bawah'] as const;
export const KEYAKINAN = ['primary', 'reported', 'inferred'] as const;
// LEMBAGA and LINGKUP live in lingkup.ts, which the CLI loads without zod.
export { LEMBAGA, LINGKUP, type Lembaga, type Lingkup } from './lingkup.js';
/** Where the reserve is rounded: per holding unit (per TPS for TPS items; the rule) or once on the total. */
export const PEMBULATAN_CADANGAN = ['per_unit', 'total'] as const;

/** Bounds that keep every product of counts and ratios far below 2^53 (see compute/rounding.ts). */
export const MAX_RASIO = 1_000_000;
export const MAX_JUMLAH = 1_000_000_000;

// Messages are keys of the catalogue (config.problem.*): problems.ts carries them as the problem's key.
const decimal = (max: number) =>
  z.number().min(0).max(max).refine(isConfigDecimal, { message: 'config.problem.decimal-places' });

const snake = z.string().regex(/^[a-z][a-z0-9_]*$/, { message: 'config.problem.snake-case' });
const provinsi = z.string().regex(/^\d{2}$/, { message: 'config.problem.province-code' });

const isRealDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** Where an item or allocation applies, by province code (domain.md §1.3, §2, §3.4). */
export const berlakuSchema = z.strictObject({
  provinsi_hanya: z.array(provinsi).min(1).optional(),
  provinsi_kecuali: z.array(provinsi).min(1).optional(),
});

const source = {
  /** Where the number comes from (law, KPU statement, arithmetic on deliveries). */
  sumber: z.string().min(1).optional(),
  keyakinan: z.enum(KEYAKINAN).optional(),
};

/** Level of a basis: per voter and per TPS are counted at the TPS; per run and per dapil only at KPU. */
export const BASIS_LEVEL: Readonly<Record<Basis, number>> = {
  pemilih: 0,
  tps: 0,
  pps: 1,
  ppk: 2,
  kegiatan: 3,
  dapil: 3,
};

export const alokasiSchema = z
  .strictObject({
    tingkat: z.enum(TINGKAT),
    basis: z.enum(BASIS),
    rasio: decimal(MAX_RASIO),
    berlaku: berlakuSchema.optional(),
    ...source,
  })
  // A unit can only hold what is counted inside it: a TPS cannot hold "2 per kecamatan".
  .refine((a) => TINGKAT.indexOf(a.tingkat) >= BASIS_LEVEL[a.basis], {
    message: 'config.problem.tingkat-basis',
    path: ['tingkat'],
  });

export const tambahanSchema = z.strictObject({
  jumlah: z.number().int().min(0).max(MAX_JUMLAH),
  per: z.enum(['dapil', 'kegiatan']),
  /** Who holds the stock; a run counts it only when its `lingkup` covers that body (default kpu_kabkota). */
  disimpan_di: z.enum(LEMBAGA).optional(),
  ...source,
});

/** Who replaces the item when it is short or damaged (read by `logistik terima`). */
export const pengadaSchema = z.strictObject({
  lembaga: z.enum(LEMBAGA),
  ...source,
});

export const varianSchema = z.strictObject({
  jenis: z.literal('dapil'),
  /** Matches the `jenis` column of the --dapil file, e.g. `dpr`, `dprd_prov`, `dprd_kabkota`. */
  jenis_dapil: snake,
});

export const barangSchema = z.strictObject({
  kode: snake,
  /** Drops the item of the extended preset with this `kode`. */
  hapus: z.literal(true).optional(),
  nama: z.string().min(1).optional(),
  satuan: z.string().min(1).optional(),
  alokasi: z.array(alokasiSchema).optional(),
  cadangan_persen: decimal(100).optional(),
  pembulatan: z.enum(PEMBULATAN).optional(),
  pembulatan_cadangan: z.enum(PEMBULATAN_CADANGAN).optional(),
  /** `null` removes the preset's extras in an override. */
  tambahan: tambahanSchema.nullable().optional(),
  isi_kemasan: z.number().int().min(1).max(MAX_JUMLAH).optional(),
  /** `null` removes the preset's variant in an override. */
  varian: varianSchema.nullable().optional(),
  berlaku: berlakuSchema.optional(),
  /** `null` removes the preset's pengada in an override. */
  pengada: pengadaSchema.nullable().optional(),
  ...source,
});

/** Sheets (or pieces) per bundle after sorting (logistik kemas). */
export const isiIkatSchema = z.strictObject({ jumlah: z.number().int().min(1).max(MAX_JUMLAH), ...source });

/** Sheets (or pieces) per supplier carton; `psu_terpisah`: re-vote (PSU) stock in cartons of its own. */
export const isiKoliSchema = z.strictObject({ jumlah: z.number().int().min(1).max(MAX_JUMLAH), psu_terpisah: z.boolean().optional(), ...source });

/** One item's packing rule (kemas.ts); `null` clears the preset's bundle or carton rule. */
export const kemasBarangSchema = z.strictObject({
  kode: snake,
  /** The container at the TPS, e.g. `kotak_dpr`; `lepas` = travels as itself. */
  wadah: snake.optional(),
  isi_ikat: isiIkatSchema.nullable().optional(),
  isi_koli: isiKoliSchema.nullable().optional(),
  ...source,
});

/** Packing rules: read by `logistik kemas`, never by `hitung` (later.ts). */
export const kemasSchema = z.strictObject({ barang: z.array(kemasBarangSchema).optional() }).superRefine((kemas, ctx) => {
  const seen = new Set<string>();
  (kemas.barang ?? []).forEach((entry, i) => {
    if (seen.has(entry.kode)) ctx.addIssue({ code: 'custom', path: ['barang', i, 'kode'], message: `duplicate kode ${entry.kode}` });
    seen.add(entry.kode);
  });
});

export const configSchema = z
  .strictObject({
  $schema: z.string().optional(),
  extends: z.string().min(1).optional(),
  nama: z.string().min(1).optional(),
  pemilihan: z.enum(['pemilu', 'pilkada']).optional(),
  hari_pemungutan: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'config.problem.date-format' })
    .refine(isRealDate, { message: 'config.problem.date-real' })
    .optional(),
  kapasitas_tps: z.number().int().min(1).max(MAX_JUMLAH).optional(),
  /** The reserve of every ballot item (`surat_suara_*`) at once; an item's own `cadangan_persen` wins. */
  cadangan_persen_surat_suara: decimal(100).optional(),
  lingkup: z.enum(LINGKUP).optional(),
  barang: z.array(barangSchema).optional(),
  kemas: kemasSchema.optional(),
  })
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    (config.barang ?? []).forEach((item, i) => {
      if (seen.has(item.kode)) {
        ctx.addIssue({ code: 'custom', path: ['barang', i, 'kode'], message: 'config.problem.duplicate-kode', params: { kode: item.kode } });
      }
      seen.add(item.kode);
    });
  });

export type ConfigInput = z.infer<typeof configSchema>;
export type BarangInput = z.infer<typeof barangSchema>;
export type AlokasiInput = z.infer<typeof alokasiSchema>;
export type BerlakuInput = z.infer<typeof berlakuSchema>;
export type TambahanInput = z.infer<typeof tambahanSchema>;
export type PengadaInput = z.infer<typeof pengadaSchema>;
export type PembulatanCadangan = (typeof PEMBULATAN_CADANGAN)[number];
export type KemasInput = z.infer<typeof kemasSchema>;
export type KemasBarangInput = z.infer<typeof kemasBarangSchema>;
export type Tingkat = (typeof TINGKAT)[number];
export type Basis = (typeof BASIS)[number];
export type Pembulatan = (typeof PEMBULATAN)[number];
export type Keyakinan = (typeof KEYAKINAN)[number];
