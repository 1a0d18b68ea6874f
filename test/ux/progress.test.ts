/**
 * The Progress display on its own (issue 6, point 3; contract: from about one second into a run,
 * only when enabled, on one line that the summary then starts clean of). The end-to-end check under
 * a pseudo-terminal is in progress-pty.slow.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';
import { progressPattern } from './rolls.js';

function harness(enabled: boolean, lang: 'id' | 'en' = 'id') {
  let now = 0;
  let text = '';
  const progress = new Progress({ stream: { write: (s: string) => (text += s), isTTY: true }, enabled, lang, now: () => now });
  return {
    progress,
    at: (ms: number) => (now = ms),
    get text() {
      return text;
    },
  };
}

describe('Progress', () => {
  it('draws nothing in the first second, then one line starting with CR and erase-line', () => {
    const h = harness(true);
    h.at(500);
    h.progress.update(1000, 1e6, 100e6);
    expect(h.text).toBe('');
    h.at(2000);
    h.progress.update(400_000, 50e6, 100e6);
    // 400,000 rows in 2 s = 200,000 rows/s; half of 100 MB read, so as long again: 2 s left. Grouped as on screen.
    expect(h.text).toBe('\r\u001b[K400.000 baris, 50 dari 100 MB, 200.000 baris/detik, sisa ~0:02');
    expect(h.text).toMatch(progressPattern('id'));
  });

  it('redraws at most ten times a second', () => {
    const h = harness(true);
    for (let ms = 1000; ms < 2000; ms += 10) {
      h.at(ms);
      h.progress.update(ms, ms, 1e9);
    }
    const draws = h.text.split('\r\u001b[K').length - 1;
    expect(draws).toBeGreaterThanOrEqual(9);
    expect(draws).toBeLessThanOrEqual(10);
  });

  it('says "?" for the total and time left when the size is unknown (standard input)', () => {
    const h = harness(true, 'en');
    h.at(1500);
    h.progress.update(3000, 2e6, null);
    expect(h.text).toContain('3,000 rows, 2 of ? MB, 2,000 rows/s, ~? left');
    expect(h.text).toMatch(progressPattern('en'));
  });

  it('clears its line when done, and only if it drew one', () => {
    const quiet = harness(true);
    quiet.progress.done();
    expect(quiet.text).toBe('');
    const h = harness(true);
    h.at(1200);
    h.progress.update(1, 1, 2);
    h.progress.done();
    expect(h.text.endsWith('\r\u001b[K')).toBe(true);
  });

  it('draws nothing at all when disabled (not a terminal, --json, --quiet)', () => {
    const h = harness(false);
    for (let ms = 0; ms < 5000; ms += 50) {
      h.at(ms);
      h.progress.update(ms, ms, 5000);
    }
    h.progress.done();
    expect(h.text).toBe('');
  });
});
