import { F, type Issue, type Row, type RowContext } from '../types.js';
import { ageOn, formatYmd, parseDate, type Ymd } from './dates.js';
import { makeIssue } from './issue.js';
import { firstInvisible, maskNik } from '../echo.js';
import { nikBirth, nikHasKnownProvince, nikShape, type NikBirth, type NikShape } from './nik.js';
import { isValidDisability, parseSex, parseStatus, type MaritalStatus } from './person.js';
import type { VerdictDraft } from './verdict.js';

/** The NIK cell: shape errors reject the row; region and birth-date parts only warn. */
function checkNik(v: VerdictDraft, raw: string, ctx: RowContext): NikBirth | null {
  const text = raw.trim();
  const shape = nikShape(text);
  if (shape === 'masked') v.nikMasked = true;
  else if (shape !== 'ok') v.add(nikFault(shape, text, ctx));
  if (shape !== 'ok') return null;
  v.nik = text;
  if (!nikHasKnownProvince(text)) {
    v.add(makeIssue('nik-province', ctx.file, ctx.line, 'nik', { nik: maskNik(text), provinsi: text.slice(0, 2) }));
  }
  const birth = nikBirth(text);
  if (birth === null) v.add(makeIssue('nik-birthdate', ctx.file, ctx.line, 'nik', { nik: maskNik(text) }));
  return birth;
}

/** The issue for a NIK cell that is not 16 plain digits: it says what is wrong, never the NIK itself. */
function nikFault(shape: Exclude<NikShape, 'ok' | 'masked'>, text: string, ctx: RowContext): Issue {
  switch (shape) {
    case 'spreadsheet':
      return makeIssue('nik-spreadsheet', ctx.file, ctx.line, 'nik', { nik: maskNik(text) });
    case 'invisible':
      return makeIssue('nik-invisible', ctx.file, ctx.line, 'nik', firstInvisible(text) ?? { karakter: '?', posisi: 0 });
    case 'letter':
      return makeIssue('nik-letter', ctx.file, ctx.line, 'nik', { posisi: [...text].findIndex((ch) => /\p{L}/u.test(ch)) + 1 });
    case 'separator':
      return makeIssue('nik-separator', ctx.file, ctx.line, 'nik', { nik: maskNik(text) });
    default:
      return makeIssue('nik-format', ctx.file, ctx.line, 'nik', { panjang: text.length });
  }
}

/** NKK is optional: damage rejects the row like a NIK's, a wrong length only warns. */
function checkNkk(v: VerdictDraft, raw: string, ctx: RowContext): void {
  const text = raw.trim();
  if (text === '') return;
  const shape = nikShape(text);
  if (shape === 'spreadsheet') v.add(makeIssue('nkk-spreadsheet', ctx.file, ctx.line, 'nkk', { nkk: maskNik(text) }));
  else if (shape !== 'ok' && shape !== 'masked') v.add(makeIssue('nkk-format', ctx.file, ctx.line, 'nkk', { panjang: text.length }));
}

function readBirthDate(v: VerdictDraft, raw: string | undefined, day: Ymd, ctx: RowContext): Ymd | null {
  if (raw === undefined || raw.trim() === '') return null;
  const birth = parseDate(raw);
  if (birth !== null && birth <= day) return birth;
  v.add(makeIssue('tanggal-lahir', ctx.file, ctx.line, 'tanggal_lahir', { hari: formatYmd(day) }));
  return null;
}

/** Under 17 on polling day and not (ever) married: not a voter (domain.md §5.3). */
function checkAge(v: VerdictDraft, birth: Ymd, status: MaritalStatus | '' | null, day: Ymd, ctx: RowContext): void {
  const umur = ageOn(birth, day);
  if (umur >= 17 || status === 'S' || status === 'P') return;
  const code = status === 'B' ? 'under-age' : 'under-age-status-unknown';
  v.add(makeIssue(code, ctx.file, ctx.line, 'tanggal_lahir', { umur, hari: formatYmd(day) }));
}

/** NIK vs the roll's own columns; a consistency hint only, the NIK can legitimately disagree. */
function checkNikAgreement(
  v: VerdictDraft, nikDate: NikBirth, sex: string | null, birth: Ymd | null, ctx: RowContext,
): void {
  const kolom: string[] = [];
  if ((sex === 'L' || sex === 'P') && sex !== nikDate.sex) kolom.push('jenis_kelamin');
  if (birth !== null) {
    const sameDay = birth % 100 === nikDate.day && Math.floor(birth / 100) % 100 === nikDate.month;
    if (!sameDay || Math.floor(birth / 10000) % 100 !== nikDate.yy) kolom.push('tanggal_lahir');
  }
  if (kolom.length === 0 || v.nik === null) return;
  v.add(makeIssue('nik-mismatch', ctx.file, ctx.line, 'nik', { nik: maskNik(v.nik), kolom: kolom.join(', ') }));
}

function checkOptionalCodes(v: VerdictDraft, row: Row, ctx: RowContext): void {
  const disabilitas = row[F.disabilitas];
  if (disabilitas !== undefined && !isValidDisability(disabilitas)) {
    v.add(makeIssue('disabilitas', ctx.file, ctx.line, 'disabilitas'));
  }
}

/** Everything about one voter beyond the TPS identity. */
export function checkVoter(v: VerdictDraft, row: Row, day: Ymd, ctx: RowContext): void {
  v.dpt = 1;
  const nikRaw = row[F.nik];
  const nikDate = nikRaw === undefined ? null : checkNik(v, nikRaw, ctx);
  const nkk = row[F.nkk];
  if (nkk !== undefined) checkNkk(v, nkk, ctx);
  const sexRaw = row[F.jenis_kelamin];
  const sex = sexRaw === undefined ? '' : parseSex(sexRaw);
  if (sex === null) v.add(makeIssue('jenis-kelamin', ctx.file, ctx.line, 'jenis_kelamin'));
  const statusRaw = row[F.status_kawin];
  const status = statusRaw === undefined ? '' : parseStatus(statusRaw);
  if (status === null) v.add(makeIssue('status-kawin', ctx.file, ctx.line, 'status_kawin'));
  const birth = readBirthDate(v, row[F.tanggal_lahir], day, ctx);
  if (birth !== null) checkAge(v, birth, status, day, ctx);
  if (nikDate !== null) checkNikAgreement(v, nikDate, sex, birth, ctx);
  checkOptionalCodes(v, row, ctx);
}
