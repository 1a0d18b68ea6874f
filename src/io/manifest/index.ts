/**
 * The one manifest reader (issue 9.6). Every command that reads what `hitung` wrote — `banding`,
 * `hitung --check`, and `terima`, `kemas`, `cetak` after it — reads it here:
 *
 *   const m = await readManifest(folder, cwd);   // exit 1 if a file changed after writing, 3 if unreadable
 *   m.config                                     // the frozen ResolvedConfig of its konfigurasi.json
 *   m.pengadaan, m.tps, m.kelurahan, m.kecamatan, m.kpu   // typed rows (core/manifest/types.ts)
 *   m.masukan                                    // every file read with its SHA-256, for the caller's ringkasan.json
 *
 * `openRunFolder` (folder.ts) is the step below it, for any command's folder (cetak reads those of
 * terima and kemas): ringkasan.json checked, every listed file hashed, changes returned as data.
 */
import { InputError, LogistikError, ManifestChangedError } from '../../errors.js';
import { configText, resolveConfig, type ResolvedConfig } from '../../core/config/index.js';
import {
  CONFIG_FILE,
  MANIFEST_FILES,
  parseManifestTables,
  type CsvCells,
  type ManifestData,
  type ManifestFile,
  type RecordedRun,
} from '../../core/manifest/index.js';
import type { BerkasDigest } from '../../core/report/ringkasan.js';
import { sha256 } from '../hash.js';
import { readStrictCsv } from './csv.js';
import { openRunFolder, type RunFolder } from './folder.js';

export { openRunFolder, findRunFolder, isFolder, runFileName, type RunFolder, type ChangedFile } from './folder.js';
export { readStrictCsv } from './csv.js';

export interface Manifest extends ManifestData {
  /** The folder as given. */
  readonly folder: string;
  readonly ringkasan: RecordedRun;
  /** The rules of the run, from its konfigurasi.json: the same frozen value `hitung` computed with. */
  readonly config: ResolvedConfig;
  /** Every file read, with its digest: what the reading command lists in its `masukan`. */
  readonly masukan: readonly BerkasDigest[];
}

/** The files a hitung folder must list and that the reader parses. */
export const MANIFEST_PARTS: readonly string[] = [...MANIFEST_FILES, CONFIG_FILE];

/**
 * Reads a `hitung` folder for a command that builds on it. A file changed after writing stops it
 * with ManifestChangedError (exit 1, naming the file); a folder that is not a complete manifest, or
 * whose files cannot be parsed strictly, with InputError (exit 3, naming file, line and column).
 */
export async function readManifest(folder: string, cwd: string): Promise<Manifest> {
  const run = await openRunFolder(folder, cwd, { load: MANIFEST_PARTS });
  requireHitung(run);
  const first = run.changed[0];
  if (first !== undefined) throw new ManifestChangedError(folder, first.berkas);
  return manifestOf(run);
}

/** Refuses a folder that is not a complete `hitung` manifest (exit 3), before anything else is said of it. */
export function requireHitung(run: RunFolder): void {
  const perintah = run.ringkasan.perintah;
  if (perintah !== undefined && perintah !== 'hitung') throw new InputError('manifest-wrong-command', { folder: run.folder, perintah });
  const listed = new Set(run.ringkasan.keluaran.map((k) => k.berkas));
  const missing = MANIFEST_PARTS.filter((n) => !listed.has(n));
  if (missing.length > 0) throw new InputError('manifest-incomplete', { folder: run.folder, missing: missing.join(', ') });
}

/** Parses an opened hitung folder whose files all matched (`changed` empty). */
export function manifestOf(run: RunFolder): Manifest {
  requireHitung(run);
  const bytes = (file: string): Buffer => {
    const data = run.loaded.get(file);
    // Only a file that matched its digest is loaded: anything else was reported as changed.
    if (data === undefined) throw new ManifestChangedError(run.folder, file);
    return data;
  };
  const config = configOf(run, bytes(CONFIG_FILE));
  const cells = Object.fromEntries(MANIFEST_FILES.map((f) => [f, readStrictCsv(`${run.folder}/${f}`, bytes(f))])) as Record<ManifestFile, CsvCells>;
  return { folder: run.folder, ringkasan: run.ringkasan, config, masukan: run.masukan, ...parseManifestTables(cells, config) };
}

/**
 * konfigurasi.json through the one config path (zod schema → frozen ResolvedConfig). It must print
 * back to exactly its own bytes: a preset of this tool version that differs from the one the run
 * used would otherwise add or change rules silently.
 */
export function configOf(run: RunFolder, data: Buffer): ResolvedConfig {
  const berkas = `${run.folder}/${CONFIG_FILE}`;
  const text = data.toString('utf8');
  let config: ResolvedConfig;
  try {
    config = resolveConfig({ config: JSON.parse(text) as unknown });
  } catch (err) {
    const detail = err instanceof LogistikError || err instanceof Error ? err.message : String(err);
    throw new InputError('manifest-config-invalid', { berkas, detail });
  }
  if (configText(config) !== text) throw new InputError('manifest-config-differs', { berkas, versi: run.ringkasan.alat.versi });
  const recorded = run.ringkasan.konfigurasi_sha256;
  if (recorded !== undefined && recorded !== sha256(data)) {
    throw new InputError('manifest-ringkasan-invalid', { berkas: `${run.folder}/ringkasan.json`, detail: `konfigurasi_sha256 is not the SHA-256 of ${CONFIG_FILE}` });
  }
  return config;
}
