/**
 * The voter lane (AssemblyScript, compiled to dist/wasm/voter-lane.wasm by scripts/build-wasm.mjs): takes, in one
 * call, the run of records that the JavaScript fast way (scanner.ts splitFields + RollAssembler
 * tryFast + FastVoterCheck.check + sameIdentity) would prove clean one by one, and hands back only
 * their NIK halves. It stops at the first record it cannot prove clean — anything unusual,
 * including a new TPS identity — and the JavaScript way then reads that record exactly as before,
 * so a verdict never depends on the lane: it only ever says "clean, same TPS" or "not mine".
 *
 * Memory (all set up by init): two work areas the scanner reads its chunks into, a window (a copy
 * of bytes the scanner holds elsewhere), the NIK halves out, the field bounds of the record at
 * hand, the identity's bytes, the province table. Positions are addresses in this memory.
 */

const LF: u8 = 0x0a;
const CR: u8 = 0x0d;
const QUOTE: u8 = 0x22;

// Field bounds and flags of the record at hand.
let starts: usize = 0;
let ends: usize = 0;
let escaped: usize = 0;
let maxFields: i32 = 0;
// Output.
let outHi: usize = 0;
let outLo: usize = 0;
let outCap: i32 = 0;
// The window, the work areas and the identity.
let win: usize = 0;
let work0: usize = 0;
let work1: usize = 0;
let idBuf: usize = 0;
let idCap: i32 = 0;
let prov: usize = 0;

// Layout.
let width: i32 = 0;
let delim: u8 = 0x2c;
let cNik: i32 = -1;
let cNkk: i32 = -1;
let cSex: i32 = -1;
let cStatus: i32 = -1;
let cBirth: i32 = -1;
let cDisab: i32 = -1;
let cId0: i32 = -1;
let cId1: i32 = -1;
let cId2: i32 = -1;
let cId3: i32 = -1;
let day: i32 = 0;
let maxRecord: i32 = 4096;
// The identity: each cell's start and end in idBuf; hasId 0 means no record can match.
let hasId: i32 = 0;
let idS0: i32 = 0;
let idE0: i32 = 0;
let idS1: i32 = 0;
let idE1: i32 = 0;
let idS2: i32 = 0;
let idE2: i32 = 0;
let idS3: i32 = 0;
let idE3: i32 = 0;

let stop: i32 = 0;

export function init(fields: i32, windowBytes: i32, rows: i32, identityBytes: i32, workBytes: i32): void {
  maxFields = fields;
  starts = heap.alloc(<usize>fields << 2);
  ends = heap.alloc(<usize>fields << 2);
  escaped = heap.alloc(<usize>fields);
  outCap = rows;
  outHi = heap.alloc(<usize>rows << 2);
  outLo = heap.alloc(<usize>rows << 2);
  // 64 bytes after each: 16-byte loads may read past the last byte.
  win = heap.alloc(<usize>windowBytes + 64);
  work0 = heap.alloc(<usize>workBytes + 64);
  work1 = heap.alloc(<usize>workBytes + 64);
  idCap = identityBytes;
  // 16 bytes after it too: cells are compared 16 bytes at a time.
  idBuf = heap.alloc(<usize>identityBytes + 16);
  prov = heap.alloc(100);
}

export function windowPtr(): usize { return win; }
export function workPtr(i: i32): usize { return i == 0 ? work0 : work1; }
export function hiPtr(): usize { return outHi; }
export function loPtr(): usize { return outLo; }
export function identityPtr(): usize { return idBuf; }
export function provincePtr(): usize { return prov; }
/** Where the records taken by the last run end (a record start). */
export function stopAt(): i32 { return stop; }

export function layout(w: i32, d: i32, nik: i32, nkk: i32, sex: i32, status: i32, birth: i32, disab: i32, pollingDay: i32, maxBytes: i32): void {
  width = w;
  delim = <u8>d;
  cNik = nik;
  cNkk = nkk;
  cSex = sex;
  cStatus = status;
  cBirth = birth;
  cDisab = disab;
  day = pollingDay;
  maxRecord = maxBytes;
}

export function identityColumns(c0: i32, c1: i32, c2: i32, c3: i32): void {
  cId0 = c0;
  cId1 = c1;
  cId2 = c2;
  cId3 = c3;
}

export function identity(s0: i32, e0: i32, s1: i32, e1: i32, s2: i32, e2: i32, s3: i32, e3: i32): void {
  idS0 = s0; idE0 = e0; idS1 = s1; idE1 = e1; idS2 = s2; idE2 = e2; idS3 = s3; idE3 = e3;
  hasId = 1;
}

export function noIdentity(): void {
  hasId = 0;
}

@inline function st(i: i32): i32 { return load<i32>(starts + (<usize>i << 2)); }
@inline function en(i: i32): i32 { return load<i32>(ends + (<usize>i << 2)); }
@inline function esc(i: i32): u8 { return load<u8>(escaped + <usize>i); }
@inline function byte(p: i32): i32 { return <i32>load<u8>(<usize>p); }

function digits(from: i32, count: i32): i32 {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = byte(i) - 48;
    if (<u32>d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

// Results of sixteen(): the first and last 8 digits.
let hi8: i32 = 0;
let lo8: i32 = 0;

/**
 * Whether the 16 bytes at `from` are all digits; if so their value as two 8-digit halves in
 * hi8/lo8, by pairs, then groups of four, of digits multiplied and added 8 or 4 lanes at a time.
 */
function sixteen(from: i32, value: bool): bool {
  const d = i8x16.sub(v128.load(<usize>from), i8x16.splat(48));
  if (i8x16.bitmask(i8x16.gt_u(d, i8x16.splat(9))) != 0) return false;
  if (!value) return true;
  const ones = i16x8(1, 1, 1, 1, 1, 1, 1, 1);
  const pairsHi = i32x4.dot_i16x8_s(i16x8.extmul_low_i8x16_u(d, i8x16(10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1)), ones);
  const pairsLo = i32x4.dot_i16x8_s(i16x8.extmul_high_i8x16_u(d, i8x16(10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1)), ones);
  const quads = i32x4.dot_i16x8_s(i16x8.narrow_i32x4_u(pairsHi, pairsLo), i16x8(100, 1, 100, 1, 100, 1, 100, 1));
  hi8 = i32x4.extract_lane(quads, 0) * 10000 + i32x4.extract_lane(quads, 1);
  lo8 = i32x4.extract_lane(quads, 2) * 10000 + i32x4.extract_lane(quads, 3);
  return true;
}

@inline function isLeap(y: i32): bool {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

function isRealDate(y: i32, m: i32, d: i32): bool {
  if (m < 1 || m > 12 || d < 1) return false;
  let max = 31;
  if (m == 2) max = isLeap(y) ? 29 : 28;
  else if (m == 4 || m == 6 || m == 9 || m == 11) max = 30;
  return d <= max;
}

let hi: i32 = 0;
let lo: i32 = 0;

/** FastVoterCheck.check (src/core/validate/fast-voter.ts), the same tests in the same order. */
function check(): bool {
  let c = cNik;
  let s = st(c);
  if (en(c) - s != 16 || esc(c) == 1) return false;
  if (!sixteen(s, true)) return false;
  const h = hi8;
  const l = lo8;
  if (load<u8>(prov + <usize>(h / 1000000)) != 1) return false;
  const dd = h % 100;
  const nikMonth = l / 1000000;
  const nikYy = (l / 10000) % 100;
  const female = dd > 40;
  const nikDay = female ? dd - 40 : dd;
  if (nikDay > 31) return false;
  if (!isRealDate(2000 + nikYy, nikMonth, nikDay) && !isRealDate(1900 + nikYy, nikMonth, nikDay)) return false;
  c = cNkk;
  if (c >= 0) {
    s = st(c);
    const n = en(c) - s;
    if (n != 0 && (n != 16 || esc(c) == 1 || !sixteen(s, false))) return false;
  }
  let sex = 0;
  c = cSex;
  if (c >= 0) {
    s = st(c);
    const n = en(c) - s;
    if (n == 1) {
      sex = byte(s) & ~0x20;
      if (sex != 0x4c && sex != 0x50) return false;
      if ((sex == 0x50) != female) return false;
    } else if (n != 0) return false;
  }
  let status = 0;
  c = cStatus;
  if (c >= 0) {
    s = st(c);
    const n = en(c) - s;
    if (n == 1) {
      status = byte(s) & ~0x20;
      if (status != 0x42 && status != 0x53 && status != 0x50) return false;
    } else if (n != 0) return false;
  }
  c = cBirth;
  if (c >= 0) {
    s = st(c);
    const n = en(c) - s;
    if (n == 10) {
      const sep = byte(s + 2);
      if ((sep != 0x2d && sep != 0x2f) || byte(s + 5) != sep) return false;
      const d = digits(s, 2);
      const m = digits(s + 3, 2);
      const y = digits(s + 6, 4);
      if (d < 0 || m < 0 || y < 0 || !isRealDate(y, m, d)) return false;
      const birth = y * 10000 + m * 100 + d;
      if (birth > day) return false;
      let age = day / 10000 - y;
      if (day % 10000 < birth % 10000) age--;
      if (age < 17 && status != 0x53 && status != 0x50) return false;
      if (d != nikDay || m != nikMonth || y % 100 != nikYy) return false;
    } else if (n != 0) return false;
  }
  c = cDisab;
  if (c >= 0) {
    s = st(c);
    const n = en(c) - s;
    if (n == 1) {
      const b = byte(s);
      if ((b < 0x30 || b > 0x36) && b != 0x2d) return false;
    } else if (n != 0) return false;
  }
  hi = h;
  lo = l;
  return true;
}

function sameCell(c: i32, s: i32, e: i32): bool {
  if (c < 0) return true;
  const from = st(c);
  const n = en(c) - from;
  if (esc(c) == 1 || n != e - s) return false;
  let a = <usize>from;
  let b = idBuf + <usize>s;
  let left = n;
  for (; left >= 16; left -= 16, a += 16, b += 16) {
    if (i8x16.bitmask(i8x16.eq(v128.load(a), v128.load(b))) != 0xffff) return false;
  }
  const want = (1 << left) - 1;
  return (i8x16.bitmask(i8x16.eq(v128.load(a), v128.load(b))) & want) == want;
}

@inline function sameIdentity(): bool {
  return sameCell(cId0, idS0, idE0) && sameCell(cId1, idS1, idE1) && sameCell(cId2, idS2, idE2) && sameCell(cId3, idS3, idE3);
}

/** A delimiter at `at` ends field `count`: false past the layout's width (a ragged record). */
@inline function mark(count: i32, at: i32): bool {
  if (count + 1 >= width) return false;
  store<i32>(ends + (<usize>count << 2), at);
  store<i32>(starts + (<usize>(count + 1) << 2), at + 1);
  return true;
}

// What splitRecord found: the record's line end (LF), or -1 when the bytes hold no whole line,
// or -2 when the record is not one the lane takes.
let lineEnd: i32 = 0;

/**
 * Field bounds of the record at `p` (no quote in it), found 16 bytes at a time. -2 when it has a
 * byte >= 0x80 (asciiOnly), the wrong field count, or more than maxRecord bytes.
 */
function splitPlain(p: i32, limit: i32, asciiOnly: bool): i32 {
  const dv = i8x16.splat(<i8>delim);
  const lv = i8x16.splat(<i8>LF);
  const qv = i8x16.splat(<i8>QUOTE);
  let count = 0;
  store<i32>(starts, p);
  for (let q = p; ; q += 16) {
    if (q >= limit) return -1;
    if (q - p > maxRecord + 16) return -2;
    const v = v128.load(<usize>q);
    const room = limit - q;
    const valid: i32 = room >= 16 ? 0xffff : (1 << room) - 1;
    let lf = i8x16.bitmask(i8x16.eq(v, lv)) & valid;
    let cut: i32 = valid;
    if (lf != 0) cut = (lf & -lf) - 1;
    if ((i8x16.bitmask(i8x16.eq(v, qv)) & cut) != 0) return -3;
    if (asciiOnly && (i8x16.bitmask(v) & cut) != 0) return -2;
    let dm = i8x16.bitmask(i8x16.eq(v, dv)) & cut;
    while (dm != 0) {
      if (!mark(count, q + ctz(dm))) return -2;
      count++;
      dm &= dm - 1;
    }
    if (lf != 0) {
      const at = q + ctz(lf);
      if (count + 1 != width) return -2;
      const end = at > p && byte(at - 1) == CR ? at - 1 : at;
      store<i32>(ends + (<usize>count << 2), end);
      memory.fill(escaped, 0, <usize>width);
      lineEnd = at;
      return 0;
    }
    if (room <= 16) return -1;
  }
  return -1;
}

@inline function field(count: i32, from: i32, to: i32, x: u8): void {
  store<i32>(starts + (<usize>count << 2), from);
  store<i32>(ends + (<usize>count << 2), to);
  store<u8>(escaped + <usize>count, x);
}

/**
 * The same record as scanner.ts's byte machine (runSlow) reads it, for a record with a quote in
 * it, found 16 bytes at a time: only delimiters, quotes and line ends change the machine's state,
 * so only they are looked at, in order. -2 for what the lane leaves to the byte machine: text
 * after a closing quote (a problem record), a line end inside quotes (its lines count
 * differently), a CR after a closing quote not followed by LF, a byte >= 0x80 (asciiOnly), the
 * wrong field count.
 */
function splitQuoted(p: i32, limit: i32, asciiOnly: bool): i32 {
  const dv = i8x16.splat(<i8>delim);
  const lv = i8x16.splat(<i8>LF);
  const qv = i8x16.splat(<i8>QUOTE);
  let count = 0;
  let fs = p;
  let quoted = false;
  let fx: u8 = 0;
  // Events before this position were consumed with the one before them (`""`, `",`).
  let skip = p;
  for (let q = p; ; q += 16) {
    if (q >= limit) return -1;
    if (q - p > maxRecord + 16) return -2;
    const v = v128.load(<usize>q);
    const room = limit - q;
    const valid: i32 = room >= 16 ? 0xffff : (1 << room) - 1;
    const high = asciiOnly ? i8x16.bitmask(v) & valid : 0;
    let m = (i8x16.bitmask(i8x16.eq(v, dv)) | i8x16.bitmask(i8x16.eq(v, qv)) | i8x16.bitmask(i8x16.eq(v, lv))) & valid;
    while (m != 0) {
      const pos = q + ctz(m);
      m &= m - 1;
      if (pos < skip) continue;
      const c = <u8>byte(pos);
      if (high != 0 && (high & ((2 << (pos - q)) - 1)) != 0) return -2;
      if (quoted) {
        if (c == LF) return -2;
        if (c != QUOTE) continue;
        if (pos + 1 >= limit) return -1;
        const next = <u8>byte(pos + 1);
        if (next == QUOTE) {
          fx = 1;
          skip = pos + 2;
          continue;
        }
        let end = -1;
        if (next == LF) end = pos + 1;
        else if (next == CR) {
          if (pos + 2 >= limit) return -1;
          if (<u8>byte(pos + 2) != LF) return -2;
          end = pos + 2;
        } else if (next != delim) return -2;
        if (count >= width) return -2;
        field(count++, fs, pos, fx);
        if (end >= 0) {
          if (count != width) return -2;
          lineEnd = end;
          return 0;
        }
        quoted = false;
        fs = pos + 2;
        skip = pos + 2;
      } else if (c == QUOTE) {
        // Only at a cell's first byte does a quote open it; elsewhere it is text.
        if (pos == fs) {
          quoted = true;
          fs = pos + 1;
          fx = 0;
        }
      } else if (c == delim) {
        if (count >= width) return -2;
        field(count++, fs, pos, 0);
        fs = pos + 1;
      } else {
        if (count >= width) return -2;
        field(count++, fs, pos > fs && byte(pos - 1) == CR ? pos - 1 : pos, 0);
        if (count != width) return -2;
        lineEnd = pos;
        return 0;
      }
    }
    // The record goes on past this block: every byte of it is the record's.
    if (high != 0) return -2;
    if (room <= 16) return -1;
  }
  return -1;
}

/**
 * Takes records from `start` (a record start) while each is whole before `limit`
 * and clean, and has the identity; at most outCap. Returns how many; stopAt() is where they end.
 */
export function run(start: i32, limit: i32, asciiOnly: i32): i32 {
  let p = start;
  let n = 0;
  const ascii = asciiOnly != 0;
  while (n < outCap && hasId != 0) {
    let r = splitPlain(p, limit, ascii);
    if (r == -3) r = splitQuoted(p, limit, ascii);
    if (r != 0) break;
    if (en(width - 1) - st(0) > maxRecord) break;
    if (!check() || !sameIdentity()) break;
    store<i32>(outHi + (<usize>n << 2), hi);
    store<i32>(outLo + (<usize>n << 2), lo);
    n++;
    p = lineEnd + 1;
  }
  stop = p;
  return n;
}
