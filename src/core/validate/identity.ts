import { F, type Layout, type Row, type RowContext } from '../types.js';
import { makeIssue } from './issue.js';
import { echoCell } from '../echo.js';
import { hasKnownProvince, parseKode } from './region-code.js';
import { parseTps } from './tps-number.js';
import { tpsKey } from './tps-key.js';
import { VerdictDraft } from './verdict.js';

/** Region names are compared as written, only with the spreadsheet's stray spaces removed. */
export function cleanName(raw: string | undefined): string {
  if (raw === undefined) return '';
  const text = raw.trim();
  return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

function readKode(v: VerdictDraft, row: Row, ctx: RowContext): void {
  const raw = row[F.kode_kelurahan] ?? '';
  if (raw.trim() === '') {
    v.add(makeIssue('tps-identity', ctx.file, ctx.line, 'kode_kelurahan', { kolom: 'kode_kelurahan' }));
    return;
  }
  const kode = parseKode(raw);
  if (typeof kode !== 'string') {
    const params = { nilai: echoCell('kode_kelurahan', raw), bagian: kode.fault };
    v.add(makeIssue('kode-wilayah-format', ctx.file, ctx.line, 'kode_kelurahan', params));
    return;
  }
  v.kodeKelurahan = kode;
  if (!hasKnownProvince(kode)) {
    const params = { nilai: kode, provinsi: kode.slice(0, 2) };
    v.add(makeIssue('kode-wilayah-province', ctx.file, ctx.line, 'kode_kelurahan', params));
  }
}

function requireNames(v: VerdictDraft, ctx: RowContext): void {
  const column = v.kecamatan === '' ? 'kecamatan' : v.kelurahan === '' ? 'kelurahan' : null;
  if (column !== null) v.add(makeIssue('tps-identity', ctx.file, ctx.line, column, { kolom: column }));
}

function readTps(v: VerdictDraft, row: Row, ctx: RowContext): void {
  const raw = row[F.tps] ?? '';
  if (raw.trim() === '') {
    v.add(makeIssue('tps-identity', ctx.file, ctx.line, 'tps', { kolom: 'tps' }));
    return;
  }
  const tps = parseTps(raw);
  if (tps === null) v.add(makeIssue('tps-format', ctx.file, ctx.line, 'tps', { nilai: echoCell('tps', raw) }));
  else v.tps = tps;
}

/**
 * The TPS identity: the village code when the roll has that column (a blank code is then an
 * error, not a fall-back to names, so that one roll never keys the same TPS two ways), else the
 * kecamatan + kelurahan names; plus the TPS number.
 */
export function readIdentity(v: VerdictDraft, row: Row, layout: Layout, ctx: RowContext): void {
  v.kecamatan = cleanName(row[F.kecamatan]);
  v.kelurahan = cleanName(row[F.kelurahan]);
  const byCode = layout.present[F.kode_kelurahan] === true;
  if (byCode) readKode(v, row, ctx);
  else requireNames(v, ctx);
  readTps(v, row, ctx);
  const placeOk = byCode ? v.kodeKelurahan !== '' : v.kecamatan !== '' && v.kelurahan !== '';
  if (placeOk && v.tps !== '') v.key = tpsKey(v.kodeKelurahan, v.kecamatan, v.kelurahan, v.tps);
}

/** A TPS identity that raised no issue: what a run of clean rows of one TPS shares. */
export interface CleanIdentity {
  readonly key: string;
  readonly kodeKelurahan: string;
  readonly kecamatan: string;
  readonly kelurahan: string;
  readonly tps: string;
}

/** The identity of a row when reading it raises no issue at all; null otherwise (the row goes the slow way). */
export function cleanIdentity(row: Row, layout: Layout): CleanIdentity | null {
  const v = new VerdictDraft(layout.kind);
  readIdentity(v, row, layout, { file: '', line: 0 });
  if (v.issues.length !== 0 || v.key === '') return null;
  return { key: v.key, kodeKelurahan: v.kodeKelurahan, kecamatan: v.kecamatan, kelurahan: v.kelurahan, tps: v.tps };
}
