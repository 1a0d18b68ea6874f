import type { Readable } from 'node:stream';
import type { CommitFs } from '../io/commit.js';

/** A stream the CLI writes text to. `isTTY` decides colour and progress. */
export interface OutStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** The process's signals, as much of them as a run needs to stop cleanly (`process` itself fits). */
export interface SignalSource {
  on(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  off(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  exit(code: number): void;
}

/** Everything the CLI touches of its process, injected so tests run it in-process. */
export interface CliIo {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readonly stdin?: Readable;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /**
   * Given by bin/logistik.js: while a run is open, SIGINT/SIGTERM remove its staging folder (or
   * finish a commit already begun) and exit 130/143. Without it (in-process tests), signals are
   * not handled.
   */
  readonly signals?: SignalSource;
  /** The file system `--out` is written through; a test injects one that fails or stops midway. */
  readonly outputFs?: CommitFs;
}
