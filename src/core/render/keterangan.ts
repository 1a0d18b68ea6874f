/**
 * The first sheet of a workbook: what run made it (command, tool version, preset, config digest),
 * every file it read with its SHA-256, what each sheet holds and what each column title stands
 * for. Everything comes from the run's ringkasan.json document, read by key, so that every command
 * (hitung, terima, kemas) gets the same sheet from its own summary; keys a command does not write
 * are left out.
 */
import type { Lang } from '../types.js';
import { t } from '../messages/index.js';
import { pick } from '../messages/format.js';
import { outputFileSpec } from './output-files.js';
import type { ColumnTitle } from './titles.js';
import { fitWidths, visible, type DataSheet, type SheetCell, type SheetModel, type SheetRow } from './sheet.js';

type Doc = Readonly<Record<string, unknown>>;

export interface KeteranganInput {
  /** The command, when the summary does not say it itself (`perintah`). */
  readonly perintah: string;
  /** The run's ringkasan.json document; its `keluaran` cannot list the workbook itself, so it is not read. */
  readonly ringkasan: Doc;
  readonly sheets: readonly DataSheet[];
  readonly lang: Lang;
}

const COLUMNS = 6;
const BLANK: SheetRow = { style: 'data', cells: [] };

export function keteranganSheet(input: KeteranganInput): SheetModel {
  const { lang } = input;
  const rows: SheetRow[] = [
    { style: 'title', cells: [t(lang, 'buku.judul', { perintah: perintahOf(input) })] },
    { style: 'note', cells: [t(lang, 'buku.pengantar')] },
    BLANK,
    ...runRows(input),
    BLANK,
    ...filesRead(input.ringkasan, lang),
    BLANK,
    ...sheetRows(input.sheets, lang),
    BLANK,
    ...columnRows(input.sheets, lang),
    BLANK,
    ...['buku.catatan-resmi', 'buku.catatan-teks', 'buku.catatan-angka', 'buku.catatan-total'].map((key): SheetRow => ({ style: 'note', cells: [t(lang, key)] })),
  ];
  return { name: t(lang, 'buku.lembar-keterangan'), widths: fitWidths(rows, COLUMNS), rows, frozenRows: 0, filterTo: null };
}

function perintahOf(input: KeteranganInput): string {
  return str(input.ringkasan.perintah) ?? input.perintah;
}

function runRows(input: KeteranganInput): SheetRow[] {
  const r = input.ringkasan;
  const { lang } = input;
  const alat = doc(r.alat);
  const jumlah = doc(r.jumlah);
  const masalah = doc(r.masalah);
  const pairs: [string, SheetCell | undefined][] = [
    ['buku.perintah', perintahOf(input)],
    ['buku.alat', alat ? `${str(alat.nama) ?? ''} ${str(alat.versi) ?? ''}`.trim() : undefined],
    ['buku.preset', str(r.preset)],
    ['buku.konfigurasi-sha256', str(r.konfigurasi_sha256)],
    ['buku.waktu', str(r.waktu)],
    ...(['kecamatan', 'kelurahan', 'tps', 'pemilih'] as const).map((k): [string, SheetCell | undefined] => [`buku.jumlah-${k}`, num(jumlah?.[k])]),
    ['buku.galat', num(masalah?.galat)],
    ['buku.peringatan', num(masalah?.peringatan)],
  ];
  return pairs.flatMap(([key, value]) => (value === undefined ? [] : [{ style: 'pair' as const, cells: [t(lang, key), value] }]));
}

function filesRead(r: Doc, lang: Lang): SheetRow[] {
  const header: SheetRow = {
    style: 'header',
    cells: ['buku.dibaca', 'buku.sha256', 'buku.peran', 'buku.baris-data', 'buku.dihitung', 'buku.ditolak'].map((key) => t(lang, key)),
  };
  const inputs = (Array.isArray(r.masukan) ? r.masukan : []).flatMap((m): SheetRow[] => {
    const e = doc(m);
    if (!e) return [];
    const jenis = str(e.jenis);
    const peran = jenis === undefined ? t(lang, 'buku.peran-masukan-polos') : t(lang, 'buku.peran-masukan', { jenis });
    return [{ style: 'data', cells: [str(e.berkas) ?? '', str(e.sha256) ?? '', peran, num(e.baris_data) ?? null, num(e.dihitung) ?? null, num(e.ditolak) ?? null] }];
  });
  const named = ([['konfigurasi', 'buku.peran-konfigurasi'], ['dapil', 'buku.peran-dapil']] as const).flatMap(([key, peran]): SheetRow[] => {
    const e = doc(r[key]);
    return e ? [{ style: 'data', cells: [str(e.berkas) ?? '', str(e.sha256) ?? '', t(lang, peran)] }] : [];
  });
  return [header, ...inputs, ...named];
}

function sheetRows(sheets: readonly DataSheet[], lang: Lang): SheetRow[] {
  const header: SheetRow = { style: 'header', cells: ['buku.lembar', 'buku.berkas-csv', 'buku.baris-data', 'buku.isi'].map((key) => t(lang, key)) };
  return [
    header,
    ...sheets.map((s): SheetRow => {
      const spec = outputFileSpec(s.berkas);
      const part = s.parts > 1 ? ` (${t(lang, 'buku.bagian', { n: s.part, dari: s.parts })})` : '';
      return { style: 'data', cells: [s.sheet.name, s.berkas, s.dataRows, `${spec ? pick(spec.isi, lang) : ''}${part}`.trim()], overflow: true };
    }),
  ];
}

/**
 * Each title with the CSV column it stands for and the sheets it is on: the way from a printed
 * page back to the file. A column with the same title on several sheets is listed once.
 */
function columnRows(sheets: readonly DataSheet[], lang: Lang): SheetRow[] {
  const header: SheetRow = { style: 'header', cells: ['buku.kolom-csv', 'buku.judul-kolom', 'buku.satuan', 'buku.lembar'].map((key) => t(lang, key)) };
  const seen = new Map<string, { title: ColumnTitle; sheets: string[] }>();
  for (const s of sheets.filter((d) => d.part === 1)) {
    for (const title of s.titles) {
      const key = JSON.stringify([title.kolom, title.judul, title.satuan]);
      const entry = seen.get(key) ?? { title, sheets: [] };
      entry.sheets.push(s.sheet.name);
      seen.set(key, entry);
    }
  }
  const rows = [...seen.values()].map(({ title, sheets: on }): SheetRow => ({ style: 'data', cells: [title.kolom, title.judul, title.satuan, on.join(', ')], overflow: true }));
  return [header, ...rows];
}

function doc(value: unknown): Doc | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Doc) : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? visible(value) : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;
}
