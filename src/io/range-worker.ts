/**
 * Worker thread entry: waits for one RangeJob (posted once the main thread has found the cuts, so
 * this thread's start-up overlaps the sampling), runs it, posts progress and its issues in batches
 * as they are found, then their tally and its RangeResult.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import type { Issue } from '../core/types.js';
import { IssueTally } from '../core/report/issue-tally.js';
import { LogistikError } from '../errors.js';
import { putRecord, recordTexts, type RecordFormat } from './issue-record.js';
import { phaseTimesOn, threadCpuMs } from './phase-times.js';
import { runRange, toPosted, transferList, type RangeIssues, type RangeJob } from './range-job.js';

/** Bytes of records per message: posting costs little per issue, and the batch stays small. */
const BATCH_BYTES = 1024 * 1024;
/** Batches posted and not yet taken in by the main thread before this thread waits. */
const IN_FLIGHT = 4;

/**
 * Counts the range's issues and encodes them into the sink's records here, in this thread (the
 * rendering is most of an issue's cost), then posts them in batches whose bytes are transferred,
 * not copied. The main thread acknowledges each batch; pace() waits when it falls behind.
 */
class PostedIssues implements RangeIssues {
  readonly tally = new IssueTally();
  /** Made on the first issue: a clean range never needs it. */
  private batch = Buffer.allocUnsafe(0);
  private used = 0;
  private unacked = 0;
  private wake: (() => void) | null = null;

  constructor(private readonly port: MessagePort, private readonly format: RecordFormat) {}

  acked(): void {
    this.unacked--;
    if (this.unacked < IN_FLIGHT && this.wake !== null) {
      this.wake();
      this.wake = null;
    }
  }

  add(issue: Issue): void {
    this.tally.add(issue);
    const texts = recordTexts(issue, this.format);
    if (this.used + texts.room > this.batch.length) {
      this.flush();
      this.batch = Buffer.allocUnsafe(Math.max(BATCH_BYTES, texts.room));
    }
    this.used = putRecord(this.batch, this.used, texts);
  }

  flush(): void {
    if (this.used === 0) return;
    const records = new Uint8Array(this.batch.buffer, this.batch.byteOffset, this.used);
    this.port.postMessage({ type: 'records', records }, [records.buffer as ArrayBuffer]);
    this.batch = Buffer.allocUnsafe(0);
    this.used = 0;
    this.unacked++;
  }

  pace(): Promise<void> | undefined {
    if (this.unacked < IN_FLIGHT) return undefined;
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }
}

const port = parentPort;
if (port) {
  let issues: PostedIssues | null = null;
  // A later range starts before the lines above it are counted: the reader tells its first line
  // in a `lines` message once the range before it has ended (runRange may count it sooner).
  let lineIs: (line: number) => void = () => {};
  const told = new Promise<number>((resolve) => {
    lineIs = resolve;
  });
  port.on('message', (m: RangeJob | { type: 'ack' } | { type: 'lines'; firstLine: number }) => {
    if ('type' in m) {
      if (m.type === 'lines') lineIs(m.firstLine);
      else issues?.acked();
      return;
    }
    const own = new PostedIssues(port, m.issueFormat);
    issues = own;
    runRange(m, own, (bytes, rows) => port.postMessage({ type: 'progress', bytes, rows }), told).then(
      (done) => {
        const result = toPosted(done);
        if (phaseTimesOn()) process.stderr.write(`logistik: range from byte ${m.start}: ${threadCpuMs() ?? '?'} ms of CPU\n`);
        port.postMessage({ type: 'tally', tally: own.tally.toData() });
        port.postMessage({ type: 'result', result }, transferList(result));
      },
      // A typed error (the memory guard's) keeps its exit code and message across the thread.
      (error: unknown) =>
        port.postMessage({
          type: 'error',
          error,
          ...(error instanceof LogistikError ? { logistik: { exitCode: error.exitCode, key: error.key, params: error.params } } : {}),
        }),
    );
  });
}
