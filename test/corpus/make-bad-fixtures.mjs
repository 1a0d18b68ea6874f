/**
 * Writes the bad-input corpus under test/fixtures/bad/ (run: `node test/corpus/make-bad-fixtures.mjs`).
 * The files are committed; this script documents how each was made and makes them again.
 *
 * Every NIK here is synthetic: province 16, kab/kota 74, kecamatan 01, DDMMYY (day + 40 for women)
 * and a serial. Names are made up. None is a real person's.
 */
import { Buffer } from 'node:buffer';
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';

const OUT = join(import.meta.dirname, '../fixtures/bad');

const FIRST = ['RATNA', 'AGUS', 'DEWI', 'HENDRA', 'SRI', 'YUSUF', 'LESTARI', 'BAMBANG', 'INDAH', 'FAJAR', 'NURUL', 'RUDI'];
const LAST = ['WULANDARI', 'KURNIAWAN', 'HANDAYANI', 'SAPUTRA', 'MULYANI', 'HIDAYAT', 'PERMATASARI', 'SETIAWAN'];

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** One synthetic voter; `i` makes NIK, NKK, name and birth date distinct and deterministic. */
function person(i, over = {}) {
  const female = i % 2 === 1;
  const day = 1 + ((i * 7) % 28);
  const month = 1 + ((i * 5) % 12);
  const yy = 60 + ((i * 3) % 40);
  const serial = 1 + i;
  const nik = `167401${pad(female ? day + 40 : day)}${pad(month)}${pad(yy)}${pad(serial, 4)}`;
  const nkk = `167401${pad(1 + (i % 28))}${pad(1 + (i % 12))}15${pad(100 + i, 4)}`;
  return {
    kode_kelurahan: '16.74.01.1001',
    kecamatan: 'Prabumulih Barat',
    kelurahan: 'Gunung Ibul',
    tps: '001',
    nik,
    nkk,
    nama: `${FIRST[i % FIRST.length]} ${LAST[(i * 3) % LAST.length]}`,
    jenis_kelamin: female ? 'P' : 'L',
    tanggal_lahir: `${pad(day)}-${pad(month)}-19${pad(yy)}`,
    status_kawin: 'S',
    ...over,
  };
}

const VOTER = ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'nik', 'nkk', 'nama', 'jenis_kelamin', 'tanggal_lahir', 'status_kawin'];
const RECAP = ['kode_kelurahan', 'kecamatan', 'kelurahan', 'tps', 'dpt', 'dpt_l', 'dpt_p'];

function quote(cell, d) {
  return cell.includes(d) || cell.includes('"') || cell.includes('\n') ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function line(values, d = ',') {
  return values.map((v) => quote(String(v), d)).join(d);
}

function voterLines(people, columns = VOTER, d = ',') {
  return people.map((p) => line(columns.map((c) => p[c] ?? ''), d));
}

function voterCsv(people, { columns = VOTER, d = ',', eol = '\n' } = {}) {
  return [line(columns, d), ...voterLines(people, columns, d)].join(eol) + eol;
}

function recapRow(kode, kel, tps, l, p, dpt = l + p) {
  return { kode_kelurahan: kode, kecamatan: 'Prabumulih Barat', kelurahan: kel, tps, dpt, dpt_l: l, dpt_p: p };
}

function recapCsv(rows) {
  return [line(RECAP), ...rows.map((r) => line(RECAP.map((c) => r[c])))].join('\n') + '\n';
}

const people = (from, n, over = () => ({})) => Array.from({ length: n }, (_, k) => person(from + k, over(k)));

const files = new Map();
const put = (name, data) => files.set(name, data);

// ---- NIK and NKK -----------------------------------------------------------------------------
put('nik-15-digit.csv', voterCsv(people(0, 5, (k) => (k === 1 ? { nik: person(1).nik.slice(0, 15) } : {}))));
put('nik-scientific.csv', voterCsv(people(10, 5, (k) => (k === 2 ? { nik: '1.67401E+15' } : {}))));
put('nik-trailing-dot-zero.csv', voterCsv(people(20, 4, (k) => (k === 3 ? { nik: `${person(23).nik}.0` } : {}))));
put('nkk-trailing-dot-zero.csv', voterCsv(people(30, 4, (k) => (k === 1 ? { nkk: `${person(31).nkk}.0` } : {}))));
put('nkk-scientific-comma.csv', voterCsv(people(35, 3, (k) => (k === 0 ? { nkk: '1,67401E+15' } : {})), { d: ';' }));
put(
  'nik-column-truncated.csv',
  // 22 NIKs as a spreadsheet leaves them: 15 significant digits, then 0. Two collide.
  voterCsv([...people(40, 21), person(40)].map((p) => ({ ...p, nik: `${p.nik.slice(0, 15)}0` }))),
);
put('nik-19-rows-ending-in-0.csv', voterCsv(people(70, 19, (k) => ({ nik: `${person(70 + k).nik.slice(0, 15)}0` }))));
put('nik-spaces.csv', voterCsv(people(100, 3, (k) => (k === 1 ? { nik: person(101).nik.replace(/(\d{4})(?=\d)/g, '$1 ') } : {}))));
put('nik-blank.csv', voterCsv(people(110, 3, (k) => (k === 2 ? { nik: '' } : {}))));
put('nik-masked.csv', voterCsv(people(120, 4, (k) => ({ nik: `${person(120 + k).nik.slice(0, 6)}******${person(120 + k).nik.slice(-4)}` }))));
put('nik-sex-mismatch.csv', voterCsv(people(130, 3, (k) => (k === 0 ? { jenis_kelamin: 'P' } : {}))));
put('nik-bad-province.csv', voterCsv(people(140, 3, (k) => (k === 1 ? { nik: `99${person(141).nik.slice(2)}` } : {}))));
put('nik-bad-birthdate.csv', voterCsv(people(150, 3, (k) => (k === 2 ? { nik: `167401${'32'}13${'80'}0001` } : {}))));
put(
  'duplicate-nik-same-file.csv',
  voterCsv([person(160), person(161), person(162), { ...person(160), nama: 'ORANG LAIN SEKALI', tps: '002' }]),
);
put('duplicate-nik-two-files/a.csv', voterCsv(people(170, 3)));
put('duplicate-nik-two-files/b.csv', voterCsv([person(180), person(171), person(181)]));

// ---- person columns ----------------------------------------------------------------------------
put(
  'under-age.csv',
  voterCsv([
    person(200),
    // Born 1 March 2008: 15 on polling day 14 Feb 2024, never married.
    { ...person(201), nik: '1674014103080202', tanggal_lahir: '01-03-2008', status_kawin: 'B' },
    // Same age, married: a voter.
    { ...person(202), nik: '1674010103080203', jenis_kelamin: 'L', tanggal_lahir: '01-03-2008', status_kawin: 'S' },
    // Same age, status blank.
    { ...person(203), nik: '1674010203080204', jenis_kelamin: 'L', tanggal_lahir: '02-03-2008', status_kawin: '' },
  ]),
);
put(
  'person-codes-bad.csv',
  voterCsv(
    [
      { ...person(210), jenis_kelamin: 'X' },
      { ...person(211), status_kawin: 'JANDA?' },
      { ...person(212), tanggal_lahir: '31-02-1980' },
      { ...person(213), disabilitas: '9' },
      { ...person(214), tanggal_lahir: '1980/13/01' },
    ],
    { columns: [...VOTER, 'disabilitas'] },
  ),
);

// ---- region codes and TPS -----------------------------------------------------------------------
put('region-village-part-3.csv', voterCsv(people(300, 3, (k) => (k === 1 ? { kode_kelurahan: '16.74.01.3001' } : {}))));
put('region-kabkota-00.csv', voterCsv(people(305, 2, (k) => (k === 0 ? { kode_kelurahan: '1600011001' } : {}))));
put('region-bps-province.csv', voterCsv(people(310, 2, () => ({ kode_kelurahan: '97.74.01.1001' }))));
put(
  'region-two-kabkota.csv',
  voterCsv([...people(315, 3, (k) => ({ tps: k === 2 ? '002' : '001' })), ...people(318, 2, () => ({ kode_kelurahan: '16.72.01.1001', kecamatan: 'Dempo Utara', kelurahan: 'Jokoh' }))]),
);
put(
  'region-name-conflict.csv',
  voterCsv([...people(320, 3), person(323, { kelurahan: 'GUNUNG IBUL' }), person(324)]),
);
put('tps-identity-blank.csv', voterCsv(people(330, 3, (k) => (k === 0 ? { kode_kelurahan: ' ' } : k === 2 ? { tps: '' } : {}))));
put('tps-format.csv', voterCsv(people(335, 3, (k) => (k === 1 ? { tps: 'TPS A' } : k === 2 ? { tps: '1000' } : {}))));
put(
  'names-only-blank-kelurahan.csv',
  voterCsv(people(340, 3, (k) => (k === 1 ? { kelurahan: '' } : {})), { columns: VOTER.filter((c) => c !== 'kode_kelurahan') }),
);

// ---- recaps -----------------------------------------------------------------------------------
const K = '16.74.01.1001';
put('duplicate-tps-recap.csv', recapCsv([recapRow(K, 'Gunung Ibul', '001', 100, 110), recapRow(K, 'Gunung Ibul', '002', 90, 95), recapRow(K, 'Gunung Ibul', 'TPS 2', 90, 95)]));
put('dpt-sum-mismatch.csv', recapCsv([recapRow(K, 'Gunung Ibul', '001', 100, 110), recapRow(K, 'Gunung Ibul', '002', 90, 95, 186)]));
put('dpt-format.csv', recapCsv([recapRow(K, 'Gunung Ibul', '001', 100, 110, '1.234'), recapRow(K, 'Gunung Ibul', '002', 90, 95)]));
put('tps-gap.csv', recapCsv([recapRow(K, 'Gunung Ibul', '001', 100, 110), recapRow(K, 'Gunung Ibul', '002', 90, 95), recapRow(K, 'Gunung Ibul', '004', 80, 85), recapRow(K, 'Gunung Ibul', '901', 10, 5)]));
put('tps-empty.csv', recapCsv([recapRow(K, 'Gunung Ibul', '001', 100, 110), recapRow(K, 'Gunung Ibul', '002', 0, 0)]));
put('tps-over-capacity.csv', recapCsv([recapRow(K, 'Gunung Ibul', '001', 100, 110), recapRow(K, 'Gunung Ibul', '002', 450, 451)]));
put('recap-and-voter-mixed/1-rekap.csv', recapCsv([recapRow(K, 'Gunung Ibul', '001', 100, 110)]));
put('recap-and-voter-mixed/2-pemilih.csv', voterCsv(people(400, 2, () => ({ tps: '002' }))));

// ---- rows -------------------------------------------------------------------------------------
{
  const rows = voterLines(people(500, 4));
  rows[1] += ',EXTRA';
  put('ragged-extra-cell.csv', [line(VOTER), ...rows].join('\n') + '\n');
}
{
  const rows = voterLines(people(510, 4));
  rows[2] = rows[2].slice(0, rows[2].lastIndexOf(','));
  put('ragged-missing-cell.csv', [line(VOTER), ...rows].join('\n') + '\n');
}
{
  // An address with a comma that nobody quoted: one cell too many.
  const cols = [...VOTER, 'alamat'];
  const ps = people(520, 3, (k) => ({ alamat: k === 1 ? 'JL. MERDEKA NO. 5' : 'JL. SUDIRMAN NO. 1' }));
  const rows = voterLines(ps, cols);
  rows[1] = rows[1].replace('JL. MERDEKA NO. 5', 'JL. MERDEKA, NO. 5');
  put('unquoted-comma-in-address.csv', [line(cols), ...rows].join('\n') + '\n');
}
{
  const rows = voterLines(people(530, 5));
  rows[2] = rows[2].replace(person(532).nama, `"${person(532).nama}`);
  put('unclosed-quote.csv', [line(VOTER), ...rows].join('\n') + '\n');
}
{
  const rows = voterLines(people(540, 3));
  rows[1] = rows[1].replace(person(541).nama, `"${person(541).nama}" JR`);
  put('invalid-quote.csv', [line(VOTER), ...rows].join('\n') + '\n');
}
{
  // A quoted name that holds a line break: the record after it starts two lines later.
  const ps = people(550, 4);
  ps[1].nama = `${ps[1].nama}\nBIN ${ps[2].nama}`;
  ps[3].nik = ps[3].nik.slice(0, 15);
  put('newline-in-quoted-cell.csv', voterCsv(ps));
}
{
  const rows = voterLines(people(560, 4));
  put('blank-lines.csv', ['', line(VOTER), rows[0], '', rows[1], ',,,,,,,,,', '   ', rows[2], rows[3].replace(person(563).nik, '123'), '', ''].join('\n'));
}
{
  const rows = voterLines(people(570, 3)).map((r) => `${r},`);
  put('trailing-delimiter.csv', [`${line(VOTER)},`, ...rows].join('\n') + '\n');
}
put(
  'duplicate-header.csv',
  [line([...VOTER, 'NIK']), ...people(580, 2).map((p) => line([...VOTER.map((c) => p[c]), p.nik]))].join('\n') + '\n',
);
put(
  'duplicate-header-alias.csv',
  [line([...VOTER, 'desa']), ...people(585, 2).map((p) => line([...VOTER.map((c) => p[c]), p.kelurahan]))].join('\n') + '\n',
);
put(
  'blank-header.csv',
  [line([...VOTER.slice(0, 6), '', ...VOTER.slice(6)]), ...people(590, 2).map((p) => line([...VOTER.slice(0, 6).map((c) => p[c]), 'x', ...VOTER.slice(6).map((c) => p[c])]))].join('\n') + '\n',
);
put('missing-tps-column.csv', voterCsv(people(600, 3), { columns: VOTER.filter((c) => c !== 'tps') }));
put('unknown-columns.csv', voterCsv(people(610, 3, () => ({ usia: '40', ket_ktp: 'S' })), { columns: [...VOTER, 'usia', 'ket_ktp'] }));
{
  // Two exports joined with `cat`: the second header is a record in the middle.
  const rows = voterLines(people(630, 4));
  put('header-repeated-mid-file.csv', [line(VOTER), rows[0], rows[1], line(VOTER), rows[2], rows[3]].join('\n') + '\n');
}
{
  // A printed export saved from a spreadsheet: title and footer rows padded with delimiters.
  const pad = ','.repeat(VOTER.length - 1);
  const title = ['DAFTAR PEMILIH TETAP' + pad, 'PROVINSI : SUMATERA SELATAN' + pad, pad];
  const footer = [pad, 'JUMLAH PEMILIH : 3' + pad, 'MENGETAHUI' + pad, ',,,,,,KETUA KPPS,,,'];
  put('title-and-footer-padded.csv', [...title, line(VOTER), ...voterLines(people(640, 3)), ...footer].join('\n') + '\n');
}
put('no-header-data-first.csv', voterLines(people(620, 3)).join('\n') + '\n');

// ---- files ------------------------------------------------------------------------------------
put('empty.csv', '');
put('blank-only.csv', '\n\n  \n');
put('header-only.csv', `${line(VOTER)}\n`);
put(
  'title-lines-kpu-export.csv',
  ['DAFTAR PEMILIH TETAP', 'PEMILIHAN UMUM TAHUN 2024', 'PROVINSI : SUMATERA SELATAN', 'KABUPATEN/KOTA : PRABUMULIH', '', line(VOTER), ...voterLines(people(700, 3))].join('\n') + '\n',
);
put(
  'title-lines-then-error.csv',
  ['DAFTAR PEMILIH TETAP', 'KECAMATAN : PRABUMULIH BARAT', line(VOTER), ...voterLines(people(710, 3, (k) => (k === 2 ? { nik: '16740112' } : {})))].join('\n') + '\n',
);
put('wrong-delimiter-one-column.csv', voterCsv(people(720, 3), { d: ':' }));
put('whole-line-quoted.csv', [line(VOTER), ...voterLines(people(725, 3))].map((l) => `"${l}"`).join('\n') + '\n');
put('bom-semicolon-crlf.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(voterCsv(people(730, 3), { d: ';', eol: '\r\n' }))]));
put('tab-delimited.tsv.csv', voterCsv(people(735, 3), { d: '\t' }));
// Excel for Mac's old "CSV (Macintosh)": CR-only line ends. One family: the NKK repeats.
put('cr-only-line-ends.csv', voterCsv(people(740, 3, () => ({ nkk: person(740).nkk })), { eol: '\r' }));
{
  const ps = people(750, 3, (k) => ({ kecamatan: 'Cambai', kelurahan: 'Sindur Tengah', nama: k === 1 ? 'ANDRÉ SÉPTIAN' : person(750 + k).nama, alamat: k === 2 ? 'GG. ‘MAWAR’' : '' }));
  put('windows-1252.csv', latin(voterCsv(ps, { columns: [...VOTER, 'alamat'] })));
}
put('utf16le.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(voterCsv(people(770, 2)), 'utf16le')]));
put('binary.csv', zipBytes());
put('gzip-truncated.csv.gz', gzipSync(Buffer.from(voterCsv(people(780, 40)))).subarray(0, 200));

// ---- issue 9: hostile input ---------------------------------------------------------------------
// 9.1 records above the header, never skipped as titles; copies of an input counted once.
{
  // A sheet sorted with its header row: three records landed above it.
  const rows = voterLines(people(800, 5));
  put('rows-above-header-sorted.csv', [rows[3], rows[4], rows[2], line(VOTER), rows[0], rows[1]].join('\n') + '\n');
  const pad = ','.repeat(VOTER.length - 1);
  put('rows-above-header-titles.csv', ['DAFTAR PEMILIH TETAP' + pad, `KECAMATAN,PRABUMULIH BARAT${','.repeat(VOTER.length - 2)}`, rows[2], line(VOTER), rows[0], rows[1]].join('\n') + '\n');
  // The header past the documented window (50 non-blank lines): the file has no header there.
  const many = voterLines(people(810, 53));
  put('header-past-window.csv', [...many.slice(0, 51), line(VOTER), ...many.slice(51)].join('\n') + '\n');
}
{
  const a = voterCsv(people(830, 4));
  put('duplicate-input-copy/a.csv', a);
  put('duplicate-input-copy/b-salinan.csv', a);
  put('duplicate-input-copy/c.csv', voterCsv(people(840, 2, () => ({ tps: '002' }))));
  const gz = gzipSync(Buffer.from(voterCsv(people(850, 3))));
  put('duplicate-input-copy-gz/2024.csv.gz', gz);
  put('duplicate-input-copy-gz/2024-lagi.csv.gz', gz);
}
// The same real path reached twice: a symlink in the folder (made below, after the files).
put('duplicate-input-symlink/a.csv', voterCsv(people(860, 3)));

// 10.4 footers: recognised once, checked against what was counted, never a row error.
{
  const pad = ','.repeat(VOTER.length - 1);
  put('footer-voter.csv', [line(VOTER), ...voterLines(people(870, 3)), line(['JUMLAH', '', '', '', '', '', '3', '', '', ''])].join('\n') + '\n');
  put('footer-voter-mismatch.csv', [line(VOTER), ...voterLines(people(875, 3)), 'TOTAL PEMILIH : 5' + pad, 'MENGETAHUI' + pad].join('\n') + '\n');
  put('footer-recap.csv', recapCsv([recapRow(K, 'Gunung Ibul', '001', 100, 110), recapRow(K, 'Gunung Ibul', '002', 90, 95)]) + 'TOTAL,,,,395,190,205\n');
  put('footer-recap-mismatch.csv', recapCsv([recapRow(K, 'Gunung Ibul', '001', 100, 110), recapRow(K, 'Gunung Ibul', '002', 90, 95)]) + 'JUMLAH,,,,400,190,210\n');
  // A subtotal row in the middle is no footer: a row error, as any other.
  put('footer-not-last.csv', [line(VOTER), ...voterLines(people(880, 2)), `JUMLAH${pad}`, ...voterLines(people(882, 2))].join('\n') + '\n');
}

// 9.2 no personal data in clear: swapped columns are caught, nothing of them is echoed.
{
  // NKKs under kelurahan, village names under nkk.
  const ps = people(900, 6).map((p) => ({ ...p, kelurahan: p.nkk, nkk: 'Gunung Ibul' }));
  put('swapped-kelurahan-nkk.csv', voterCsv(ps));
  // Voters' names under kelurahan, the village under nama.
  put('swapped-kelurahan-nama.csv', voterCsv(people(910, 6).map((p) => ({ ...p, kelurahan: p.nama, nama: 'Gunung Ibul' }))));
  // The same in a roll without codes, where the names are the TPS identity: every row rejected.
  const noCode = VOTER.filter((c) => c !== 'kode_kelurahan');
  put('swapped-names-only.csv', voterCsv(people(920, 6).map((p) => ({ ...p, kelurahan: p.nama })), { columns: noCode }));
  put('nik-dashes.csv', voterCsv(people(930, 3, (k) => (k === 1 ? { nik: person(931).nik.replace(/(\d{4})(?=\d)/g, '$1-') } : {}))));
  put('tps-short-name.csv', voterCsv(people(935, 3, (k) => (k === 2 ? { tps: person(937).nama.split(' ')[0].slice(0, 3) } : {}))));
  put('kode-holds-nik.csv', voterCsv(people(940, 3, (k) => (k === 0 ? { kode_kelurahan: person(940).nik } : {}))));
  // A roll without a header whose NIKs are written with spaces: its first line is data, not quoted.
  put('no-header-nik-spaced.csv', voterLines(people(945, 3, (k) => ({ nik: person(945 + k).nik.replace(/(\d{4})(?=\d)/g, '$1 ') }))).join('\n') + '\n');
  const recapNik = recapCsv([recapRow(K, 'Gunung Ibul', '001', 100, 110), recapRow(K, 'Gunung Ibul', '002', 90, 95, person(950).nik)]);
  put('dpt-holds-nik.csv', recapNik);
}

// 9.5 bytes in, bytes out.
{
  // UTF-8, then a row pasted from an older export in Windows-1252 (0xFC = ü, 0x96 = –).
  const head = Buffer.from(voterCsv(people(960, 2, () => ({ kelurahan: 'Gunung Ibül' }))));
  const tail = Buffer.from(voterLines(people(962, 1, () => ({ kelurahan: 'Gunung IbXl', alamat: '' })))[0] + '\n');
  const cp = Buffer.from(tail);
  cp[tail.indexOf('X')] = 0xfc;
  put('mixed-utf8-windows-1252.csv', Buffer.concat([head, cp]));
  // Windows-1252 with its own letters at 0x80-0x9F in a village name: an en dash.
  const ps = people(965, 2, () => ({ kecamatan: 'Cambai', kelurahan: 'Sindur – Tengah' }));
  put('windows-1252-c1-region.csv', latin(voterCsv(ps)));
  // A NUL byte thousands of lines in, far past the detection sample.
  const rows = voterLines(people(1000, 3000));
  rows[2500] = rows[2500].replace('S', 'S\u0000');
  put('nul-after-sample.csv', [line(VOTER), ...rows].join('\n') + '\n');
  // CRLF line ends, and one CR alone that joins two records.
  const crlf = voterLines(people(970, 4));
  put('lone-cr-joins-rows.csv', [line(VOTER), crlf[0], `${crlf[1]}\r${crlf[2]}`, crlf[3]].join('\r\n') + '\r\n');
  const withCr = voterLines(people(975, 3));
  withCr[1] = withCr[1].replace(person(976).nik, `${person(976).nik.slice(0, 8)}\r${person(976).nik.slice(8)}`);
  put('lone-cr-in-nik.csv', [line(VOTER), ...withCr].join('\r\n') + '\r\n');
}

// 9.7 messages that say what is wrong.
put('nik-letter-o.csv', voterCsv(people(980, 3, (k) => (k === 2 ? { nik: person(982).nik.replace(/0/, 'O') } : {}))));
put('nik-zero-width.csv', voterCsv(people(985, 3, (k) => (k === 0 ? { nik: `${person(985).nik.slice(0, 10)}\u200b${person(985).nik.slice(10)}` } : {}))));
put('kode-zero-width.csv', voterCsv(people(988, 2, (k) => (k === 1 ? { kode_kelurahan: '16.74.01\u200b.1001' } : {}))));
put('dpt-negative.csv', recapCsv([recapRow(K, 'Gunung Ibul', '001', 100, 110), recapRow(K, 'Gunung Ibul', '002', 90, 95, -185)]));
put('dpt-too-large.csv', recapCsv([recapRow(K, 'Gunung Ibul', '001', 100, 110), recapRow(K, 'Gunung Ibul', '002', 90, 95, 1000001)]));
{
  const ps = people(990, 4, (k) => ({ alamat: k === 1 ? 'JL. '.repeat(1200) : 'JL. MERDEKA' }));
  put('cell-too-long.csv', voterCsv(ps, { columns: [...VOTER, 'alamat'] }));
  put('kode-long-garbage.csv', voterCsv(people(995, 2, (k) => (k === 0 ? { kode_kelurahan: '16.74.'.repeat(30) } : {}))));
}
// TPS 002's only rows are rejected (bad NIKs): it is there, not missing.
put('tps-gap-rejected-rows.csv', voterCsv([person(1100), { ...person(1101), tps: '002', nik: '123' }, { ...person(1102), tps: '002', nik: '' }, { ...person(1103), tps: '003' }]));

// expected.json is written by hand (from the rules, then checked against a run): keep it.
if (existsSync(OUT)) for (const name of readdirSync(OUT)) if (name !== 'expected.json') rmSync(join(OUT, name), { recursive: true, force: true });
for (const [name, data] of files) {
  const path = join(OUT, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}
symlinkSync('a.csv', join(OUT, 'duplicate-input-symlink/b.csv'));

/** Windows-1252 bytes of a string that only uses Latin-1 letters and the curly quotes. */
function latin(text) {
  const map = { '\u2018': 0x91, '\u2019': 0x92, '\u2013': 0x96 };
  return Buffer.from([...text].map((ch) => map[ch] ?? ch.charCodeAt(0)));
}

/** The first bytes of an .xlsx (a zip) saved with a .csv name. */
function zipBytes() {
  const body = deflateRawSync(Buffer.from('<?xml version="1.0"?><worksheet/>'));
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const head = Buffer.alloc(30);
  head.writeUInt32LE(0x04034b50, 0);
  head.writeUInt16LE(20, 4);
  head.writeUInt16LE(8, 8);
  head.writeUInt32LE(body.length, 18);
  head.writeUInt16LE(name.length, 26);
  return Buffer.concat([head, name, body]);
}
