/**
 * Damage that could not have happened (contract "Row checks"): a delivery whose damaged exceed what
 * it brought, sorting that finds more damaged than the good sheets there were so far, a re-check that
 * moves back more than was damaged so far. "So far" is in date order, and on one date deliveries come
 * first, then sorting, then re-checks, never in the order rows stand in the files. Rows of one item,
 * date and stage are checked as one sum (a day's sorting is often written on several lines); when the
 * sum is too large, the last of those rows in (berkas, baris) order carries the `galat` and is left
 * out, and the rest are checked again without it.
 */
import type { Issue } from '../types.js';
import { terimaIssue } from './issue.js';
import { itemLabel, type ItemIndex } from './items.js';
import { compareRows, isoDate, type Receipt, type Tahap } from './penerimaan.js';

/** The order of stages on one date. */
const RANK: Readonly<Record<Tahap, number>> = { terima: 0, pengganti: 0, sortir: 1, pulih: 2 };

export interface DamageCheck {
  /** In (berkas, baris) order. */
  readonly accepted: readonly Receipt[];
  readonly issues: readonly Issue[];
  /** In (berkas, baris) order. */
  readonly rejected: readonly Receipt[];
}

interface Stock {
  diterima: number;
  /** Damaged so far, net of what re-checks moved back. */
  rusak: number;
}

function chronological(a: Receipt, b: Receipt): number {
  return a.tanggal - b.tanggal || RANK[a.tahap] - RANK[b.tahap] || compareRows(a, b);
}

const sum = (rows: readonly Receipt[], f: (r: Receipt) => number): number => rows.reduce((n, r) => n + f(r), 0);

export function checkDamage(receipts: readonly Receipt[], index: ItemIndex): DamageCheck {
  const byItem = new Map<number, Receipt[]>();
  for (const r of receipts) {
    const list = byItem.get(r.item) ?? [];
    list.push(r);
    byItem.set(r.item, list);
  }
  const issues: Issue[] = [];
  const rejected = new Set<Receipt>();
  for (const [item, list] of byItem) {
    const label = itemLabel(index.items[item]!);
    const stock: Stock = { diterima: 0, rusak: 0 };
    const ordered = [...list].sort(chronological);
    for (let start = 0; start < ordered.length; ) {
      const first = ordered[start]!;
      let end = start;
      while (end < ordered.length && ordered[end]!.tanggal === first.tanggal && RANK[ordered[end]!.tahap] === RANK[first.tahap]) end++;
      const group = ordered.slice(start, end);
      for (const r of trimToFit(group, stock, label, issues)) rejected.add(r);
      start = end;
    }
  }
  const accepted = receipts.filter((r) => !rejected.has(r)).sort(compareRows);
  return { accepted, issues, rejected: [...rejected].sort(compareRows) };
}

/** Leaves out the group's last rows until its sum fits the stock, then books the rest; returns what it left out. */
function trimToFit(group: Receipt[], stock: Stock, label: string, issues: Issue[]): Receipt[] {
  const dropped: Receipt[] = [];
  for (;;) {
    const excess = excessIssue(group, stock, label);
    if (excess === null) break;
    issues.push(excess);
    dropped.push(group.pop()!);
  }
  const rusak = sum(group, (r) => r.rusak);
  const stage = group[0] === undefined ? null : RANK[group[0].tahap];
  if (stage === 0) stock.diterima += sum(group, (r) => r.diterima);
  if (stage === 2) stock.rusak -= rusak;
  else stock.rusak += rusak;
  return dropped;
}

/** The issue on the group's last row when its damage is more than it could refer to, else null. */
function excessIssue(group: readonly Receipt[], stock: Stock, barang: string): Issue | null {
  const last = group[group.length - 1];
  if (last === undefined) return null;
  const rusak = sum(group, (r) => r.rusak);
  const base = { barang, tanggal: isoDate(last.tanggal), baris: group.length };
  const stage = RANK[last.tahap];
  if (stage === 0) {
    const diterima = sum(group, (r) => r.diterima);
    return rusak > diterima ? terimaIssue('receipt-damage-over-received', last.file, last.line, 'rusak', { ...base, rusak, diterima }) : null;
  }
  if (stage === 1) {
    const baik = stock.diterima - stock.rusak;
    return rusak > baik ? terimaIssue('receipt-sorting-over-good', last.file, last.line, 'rusak', { ...base, rusak, baik }) : null;
  }
  return rusak > stock.rusak ? terimaIssue('receipt-restore-over-damaged', last.file, last.line, 'rusak', { ...base, pulih: rusak, rusak: stock.rusak }) : null;
}
