import { formatNumber, t } from '../core/messages/index.js';
import type { Lang } from '../core/types.js';
import type { OutStream } from './io.js';

/** Progress starts showing about a second into a run (contract) and redraws at most 10 times a second. */
const SHOW_AFTER_MS = 1000;
const REDRAW_MS = 100;

export interface ProgressOptions {
  readonly stream: OutStream;
  /** Only on a terminal, and never with --json or --quiet: CI logs and pipes stay clean. */
  readonly enabled: boolean;
  readonly lang: Lang;
  readonly now?: () => number;
}

/** A one-line progress display on stderr: rows and bytes done, rate, time left. */
export class Progress {
  private readonly start: number;
  private lastDraw = 0;
  private drawn = false;
  private readonly now: () => number;

  constructor(private readonly opts: ProgressOptions) {
    this.now = opts.now ?? Date.now;
    this.start = this.now();
  }

  update(rows: number, bytes: number, totalBytes: number | null): void {
    if (!this.opts.enabled) return;
    const now = this.now();
    if (now - this.start < SHOW_AFTER_MS || now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.drawn = true;
    this.opts.stream.write(`\r\x1b[K${this.line(rows, bytes, totalBytes, now)}`);
  }

  /** Clears the line so the summary starts on a clean one. */
  done(): void {
    if (this.drawn) this.opts.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  private line(rows: number, bytes: number, totalBytes: number | null, now: number): string {
    const seconds = Math.max((now - this.start) / 1000, 0.001);
    const n = (x: number): string => formatNumber(x, this.opts.lang);
    const rate = Math.round(rows / seconds);
    const params = { rows: n(rows), mb: n(mb(bytes)), rate: n(rate), total: totalBytes === null ? '?' : n(mb(totalBytes)), left: '?' };
    if (totalBytes !== null && bytes > 0) params.left = clock(((totalBytes - bytes) / bytes) * seconds);
    return t(this.opts.lang, 'progress.line', params);
  }
}

function mb(bytes: number): number {
  return Math.round(bytes / 1e6);
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
