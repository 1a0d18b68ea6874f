/**
 * Issue 9 in the cross-row checks: name columns that hold personal data, footers checked against
 * the counts, TPS gaps that do not count rejected rows as missing, and a total past any real roll.
 */
import { describe, expect, it } from 'vitest';
import { createRollState, noteFooter } from '../../src/core/validate/index.js';
import { MAX_PEMILIH } from '../../src/core/validate/finish.js';
import { MANY_NAMES } from '../../src/core/validate/personal-columns.js';
import { NAMES_PER_TPS } from '../../src/core/validate/add-row.js';
import { finish, layoutOf, PEMILU, RECAP, fold, nikNo, voter, type Rec } from './helpers.js';

const at = (file: string, line: number, over: Parameters<typeof voter>[0]): Rec => ({ file, line, cells: voter(over) });
const PEOPLE = ['RATNA WULANDARI', 'AGUS KURNIAWAN', 'DEWI HANDAYANI', 'HENDRA SAPUTRA', 'SRI MULYANI', 'YUSUF HIDAYAT', 'LESTARI PERMATASARI'];
const NAMES_ONLY = layoutOf('pemilih', ['kecamatan', 'kelurahan', 'tps', 'nik']);

function leaks(text: string): string[] {
  return [...PEOPLE, ...PEOPLE.map((p) => p.split(' ')[0]!)].filter((p) => text.includes(p));
}

describe('name columns that hold personal data', () => {
  it(`catches voters' names in kelurahan (${MANY_NAMES} values for one code), adopts none and echoes none`, () => {
    const rows = PEOPLE.slice(0, MANY_NAMES).map((p, i) => at('a.csv', i + 2, { nik: nikNo(i + 1), kelurahan: p }));
    const r = finish(fold(rows), PEMILU);
    expect(r.issues.map((i) => [i.code, i.severity, i.file, i.line, i.column])).toEqual([['region-name-personal', 'galat', 'a.csv', null, 'kelurahan']]);
    expect(r.tps.map((t) => [t.kecamatan, t.kelurahan, t.dpt])).toEqual([['Prabumulih Barat', '', MANY_NAMES]]);
    expect(leaks(JSON.stringify(r))).toEqual([]);
  });

  it('catches NKKs in kecamatan from one value on (an identity number is no place name)', () => {
    const r = finish(fold([at('a.csv', 2, { nik: nikNo(1), kecamatan: '1674 0101 0190 0100' }), at('a.csv', 3, { nik: nikNo(2) })]), PEMILU);
    expect(r.issues.map((i) => [i.code, i.column])).toEqual([['region-name-personal', 'kecamatan']]);
    expect(JSON.stringify(r)).not.toMatch(/0190/);
  });

  it(`keeps no more than ${NAMES_PER_TPS} spellings per TPS in memory, and still catches the column`, () => {
    const rows = Array.from({ length: 250 }, (_, i) => at('a.csv', i + 2, { nik: nikNo(i + 1), kelurahan: `ORANG KE ${i}` }));
    const state = fold(rows);
    const names = [...state.files.get('a.csv')!.tps.values()][0]!.names;
    expect(names.length).toBeLessThanOrEqual(NAMES_PER_TPS + 1);
    expect(finish(state, PEMILU).issues.map((i) => i.code)).toEqual(['region-name-personal']);
  });

  it('in a roll without codes, rejects every row: the names are the TPS identity', () => {
    const rows: Rec[] = PEOPLE.map((p, i) => ({ file: 'n.csv', line: i + 2, layout: NAMES_ONLY, cells: { kecamatan: 'Cambai', kelurahan: p, tps: '1', nik: nikNo(i + 1) } }));
    const r = finish(fold(rows), PEMILU);
    expect(r.issues.map((i) => [i.code, i.column])).toEqual([['region-name-personal', 'kelurahan']]);
    expect(r.perFile.get('n.csv')).toEqual({ dihitung: 0, ditolak: PEOPLE.length });
    expect(r.tps).toEqual([]);
    expect(leaks(JSON.stringify(r))).toEqual([]);
  });

  it('leaves a real roll alone: a few spellings of one village are a conflict warning, not personal data', () => {
    const spellings = ['Gunung Ibul', 'GUNUNG IBUL', 'Gn. Ibul', 'Gunung Ibul '];
    const rows = spellings.map((k, i) => at('a.csv', i + 2, { nik: nikNo(i + 1), kelurahan: k }));
    expect(finish(fold(rows), PEMILU).issues.map((i) => i.code)).toEqual(['region-name-conflict']);
    const villages = ['Cambai', 'Sindur', 'Muara Sungai', 'Pangkul', 'Karya Mulya', 'Gunung Ibul'];
    const namesOnly: Rec[] = villages.flatMap((k, v) =>
      [0, 1, 2].map((j) => ({ file: 'n.csv', line: v * 3 + j + 2, layout: NAMES_ONLY, cells: { kecamatan: 'Cambai', kelurahan: k, tps: '1', nik: nikNo(v * 3 + j + 1) } })),
    );
    expect(finish(fold(namesOnly), PEMILU).issues).toEqual([]);
  });

  it('quotes a one-row spelling in a conflict only when it shares a word with the name used', () => {
    const rows = [at('a.csv', 2, { nik: nikNo(1) }), at('a.csv', 3, { nik: nikNo(2) }), at('a.csv', 4, { nik: nikNo(3), kelurahan: 'PRABUMULIH' }),
      at('a.csv', 5, { nik: nikNo(4), kelurahan: 'SITI AMINAH' })];
    const conflict = finish(fold(rows), PEMILU).issues.find((i) => i.code === 'region-name-conflict');
    expect(conflict?.params).toEqual({ kode: '16.74.01.1001', nama: 'Prabumulih', lainnya: '"PRABUMULIH", +1' });
  });
});

describe('footers', () => {
  it('agree with the counted voters: a warning; disagree: an error; no number: a warning', () => {
    const state = fold([at('a.csv', 2, { nik: nikNo(1) }), at('a.csv', 3, { nik: nikNo(2) }), at('b.csv', 2, { nik: nikNo(3) }), at('c.csv', 2, { nik: nikNo(4) })]);
    noteFooter(state, 'a.csv', 'nik', 4, '2');
    noteFooter(state, 'b.csv', 'nik', 3, '5');
    noteFooter(state, 'c.csv', 'nik', 3, null);
    expect(finish(state, PEMILU).issues.map((i) => [i.code, i.severity, i.file, i.line, i.params])).toEqual([
      ['footer', 'peringatan', 'a.csv', 4, { tertulis: '2', dihitung: 2 }],
      ['footer-mismatch', 'galat', 'b.csv', 3, { tertulis: '5', dihitung: 1 }],
      ['footer', 'peringatan', 'c.csv', 3, { tertulis: '-', dihitung: 1 }],
    ]);
  });

  it('compare a recap footer with the DPT counted, and survive a number past 2^53', () => {
    const recap = (line: number, tps: string, dpt: string): Rec => ({ file: 'r.csv', line, layout: RECAP, cells: { kode_kelurahan: '16.74.01.1001', tps, dpt } });
    const state = fold([recap(2, '1', '200'), recap(3, '2', '150')]);
    noteFooter(state, 'r.csv', 'nik', 4, '350');
    expect(finish(state, PEMILU).issues.map((i) => i.code)).toEqual(['footer']);
    const absurd = fold([recap(2, '1', '200')]);
    noteFooter(absurd, 'r.csv', 'nik', 3, '90071992547409930000');
    expect(finish(absurd, PEMILU).issues.map((i) => [i.code, i.params])).toEqual([['footer-mismatch', { tertulis: '90071992547409930000', dihitung: 200 }]]);
  });

  it('a file with only a header and a footer still has its counts', () => {
    const state = createRollState();
    noteFooter(state, 'e.csv', 'nik', 2, '0');
    const r = finish(state, PEMILU);
    expect(r.perFile.get('e.csv')).toEqual({ dihitung: 0, ditolak: 0 });
    expect(r.issues.map((i) => i.code)).toEqual(['footer']);
  });
});

describe('tps-gap', () => {
  it('does not call a TPS missing when its rows are there but rejected', () => {
    const rows = [at('a.csv', 2, { nik: nikNo(1), tps: '1' }), at('a.csv', 3, { nik: '123', tps: '2' }), at('a.csv', 4, { nik: nikNo(3), tps: '4' })];
    const gaps = finish(fold(rows), PEMILU).issues.filter((i) => i.code === 'tps-gap');
    expect(gaps.map((i) => i.params)).toEqual([{ kelurahan: '16.74.01.1001', hilang: '003', jumlah: 1 }]);
  });
});

describe('totals past any real roll', () => {
  it(`refuses a roll of more than ${MAX_PEMILIH} voters as a data error, before anything is computed`, () => {
    const rows: Rec[] = Array.from({ length: 1001 }, (_, i) => ({
      file: 'r.csv', line: i + 2, layout: RECAP,
      cells: { kode_kelurahan: '16.74.01.1001', tps: String(1 + (i % 999)), dpt: '1000000' },
    })).map((r, i) => (i >= 999 ? { ...r, cells: { ...r.cells, kode_kelurahan: '16.74.01.1002' } } : r));
    const r = finish(fold(rows), PEMILU);
    expect(r.pemilih).toBeGreaterThan(MAX_PEMILIH);
    expect(r.issues.filter((i) => i.code === 'dpt-total-too-large').map((i) => [i.severity, i.params])).toEqual([['galat', { pemilih: r.pemilih, batas: MAX_PEMILIH }]]);
  });
});
