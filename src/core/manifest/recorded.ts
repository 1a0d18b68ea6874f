/**
 * `ringkasan.json` as read back: the shape every command writes (contract: `versi_format, alat,
 * perintah, masukan, …, masalah, keluaran`), checked by zod so that nothing downstream trusts an
 * unchecked field. Keys a command adds of its own pass through untouched. Only what the readers
 * rely on is required: `versi_format`, `alat` and `keluaran`; the rest is checked when present.
 */
import * as z from 'zod';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * A file of the folder: relative, `/`-separated, never leaving the folder (a crafted ringkasan.json
 * must not make a reader hash /etc/passwd), never ringkasan.json itself.
 */
const berkasInFolder = z
  .string()
  .min(1)
  .refine((b) => !b.startsWith('/') && !b.includes('\\') && !b.split('/').some((part) => part === '' || part === '.' || part === '..'), {
    message: 'a file name inside the folder',
  })
  .refine((b) => b !== 'ringkasan.json', { message: 'ringkasan.json does not list itself' });

export const digestSchema = z.strictObject({ berkas: z.string().min(1), sha256: z.string().regex(SHA256) });

export const opsiSchema = z.looseObject({
  preset: z.string().nullable().optional(),
  allow_invalid: z.boolean().optional(),
  excel: z.boolean().optional(),
  xlsx: z.boolean().optional(),
  lang: z.enum(['id', 'en']).optional(),
  delimiter: z.string().nullable().optional(),
  encoding: z.string().nullable().optional(),
  lingkup: z.string().nullable().optional(),
});

export const recordedRunSchema = z.looseObject({
  versi_format: z.number().int(),
  alat: z.looseObject({ nama: z.string(), versi: z.string() }),
  perintah: z.string().optional(),
  preset: z.string().optional(),
  konfigurasi_sha256: z.string().regex(SHA256).optional(),
  masukan: z.array(z.looseObject({ berkas: z.string(), sha256: z.string() })).optional(),
  keluaran: z.array(z.strictObject({ berkas: berkasInFolder, sha256: z.string().regex(SHA256) })),
  konfigurasi: digestSchema.nullable().optional(),
  // A folder of mappings also lists its files (`isi`).
  dapil: digestSchema.extend({ isi: z.array(digestSchema).optional() }).nullable().optional(),
  opsi: opsiSchema.optional(),
});

/** A checked ringkasan.json of any command. */
export type RecordedRun = z.infer<typeof recordedRunSchema>;
export type RecordedOpsi = z.infer<typeof opsiSchema>;

/** The `versi_format` of a parsed JSON document, or null when it has none: checked before the shape. */
export function versionOf(doc: unknown): number | null {
  if (typeof doc !== 'object' || doc === null || !('versi_format' in doc)) return null;
  const v = (doc as { versi_format: unknown }).versi_format;
  return typeof v === 'number' ? v : null;
}

/** The first problem of a ringkasan.json that fails the shape, as `path: message`. */
export function parseRecordedRun(doc: unknown): { ok: true; run: RecordedRun } | { ok: false; detail: string } {
  const r = recordedRunSchema.safeParse(doc);
  if (r.success) return { ok: true, run: r.data };
  const first = r.error.issues[0];
  const path = first?.path.map(String).join('.') ?? '';
  return { ok: false, detail: `${path === '' ? '$' : path}: ${first?.message ?? 'invalid'}` };
}
