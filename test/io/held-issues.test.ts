import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/core/types.js';
import { HeldIssues, type FirstLine, type RangeIssues } from '../../src/io/held-issues.js';

const issue = (line: number | null, code = 'x'): Issue => ({ code, severity: 'galat', file: 'a.csv', line, column: null, params: {} });

/** A FirstLine resolved by hand, counting the requests. */
function firstLine(): FirstLine & { give(line: number): void; asked: number } {
  let give: (line: number) => void = () => {};
  const promise = new Promise<number>((resolve) => {
    give = resolve;
  });
  const f = { firstLine: promise, asked: 0, give: (line: number) => give(line), request: () => void f.asked++ };
  return f;
}

function into(): RangeIssues & { got: Issue[]; flushed: number } {
  const sink = { got: [] as Issue[], flushed: 0, add: (i: Issue) => void sink.got.push(i), flush: () => void sink.flushed++ };
  return sink;
}

describe('HeldIssues (a byte range numbered from 1 until its first line is known)', () => {
  it('holds issues, then hands them on shifted and in order, and the later ones shifted as they come', async () => {
    const inner = into();
    const lines = firstLine();
    const held = new HeldIssues(inner, lines, 10);
    held.add(issue(3));
    held.add(issue(null, 'no-line'));
    held.add(issue(1));
    expect(inner.got).toEqual([]);
    expect(() => held.flush()).toThrow();
    lines.give(100);
    await lines.firstLine;
    held.add(issue(4));
    held.flush();
    expect(inner.got.map((i) => i.line)).toEqual([102, null, 100, 103]);
    expect(inner.flushed).toBe(1);
    expect(lines.asked).toBe(0);
  });

  it('asks for its first line once past its cap, and waits for it', async () => {
    const inner = into();
    const lines = firstLine();
    const held = new HeldIssues(inner, lines, 2);
    held.add(issue(1));
    expect(held.pace()).toBeUndefined();
    held.add(issue(2));
    const waiting = held.pace();
    expect(waiting).toBeInstanceOf(Promise);
    held.pace();
    expect(lines.asked).toBe(1);
    let done = false;
    void waiting!.then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    lines.give(5);
    await waiting;
    expect(inner.got.map((i) => i.line)).toEqual([5, 6]);
  });
});
