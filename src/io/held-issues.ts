/**
 * The issues of a byte range read before its first line is known (RangeJob.linesFollow): numbered
 * from 1, they are held until the line comes, then handed on shifted, in the order they came. A
 * clean roll holds none; a roll with many bad rows would hold them all, so past `cap` the range
 * asks for its line at once (the lines before it are then counted: range-job.ts firstLineOf) and waits.
 */
import type { Issue, IssueSink } from '../core/types.js';

/**
 * Where a range's issues go as they are found: the run's sink (inline), or batches posted to the
 * main thread (range-worker.ts), never one array at the end.
 */
export interface RangeIssues extends IssueSink {
  /** Between chunks: resolves once the receiver has caught up, so batches never pile up. */
  pace?(): Promise<void> | undefined;
  /** Hands on what is still batched; called before the result is returned. */
  flush?(): void;
}

/** A range's real first line, and a way to ask for it now rather than when the ranges before it end. */
export interface FirstLine {
  readonly firstLine: Promise<number>;
  request(): void;
}

/** Issues held before a range asks for its first line: ~64 k issues are a few MiB. */
export const HOLD_ISSUES = 65_536;

export class HeldIssues implements RangeIssues {
  private held: Issue[] | null = [];
  private delta = 0;
  private asked = false;

  constructor(private readonly inner: RangeIssues, private readonly lines: FirstLine, private readonly cap = HOLD_ISSUES) {
    void lines.firstLine.then((first) => this.release(first - 1));
  }

  add(issue: Issue): void {
    if (this.held !== null) this.held.push(issue);
    else this.inner.add(this.shifted(issue));
  }

  pace(): Promise<void> | undefined {
    if (this.held === null || this.held.length < this.cap) return this.inner.pace?.();
    if (!this.asked) {
      this.asked = true;
      this.lines.request();
    }
    // release() was chained first, so the held issues are handed on before this resolves.
    return this.lines.firstLine.then(() => this.inner.pace?.());
  }

  /** Only once the first line is known (runRange awaits it before flushing). */
  flush(): void {
    if (this.held !== null) throw new Error('HeldIssues flushed before its first line is known');
    this.inner.flush?.();
  }

  private release(delta: number): void {
    const held = this.held ?? [];
    this.held = null;
    this.delta = delta;
    for (const issue of held) this.inner.add(this.shifted(issue));
  }

  private shifted(issue: Issue): Issue {
    return this.delta === 0 || issue.line === null ? issue : { ...issue, line: issue.line + this.delta };
  }
}
