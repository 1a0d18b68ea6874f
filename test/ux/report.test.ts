/**
 * The report pieces every command shares (src/cli/report/): the screen's number format, the issue
 * tally that keeps counts and first places instead of every issue, the grouped issue list, and the
 * one stdout/stderr path with --json and --quiet.
 */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber } from '../../src/core/messages/index.js';
import type { Issue } from '../../src/core/types.js';
import { emitReport, renderHeader, renderIssues, summarizeIssues, type ReportStyle } from '../../src/cli/report/index.js';
import type { CommandContext } from '../../src/cli/context.js';

const plain = (lang: 'id' | 'en' = 'id'): ReportStyle => ({ lang, c: new Chalk({ level: 0 }), stream: { write: () => true }, num: (n) => formatNumber(n, lang) });

const issue = (code: string, file: string, line: number | null, severity: Issue['severity'] = 'galat', params: Issue['params'] = {}): Issue => ({ code, severity, file, line, column: null, params });

describe('formatNumber: grouped for the screen', () => {
  it.each([
    [0, '0', '0'],
    [7, '7', '7'],
    [999, '999', '999'],
    [1000, '1.000', '1,000'],
    [18_580, '18.580', '18,580'],
    [952_888, '952.888', '952,888'],
    [1_234_567, '1.234.567', '1,234,567'],
    [-142, '-142', '-142'],
    [-1500, '-1.500', '-1,500'],
  ])('%d → %s (id), %s (en)', (n, id, en) => {
    expect(formatNumber(n, 'id')).toBe(id);
    expect(formatNumber(n, 'en')).toBe(en);
  });

  it('agrees with the platform locale data for every safe whole number, and strips back to the digits', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(formatNumber(n, 'id')).toBe(new Intl.NumberFormat('id-ID').format(n));
        expect(formatNumber(n, 'en')).toBe(new Intl.NumberFormat('en-US').format(n));
        expect(Number(formatNumber(n, 'id').replace(/\./g, ''))).toBe(n);
      }),
    );
  });
});

describe('the issue summary a report reads (counts and first places, not every issue)', () => {
  it('counts per code and severity, and keeps the first five distinct places with how many issues stand there', () => {
    const issues = [
      ...Array.from({ length: 8 }, (_, i) => issue('nik-format', 'a.csv', i + 2)),
      issue('nik-format', 'a.csv', 3), // a second issue of the same code on a shown line
      issue('tps-gap', 'a.csv', 4, 'peringatan'),
    ];
    const s = summarizeIssues(issues);
    expect(s.galat).toBe(9);
    expect(s.peringatan).toBe(1);
    const nik = s.groups.find((g) => g.code === 'nik-format');
    expect(nik?.count).toBe(9);
    // lines 2..6 hold 6 of the 9 (line 3 twice): the report says "and 3 more"
    expect(nik?.places).toEqual([2, 3, 4, 5, 6].map((line) => ({ file: 'a.csv', line, count: line === 3 ? 2 : 1 })));
    expect(nik?.first.line).toBe(2);
  });

  it('a file-level issue is one place however many issues it has; the order given does not matter', () => {
    const s = summarizeIssues([issue('dapil-unmapped', 'dapil.csv', null), issue('dapil-unmapped', 'dapil.csv', null)]);
    expect(s.groups[0]?.places).toEqual([{ file: 'dapil.csv', line: null, count: 2 }]);
    const issues = [issue('b', 'x.csv', 9), issue('a', 'x.csv', 1), issue('b', 'w.csv', 5)];
    expect(summarizeIssues([...issues].reverse())).toEqual(summarizeIssues(issues));
  });
});

describe('renderIssues', () => {
  it('errors first, then warnings, each as a word, with the places and a labelled hint', () => {
    const lines = renderIssues(plain(), summarizeIssues([
      issue('jenis-kelamin', 'a.csv', 2, 'peringatan'),
      issue('nik-format', 'a.csv', 3, 'galat', { nik: '1674**' }),
    ]));
    expect(lines[0]).toBe('Masalah: 1 galat, 1 peringatan');
    expect(lines[1]).toMatch(/^ {2}GALAT nik-format \(1\): /);
    expect(lines[2]).toBe('    a.csv:3');
    expect(lines[3]).toMatch(/^ {4}Saran: \S/);
    expect(lines[4]).toMatch(/^ {2}PERINGATAN jenis-kelamin \(1\): /);
  });

  it('numbers on screen are grouped: counts, "and N more", and the numbers inside messages', () => {
    const many = Array.from({ length: 1234 }, (_, i) => issue('tps-over-capacity', 'r.csv', i + 2, 'peringatan', { kode: '32.07.01.2001', tps: '001', dpt: 1450, kapasitas: 1000 }));
    const lines = renderIssues(plain(), summarizeIssues(many));
    expect(lines[0]).toBe('Masalah: 0 galat, 1.234 peringatan');
    expect(lines[1]).toBe('  PERINGATAN tps-over-capacity (1.234): TPS 001 di 32.07.01.2001 punya 1.450 pemilih, melebihi kapasitas 1.000.');
    expect(lines[2]).toBe('    r.csv:2, r.csv:3, r.csv:4, r.csv:5, r.csv:6 dan 1.229 lagi (lihat validasi.csv)');
    expect(renderIssues(plain('en'), summarizeIssues(many))[2]).toContain('and 1,229 more (see validasi.csv)');
  });

  it('the capacity warnings go under the hint that explains them, as one line without a count of their own', () => {
    const hint = issue('capacity-fits-other-preset', '', null, 'peringatan', { lebih: 2, tps: 2, kapasitas: 300, preset: 'pemilu-2024', muat_persen: 100, kapasitas_lain: 600, preset_lain: 'pilkada-2024' });
    const capacity = [2, 3].map((line) => issue('tps-over-capacity', 'r.csv', line, 'peringatan', { kode: 'k', tps: '001', dpt: 400, kapasitas: 300 }));
    const lines = renderIssues(plain(), summarizeIssues([...capacity, hint]));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^ {2}PERINGATAN capacity-fits-other-preset \(1\): /);
    expect(lines[2]).toMatch(/^ {4}Saran: .*-p pilkada-2024/);
    expect(lines[3]).toBe('    tps-over-capacity: r.csv:2, r.csv:3');
    // without the hint, they are a group like any other
    expect(renderIssues(plain(), summarizeIssues(capacity))[1]).toMatch(/^ {2}PERINGATAN tps-over-capacity \(2\): /);
  });

  it('no issue at all: one line', () => {
    expect(renderIssues(plain(), summarizeIssues([]))).toEqual(['Masalah: tidak ada']);
    expect(renderIssues(plain('en'), summarizeIssues([]))).toEqual(['Issues: none']);
  });
});

describe('renderHeader', () => {
  it('names the command, the preset, and the config file when there is one', () => {
    expect(renderHeader(plain(), { command: 'hitung', preset: 'pemilu-2024' })).toBe('logistik hitung — preset pemilu-2024');
    expect(renderHeader(plain(), { command: 'hitung', preset: 'pemilu-2024', config: 'konfig.json' })).toBe('logistik hitung — preset pemilu-2024 + konfig.json');
    expect(renderHeader(plain(), { command: 'terima' })).toBe('logistik terima');
  });
});

describe('emitReport: the one way a report reaches the user', () => {
  function context(): { ctx: CommandContext; out: () => { stdout: string; stderr: string } } {
    let stdout = '';
    let stderr = '';
    const chalk = new Chalk({ level: 0 });
    const ctx: CommandContext = {
      io: { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {}, cwd: '/' },
      lang: 'id',
      langExplicit: false,
      color: chalk,
      colorOut: chalk,
    };
    return { ctx, out: () => ({ stdout, stderr }) };
  }
  const render = (s: ReportStyle): string => `${s.num(1234)}\n`;

  it('the human report on stdout', () => {
    const { ctx, out } = context();
    emitReport(ctx, { json: null, quiet: false, mustShow: false }, render);
    expect(out()).toEqual({ stdout: '1.234\n', stderr: '' });
  });

  it('--json: the document alone on stdout, the human report on stderr', () => {
    const { ctx, out } = context();
    emitReport(ctx, { json: { a: 1 }, quiet: false, mustShow: false }, render);
    expect(out()).toEqual({ stdout: '{\n  "a": 1\n}\n', stderr: '1.234\n' });
  });

  it('--quiet: nothing unless the run needs attention', () => {
    const quiet = context();
    emitReport(quiet.ctx, { json: null, quiet: true, mustShow: false }, render);
    expect(quiet.out()).toEqual({ stdout: '', stderr: '' });
    const failed = context();
    emitReport(failed.ctx, { json: null, quiet: true, mustShow: true }, render);
    expect(failed.out()).toEqual({ stdout: '1.234\n', stderr: '' });
  });
});
