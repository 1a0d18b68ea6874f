import { describe, expect, it } from 'vitest';
import { PEMILU, check as checkWith, codes as codesWith, layoutOf, voter, type Cells } from './helpers.js';

/** No NIK column, so these tests see only the column under test (nik.test.ts covers agreement). */
const NO_NIK = layoutOf('pemilih', ['kode_kelurahan', 'tps', 'jenis_kelamin', 'tanggal_lahir', 'status_kawin', 'disabilitas']);
const check = (cells: Cells, settings = PEMILU) => checkWith(cells, NO_NIK, settings);
const codes = (cells: Cells) => codesWith(cells, NO_NIK);

function plain(over: Cells) {
  return voter({ jenis_kelamin: '', tanggal_lahir: '', status_kawin: '', ...over });
}

describe('jenis_kelamin', () => {
  it.each(['L', 'l', ' P ', 'LAKI-LAKI', 'laki laki', 'Perempuan'])('accepts %j', (jk) => {
    expect(codes(plain({ jenis_kelamin: jk }))).toEqual([]);
  });
  it.each(['X', 'W', 'M', '1'])('warns about %j and still counts', (jk) => {
    const v = check(plain({ jenis_kelamin: jk }));
    expect(v.counted).toBe(true);
    expect(v.issues.map((i) => [i.code, i.severity])).toEqual([['jenis-kelamin', 'peringatan']]);
  });
});

describe('tanggal_lahir', () => {
  it.each(['01-01-1990', '01/01/1990', '1990-01-01', '1-1-1990', '29-02-2004', '14-02-2024'])('accepts %j', (d) => {
    expect(codes(plain({ tanggal_lahir: d, status_kawin: 'S' }))).toEqual([]);
  });
  it.each(['29-02-2003', '31-04-1990', '1990/01/01', '01-13-1990', '01-01-90', '15-02-2024', 'kemarin', '01-01/1990'])(
    'warns about %j',
    (d) => {
      const v = check(plain({ tanggal_lahir: d, status_kawin: 'S' }));
      expect(v.counted).toBe(true);
      expect(v.issues.map((i) => i.code)).toEqual(['tanggal-lahir']);
    },
  );
});

describe('status_kawin', () => {
  it.each(['B', 's', 'P', 'BELUM KAWIN', 'Kawin', 'sudah kawin', 'PERNAH KAWIN', 'CERAI HIDUP', 'cerai mati', ''])('accepts %j', (s) => {
    expect(codes(plain({ status_kawin: s }))).toEqual([]);
  });
  it('warns about anything else', () => {
    expect(codes(plain({ status_kawin: 'X' }))).toEqual(['status-kawin']);
  });
});

describe('disabilitas', () => {
  it.each(['', '0', '-', '1', '6', '1,5', '1, 5', '2 3', '1;6'])('accepts %j', (d) => {
    expect(codes(plain({ disabilitas: d }))).toEqual([]);
  });
  it.each(['7', '12', 'tuna netra', '1,,5', 'x'])('warns about %j', (d) => {
    expect(codes(plain({ disabilitas: d }))).toEqual(['disabilitas']);
  });
});

describe('eligibility on polling day 2024-02-14', () => {
  it('exactly 17 on polling day is a voter', () => {
    expect(codes(plain({ tanggal_lahir: '14-02-2007', status_kawin: 'B' }))).toEqual([]);
  });
  it('17 the day after polling day is under age when never married', () => {
    const v = check(plain({ tanggal_lahir: '15-02-2007', status_kawin: 'B' }));
    expect(v.counted).toBe(true);
    expect(v.issues[0]).toMatchObject({ code: 'under-age', severity: 'peringatan', params: { umur: 16, hari: '2024-02-14' } });
  });
  it('married or formerly married minors are voters', () => {
    expect(codes(plain({ tanggal_lahir: '15-02-2008', status_kawin: 'S' }))).toEqual([]);
    expect(codes(plain({ tanggal_lahir: '15-02-2008', status_kawin: 'P' }))).toEqual([]);
  });
  it('a minor with unknown status gets its own code', () => {
    expect(codes(plain({ tanggal_lahir: '15-02-2008', status_kawin: '' }))).toEqual(['under-age-status-unknown']);
    expect(codes(plain({ tanggal_lahir: '15-02-2008', status_kawin: '?' }))).toEqual(['status-kawin', 'under-age-status-unknown']);
  });
  it('a 29 February birthday is reached on 1 March in common years', () => {
    const pilkada2025 = { hariPemungutan: '2025-02-28', kapasitasTps: 600 };
    const born = plain({ tanggal_lahir: '29-02-2008', status_kawin: 'B' });
    expect(check(born, pilkada2025).issues.map((i) => i.code)).toEqual(['under-age']);
    expect(check(born, { ...pilkada2025, hariPemungutan: '2025-03-01' }).issues).toEqual([]);
  });
  it('uses no local time: the answer is the same in any TZ', () => {
    expect(codes(plain({ tanggal_lahir: '2007-02-14', status_kawin: 'B' }))).toEqual([]);
  });
});
