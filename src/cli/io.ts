import type { Readable } from 'node:stream';

/** A stream the CLI writes text to. `isTTY` decides colour and progress. */
export interface OutStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Everything the CLI touches of its process, injected so tests run it in-process. */
export interface CliIo {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readonly stdin?: Readable;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}
