import { F, type Layout } from '../types.js';
import { ageOn, isRealDate, ymd, type Ymd } from './dates.js';
import { isProvinceCode } from './provinces.js';

/**
 * A byte-level proof that a voter record is clean: when `check` returns true, checkRow on the
 * decoded record would return a counted verdict with no issue at all and the NIK `hi`/`lo` (the
 * TPS identity is checked by the caller). It accepts only the plain forms of each cell (16 digits,
 * `L`/`P`, `dd-mm-yyyy` …) and says false for anything else, which then goes the slow way
 * (decode + checkRow), so the verdicts are the same by construction; test/validate/fast-voter.test.ts
 * checks this against checkRow on generated cells.
 */
export const PROVINCE = new Uint8Array(100);
for (let pp = 0; pp < 100; pp++) PROVINCE[pp] = isProvinceCode(String(pp).padStart(2, '0')) ? 1 : 0;

/** The physical column that fills a field (the last one when several map to it, as the reader does), or -1. */
export function columnOf(layout: Layout, field: number): number {
  return layout.fieldOfColumn.lastIndexOf(field);
}

function digits(buf: Uint8Array, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = buf[i]! - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const L = 0x4c;
const P = 0x50;
const B = 0x42;
const S = 0x53;
const LOWER = 0x20;

export class FastVoterCheck {
  hi = 0;
  lo = 0;
  private readonly nik: number;
  private readonly nkk: number;
  private readonly sex: number;
  private readonly status: number;
  private readonly birth: number;
  private readonly disab: number;

  constructor(layout: Layout, private readonly day: Ymd) {
    this.nik = columnOf(layout, F.nik);
    this.nkk = columnOf(layout, F.nkk);
    this.sex = columnOf(layout, F.jenis_kelamin);
    this.status = columnOf(layout, F.status_kawin);
    this.birth = columnOf(layout, F.tanggal_lahir);
    this.disab = columnOf(layout, F.disabilitas);
  }

  /** Whether this layout can use the fast path at all (a voter roll with a NIK column). */
  static applies(layout: Layout): boolean {
    return layout.kind === 'pemilih' && columnOf(layout, F.nik) >= 0;
  }

  check(buf: Uint8Array, starts: Int32Array, ends: Int32Array, escaped: Uint8Array): boolean {
    // NIK: 16 digits, known province, a real DDMMYY.
    let c = this.nik;
    let s = starts[c]!;
    if (ends[c]! - s !== 16 || escaped[c] === 1) return false;
    const hi = digits(buf, s, 8);
    const lo = digits(buf, s + 8, 8);
    if (hi < 0 || lo < 0) return false;
    if (PROVINCE[(hi / 1_000_000) | 0] !== 1) return false;
    const dd = hi % 100;
    const nikMonth = (lo / 1_000_000) | 0;
    const nikYy = ((lo / 10_000) | 0) % 100;
    const female = dd > 40;
    const nikDay = female ? dd - 40 : dd;
    if (nikDay > 31) return false;
    if (!isRealDate(2000 + nikYy, nikMonth, nikDay) && !isRealDate(1900 + nikYy, nikMonth, nikDay)) return false;
    // NKK: blank or 16 digits.
    c = this.nkk;
    if (c >= 0) {
      s = starts[c]!;
      const n = ends[c]! - s;
      if (n !== 0 && (n !== 16 || escaped[c] === 1 || digits(buf, s, 8) < 0 || digits(buf, s + 8, 8) < 0)) return false;
    }
    // Sex: blank, L or P (either case); it must agree with the NIK.
    let sex = 0;
    c = this.sex;
    if (c >= 0) {
      s = starts[c]!;
      const n = ends[c]! - s;
      if (n === 1) {
        sex = buf[s]! & ~LOWER;
        if (sex !== L && sex !== P) return false;
        if ((sex === P) !== female) return false;
      } else if (n !== 0) return false;
    }
    // Marital status: blank, B, S or P.
    let status = 0;
    c = this.status;
    if (c >= 0) {
      s = starts[c]!;
      const n = ends[c]! - s;
      if (n === 1) {
        status = buf[s]! & ~LOWER;
        if (status !== B && status !== S && status !== P) return false;
      } else if (n !== 0) return false;
    }
    // Birth date: blank, or dd-mm-yyyy / dd/mm/yyyy, real, not after polling day, 17 or married,
    // and the same day as the NIK's.
    c = this.birth;
    if (c >= 0) {
      s = starts[c]!;
      const n = ends[c]! - s;
      if (n === 10) {
        const sep = buf[s + 2];
        if ((sep !== 0x2d && sep !== 0x2f) || buf[s + 5] !== sep) return false;
        const d = digits(buf, s, 2);
        const m = digits(buf, s + 3, 2);
        const y = digits(buf, s + 6, 4);
        if (d < 0 || m < 0 || y < 0 || !isRealDate(y, m, d)) return false;
        const birth = ymd(y, m, d);
        if (birth > this.day) return false;
        if (ageOn(birth, this.day) < 17 && status !== S && status !== P) return false;
        if (d !== nikDay || m !== nikMonth || y % 100 !== nikYy) return false;
      } else if (n !== 0) return false;
    }
    // Disability: blank, one code 0-6, or `-`.
    c = this.disab;
    if (c >= 0) {
      s = starts[c]!;
      const n = ends[c]! - s;
      if (n === 1) {
        const b = buf[s]!;
        if ((b < 0x30 || b > 0x36) && b !== 0x2d) return false;
      } else if (n !== 0) return false;
    }
    this.hi = hi;
    this.lo = lo;
    return true;
  }
}
