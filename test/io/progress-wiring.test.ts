import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRoll } from '../../src/cli/roll.js';
import { SpillingIssueSink } from '../../src/io/issue-sink.js';
import { tmp } from './helpers.js';

const SETTINGS = { hariPemungutan: '2024-02-14', kapasitasTps: 300 };
const ROLL = `kode_kelurahan,kecamatan,kelurahan,tps,nik\n${Array.from({ length: 50 }, (_, i) =>
  `16.74.01.1001,A,B,001,16740101019${String(i + 1).padStart(5, '0')}`).join('\n')}\n`;

describe('readRoll progress', () => {
  it('feeds the progress line with rows and bytes, then clears it before the summary', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.csv'), ROLL);
    writeFileSync(join(dir, 'b.csv'), ROLL.replaceAll('16740101019', '16740101029'));
    const written: string[] = [];
    let clock = 0;
    const stream = { write: (s: string) => written.push(s), isTTY: true };
    // A clock that moves 2 s per reading: past the 1 s delay and the redraw interval every time.
    const now = () => (clock += 2000);
    const r = await readRoll(['a.csv', 'b.csv'], dir, {
      read: {}, settings: SETTINGS, parallel: { ranges: 1 }, progress: { stream, enabled: true, lang: 'en', now }, issues: SpillingIssueSink.create({ lang: 'en' }),
    });
    expect(r.jumlah.pemilih).toBe(100);
    const lines = written.filter((w) => w.length > 4);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines[lines.length - 1]).toContain('100');
    expect(written[written.length - 1]).toBe('\r\x1b[K');
  });

  it('draws nothing when disabled (not a terminal, --json or --quiet)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.csv'), ROLL);
    const written: string[] = [];
    let clock = 0;
    await readRoll(['a.csv'], dir, {
      read: {}, settings: SETTINGS, progress: { stream: { write: (s: string) => written.push(s) }, enabled: false, lang: 'en', now: () => (clock += 2000) },
      issues: SpillingIssueSink.create({ lang: 'en' }),
    });
    expect(written).toEqual([]);
  });
});
