/**
 * Operational failures, as typed errors. Validation problems are never thrown (they are `Issue`
 * values); these are for what stops a run: bad usage, bad config, unreadable input, unwritable output.
 * The CLI maps them to exit codes in one place (src/cli/exit-codes.ts).
 */

export const ExitCode = {
  Ok: 0,
  DataInvalid: 1,
  Usage: 2,
  Io: 3,
  Internal: 4,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * Base class. `key` and `params` select a message from the catalogue (src/core/messages/cli.ts), so
 * the CLI can render it in either language; `message` is the English fallback for logs and stacks.
 */
export class LogistikError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    readonly key: string,
    readonly params: Readonly<Record<string, string | number>> = {},
    message?: string,
  ) {
    super(message ?? key);
    this.name = new.target.name;
  }
}

/** Unknown option, bad preset name, bad argument combination: exit 2. */
export class UsageError extends LogistikError {
  constructor(key: string, params: Record<string, string | number> = {}, message?: string) {
    super(ExitCode.Usage, key, params, message);
  }
}

/** One problem of a config file, as core/config/problems.ts describes it. */
export interface ConfigProblem {
  readonly path: string;
  readonly message: string;
  readonly key?: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly suggestion?: string;
}

/**
 * A config file that fails its schema; `params.path` is the JSON path (`barang[3].cadangan_persen`).
 * `problems` lists every problem, for the CLI to render in the user's language.
 */
export class ConfigError extends LogistikError {
  constructor(
    key: string,
    params: Record<string, string | number> = {},
    message?: string,
    readonly problems: readonly ConfigProblem[] = [],
  ) {
    super(ExitCode.Usage, key, params, message);
  }
}

/** Missing or unreadable input, undecodable file: exit 3. */
export class InputError extends LogistikError {
  constructor(key: string, params: Record<string, string | number> = {}, message?: string) {
    super(ExitCode.Io, key, params, message);
  }
}

/** Output folder cannot be written, or would overwrite an input: exit 3. */
export class OutputError extends LogistikError {
  constructor(key: string, params: Record<string, string | number> = {}, message?: string) {
    super(ExitCode.Io, key, params, message);
  }
}

/**
 * A folder whose files no longer match the digests of its own ringkasan.json (changed after the
 * tool wrote it): exit 1, like any other data that cannot be used (contract, "Rules across all
 * commands"). `berkas` names the first such file.
 */
export class ManifestChangedError extends LogistikError {
  constructor(
    readonly folder: string,
    readonly berkas: string,
  ) {
    super(ExitCode.DataInvalid, 'manifest-changed', { folder, berkas }, `${folder}/${berkas} changed after it was written`);
  }
}

/**
 * The run would outgrow the memory it may use (src/io/memory-guard.ts): stopped at a safe point,
 * nothing written, exit 4 with a message saying what to do, instead of V8 aborting the process.
 */
export class ResourceError extends LogistikError {
  constructor(key: string, params: Record<string, string | number> = {}, message?: string) {
    super(ExitCode.Internal, key, params, message);
  }
}
