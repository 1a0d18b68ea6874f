#!/usr/bin/env node
/**
 * Deterministic voter-roll (DPT) generator.
 *
 *   node scripts/generate-roll.mjs --from rekap.csv --out pemilih.csv [--seed N] [--gzip]
 *   node scripts/generate-roll.mjs --rows 1000000 --out roll.csv [--recap-out rekap.csv]
 *
 * `--from` expands a per-TPS recap (contract recap format) into one row per voter, exactly `dpt` rows
 * per (kode_kelurahan, tps) and exactly `dpt_l`/`dpt_p` men/women when given. `--rows` invents regions
 * shaped like docs/perf-baseline §1 of the shared docs (~250 voters per TPS, ~146 bytes a row).
 * The output depends only on the arguments: one seeded PRNG, no clock, no locale, no Math.random.
 * Rows go out in ~256 KiB chunks with backpressure, and the only per-roll state is one kecamatan's
 * NIK/NKK serial counters plus the recap, so 30 M rows run in bounded memory.
 *
 * Module use: `writeRoll(recap, writable, opts)` streams a roll and resolves to the recap it wrote;
 * `syntheticRecap(rows, seed)` is the recap `--rows` uses; `readRecap`/`recapToCsv` convert recaps.
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import * as W from './lib/words.mjs';
import { runMainIfScript } from './lib/run-main.mjs';

export const HEADER = [
  'kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'nkk', 'nik', 'nama', 'tempat_lahir', 'tanggal_lahir',
  'status_kawin', 'jenis_kelamin', 'alamat', 'rt', 'rw', 'disabilitas', 'keterangan',
];
export const RECAP_HEADER = ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'dpt', 'dpt_l', 'dpt_p'];
export const DEFAULT_SEED = 20240214;
/** Pemilu 2024 polling day (domain.md §5.3); Pilkada 2024 would be 2024-11-27. */
export const DEFAULT_POLLING_DAY = '2024-02-14';

// ---------------------------------------------------------------------------------------------
// PRNG and small helpers

/** mulberry32: tiny, fast, good enough for test data, and identical on every platform. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng, n) => Math.floor(rng() * n); // 0 … n-1
const pick = (rng, list) => list[int(rng, list.length)];
const pad = (n, width) => String(n).padStart(width, '0');

/** RFC 4180: quote only when needed, double the quotes inside. */
export function csvField(s) {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// ---------------------------------------------------------------------------------------------
// Civil dates as day numbers (Howard Hinnant's algorithms): integer arithmetic, no Date, no TZ.

export function daysFromCivil(y, m, d) {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(z) {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y, m) => (m === 2 ? (isLeap(y) ? 29 : 28) : [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]);

/** Age in whole years on `day` (y, m, d) of someone born on `birth`; used by the tests too. */
export function ageOn(birth, day) {
  const before = day.m < birth.m || (day.m === birth.m && day.d < birth.d);
  return day.y - birth.y - (before ? 1 : 0);
}

export function parseIsoDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) throw new Error(`not a yyyy-mm-dd date: ${s}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) throw new Error(`no such date: ${s}`);
  return { y, m: mo, d };
}

/**
 * The range of day numbers of birth dates whose age on polling day is exactly `age`. The last
 * birthday is clamped to the month's length so a 29 Feb polling day still works in common years.
 */
function birthRange(poll, age) {
  const last = (a) => daysFromCivil(poll.y - a, poll.m, Math.min(poll.d, daysInMonth(poll.y - a, poll.m)));
  return [last(age + 1) + 1, last(age)];
}

// ---------------------------------------------------------------------------------------------
// Recaps

const RECAP_ALIASES = {
  kode_kelurahan: ['kode_kelurahan', 'kode_wilayah', 'kode_desa', 'kode_kel', 'kode_kelurahan_desa'],
  kelurahan: ['kelurahan', 'desa', 'kelurahan_desa', 'desa_kelurahan', 'nama_kelurahan', 'nama_desa'],
  kecamatan: ['kecamatan', 'nama_kecamatan'],
  tps: ['tps', 'no_tps', 'nomor_tps'],
  dpt: ['dpt', 'jumlah_dpt', 'jml_dpt', 'total_dpt'],
  dpt_l: ['dpt_l', 'laki_laki', 'l'],
  dpt_p: ['dpt_p', 'perempuan', 'p'],
};

/** `1674011001` → `16.74.01.1001`; dotted codes pass through. */
export function dottedCode(code) {
  const c = code.trim();
  if (/^\d{10}$/.test(c)) return `${c.slice(0, 2)}.${c.slice(2, 4)}.${c.slice(4, 6)}.${c.slice(6)}`;
  if (/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(c)) return c;
  throw new Error(`not a kelurahan code: ${code}`);
}

/** `1`, `001`, `TPS 1` → `001`. */
export function normalTps(tps) {
  const m = /^(?:TPS\s*)?(\d{1,3})$/i.exec(tps.trim());
  if (!m) throw new Error(`not a TPS number: ${tps}`);
  return pad(Number(m[1]), 3);
}

const byTps = (a, b) =>
  a.kode_kelurahan < b.kode_kelurahan ? -1 : a.kode_kelurahan > b.kode_kelurahan ? 1 : a.tps < b.tps ? -1 : a.tps > b.tps ? 1 : 0;

/**
 * Parses a recap CSV (unquoted, as the recap files are) with the contract's header aliases.
 * Returns entries sorted by (kode_kelurahan, tps) in code-point order; the generator relies on that
 * order to keep only one kecamatan's NIK counters in memory.
 */
export function readRecap(text) {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const names = lines[0].split(',').map((h) => h.trim().toLowerCase().replace(/[\s./-]+/g, '_'));
  const col = {};
  for (const [field, aliases] of Object.entries(RECAP_ALIASES)) {
    const i = names.findIndex((n) => aliases.includes(n));
    if (i >= 0) col[field] = i;
  }
  for (const need of ['kode_kelurahan', 'tps']) if (col[need] === undefined) throw new Error(`recap has no ${need} column`);
  if (col.dpt === undefined && (col.dpt_l === undefined || col.dpt_p === undefined)) throw new Error('recap has no dpt column');
  const num = (cells, field) => {
    if (col[field] === undefined || cells[col[field]].trim() === '') return undefined;
    const v = cells[col[field]].trim();
    if (!/^\d+$/.test(v)) throw new Error(`recap ${field} is not a whole number: ${v}`);
    return Number(v);
  };
  const recap = lines.slice(1).map((line, i) => {
    const cells = line.split(',');
    const e = {
      kode_kelurahan: dottedCode(cells[col.kode_kelurahan]),
      kecamatan: col.kecamatan === undefined ? '' : cells[col.kecamatan].trim(),
      kelurahan: col.kelurahan === undefined ? '' : cells[col.kelurahan].trim(),
      tps: normalTps(cells[col.tps]),
      dpt: num(cells, 'dpt'),
      dpt_l: num(cells, 'dpt_l'),
      dpt_p: num(cells, 'dpt_p'),
    };
    if (e.dpt === undefined) e.dpt = e.dpt_l + e.dpt_p;
    if (e.dpt_l !== undefined && e.dpt_p !== undefined && e.dpt_l + e.dpt_p !== e.dpt) {
      throw new Error(`recap line ${i + 2}: dpt_l + dpt_p ≠ dpt`);
    }
    return e;
  });
  recap.sort(byTps);
  for (let i = 1; i < recap.length; i++) {
    if (byTps(recap[i - 1], recap[i]) === 0) throw new Error(`recap has TPS ${recap[i].kode_kelurahan} ${recap[i].tps} twice`);
  }
  return recap;
}

/** A recap as CSV in the contract's column names; `dpt_l`/`dpt_p` only when every entry has them. */
export function recapToCsv(recap) {
  const withLp = recap.length > 0 && recap.every((e) => e.dpt_l !== undefined && e.dpt_p !== undefined);
  const cols = withLp ? RECAP_HEADER : RECAP_HEADER.slice(0, 5);
  const rows = recap.map((e) => cols.map((c) => csvField(String(e[c]))).join(','));
  return `${cols.join(',')}\n${rows.map((r) => `${r}\n`).join('')}`;
}

/** The real province codes, so synthetic NIKs look like real ones. */
const PROVINCES = [
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72,
  73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96,
];

function placeName(rng) {
  return `${pick(rng, W.PLACE_HEAD)} ${pick(rng, W.PLACE_TAIL)}`;
}

/**
 * Synthetic regions in the shape of perf-baseline §1: per province 10–25 kab/kota (01–69 kabupaten,
 * 71–99 kota), 10–25 kecamatan, 6–20 kelurahan/desa (1xxx then 2xxx), 3–14 TPS each, 200–300 voters
 * per TPS (the last TPS takes the remainder so the total is exactly `rows`). Sorted by construction.
 */
export function syntheticRecap(rows, seed = DEFAULT_SEED) {
  const rng = mulberry32(seed ^ 0x5eed);
  const recap = [];
  let left = rows;
  for (const prov of PROVINCES) {
    const nKab = 10 + int(rng, 16);
    const nKabupaten = nKab - 2 - int(rng, 5); // the rest are 2–6 kota
    for (let k = 1; k <= nKab && left > 0; k++) {
      // Kabupaten 01…, then kota 71…: code order, so the recap comes out sorted.
      const kab = k <= nKabupaten ? k : 70 + k - nKabupaten;
      const nKec = 10 + int(rng, 16);
      for (let c = 1; c <= nKec && left > 0; c++) {
        const kecamatan = placeName(rng);
        const nKel = 6 + int(rng, 15);
        const nKelurahan = int(rng, nKel + 1);
        for (let v = 1; v <= nKel && left > 0; v++) {
          const village = v <= nKelurahan ? 1000 + v : 2000 + v - nKelurahan;
          const kode = `${prov}.${pad(kab, 2)}.${pad(c, 2)}.${village}`;
          const kelurahan = placeName(rng);
          const nTps = 3 + int(rng, 12);
          for (let t = 1; t <= nTps && left > 0; t++) {
            const dpt = Math.min(left, 200 + int(rng, 101));
            const dptL = Math.round(dpt * (0.46 + rng() * 0.08));
            recap.push({ kode_kelurahan: kode, kecamatan, kelurahan, tps: pad(t, 3), dpt, dpt_l: dptL, dpt_p: dpt - dptL });
            left -= dpt;
          }
        }
      }
    }
    if (left === 0) break;
  }
  if (left > 0) throw new Error(`--rows ${rows} is more than the synthetic regions hold`);
  return recap;
}

// ---------------------------------------------------------------------------------------------
// Voters

/**
 * NIK and NKK serials of one kecamatan. A NIK is region(6) + DD(+40 for women)MMYY + serial(4); the
 * serial counts per (region, date) as SIAK assigns it, with small gaps (moves, deaths), so NIKs are
 * unique as long as each kecamatan's voters are generated together (the recap is sorted by code).
 */
class SerialBook {
  constructor(region) {
    this.region = region;
    this.next = new Map();
  }

  /** The next 16-digit number for `date6`, or null when that date's 9999 serials are used up. */
  take(rng, date6) {
    const serial = (this.next.get(date6) ?? 0) + 1 + (rng() < 0.3 ? int(rng, 4) : 0);
    if (serial > 9999) return null;
    this.next.set(date6, serial);
    return `${this.region}${date6}${pad(serial, 4)}`;
  }
}

function voterName(rng, sex, age, family) {
  const given = sex === 'L' ? W.MALE_GIVEN : W.FEMALE_GIVEN;
  let name = pick(rng, given);
  const r = rng();
  if (r < 0.55) name += ` ${pick(rng, W.MIDDLE)}`;
  if (r < 0.15) name += ` ${pick(rng, W.MIDDLE)}`;
  if (family) name += ` ${family}`;
  // Pilgrims' prefix for some older voters; titles after a comma (~4 %) force CSV quoting.
  if (age >= 45 && rng() < 0.08) name = `${sex === 'L' ? 'H.' : 'HJ.'} ${name}`;
  const t = rng();
  if (t < 0.04 && age >= 22) name += `, ${pick(rng, W.TITLES_AFTER)}`;
  else if (t > 0.995) name += ` "${pick(rng, W.NICKNAMES)}"`; // ~0.5 %: `""` escapes in the CSV
  return name;
}

function address(rng, streets, newlineRate) {
  const n = 1 + int(rng, 250);
  const r = rng();
  let a;
  if (r < 0.05) a = `JL. ${pick(rng, streets)}, GG. ${pick(rng, W.LANE)}`; // quoted: has a comma
  else if (r < 0.55) a = `JL. ${pick(rng, streets)} NO. ${n}`;
  else if (r < 0.75) a = `DUSUN ${pick(rng, W.ROMAN)} NO. ${n}`;
  else if (r < 0.9) a = `KP. ${pick(rng, streets)} RT. ${pad(1 + int(rng, 15), 2)}`;
  else a = `PERUM ${pick(rng, streets)} BLOK ${String.fromCharCode(65 + int(rng, 8))}${1 + int(rng, 20)} NO. ${n}`;
  // Optional: a quoted embedded newline, to test readers; off unless asked for.
  if (newlineRate > 0 && rng() < newlineRate) a += `\nRT ${pad(1 + int(rng, 15), 3)}`;
  return a;
}

/**
 * Age and marital status of household member `i`. Heads are adults, a partner is close in age,
 * the others are children (or siblings) of at least 17 — except a rare married 16-year-old, who is
 * eligible because married (domain.md §5.3), so readers see that case too.
 */
function profile(rng, i, size, head, sex) {
  if (i === 0) {
    if (size === 1) {
      const age = 17 + int(rng, 74);
      const s = rng();
      return { age, kawin: age < 25 ? (s < 0.85 ? 'B' : 'S') : s < 0.2 ? 'B' : s < 0.8 ? 'S' : 'P' };
    }
    return { age: 28 + int(rng, 58), kawin: rng() < 0.88 ? 'S' : 'P' };
  }
  if (i === 1 && head.kawin === 'S' && sex !== head.sex && rng() < 0.85) {
    return { age: Math.min(95, Math.max(19, head.age - 5 + int(rng, 11))), kawin: 'S' };
  }
  if (rng() < 0.0005) return { age: 16, kawin: 'S' };
  const max = head.age - 18;
  const age = max >= 17 ? 17 + int(rng, max - 16) : 17 + int(rng, 10);
  return { age, kawin: age < 22 || rng() < 0.5 ? 'B' : 'S' };
}

const HOUSEHOLD_SIZE = [1, 2, 2, 2, 3, 3, 3, 4, 4, 5]; // mean 2.9 voters per NKK

/**
 * Writes (appends to `out.s`) the voter rows of one TPS; returns the men it wrote. With
 * `ctx.splitFamilies` > 0, a household cut short by the end of the TPS continues, with that
 * probability, into the next TPS of the roll (`carry`): a family split across TPS, and across
 * kelurahan when the next TPS is in another one. At 0 no extra random number is drawn, so rolls
 * made without the option are byte for byte what they always were.
 */
function tpsRows(rng, e, ctx, out, carry) {
  const { poll, book, nkkBook, places, newlineRate, splitFamilies, warnEveryRow } = ctx;
  const head = `${csvField(e.kode_kelurahan)},${csvField(e.kecamatan)},${csvField(e.kelurahan)},${e.tps},`;
  const streets = [pick(rng, W.STREETS), pick(rng, W.STREETS), pick(rng, W.STREETS)];
  const rwBase = 1 + int(rng, 12);
  // Exact L/P quotas: each voter is a man with probability (men left / voters left).
  let menLeft = e.dpt_l ?? Math.round(e.dpt * (0.47 + rng() * 0.06));
  let left = e.dpt;
  let men = 0;
  while (left > 0) {
    let household = carry.next;
    carry.next = null;
    if (household === null) {
      const want = pick(rng, HOUSEHOLD_SIZE);
      household = {
        want, from: 0, nkk: makeNkk(rng, nkkBook), alamat: csvField(address(rng, streets, newlineRate)),
        rtRw: `${pad(1 + int(rng, 15), 3)},${pad(rwBase + int(rng, 2), 3)}`,
        family: rng() < 0.15 ? pick(rng, W.FAMILY) : '', headProfile: null,
      };
    }
    const size = Math.min(left, household.want - household.from);
    for (let i = household.from; i < household.from + size; i++) {
      const sex = rng() * left < menLeft ? 'L' : 'P';
      const p = profile(rng, i, size, household.headProfile, sex);
      if (i === 0) household.headProfile = { ...p, sex };
      const { nik, birth } = makeNik(rng, book, poll, p.age, sex);
      const nama = csvField(voterName(rng, sex, p.age, household.family));
      const tempat = rng() < 0.5 ? pick(rng, places) : pick(rng, W.CITIES);
      const tgl = `${pad(birth.d, 2)}-${pad(birth.m, 2)}-${birth.y}`;
      const drawn = rng() < 0.012 ? String(1 + int(rng, 6)) : '0';
      // 9 is no KPU disability code: one warning on the row, which is still counted.
      const dis = warnEveryRow ? '9' : drawn;
      const ket = rng() < 0.01 ? 'U' : '';
      let person = `${household.nkk},${nik},${nama},${tempat},${tgl},${p.kawin},${sex}`;
      if (ctx.duplicates > 0) person = duplicate(rng, ctx, sex, person);
      out.s += `${head}${person},${household.alamat},${household.rtRw},${dis},${ket}\n`;
      if (sex === 'L') {
        menLeft--;
        men++;
      }
      left--;
    }
    household.from += size;
    if (household.from < household.want && splitFamilies > 0 && rng() < splitFamilies) carry.next = household;
  }
  return men;
}

/**
 * With `ctx.duplicates` = R > 0: with probability R, the voter written is instead a copy of an
 * earlier voter of the same sex (NKK, NIK, name, birth place and date, status), registered again in
 * this TPS: the duplicate NIKs a roll really has, near and far (the pool keeps voters from all over
 * the roll, so a copy can be gigabytes after its first occurrence). Otherwise the voter may join
 * the pool. At 0 no random number is drawn: rolls made without the option are what they were.
 */
const POOL = 64;
function duplicate(rng, ctx, sex, person) {
  const pool = ctx.pool[sex];
  if (rng() < ctx.duplicates && pool.length > 0) return pool[int(rng, pool.length)];
  if (rng() < 1 / 4096) {
    if (pool.length < POOL) pool.push(person);
    else pool[int(rng, POOL)] = person;
  }
  return person;
}

/** A NIK for a voter of `age`, drawing another birth date in the rare case a date's serials run out. */
function makeNik(rng, book, poll, age, sex) {
  const [lo, hi] = birthRange(poll, age);
  for (;;) {
    const birth = civilFromDays(lo + int(rng, hi - lo + 1));
    const dd = birth.d + (sex === 'P' ? 40 : 0);
    const nik = book.take(rng, `${pad(dd, 2)}${pad(birth.m, 2)}${pad(birth.y % 100, 2)}`);
    if (nik !== null) return { nik, birth };
  }
}

/** NKK: region(6) + issue date DDMMYY (2008–2023) + serial(4), unique per kecamatan like the NIK. */
const NKK_FIRST = daysFromCivil(2008, 1, 1);
const NKK_DAYS = daysFromCivil(2023, 12, 31) - NKK_FIRST + 1;
function makeNkk(rng, nkkBook) {
  for (;;) {
    const d = civilFromDays(NKK_FIRST + int(rng, NKK_DAYS));
    const nkk = nkkBook.take(rng, `${pad(d.d, 2)}${pad(d.m, 2)}${pad(d.y % 100, 2)}`);
    if (nkk !== null) return nkk;
  }
}

const CHUNK = 256 * 1024;

/**
 * The roll as a sequence of string chunks (header first). `recap` must be sorted by
 * (kode_kelurahan, tps) with no TPS twice (readRecap and syntheticRecap return it so). `used`, when
 * given, receives one entry per TPS with the counts actually written.
 */
export function* rollChunks(recap, { seed = DEFAULT_SEED, pollingDay = DEFAULT_POLLING_DAY, newlineRate = 0, splitFamilies = 0, warnEveryRow = false, duplicates = 0, used = null } = {}) {
  const rng = mulberry32(seed);
  const poll = parseIsoDate(pollingDay);
  const out = { s: `${HEADER.join(',')}\n` };
  let ctx = null;
  let prev = null;
  // A household that goes on into the next TPS (only with splitFamilies > 0).
  const carry = { next: null };
  // Voters a duplicate is copied from (only with duplicates > 0), kept across kecamatan.
  const pool = { L: [], P: [] };
  for (const e of recap) {
    if (prev !== null && byTps(prev, e) >= 0) throw new Error('recap must be sorted by (kode_kelurahan, tps), each TPS once');
    prev = e;
    const region = e.kode_kelurahan.slice(0, 8).replace(/\./g, '');
    if (ctx === null || ctx.region !== region) {
      // A new kecamatan: the previous one's serial counters can go (bounded memory).
      const kec = e.kecamatan.toUpperCase();
      ctx = {
        region, poll, newlineRate, splitFamilies, warnEveryRow, duplicates, pool,
        book: new SerialBook(region),
        nkkBook: new SerialBook(region),
        places: kec ? [kec, kec, pick(rng, W.CITIES)] : W.CITIES,
      };
    }
    const men = tpsRows(rng, e, ctx, out, carry);
    if (used) used.push({ kode_kelurahan: e.kode_kelurahan, kecamatan: e.kecamatan, kelurahan: e.kelurahan, tps: e.tps, dpt: e.dpt, dpt_l: men, dpt_p: e.dpt - men });
    if (out.s.length >= CHUNK) {
      yield out.s;
      out.s = '';
    }
  }
  if (out.s.length > 0) yield out.s;
}

/**
 * Streams the roll to `writable`, waiting for 'drain' whenever write() says the buffer is full.
 * Does not end the writable. Resolves to the recap actually written (with dpt_l/dpt_p counted).
 */
export async function writeRoll(recap, writable, opts = {}) {
  const used = [];
  for (const chunk of rollChunks(recap, { ...opts, used })) {
    if (!writable.write(chunk)) await once(writable, 'drain');
  }
  return used;
}

/** The whole roll as one string: for tests and small fixtures only. */
export function rollToString(recap, opts = {}) {
  return [...rollChunks(recap, opts)].join('');
}

/**
 * Writes a roll file (gzip when asked or when `out` ends in .gz; level 9 and mtime 0, so the same
 * input gives the same bytes with the same zlib) and optionally its recap. Resolves to the recap.
 */
export async function generateFile({
  recap, out, seed, pollingDay, gzip = false, recapOut = null, newlineRate = 0, splitFamilies = 0, warnEveryRow = false, duplicates = 0,
}) {
  const used = [];
  const source = Readable.from(rollChunks(recap, { seed, pollingDay, newlineRate, splitFamilies, warnEveryRow, duplicates, used }), { objectMode: false });
  const sink = out === '-' ? process.stdout : createWriteStream(out);
  if (gzip || out.endsWith('.gz')) await pipeline(source, createGzip({ level: 9 }), sink);
  else await pipeline(source, sink);
  if (recapOut) await pipeline(Readable.from([recapToCsv(used)]), createWriteStream(recapOut));
  return used;
}

// ---------------------------------------------------------------------------------------------
// CLI

const USAGE = `usage: node scripts/generate-roll.mjs (--from rekap.csv | --rows N) --out FILE [options]
  --from FILE        recap to expand (kode_kelurahan,kecamatan,kelurahan,tps,dpt[,dpt_l,dpt_p])
  --rows N           synthetic regions instead, N voters in all (1e6 and 1_000_000 work too)
  --out FILE         output roll ('-' = stdout); .gz or --gzip compresses
  --seed N           PRNG seed (default ${DEFAULT_SEED})
  --polling-day D    yyyy-mm-dd; every voter is >= 17 on it unless married (default ${DEFAULT_POLLING_DAY})
  --recap-out FILE   also write the recap the roll was made from, with counted dpt_l/dpt_p
  --newlines R       put a quoted newline into about R of the addresses (e.g. 0.0001; default 0)
  --split-families R a household cut short at the end of a TPS goes on into the next one with
                     probability R (families split across TPS and kelurahan; default 0)
  --warn-every-row   disabilitas 9 (no KPU code) on every row: one warning per row, all rows counted;
                     the same voters as without it (npm run bench -- --issues)
  --duplicates R     about R of the voters are copies of an earlier voter (duplicate NIKs; default 0)
  --gzip             gzip the output`;

export function parseArgs(argv) {
  const o = { seed: DEFAULT_SEED, pollingDay: DEFAULT_POLLING_DAY, gzip: false, newlineRate: 0, splitFamilies: 0, duplicates: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--from') o.from = val();
    else if (a === '--rows') o.rows = Number(val().replace(/_/g, ''));
    else if (a === '--out') o.out = val();
    else if (a === '--seed') o.seed = Number(val());
    else if (a === '--polling-day') o.pollingDay = val();
    else if (a === '--recap-out') o.recapOut = val();
    else if (a === '--newlines') o.newlineRate = Number(val());
    else if (a === '--split-families') o.splitFamilies = Number(val());
    else if (a === '--warn-every-row') o.warnEveryRow = true;
    else if (a === '--duplicates') o.duplicates = Number(val());
    else if (a === '--gzip') o.gzip = true;
    else if (a === '-h' || a === '--help') o.help = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (o.help) return o;
  if (!o.out || (o.from === undefined) === (o.rows === undefined)) throw new Error('need --out and exactly one of --from, --rows');
  if (o.rows !== undefined && !(Number.isInteger(o.rows) && o.rows > 0)) throw new Error('--rows must be a positive whole number');
  if (!(Number.isInteger(o.seed) && o.seed >= 0 && o.seed <= 0xffffffff)) throw new Error('--seed must be a whole number 0…4294967295');
  if (!(o.splitFamilies >= 0 && o.splitFamilies <= 1)) throw new Error('--split-families must be a number 0…1');
  if (!(o.duplicates >= 0 && o.duplicates <= 1)) throw new Error('--duplicates must be a number 0…1');
  parseIsoDate(o.pollingDay);
  return o;
}

async function main(argv) {
  let o;
  try {
    o = parseArgs(argv);
  } catch (err) {
    process.stderr.write(`${err.message}\n${USAGE}\n`);
    return 2;
  }
  if (o.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const recap = o.from !== undefined ? readRecap(readFileSync(o.from, 'utf8')) : syntheticRecap(o.rows, o.seed);
  await generateFile({
    recap, out: o.out, seed: o.seed, pollingDay: o.pollingDay, gzip: o.gzip, recapOut: o.recapOut, newlineRate: o.newlineRate,
    splitFamilies: o.splitFamilies, warnEveryRow: o.warnEveryRow === true, duplicates: o.duplicates,
  });
  return 0;
}

// Run as a CLI only when executed directly, not when imported by tests or the bench.
runMainIfScript(import.meta.url, main, 'generate-roll: ');
