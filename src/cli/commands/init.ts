import { access, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BALLOT_PREFIX, rationalToNumber, resolveConfig, type ResolvedConfig } from '../../core/config/index.js';
import { t } from '../../core/messages/index.js';
import { ExitCode, OutputError } from '../../errors.js';
import type { CommandContext } from '../context.js';
import { configJsonSchemaText } from '../schema.js';

const CONFIG = 'logistik.config.json';
const SCHEMA = 'logistik-config.schema.json';
const DAPIL = 'dapil.csv';

/**
 * `logistik init`: a starter config that extends a preset and points `$schema` at a schema file
 * written beside it (so editors complete and explain every field offline), and a `--dapil` template.
 */
export async function runInit(folder: string, opts: { preset: string; force: boolean }, ctx: CommandContext): Promise<ExitCode> {
  const preset = resolveConfig({ preset: opts.preset }); // an unknown preset is a usage error before anything is written
  const dir = resolve(ctx.io.cwd, folder);
  const reserve = ballotReserve(preset);
  // lingkup written out so the choice is seen where the config is edited (kabkota: this KPU's PSU only);
  // an empty kemas section shows where packing rules go (logistik kemas reads them; hitung does not).
  const starter = { $schema: `./${SCHEMA}`, extends: opts.preset, ...(reserve !== null ? { cadangan_persen_surat_suara: reserve } : {}), lingkup: 'kabkota', barang: [], kemas: { barang: [] } };
  const files: Record<string, string> = {
    [CONFIG]: `${JSON.stringify(starter, null, 2)}
`,
    [SCHEMA]: configJsonSchemaText(),
    ...dapilTemplate(opts.preset),
  };
  if (!opts.force) {
    for (const name of Object.keys(files)) {
      const exists = await access(join(dir, name)).then(() => true, () => false);
      if (exists) throw new OutputError('init-exists', { path: join(folder, name) });
    }
  }
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  ctx.io.stdout.write(`${t(ctx.lang, 'init.written', { files: Object.keys(files).join(', '), config: join(folder, CONFIG) })}\n`);
  return ExitCode.Ok;
}

/**
 * The preset's reserve of its ballots when they share one: written into the starter config, so the
 * key people change most is in view (and, unchanged, gives the preset's very numbers).
 */
function ballotReserve(config: ResolvedConfig): number | null {
  const values = new Set(config.barang.filter((b) => b.kode.startsWith(BALLOT_PREFIX)).map((b) => rationalToNumber(b.cadanganPersen)));
  return values.size === 1 ? ([...values][0] ?? null) : null;
}

/**
 * Example rows only, one of each level: a kab/kota code maps the whole kab/kota (DPR, DPRD
 * provinsi), a kecamatan code all its villages, and a kelurahan code overrides its kecamatan.
 * Pilkada ballots do not differ by dapil, so a Pilkada config gets no template (a header-only
 * mapping would be refused as a file with no records).
 */
function dapilTemplate(preset: string): Record<string, string> {
  if (preset.startsWith('pilkada')) return {};
  const rows = [
    '16.74,dpr,CONTOH DPR 1',
    '16.74,dprd_prov,CONTOH DPRD_PROV 1',
    '16.74.01,dprd_kabkota,CONTOH DPRD_KABKOTA 1',
    '16.74.02,dprd_kabkota,CONTOH DPRD_KABKOTA 2',
    '16.74.02.1001,dprd_kabkota,CONTOH DPRD_KABKOTA 1',
  ];
  return { [DAPIL]: ['kode_wilayah,jenis,dapil', ...rows].join('\n') + '\n' };
}
