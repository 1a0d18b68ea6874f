import { describe, expect, it } from 'vitest';
import { ROW_ISSUES } from '../../src/core/messages/issues-rows.js';
import { finishRoll } from '../../src/core/validate/index.js';
import { PEMILU, RECAP, fold, layoutOf, voter, type Rec } from './helpers.js';

const NIK = '1674014101900001';
const NKK = '1674010101900100';

/** Every kind of bad row, each carrying full identity numbers somewhere. */
function badRoll(): Rec[] {
  const rows: Rec[] = [];
  const bad: Parameters<typeof voter>[0][] = [
    { nik: '1674010101900001.0' }, { nik: '1.67401E+15' }, { nik: '167401010190001' }, { nik: '16740101019000012' },
    { nik: '9974010101900001' }, { nik: '1674019901900001' }, { nik: NIK, jenis_kelamin: 'L' },
    { nkk: '1674010101900100.0' }, { nkk: '16740101019001' }, { tps: NIK }, { tps: `TPS ${NIK}` },
    { kode_kelurahan: NIK }, { kode_kelurahan: NKK.slice(0, 10) }, { nik: NKK, tanggal_lahir: NIK },
    { nik: '167401******0001' }, { jenis_kelamin: NIK, status_kawin: NKK, disabilitas: NIK },
    { tps: 'Siti Aminah' }, { kode_kelurahan: 'Budi Santoso' },
  ];
  bad.forEach((over, i) => rows.push({ file: 'bad.csv', line: i + 2, cells: voter(over) }));
  rows.push({ file: 'bad.csv', line: 90, cells: voter({ nik: NIK }) }, { file: 'bad2.csv', line: 2, cells: voter({ nik: NIK }) });
  for (let i = 0; i < 20; i++) rows.push({ file: 'trunc.csv', line: i + 2, cells: voter({ nik: `1674010101${String(i + 1).padStart(5, '0')}0` }) });
  const recap = (line: number, dpt: string): Rec => ({ file: 'r.csv', line, layout: RECAP, cells: { kode_kelurahan: '16.74.01.1001', tps: '7', dpt } });
  rows.push(recap(2, NIK), recap(3, '5'), recap(4, '5'));
  const lp = layoutOf('rekap', ['kode_kelurahan', 'tps', 'dpt', 'dpt_l', 'dpt_p']);
  rows.push({ file: 'r2.csv', line: 2, layout: lp, cells: { kode_kelurahan: '16.74.01.1002', tps: '1', dpt: '9', dpt_l: NIK, dpt_p: '1' } });
  return rows;
}

describe('no identity number or person name in issue params', () => {
  const issues = finishRoll(fold(badRoll()), PEMILU).issues;

  it('produced a wide variety of issues', () => {
    expect(new Set(issues.map((i) => i.code)).size).toBeGreaterThanOrEqual(15);
  });
  it('has no run of 11 or more digits in any param', () => {
    for (const issue of issues) {
      for (const value of Object.values(issue.params)) expect(String(value), issue.code).not.toMatch(/\d{11,}/);
    }
  });
  it('echoes no person name', () => {
    const text = JSON.stringify(issues.map((i) => i.params));
    expect(text).not.toMatch(/Siti|Budi|Aminah|Santoso/);
  });
  it('only uses codes of the catalogue, with every placeholder filled', () => {
    for (const issue of issues) {
      const entry = ROW_ISSUES[issue.code];
      expect(entry, issue.code).toBeDefined();
      expect(issue.severity).toBe(entry?.severity);
      const text = [entry?.text.message.id, entry?.text.message.en].join(' ');
      for (const [, name] of text.matchAll(/\{(\w+)\}/g)) expect(issue.params, `${issue.code} {${name}}`).toHaveProperty(name as string);
    }
  });
});

describe('catalogue', () => {
  it('has a message and a hint in both languages for every code', () => {
    for (const [code, entry] of Object.entries(ROW_ISSUES)) {
      for (const text of [entry.text.message, entry.text.hint]) {
        expect(text.id.length, code).toBeGreaterThan(10);
        expect(text.en.length, code).toBeGreaterThan(10);
      }
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(entry.text.message.id), code).toEqual(placeholders(entry.text.message.en));
    }
  });
});
