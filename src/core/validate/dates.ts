/**
 * Calendar arithmetic on plain numbers. No `Date`: local time zones and DST must never move a
 * birthday, and yyyymmdd integers compare in the right order.
 */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const max = month === 2 && isLeapYear(year) ? 29 : (DAYS[month - 1] ?? 0);
  return day <= max;
}

/** A date as the integer yyyymmdd. */
export type Ymd = number;

export function ymd(year: number, month: number, day: number): Ymd {
  return year * 10000 + month * 100 + day;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DMY = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})$/;

function checked(year: number, month: number, day: number): Ymd | null {
  return isRealDate(year, month, day) ? ymd(year, month, day) : null;
}

function digitsAt(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** `dd-mm-yyyy` / `dd/mm/yyyy` without a regex: the form of nearly every row of a real roll. */
function fastDmy(text: string): Ymd | null | undefined {
  const sep = text[2];
  if (text.length !== 10 || (sep !== '-' && sep !== '/') || text[5] !== sep) return undefined;
  const day = digitsAt(text, 0, 2);
  const month = digitsAt(text, 3, 2);
  const year = digitsAt(text, 6, 4);
  if (day < 0 || month < 0 || year < 0) return undefined;
  return checked(year, month, day);
}

/** `yyyy-mm-dd`, `dd-mm-yyyy` or `dd/mm/yyyy` (contract "Values"), only real dates; else null. */
export function parseDate(raw: string): Ymd | null {
  const text = raw.trim();
  const fast = fastDmy(text);
  if (fast !== undefined) return fast;
  const iso = ISO.exec(text);
  if (iso !== null) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DMY.exec(text);
  if (dmy !== null) return checked(Number(dmy[4]), Number(dmy[3]), Number(dmy[1]));
  return null;
}

let lastPollingText = '';
let lastPollingDay: Ymd = 0;

/** The polling day from the settings; memoised because checkRow needs it for every row. */
export function pollingDay(text: string): Ymd {
  if (text !== lastPollingText) {
    const iso = ISO.exec(text);
    const day = iso === null ? null : checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (day === null) throw new Error(`hariPemungutan is not a yyyy-mm-dd date: ${text}`);
    lastPollingText = text;
    lastPollingDay = day;
  }
  return lastPollingDay;
}

/**
 * Whole years between two dates. A 29 February birthday is reached on 1 March in common years,
 * because (2, 28) sorts before (2, 29).
 */
export function ageOn(birth: Ymd, day: Ymd): number {
  const years = Math.floor(day / 10000) - Math.floor(birth / 10000);
  return day % 10000 < birth % 10000 ? years - 1 : years;
}

export function formatYmd(day: Ymd): string {
  const s = String(day).padStart(8, '0');
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}
