/**
 * Receipt files (`<penerimaan...>`, contract "logistik terima"): one row per event at the KPU
 * Kab/Kota warehouse. The one table reader (io/table/) reads them with PENERIMAAN_TABLE; this module
 * checks each row on its own (contract "Row checks"): the item and variant are the manifest's, the
 * stage is known, the date is real, the numbers are whole and ≥ 0 and sit in the columns their stage
 * uses. A row with any of these problems is a `galat` and is not counted. What a row's damage may
 * refer to depends on the rows before it in time: that is damage.ts.
 */
import type { Issue } from '../types.js';
import { cell, defineTable, type TableRow } from '../table/spec.js';
import { compareCodePoints } from '../code-point.js';
import { parseDate, type Ymd } from '../validate/dates.js';
import { cleanName } from '../validate/identity.js';
import { echoQuantity, echoText } from './echo.js';
import { terimaIssue, type TerimaIssueCode } from './issue.js';
import { itemLabel, type ItemIndex } from './items.js';
import { parseQuantity } from './quantity.js';

export const PENERIMAAN_TABLE = defineTable({
  columns: ['kode_barang', 'varian', 'tahap', 'tanggal', 'dokumen', 'dikirim', 'diterima', 'rusak', 'keterangan'],
  aliases: {
    kode: 'kode_barang',
    barang: 'kode_barang',
    jenis_barang: 'kode_barang',
    jenis_logistik: 'kode_barang',
    kode_logistik: 'kode_barang',
    dapil: 'varian',
    nama_dapil: 'varian',
    daerah_pemilihan: 'varian',
    tahapan: 'tahap',
    kegiatan: 'tahap',
    jenis_kegiatan: 'tahap',
    tgl: 'tanggal',
    tanggal_terima: 'tanggal',
    tgl_terima: 'tanggal',
    no_dokumen: 'dokumen',
    nomor_dokumen: 'dokumen',
    surat_jalan: 'dokumen',
    no_surat_jalan: 'dokumen',
    nomor_surat_jalan: 'dokumen',
    berita_acara: 'dokumen',
    no_ba: 'dokumen',
    nomor_ba: 'dokumen',
    jumlah_dikirim: 'dikirim',
    jml_dikirim: 'dikirim',
    jumlah_diterima: 'diterima',
    jml_diterima: 'diterima',
    jumlah_rusak: 'rusak',
    jml_rusak: 'rusak',
    ket: 'keterangan',
    catatan: 'keterangan',
  },
  // A file of sorting minutes has no `diterima`, a file of deliveries may have no `rusak`.
  required: ['kode_barang', 'tahap', 'tanggal', [['diterima'], ['rusak']]],
});

export type PenerimaanColumn = (typeof PENERIMAAN_TABLE.columns)[number];
export type PenerimaanRow = TableRow<PenerimaanColumn>;

export const TAHAP = ['terima', 'pengganti', 'sortir', 'pulih'] as const;
export type Tahap = (typeof TAHAP)[number];

/** Deliveries (`terima`, `pengganti`) count what arrived; `sortir` and `pulih` only move sheets between good and damaged. */
export function isDelivery(tahap: Tahap): boolean {
  return tahap === 'terima' || tahap === 'pengganti';
}

/** A row that passed its own checks. */
export interface Receipt {
  readonly file: string;
  readonly line: number;
  /** Index into the ItemIndex's items. */
  readonly item: number;
  readonly tahap: Tahap;
  readonly tanggal: Ymd;
  /** As written (trimmed), '' when empty. */
  readonly dokumen: string;
  /** On a delivery: the delivery note's quantity, its `diterima` when the cell is empty; 0 otherwise. */
  readonly dikirim: number;
  readonly diterima: number;
  readonly rusak: number;
}

export interface ReceiptRead {
  /** In (berkas, baris) order. */
  readonly receipts: readonly Receipt[];
  readonly issues: readonly Issue[];
  /** Rows with a `galat`, in (berkas, baris) order: not counted. */
  readonly rejected: readonly PenerimaanRow[];
}

export function compareRows(a: { file: string; line: number }, b: { file: string; line: number }): number {
  return compareCodePoints(a.file, b.file) || a.line - b.line;
}

/** yyyymmdd → `yyyy-mm-dd`, as messages and the summary write a date. */
export function isoDate(d: Ymd): string {
  const s = String(d).padStart(8, '0');
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}`;
}

/** Checks every row on its own; any order of rows gives the same result. */
export function readReceipts(rows: readonly PenerimaanRow[], index: ItemIndex): ReceiptRead {
  const receipts: Receipt[] = [];
  const issues: Issue[] = [];
  const rejected: PenerimaanRow[] = [];
  for (const row of [...rows].sort(compareRows)) {
    const checked = checkReceipt(row, index);
    if (Array.isArray(checked)) {
      issues.push(...checked);
      rejected.push(row);
    } else receipts.push(checked);
  }
  issues.push(...duplicateDocuments(receipts, index));
  return { receipts, issues, rejected };
}

function checkReceipt(row: PenerimaanRow, index: ItemIndex): Receipt | Issue[] {
  const issues: Issue[] = [];
  const issue: At = (code, column, params = {}) => {
    issues.push(terimaIssue(code, row.file, row.line, column, params));
  };
  const item = checkItem(row, index, issue);
  const tahap = checkTahap(row, issue);
  const tanggal = checkTanggal(row, issue);
  const q = (column: 'dikirim' | 'diterima' | 'rusak'): number | null => {
    const raw = cell(row, column);
    if (raw.trim() === '') return null;
    const n = parseQuantity(raw);
    if (n === null) issue('receipt-quantity-format', column, { kolom: column, nilai: echoQuantity(raw) });
    return n;
  };
  const dikirim = q('dikirim');
  const diterima = q('diterima');
  const rusak = q('rusak');
  if (tahap !== null) checkStageColumns(row, tahap, issue);
  if (issues.length > 0 || item === null || tahap === null || tanggal === null) return issues;
  const delivered = isDelivery(tahap);
  return {
    file: row.file,
    line: row.line,
    item,
    tahap,
    tanggal,
    dokumen: cleanName(cell(row, 'dokumen')),
    dikirim: delivered ? (dikirim ?? diterima ?? 0) : 0,
    diterima: delivered ? (diterima ?? 0) : 0,
    rusak: rusak ?? 0,
  };
}

type At = (code: TerimaIssueCode, column: string | null, params?: Issue['params']) => void;

/** A delivery needs what was counted; sorting and re-checks move sheets, so they carry rusak only. */
function checkStageColumns(row: PenerimaanRow, tahap: Tahap, issue: At): void {
  if (isDelivery(tahap)) {
    if (cell(row, 'diterima').trim() === '') issue('receipt-missing-value', 'diterima', { kolom: 'diterima' });
    return;
  }
  for (const column of ['dikirim', 'diterima'] as const) {
    if (cell(row, column).trim() !== '') issue('receipt-quantity-on-sorting', column, { kolom: column, tahap });
  }
  if (cell(row, 'rusak').trim() === '') issue('receipt-missing-value', 'rusak', { kolom: 'rusak' });
}

function checkItem(row: PenerimaanRow, index: ItemIndex, issue: At): number | null {
  const kode = cell(row, 'kode_barang');
  if (kode.trim() === '') {
    issue('receipt-missing-value', 'kode_barang', { kolom: 'kode_barang' });
    return null;
  }
  const found = index.lookup(kode, cell(row, 'varian'));
  if ('index' in found) return found.index;
  if (found.problem === 'item-unknown') {
    if (found.saran === null) issue('receipt-item-unknown', 'kode_barang', { nilai: echoText(kode), kode_dikenal: index.codes().join(', ') });
    else issue('receipt-item-typo', 'kode_barang', { nilai: echoText(kode), saran: found.saran });
    return null;
  }
  const params = { kode_barang: found.kodeBarang, nilai: echoText(cell(row, 'varian')), varian: found.known.join(', ') };
  if (found.problem === 'variant-none') issue('receipt-variant-none', 'varian', params);
  else if (found.problem === 'variant-missing') issue('receipt-variant-missing', 'varian', params);
  else issue('receipt-variant-unknown', 'varian', params);
  return null;
}

function checkTahap(row: PenerimaanRow, issue: At): Tahap | null {
  const raw = cell(row, 'tahap');
  if (raw.trim() === '') {
    issue('receipt-missing-value', 'tahap', { kolom: 'tahap' });
    return null;
  }
  const tahap = raw.trim().toLowerCase();
  if ((TAHAP as readonly string[]).includes(tahap)) return tahap as Tahap;
  issue('receipt-stage-unknown', 'tahap', { nilai: echoText(raw) });
  return null;
}

function checkTanggal(row: PenerimaanRow, issue: At): Ymd | null {
  const raw = cell(row, 'tanggal');
  if (raw.trim() === '') {
    issue('receipt-missing-value', 'tanggal', { kolom: 'tanggal' });
    return null;
  }
  const tanggal = parseDate(raw);
  if (tanggal === null) issue('receipt-date-format', 'tanggal', { nilai: echoText(raw) });
  return tanggal;
}

/**
 * The same delivery note or minutes entered twice is the commonest way a warehouse count doubles.
 * Both rows are counted (they may be two trucks on one note), but the later one is flagged.
 */
function duplicateDocuments(receipts: readonly Receipt[], index: ItemIndex): Issue[] {
  const first = new Map<string, Receipt>();
  const issues: Issue[] = [];
  for (const r of receipts) {
    if (r.dokumen === '') continue;
    const key = `${r.item}\u0000${r.tahap}\u0000${r.dokumen.toUpperCase()}`;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, r);
      continue;
    }
    const params = { dokumen: echoText(r.dokumen), barang: itemLabel(index.items[r.item]!), tahap: r.tahap, pertama: `${earlier.file}:${earlier.line}` };
    issues.push(terimaIssue('receipt-duplicate-document', r.file, r.line, 'dokumen', params));
  }
  return issues;
}
