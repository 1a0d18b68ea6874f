/**
 * The five manifest CSVs of a `hitung` folder → typed rows (types.ts), checked against the config
 * the folder itself records (konfigurasi.json). The expected headers come from the same code that
 * writes them (computeManifests over an empty roll), so reader and writer cannot drift apart.
 */
import { InputError } from '../../errors.js';
import type { ResolvedConfig } from '../config/index.js';
import { computeManifests } from '../compute/index.js';
import { dapilColumn } from '../compute/dapil-columns.js';
import type { ManifestFile } from './files.js';
import { checkHeader, KeyLines, wholeNumber } from './cells.js';
import type { CsvCells, KecamatanRow, KelurahanRow, KpuRow, Level, ManifestData, PengadaanRow, TpsRow } from './types.js';

/** One data row with its cells by column name, and the number parser bound to its place. */
interface Cells {
  readonly baris: number;
  text(col: string): string;
  num(col: string): number;
}

function rowsOf(file: CsvCells): Cells[] {
  // Where each column is, found once per file rather than once per row (a Map per row of 40,000).
  const index = new Map(file.header.map((c, i) => [c, i]));
  return file.rows.map(({ line, cells }) => {
    const at = (col: string): string => {
      const i = index.get(col);
      return i === undefined ? '' : (cells[i] ?? '');
    };
    return { baris: line, text: at, num: (col) => wholeNumber(at(col), file.berkas, line, col) };
  });
}

function parsePengadaan(file: CsvCells, expected: readonly string[], config: ResolvedConfig): PengadaanRow[] {
  checkHeader(file, expected);
  const known = new Set(config.barang.map((b) => b.kode));
  const keys = new KeyLines(file.berkas);
  return rowsOf(file).map((c) => {
    const kodeBarang = c.text('kode_barang');
    if (!known.has(kodeBarang)) throw new InputError('manifest-unknown-item', { berkas: file.berkas, baris: c.baris, kolom: 'kode_barang', nilai: kodeBarang });
    const varian = c.text('varian');
    keys.add(`${kodeBarang}\u0000${varian}`, varian === '' ? kodeBarang : `${kodeBarang} [${varian}]`, c.baris);
    return {
      baris: c.baris, kodeBarang, namaBarang: c.text('nama_barang'), satuan: c.text('satuan'), varian,
      kebutuhan: c.num('kebutuhan'), cadangan: c.num('cadangan'), tambahan: c.num('tambahan'), jumlah: c.num('jumlah'),
      isiKemasan: c.num('isi_kemasan'), jumlahKemasan: c.num('jumlah_kemasan'), jumlahPengadaan: c.num('jumlah_pengadaan'),
      diTps: c.num('di_tps'), diPps: c.num('di_pps'), diPpk: c.num('di_ppk'), diKpu: c.num('di_kpu'),
      jumlahTps: c.num('jumlah_tps'), dpt: c.num('dpt'),
    };
  });
}

/** What a distribution file has beyond its own columns: the item amounts and the dapil cells. */
interface LevelCells {
  readonly c: Cells;
  readonly barang: Readonly<Record<string, number>>;
  readonly dapil: Readonly<Record<string, string>>;
}

interface LevelSpec<R> {
  /** The file's own leading columns (identity and counts). */
  readonly fixed: readonly string[];
  /** The duplicate key of a row, and how a message shows it. */
  readonly key: (c: Cells) => [key: string, shown: string];
  readonly build: (l: LevelCells) => R;
}

function parseLevel<R>(file: CsvCells, expected: readonly string[], jenis: readonly string[], spec: LevelSpec<R>): Level<R> {
  checkHeader(file, expected);
  const dapilCols = new Set(jenis.map(dapilColumn));
  const rest = expected.slice(spec.fixed.length);
  const barang = rest.filter((col) => !dapilCols.has(col));
  const dapil = jenis.filter((j) => rest.includes(dapilColumn(j)));
  const keys = new KeyLines(file.berkas);
  const rows = rowsOf(file).map((c) => {
    const [key, shown] = spec.key(c);
    keys.add(key, shown, c.baris);
    return spec.build({ c, barang: record(barang, c.num), dapil: record(dapil, (j) => c.text(dapilColumn(j))) });
  });
  return { barang, dapil, rows };
}

/**
 * `{ key: valueOf(key) }` for each key, in order. Set one by one rather than with Object.fromEntries,
 * whose objects V8 keeps as dictionaries: ~4× slower to make and larger, 40,000 times over. The keys
 * are snake_case item codes and dapil types (config schema), never `__proto__`.
 */
function record<V>(keys: readonly string[], valueOf: (key: string) => V): Record<string, V> {
  const out: Record<string, V> = {};
  for (const k of keys) out[k] = valueOf(k);
  return out;
}

/** A roll identified by names only has no codes: the names then are the key, as in the manifests. */
const placeKey = (kode: string, ...names: string[]): string => (kode !== '' ? kode : `\u0000${names.join('\u0000')}`);

const TPS: LevelSpec<TpsRow> = {
  fixed: ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'dpt'],
  key: (c) => [`${placeKey(c.text('kode_kelurahan'), c.text('kecamatan'), c.text('kelurahan'))}\u0000${c.text('tps')}`, `${c.text('kode_kelurahan') || `${c.text('kecamatan')} / ${c.text('kelurahan')}`} TPS ${c.text('tps')}`],
  build: ({ c, barang, dapil }) => ({
    baris: c.baris, kodeKelurahan: c.text('kode_kelurahan'), kecamatan: c.text('kecamatan'), kelurahan: c.text('kelurahan'),
    tps: c.text('tps'), dpt: c.num('dpt'), barang, dapil,
  }),
};

const KELURAHAN: LevelSpec<KelurahanRow> = {
  fixed: ['kode_kelurahan', 'kecamatan', 'kelurahan', 'jumlah_tps', 'dpt'],
  key: (c) => [placeKey(c.text('kode_kelurahan'), c.text('kecamatan'), c.text('kelurahan')), c.text('kode_kelurahan') || `${c.text('kecamatan')} / ${c.text('kelurahan')}`],
  build: ({ c, barang, dapil }) => ({
    baris: c.baris, kodeKelurahan: c.text('kode_kelurahan'), kecamatan: c.text('kecamatan'), kelurahan: c.text('kelurahan'),
    jumlahTps: c.num('jumlah_tps'), dpt: c.num('dpt'), barang, dapil,
  }),
};

const KECAMATAN: LevelSpec<KecamatanRow> = {
  fixed: ['kode_kecamatan', 'kecamatan', 'jumlah_tps', 'dpt'],
  key: (c) => [placeKey(c.text('kode_kecamatan'), c.text('kecamatan')), c.text('kode_kecamatan') || c.text('kecamatan')],
  build: ({ c, barang }) => ({ baris: c.baris, kodeKecamatan: c.text('kode_kecamatan'), kecamatan: c.text('kecamatan'), jumlahTps: c.num('jumlah_tps'), dpt: c.num('dpt'), barang }),
};

const KPU: LevelSpec<KpuRow> = {
  fixed: ['kode_kabkota', 'jumlah_tps', 'dpt'],
  key: (c) => [c.text('kode_kabkota'), c.text('kode_kabkota')],
  build: ({ c, barang }) => ({ baris: c.baris, kodeKabkota: c.text('kode_kabkota'), jumlahTps: c.num('jumlah_tps'), dpt: c.num('dpt'), barang }),
};

/** The dapil types of a config, in the order of their first item (as the writer orders the columns). */
function jenisOf(config: ResolvedConfig): string[] {
  const out: string[] = [];
  for (const b of config.barang) if (b.jenisDapil !== null && !out.includes(b.jenisDapil)) out.push(b.jenisDapil);
  return out;
}

/** Parses the five manifest files strictly against `config` (throws InputError, exit 3, on the first problem). */
export function parseManifestTables(files: Readonly<Record<ManifestFile, CsvCells>>, config: ResolvedConfig): ManifestData {
  const headers = computeManifests([], config, null);
  const jenis = jenisOf(config);
  return {
    pengadaan: parsePengadaan(files['pengadaan.csv'], headers.pengadaan.columns, config),
    tps: parseLevel(files['distribusi-tps.csv'], headers.distribusiTps.columns, jenis, TPS),
    kelurahan: parseLevel(files['distribusi-kelurahan.csv'], headers.distribusiKelurahan.columns, jenis, KELURAHAN),
    kecamatan: parseLevel(files['distribusi-kecamatan.csv'], headers.distribusiKecamatan.columns, jenis, KECAMATAN),
    kpu: parseLevel(files['distribusi-kpu.csv'], headers.distribusiKpu.columns, jenis, KPU),
  };
}
